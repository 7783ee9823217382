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


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a definite event noun subject with no time of its own names the event of its kind the sentence
    # before dates: a plan too ("The meeting will focus on …" is Friday's meeting, not publication's)
    ("On Friday, China, Russia and Iran will hold a meeting in Beijing. The meeting will focus on the "
     "nuclear issue.", "meeting", ("2025-05-23", "2025-05-23", "event")),
    ("Wang Yi will hold talks with Russian and Iranian officials in Beijing on Friday. The talks will "
     "focus on the nuclear issue.", "talks", ("2025-05-23", "2025-05-23", "event")),
    # what stays: a time of its own wins
    ("Kenya and Uganda held talks in Nairobi in 2019. The talks will resume next month.", "talks",
     ("2025-06-01", "2025-06-30", "explicit")),
    # the event the sentence before names is the dated one, not the one the noun stands in
    ("On Friday, China, Russia and Iran will hold a meeting in Beijing. The meeting will focus on the "
     "nuclear issue.", "hold a meeting", ("2025-05-23", "2025-05-23", "explicit")),
])
def test_date_from_the_sentence_before(text, trigger, expected):
    assert _when(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    # not a noun another act is about ("praised the withdrawal"): that act's day is not the noun's, the
    # plan told of stays a plan from publication
    ("The Taliban leader on Sunday praised the ongoing withdrawal of U.S. troops. The withdrawal will "
     "leave Afghanistan without foreign forces.", "withdrawal"),
    ("The president on Sunday welcomed the agreement with Uganda. The agreement will open the border.",
     "agreement"),
])
def test_not_from_a_noun_another_act_is_about(text, trigger):
    table = extract_events(text, PUBLISHED)
    rows = table[(table["trigger"] == trigger) & (table["mode"] == "future")].to_dict("records")
    assert [(r["date_start"], r["date_end"], r["time_anchor"]) for r in rows] == [
        ("2025-05-19", "", "publication")]
