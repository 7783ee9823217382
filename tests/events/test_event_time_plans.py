"""Event time of plans, of what is said when, and of relative times with nothing to count from (the
real temporal engine on texts of our own)."""

from __future__ import annotations

import pytest

from extract.events.simultaneous import SIMULTANEOUS_COLUMNS, SIMULTANEOUS_PATH
from extract.events.tables import read_data_table
from tests.events.rows import event_row

SIMULTANEOUS = read_data_table(SIMULTANEOUS_PATH, SIMULTANEOUS_COLUMNS)


def _when(row: dict) -> tuple[str, ...]:
    return row["date_start"], row["date_end"], row["time_anchor"], row["time_value"], row["time_text"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a plan with no time of its own starts when it is told of; its end is not known
    ("Narendra Modi will soon also visit the Maldives.", "visit",
     ("2025-05-19", "", "publication", "FUTURE_REF", "")),
    ("Sergei Lavrov said on Saturday that Vladimir Putin would visit Cairo.", "visit",
     ("2025-05-17", "", "event", "FUTURE_REF", "")),
    ("Antony Blinken said on Tuesday Washington would impose sanctions.", "impose sanctions",
     ("2025-05-13", "", "event", "FUTURE_REF", "")),
    ("Vikram Misri said Saturday while announcing plans that Narendra Modi will soon also visit the "
     "Maldives.", "visit", ("2025-05-17", "", "event", "FUTURE_REF", "")),
    # after the story's last date, a plan told in the present starts at publication, one told in the
    # past ("would") on that date
    ("Russia attacked Kyiv on Friday. Emmanuel Macron will visit Kyiv.", "visit",
     ("2025-05-19", "", "publication", "FUTURE_REF", "")),
    ("Russia attacked Kyiv on Friday. Emmanuel Macron would visit Kyiv, Sergei Lavrov said.", "visit",
     ("2025-05-16", "", "previous-date", "FUTURE_REF", "")),
    ("Russia attacked Kyiv on Friday. Sergei Lavrov said Emmanuel Macron will visit Kyiv.", "visit",
     ("2025-05-16", "", "previous-date", "FUTURE_REF", "")),
    # a plan with a time of its own keeps it, and so does one whose other clause's time lies ahead
    ("Narendra Modi will visit the Maldives next week.", "visit",
     ("2025-05-26", "2025-06-01", "explicit", "2025-W22", "next week")),
    ("Antony Blinken will travel to Cairo on Friday to meet Abdel Fattah el-Sisi.", "meet",
     ("2025-05-23", "2025-05-23", "explicit", "2025-05-23", "Friday")),
    # a vague time of its own gives an interval (extract/rules/normalization/vague_counts.tsv)
    ("Narendra Modi will visit the Maldives in the coming days.", "visit",
     ("2025-05-19", "2025-06-02", "explicit", "PXD", "the coming days")),
    ("Kenya will host talks with Uganda in the coming weeks.", "host",
     ("2025-05-19", "2025-07-14", "explicit", "PXW", "the coming weeks")),
    ("Kenya and Uganda will meet later this year.", "meet",
     ("2025-05-19", "2025-12-31", "explicit", "2025", "later this year")),
])
def test_planned_event_interval(text, trigger, expected):
    assert _when(event_row(text, trigger)) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # "said on Tuesday it would …": Tuesday is the saying's, even where the parser hangs it on "would"
    ("Volodymyr Zelensky said on Tuesday it would retaliate.", "said",
     ("2025-05-13", "2025-05-13", "explicit", "2025-05-13", "Tuesday")),
    ("Volodymyr Zelensky said on Tuesday that Ukraine had retaliated on Sunday.", "retaliated",
     ("2025-05-18", "2025-05-18", "explicit", "2025-05-18", "Sunday")),
])
def test_time_of_the_saying(text, trigger, expected):
    assert _when(event_row(text, trigger)) == expected


@pytest.mark.parametrize("row", SIMULTANEOUS, ids=[r["word"] for r in SIMULTANEOUS])
def test_gerund_clause_time_is_the_main_clause_time(row):
    assert event_row(row["example"], row["trigger"])["time_text"] == row["time_text"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # no publication date: the relative time is kept as written, its anchor unresolved
    ("Russia attacked Kyiv on Monday.", "attacked", ("", "", "unresolved", "XXXX-WXX-1", "Monday")),
    ("Narendra Modi will visit the Maldives next week.", "visit",
     ("", "", "unresolved", "XXXX-WXX", "next week")),
    # a written date needs nothing to count from
    ("Vladimir Putin met Xi Jinping on March 3, 2025.", "met",
     ("2025-03-03", "2025-03-03", "explicit", "2025-03-03", "March 3, 2025")),
])
def test_relative_time_without_publication(text, trigger, expected):
    assert _when(event_row(text, trigger, published=None)) == expected
