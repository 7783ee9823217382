"""Lazy reading in chunks: CSV/TSV, JSON Lines (plain and .gz), Parquet; row numbers name the file."""

from __future__ import annotations

import pandas as pd
import pytest

from extract.ingest import IngestError
from extract.ingest.streams import file_encoding, file_format, read_chunks
from tests.bulk.conftest import write_csv, write_jsonl


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.csv", "csv"), ("a.TSV", "csv"), ("a.jsonl", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.csv.gz", "csv"),
     ("a.parquet", "parquet"), ("a.json", "json")],
)
def test_streams_file_format(tmp_path, name: str, expected: str) -> None:
    assert file_format(tmp_path / name) == expected


@pytest.mark.parametrize("name", ["a.xlsx", "a.gz"])
def test_streams_file_format_unknown(tmp_path, name: str) -> None:
    with pytest.raises(IngestError, match="E103"):
        file_format(tmp_path / name)


@pytest.mark.parametrize(
    ("size", "expected_rows"),
    [(2, [[1, 2], [3, 5], [6]]), (5, [[1, 2, 3, 5, 6]]), (10, [[1, 2, 3, 5, 6]])],
)
def test_streams_csv_chunks_keep_row_numbers(tmp_path, size: int, expected_rows: list[list[int]]) -> None:
    rows = [["id", "text"], ["1", "a"], ["2", "b"], ["3", "c"], ["", ""], ["5", "e"], ["6", "f"]]
    chunks = list(read_chunks(write_csv(tmp_path / "in.csv", rows), size, "in.csv"))
    assert [list(c.frame.index) for c in chunks] == expected_rows
    assert {c.frame.index.name for c in chunks} == {"in.csv, data row"}
    assert pd.concat([c.frame for c in chunks])["text"].tolist() == ["a", "b", "c", "e", "f"]


@pytest.mark.parametrize("compress", [False, True])
def test_streams_jsonl_chunks_report_bad_lines(tmp_path, compress: bool) -> None:
    path = tmp_path / ("in.jsonl.gz" if compress else "in.jsonl")
    write_jsonl(path, [{"text": "one"}, {"text": "two"}, {"text": "three"}], compress)
    if not compress:
        path.write_text(path.read_text() + "[1, 2]\n{\"text\": \"five\"}\n")
    chunks = list(read_chunks(path, 2, path.name))
    frames = pd.concat([c.frame for c in chunks])
    texts = ["one", "two", "three"] + ([] if compress else ["five"])
    assert frames["text"].tolist() == texts
    problems = [p["message"] for c in chunks for p in c.problems]
    bad_line = "E106: in.jsonl, line 4 is not a JSON object (found a JSON list); row skipped"
    assert problems == ([] if compress else [bad_line])


@pytest.mark.parametrize("size", [2])
def test_streams_parquet_chunks(tmp_path, size: int) -> None:
    path = tmp_path / "in.parquet"
    pd.DataFrame({"text": ["a", "b", "c"], "date": ["2025-01-01"] * 3}).to_parquet(path)
    chunks = list(read_chunks(path, size, "in.parquet"))
    assert [list(c.frame.index) for c in chunks] == [[1, 2], [3]]
    assert chunks[0].frame.index.name == "in.parquet, row"


@pytest.mark.parametrize(
    ("data", "expected"),
    [("text\ncafé\n".encode(), "utf-8"), ("text\ncafé\n".encode("cp1252"), "cp1252"),
     ("text\ncafé\n".encode("utf-8-sig"), "utf-8-sig"), (b"text\n\x81\x8d\n", "latin-1")],
)
def test_streams_file_encoding(tmp_path, data: bytes, expected: str) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    assert file_encoding(path, "in.csv") == expected


@pytest.mark.parametrize(("content", "code"), [(b"PK\x03\x04\x00\x00", "E109"), (b"", "E107")])
def test_streams_unusable_file(tmp_path, content: bytes, code: str) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=code):
        list(read_chunks(path, 10, "in.csv"))
