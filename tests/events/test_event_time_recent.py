"""Past acts told as recent lie in a span up to publication (data/lexicon/recent.tsv), on the real
temporal engine with texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract_events
from extract.events.recent import RECENT_COLUMNS, RECENT_PATH
from extract.events.tables import read_data_table

PUBLISHED = dt.date(2025, 5, 19)  # a Monday
RECENT = read_data_table(RECENT_PATH, RECENT_COLUMNS)


def _row(text: str, trigger: str) -> dict:
    table = extract_events(text, PUBLISHED)
    rows = table[table["trigger"] == trigger].to_dict("records")
    assert rows, f"no {trigger!r} event in {list(table['trigger'])}"
    return rows[0]


@pytest.mark.parametrize("entry", RECENT, ids=[r["word"] for r in RECENT])
def test_recent_table_examples(entry):
    row = _row(entry["example"], entry["trigger"])
    assert (row["date_start"], row["date_end"], row["time_anchor"]) == (
        entry["date_start"], entry["date_end"], "explicit")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a statement told as recent: the weeks up to publication, not the publication day
    ("Cyril Ramaphosa recently said South Africa would host the talks.", "said",
     ("2025-04-19", "2025-05-19", "recently")),
    # a time of its own wins over the adverb
    ("Cyril Ramaphosa met William Ruto in Nairobi on Friday.", "met", ("2025-05-16", "2025-05-16", "Friday")),
])
def test_recent_past(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"], row["time_text"]) == expected
