"""Golden events tables: checked-in expected output for a few sample articles, and the comparison.

The inputs are frozen in tests/golden/data/articles.csv (so editing the sample corpus does not move
the goldens); each article's expected table is tests/golden/data/<id>.events.csv (lists "; "-joined).
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from extract.schema import EVENT_COLUMNS, LIST_COLUMNS

DATA = Path(__file__).resolve().parent / "data"
ARTICLES = DATA / "articles.csv"


def golden_path(doc_id: str) -> Path:
    return DATA / f"{doc_id}.events.csv"


def articles() -> pd.DataFrame:
    return pd.read_csv(ARTICLES, dtype=str, keep_default_na=False)


def events_of_article(article: dict) -> pd.DataFrame:
    """The events table of one article, through the corpus extraction (cleaning included)."""
    from extract import extract_articles

    result = extract_articles(pd.DataFrame([article]))
    assert result.articles == 1, result.problems.to_string()
    return result.events.reset_index(drop=True)


def to_csv(table: pd.DataFrame) -> str:
    flat = table.copy()
    for column in LIST_COLUMNS:
        flat[column] = flat[column].map("; ".join)
    return flat.to_csv(index=False, lineterminator="\n")


def read_csv(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def differences(actual: pd.DataFrame, golden: pd.DataFrame) -> list[str]:
    """Readable differences, row by row (matched on event_id) and column by column."""
    lines = []
    if list(actual.columns) != list(golden.columns):
        lines.append(f"columns: expected {list(golden.columns)}, got {list(actual.columns)}")
        return lines
    got = {row["event_id"]: row for row in actual.to_dict("records")}
    want = {row["event_id"]: row for row in golden.to_dict("records")}
    for event_id, row in want.items():
        if event_id not in got:
            lines.append(f"missing row {event_id}: {row['trigger']!r} in {row['sentence'][:70]!r}")
            continue
        for column in EVENT_COLUMNS:
            if got[event_id][column] != row[column]:
                lines.append(f"row {event_id} ({row['trigger']!r}) {column}: expected {row[column]!r}, "
                             f"got {got[event_id][column]!r}")
    for event_id, row in got.items():
        if event_id not in want:
            lines.append(f"extra row {event_id}: {row['trigger']!r} in {row['sentence'][:70]!r}")
    if not lines and list(got) != list(want):
        lines.append("same rows, different order")
    return lines
