"""Row validation: each row becomes an article or a problem (or both, for a caveat)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract.ingest import ColumnMapping, prepare_articles
from extract.ingest.limits import MAX_TEXT_CHARS
from tests.ingest.texts import FRENCH, GERMAN

GOOD = "The foreign ministers met in Cairo on Tuesday and agreed to talk again."
MAPPING = ColumnMapping(text="text", published="date", id="id")


def _frame(rows: list[dict], unit: str | None = "data row") -> pd.DataFrame:
    frame = pd.DataFrame(rows, dtype=object)
    frame.index = pd.Index(range(1, len(rows) + 1), name=unit)
    return frame


@pytest.mark.parametrize(
    ("row", "used", "published", "expected_message"),
    [
        ({"id": "a", "text": GOOD, "date": "2025-03-14"}, True, dt.date(2025, 3, 14), None),
        ({"id": "a", "text": "   ", "date": "2025-03-14"}, False, None, "E121: data row 1: text is empty"),
        ({"id": "a", "text": None, "date": "2025-03-14"}, False, None, "E121: data row 1: text is empty"),
        ({"id": "a", "text": GOOD, "date": "soon"}, True, None,
         "E122: data row 1: publication date 'soon' not understood; row used without a date"),
        ({"id": "a", "text": GOOD, "date": ""}, True, None, "E123: data row 1: publication date is empty"),
        ({"id": "a", "text": FRENCH, "date": "2025-03-14"}, False, None,
         "E124: data row 1: text does not look like English"),
        ({"id": "a", "text": GERMAN, "date": "2025-03-14"}, False, None,
         "E124: data row 1: text does not look like English"),
        ({"id": "a", "text": "war " * (MAX_TEXT_CHARS // 4) + "end", "date": "2025-03-14"}, False, None,
         "E125: data row 1: text has 100,003 characters; the limit is 100,000; row skipped"),
    ],
)
def test_prepare_articles_single_row(row: dict, used: bool, published, expected_message) -> None:
    prepared = prepare_articles(_frame([row]), MAPPING)
    assert len(prepared.articles) == int(used)
    if used:
        assert prepared.articles[0].published == published
    messages = [p["message"] for p in prepared.problems]
    if expected_message is None:
        assert messages == []
    else:
        assert len(messages) == 1 and messages[0].startswith(expected_message)


@pytest.mark.parametrize(
    ("ids", "texts", "expected_ids", "expected_messages"),
    [
        (["a", "b"], [GOOD, GOOD + " Again."], ["a", "b"], []),
        (["a", "a", "a"], [GOOD] * 3, ["a", "a-2", "a-3"],
         ["E126: data row 2: id 'a' already used by data row 1; renamed to 'a-2'",
          "E126: data row 3: id 'a' already used by data row 1; renamed to 'a-3'"]),
        (["a", "a-2", "a"], [GOOD] * 3, ["a", "a-2", "a-3"],
         ["E126: data row 3: id 'a' already used by data row 1; renamed to 'a-3'"]),
    ],
)
def test_prepare_articles_duplicate_ids(ids, texts, expected_ids, expected_messages) -> None:
    rows = [{"id": i, "text": t, "date": "2025-01-01"} for i, t in zip(ids, texts, strict=True)]
    prepared = prepare_articles(_frame(rows), MAPPING)
    assert [a.doc_id for a in prepared.articles] == expected_ids
    assert [p["message"] for p in prepared.problems] == expected_messages


@pytest.mark.parametrize(
    ("texts", "expected_suffixes", "expected_problems"),
    [([GOOD, GOOD + " More."], ["", ""], 0), ([GOOD, GOOD], ["", "-2"], 1)],
)
def test_prepare_articles_ids_from_text(texts, expected_suffixes, expected_problems) -> None:
    prepared = prepare_articles(_frame([{"text": t} for t in texts]), ColumnMapping(text="text"))
    ids = [a.doc_id for a in prepared.articles]
    assert all(i.startswith("doc-") for i in ids)
    assert [i[len("doc-") + 12:] for i in ids] == expected_suffixes
    # E128 (no date column) for the file, plus E129 for each repeated text
    assert [p["message"][:4] for p in prepared.problems] == ["E128"] + ["E129"] * expected_problems


@pytest.mark.parametrize(
    ("unit", "expected_where"),
    [("data row", "data row 2"), ("line", "line 2"), (None, "row 2")],
)
def test_prepare_articles_names_rows_as_the_input_counts_them(unit, expected_where: str) -> None:
    frame = _frame([{"text": GOOD, "date": "2025-01-01"}, {"text": "", "date": "2025-01-01"}], unit)
    if unit is None:
        frame = frame.reset_index(drop=True)  # a caller's own frame: 0-based, unnamed index
    prepared = prepare_articles(frame, MAPPING)
    assert [(p["row"], p["column"]) for p in prepared.problems] == [(2, "text")]
    assert prepared.problems[0]["message"].startswith(f"E121: {expected_where}:")


@pytest.mark.parametrize(
    "rows",
    [
        [{"text": GOOD, "date": "2025-01-01"}, {"text": "", "date": "x"}, {"text": FRENCH, "date": ""},
         {"text": GOOD, "date": "bad"}, {"text": GOOD + " Later.", "date": "2025-01-02"}],
    ],
)
def test_prepare_articles_accounts_for_every_row(rows: list[dict]) -> None:
    prepared = prepare_articles(_frame(rows), ColumnMapping(text="text", published="date"))
    used = {a.row for a in prepared.articles}
    reported = {p["row"] for p in prepared.problems}
    assert used | reported == set(range(1, len(rows) + 1))
    assert used.isdisjoint(prepared.skipped) and used | prepared.skipped == set(range(1, len(rows) + 1))
    assert sorted(used) == [1, 4, 5]


@pytest.mark.parametrize(
    ("ids", "expected_ids"),
    [([1.0, float("nan"), 3.0], ["1", "doc-", "3"]), ([12, 7, "x"], ["12", "7", "x"]), ([1.5], ["1.5"])],
)
def test_prepare_articles_ids_as_text(ids: list, expected_ids: list[str]) -> None:
    rows = [{"id": i, "text": f"{GOOD} Number {n}."} for n, i in enumerate(ids)]
    prepared = prepare_articles(_frame(rows), ColumnMapping(text="text", id="id"))
    assert [a.doc_id[: len(e)] for a, e in zip(prepared.articles, expected_ids, strict=True)] == expected_ids
