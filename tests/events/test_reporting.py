"""Reporting verbs (data/lexicon/reporting.tsv): the reporting of the day, not the narrative's date."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract_events
from extract.events.reporting import REPORTING_COLUMNS, REPORTING_PATH
from extract.events.tables import read_data_table

PUBLISHED = dt.date(2025, 5, 19)
ROWS = read_data_table(REPORTING_PATH, REPORTING_COLUMNS)


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_reporting_verb_is_dated_by_publication(row):
    table = extract_events(row["example"], PUBLISHED)
    found = table[table["trigger"] == row["trigger"]]
    assert list(found["time_anchor"]) == ["publication"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # after a date of something said, the reports go on that day
    ("Apple announced new phones on Friday. Apple chief executive Steve Jobs said the phones were ready.",
     "said",
     ("previous-date", "2025-05-16")),
    # a verb of another kind keeps the narrative's date
    ("A gunman shot the doctor Barnett Slepian on Friday night. Police chief Joseph Moskal praised the "
     "officers.", "praised", ("previous-date", "2025-05-16")),
])
def test_other_clauses_keep_the_narrative_date(text, trigger, expected):
    table = extract_events(text, PUBLISHED)
    row = table[table["trigger"] == trigger].iloc[0]
    assert (row["time_anchor"], row["date_start"]) == expected
