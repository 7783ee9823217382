"""Dates told in the next sentence about the same event (extract/events/retold.py), and offsets
counted from a host dated that way (anchors.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract_events

PUBLISHED = dt.date(2025, 5, 19)  # a Monday


def _when(text: str, trigger: str) -> tuple[str, str, str]:
    table = extract_events(text, PUBLISHED)
    rows = table[table["trigger"] == trigger].to_dict("records")
    assert rows, f"no {trigger!r} event in {list(table['trigger'])}"
    return rows[0]["date_start"], rows[0]["date_end"], rows[0]["time_anchor"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a definite noun of the same kind with a time of its own names the event again
    ("Qatar brought together leaders of the Gulf states in Doha. The summit on Saturday called for a "
     "ceasefire.", "brought together", ("2025-05-17", "2025-05-17", "explicit")),
    # an offset from that event counts from its date, not from publication
    ("Two weeks after Egypt hosted a conference, Qatar brought together leaders of the Gulf states in "
     "Doha. The summit on Saturday called for a ceasefire.", "hosted", ("2025-05-03", "2025-05-03", "event")),
    # a subordinate clause is not the event the next sentence names again
    ("Two weeks after Egypt hosted a conference, Qatar brought together leaders of the Gulf states in "
     "Doha. The summit on Saturday called for a ceasefire.", "brought together",
     ("2025-05-17", "2025-05-17", "explicit")),
    # an event of the same kind with no one named and no time of its own is part of the dated one
    ("Militants attacked a military base in Lamu County in January. Three soldiers were killed.", "killed",
     ("2025-01-01", "2025-01-31", "event")),
    # ... also when a support verb's object names the dated event ("carried out a bombing")
    ("Militants carried out a bombing at a base in Lamu County in January. Three soldiers were killed.",
     "killed", ("2025-01-01", "2025-01-31", "event")),
])
def test_date_from_the_next_sentence(text, trigger, expected):
    assert _when(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # someone named: another event, dated as before
    ("Militants attacked a military base in Lamu County in January. Kenya bombed their camps.", "bombed",
     ("2025-05-19", "2025-05-19", "publication")),
    # an indefinite noun is not the same event
    ("Qatar brought together leaders of the Gulf states in Doha. A summit on Saturday called for a "
     "ceasefire.", "brought together", ("2025-05-19", "2025-05-19", "publication")),
])
def test_other_events_keep_their_dates(text, trigger, expected):
    assert _when(text, trigger) == expected
