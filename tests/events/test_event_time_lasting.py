"""An act in the perfect progressive with a duration of the table (data/lexicon/lasting.tsv: "had
been working with Thailand for years") spans that long up to the clause's time, on the real
temporal engine with texts of our own."""

from __future__ import annotations

import pytest

from extract.events.lasting import LASTING_COLUMNS, LASTING_PATH, measure
from extract.events.tables import read_data_table
from tests.events.rows import event_row

LASTING = read_data_table(LASTING_PATH, LASTING_COLUMNS)


@pytest.mark.parametrize("entry", LASTING, ids=[r["word"] for r in LASTING])
def test_lasting_table_examples(entry):
    row = event_row(entry["example"], entry["trigger"])
    assert (row["date_start"], row["date_end"]) == (entry["date_start"], entry["date_end"])


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the years up to the day it was said, not that day (a vague "years" reaches ten: vague_counts.tsv)
    ("A spokesperson for the State Department told VOA on Sunday it had been working with Thailand "
     "for years to avoid their return to China.", "working with", ("2015-05-18", "2025-05-18", "years")),
    # in the present perfect progressive: up to publication
    ("Kenya said the talks went well. Police have been detaining protesters for two weeks.",
     "detaining", ("2025-05-05", "2025-05-19", "two weeks")),
    # what must stay: the saying keeps its day
    ("Kenyan officials said on Friday they had been negotiating with Uganda for two months.",
     "said", ("2025-05-16", "2025-05-16", "Friday")),
    # not the simple perfect: "has negotiated for two months" may measure something else ("banned for
    # ten years" is the ban's length)
    ("Kenya has negotiated with Uganda for two months.", "negotiated", ("2025-05-19", "2025-05-19", "")),
    # not a duration after "since": the bound keeps its reading
    ("Kenya has been holding talks with Uganda since March.", "holding talks",
     ("2025-03-01", "2025-05-19", "March")),
    # not a future perfect
    ("Kenya will have been negotiating with Uganda for two months by June.", "negotiating",
     ("2025-06-01", "2025-06-30", "June")),
])
def test_lasting(text, trigger, expected):
    row = event_row(text, trigger)
    assert (row["date_start"], row["date_end"], row["time_text"]) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("P2M", (0, 2)), ("PXY", (10, 0)), ("PXM", (1, 0)), ("PT8H", None),
])
def test_measure(value, expected):
    delta = measure(value)
    assert (None if delta is None else (delta.years, delta.months)) == expected
