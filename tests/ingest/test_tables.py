"""Reading CSV (any of three delimiters) and JSON Lines from paths, bytes and file objects."""

from __future__ import annotations

import io
import json

import pytest

from extract.ingest import IngestError, read_table, tables
from extract.ingest.tables import sniff_delimiter

ROWS = [
    ["id", "text", "date"],
    ["a1", "Talks, then more talks; again.", "2025-03-14"],
    ["a2", "Quiet day", ""],
]


def _csv(delimiter: str) -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if any(c in value for c in ",;\t") else value

    return "\n".join(delimiter.join(cell(v) for v in row) for row in ROWS) + "\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_sniff_delimiter_finds_it(delimiter: str) -> None:
    assert sniff_delimiter(_csv(delimiter)) == delimiter


@pytest.mark.parametrize(
    ("delimiter", "suffix"), [(",", ".csv"), (";", ".csv"), ("\t", ".tsv"), ("\t", ".txt")]
)
def test_read_table_parses_each_delimiter(tmp_path, delimiter: str, suffix: str) -> None:
    path = tmp_path / f"articles{suffix}"
    path.write_text(_csv(delimiter), encoding="utf-8")
    table = read_table(path)
    assert (table.format, table.delimiter) == ("csv", delimiter)
    assert list(table.frame.columns) == ROWS[0]
    assert table.frame.values.tolist() == ROWS[1:]
    assert list(table.frame.index) == [1, 2] and table.frame.index.name == "data row"


@pytest.mark.parametrize(
    ("make_source", "name"),
    [
        (lambda data: data, "upload.csv"),  # dashboard upload bytes
        (lambda data: io.BytesIO(data), "upload.csv"),  # file object
        (lambda data: data, None),  # bytes with no name: format guessed from the content
    ],
)
def test_read_table_accepts_bytes_and_file_objects(make_source, name) -> None:
    table = read_table(make_source(_csv(";").encode("utf-8")), name=name)
    assert table.frame["text"].tolist() == ["Talks, then more talks; again.", "Quiet day"]


@pytest.mark.parametrize(
    ("content", "expected_index", "expected_problems"),
    [
        ('{"text": "a", "id": 1}\n{"text": "b", "id": 2}\n', [1, 2], []),
        ('{"text": "a"}\n\n{"text": "b"}\n', [1, 3], []),  # a blank line is not a row; numbers are lines
        ('{"text": "a"}\n{"text": oops}\n{"text": "c"}\n', [1, 3], ["E106: line 2 is not a JSON object"]),
        ('{"text": "a"}\n["text"]\n', [1], ["E106: line 2 is not a JSON object (found a JSON list)"]),
    ],
)
def test_read_table_json_lines(tmp_path, content: str, expected_index, expected_problems) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(content, encoding="utf-8")
    table = read_table(path)
    assert table.format == "jsonl" and table.frame.index.name == "line"
    assert list(table.frame.index) == expected_index
    assert [p["message"][: len(e)] for p, e in zip(table.problems, expected_problems, strict=True)] == (
        expected_problems)


@pytest.mark.parametrize(
    ("records", "expected_values", "expected_index"),
    [
        ([{"text": "a"}, {"text": "b"}], [["a"], ["b"]], [1, 2]),
        ([{"body": "x", "n": 3}, "not an object", {"body": "y"}], [["x", 3], ["y", None]], [1, 3]),
    ],
)
def test_read_table_json_array(tmp_path, records, expected_values, expected_index) -> None:
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    table = read_table(path)
    values = [[None if v != v else v for v in row] for row in table.frame.values.tolist()]  # NaN → None
    assert values == expected_values
    assert list(table.frame.index) == expected_index and table.frame.index.name == "array item"


@pytest.mark.parametrize(
    ("content", "expected_rows", "expected_problem"),
    [
        ("text,date\nA,2025-01-01,extra\nB,2025-01-02\n", [["A", "2025-01-01"], ["B", "2025-01-02"]],
         "E111: data row 1 has 1 more fields than the header; the extra fields (extra) are ignored"),
        ("text,date\nA\n", [["A", ""]], None),  # a short row is padded
        ('text,date\n"two\nlines",2025-01-01\nB,x\n', [["two\nlines", "2025-01-01"], ["B", "x"]], None),
    ],
)
def test_read_table_ragged_rows(tmp_path, content: str, expected_rows, expected_problem) -> None:
    path = tmp_path / "a.csv"
    path.write_text(content, encoding="utf-8")
    table = read_table(path)
    assert table.frame.values.tolist() == expected_rows
    assert [p["message"] for p in table.problems] == ([expected_problem] if expected_problem else [])


@pytest.mark.parametrize(
    ("file_name", "content", "code", "mentions"),
    [
        ("missing.csv", None, "E101", "missing.csv"),
        ("articles.xlsx", b"text\nx\n", "E103", ".xlsx"),
        ("empty.csv", b"", "E107", "empty.csv"),
        ("header_only.csv", b"text,date\n", "E107", "header_only.csv"),
        ("blank.jsonl", b"\n\n", "E107", "blank.jsonl"),
        ("broken.json", b"[{", "E101", "invalid JSON"),
    ],
)
def test_read_table_unusable_files_raise_coded_errors(tmp_path, file_name, content, code, mentions) -> None:
    path = tmp_path / file_name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(IngestError) as caught:
        read_table(path)
    assert caught.value.code == code
    assert mentions in str(caught.value)


@pytest.mark.parametrize(
    ("limit_name", "limit", "content", "code"),
    [
        ("MAX_FILE_BYTES", 10, b"text\nA long enough text\n", "E104"),
        ("MAX_ROWS", 2, b"text\na\nb\nc\n", "E105"),
    ],
)
def test_read_table_limits(tmp_path, monkeypatch, limit_name: str, limit: int, content: bytes,
                           code: str) -> None:
    monkeypatch.setattr(tables, limit_name, limit)
    path = tmp_path / "big.csv"
    path.write_bytes(content)
    for source in (path, content):
        with pytest.raises(IngestError) as caught:
            read_table(source, name="big.csv")
        assert caught.value.code == code
