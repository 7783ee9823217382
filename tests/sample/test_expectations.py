"""The hand-coded gold events in data/sample/expectations.tsv are well formed and point into the corpus."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract.schema import EVENT_TYPES, MODES
from tests.sample.conftest import SAMPLE_DIR

COLUMNS = [
    "doc_id", "sentence_snippet", "event_trigger", "actors", "event_type", "mode", "date_start", "date_end",
]
ROWS = range(len(pd.read_csv(SAMPLE_DIR / "expectations.tsv", sep="\t", dtype=str)))


def parse_day(value: str) -> dt.date | None:
    """An ISO calendar day, or None for an empty cell (raises ValueError on anything else)."""
    return dt.date.fromisoformat(value) if value else None


def test_columns(expectations: pd.DataFrame) -> None:
    assert list(expectations.columns) == COLUMNS


def test_between_30_and_60_events_covering_every_mode(expectations: pd.DataFrame) -> None:
    assert 30 <= len(expectations) <= 60
    assert set(expectations["mode"]) == set(MODES)


@pytest.mark.parametrize("row", ROWS)
def test_row_points_into_the_corpus(expectations: pd.DataFrame, texts: dict[str, str], row: int) -> None:
    gold = expectations.iloc[row]
    assert gold["sentence_snippet"] in texts[gold["doc_id"]]
    assert gold["event_trigger"] in gold["sentence_snippet"]


@pytest.mark.parametrize("row", ROWS)
def test_row_values(expectations: pd.DataFrame, row: int) -> None:
    gold = expectations.iloc[row]
    assert gold["event_type"] in EVENT_TYPES
    assert gold["mode"] in MODES
    actors = gold["actors"].split("; ")
    assert all(actor.strip() == actor and actor for actor in actors)
    start, end = parse_day(gold["date_start"]), parse_day(gold["date_end"])
    assert (start is None) == (end is None)
    assert start is None or start <= end


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-01-19", dt.date(2025, 1, 19)), ("", None)],
)
def test_parse_day(value: str, expected: dt.date | None) -> None:
    assert parse_day(value) == expected


@pytest.mark.parametrize("value", ["19 January 2025", "2025-13-01"])
def test_parse_day_rejects_non_iso(value: str) -> None:
    with pytest.raises(ValueError):
        parse_day(value)
