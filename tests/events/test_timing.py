"""Event time: governing expression, same sentence, narrative date, publication date, durations and
event anchors. Time expressions are built by hand here, so these tests do not depend on the engine."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.temporal import EventAnchor
from extract.temporal.calendar import duration_delta, value_at

D = dt.date


def _time(row: dict) -> tuple:
    return (row["time_anchor"], row["time_text"], row["date_start"], row["date_end"], row["granularity"])


MONDAY = {"date_start": D(2025, 1, 13), "date_end": D(2025, 1, 13), "granularity": "day"}
NEXT_WEEK = {"date_start": D(2025, 1, 20), "date_end": D(2025, 1, 26), "granularity": "week",
             "value": "2025-W04"}


@pytest.mark.parametrize(
    ("text", "timexes", "trigger", "expected"),
    [
        ("Israel struck Rafah on Monday.", [("Monday", MONDAY)], "struck",
         ("explicit", "Monday", "2025-01-13", "2025-01-13", "day")),
        ("Israel struck Rafah on Monday. Hamas fired rockets at Israel.", [("Monday", MONDAY)], "fired",
         ("previous-date", "", "2025-01-13", "2025-01-13", "day")),
        ("On Monday, Israel struck Rafah, and Hamas fired rockets at Israel.", [("Monday", MONDAY)],
         "fired", ("explicit", "Monday", "2025-01-13", "2025-01-13", "day")),
        ("Hamas fired rockets at Israel.", [], "fired",
         ("publication", "", "2025-01-15", "2025-01-15", "day")),
        ("Netanyahu will travel to Washington next week. Hamas rejected the proposal.",
         [("next week", NEXT_WEEK)], "travel to",
         ("explicit", "next week", "2025-01-20", "2025-01-26", "week")),
        ("Netanyahu will travel to Washington next week. Hamas rejected the proposal.",
         [("next week", NEXT_WEEK)], "rejected", ("publication", "", "2025-01-15", "2025-01-15", "day")),
        ("Putin had proposed the talks on Monday. Zelensky rejected the plan.", [("Monday", MONDAY)],
         "rejected", ("publication", "", "2025-01-15", "2025-01-15", "day")),
        ("Israel waged war on Hamas for two years.",
         [("two years", {"type": "DURATION", "value": "P2Y", "implied_start": D(2023, 1, 15),
                         "implied_end": D(2025, 1, 15), "granularity": "year"})],
         "waged war", ("explicit", "two years", "2023-01-15", "2025-01-15", "year")),
        ("In January, Hamas fired rockets at Israel. Blinken met Netanyahu.",
         [("January", {"date_start": D(2025, 1, 1), "date_end": D(2025, 1, 31), "granularity": "month"})],
         "met", ("publication", "", "2025-01-15", "2025-01-15", "day")),
        ("Officials said Israel struck Rafah on Monday. Hamas fired rockets at Israel.", [("Monday", MONDAY)],
         "fired", ("previous-date", "", "2025-01-13", "2025-01-13", "day")),
        ("Blinken said the ball was now in Hamas's court. Hamas fired rockets at Israel.",
         [("now", {"date_start": D(2025, 1, 15), "date_end": D(2025, 1, 15), "granularity": "day",
                   "value": "PRESENT_REF"})],
         "fired", ("publication", "", "2025-01-15", "2025-01-15", "day")),
        ("Putin had proposed the talks on Monday, but he did not attend.", [("Monday", MONDAY)], "attend",
         ("publication", "", "2025-01-15", "2025-01-15", "day")),
        ("Putin spoke on Monday, and Lavrov led the delegation.", [("Monday", MONDAY)], "led",
         ("explicit", "Monday", "2025-01-13", "2025-01-13", "day")),
        ("Qatari envoy Al Thani said the truce would take effect on Monday.", [("Monday", MONDAY)], "said",
         ("publication", "", "2025-01-15", "2025-01-15", "day")),
        ("Qatar announced on Monday that Israel and Hamas had agreed.", [("Monday", MONDAY)], "agreed",
         ("explicit", "Monday", "2025-01-13", "2025-01-13", "day")),
        # over / within a span, with no date of its own: the span runs from the inherited date
        ("Over a 60-day period, Israeli forces are to withdraw from Lebanon.",
         [("60-day", {"type": "DURATION", "value": "P60D"})], "withdraw",
         ("publication", "60-day", "2025-01-15", "2025-03-16", "day")),
        # (an asserted past event ends at the latest on the day of publication, 15 January)
        ("Israel struck Rafah on Monday. Israel called up reservists within three weeks.",
         [("Monday", MONDAY), ("three weeks", {"type": "DURATION", "value": "P3W"})], "called up",
         ("previous-date", "three weeks", "2025-01-13", "2025-01-15", "day")),
        ("Israel struck Rafah on Monday. Israel will call up reservists within three weeks.",
         [("Monday", MONDAY), ("three weeks", {"type": "DURATION", "value": "P3W"})], "call up",
         ("previous-date", "three weeks", "2025-01-13", "2025-02-03", "day")),
        # a span in hours spreads over the whole days it reaches
        ("Israel struck Rafah on Monday. Israel will call up reservists within 36 hours.",
         [("Monday", MONDAY), ("36 hours", {"type": "DURATION", "value": "PT36H"})], "call up",
         ("previous-date", "36 hours", "2025-01-13", "2025-01-15", "day")),
        # "for" a span is no such spread (its interval is the temporal engine's to give)
        ("Hamas held the hostages for 60 days.", [("60 days", {"type": "DURATION", "value": "P60D"})],
         "held", ("publication", "", "2025-01-15", "2025-01-15", "day")),
    ],
)
def test_event_time(events, timex, text, timexes, trigger, expected):
    found = [timex(text, phrase, **fields) for phrase, fields in timexes]
    rows = [r for r in events(text, found) if r["trigger"] == trigger]
    assert [_time(r) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("published", "expected"),
    [(D(2025, 1, 15), ("publication", "", "2025-01-15", "2025-01-15", "day")),
     (None, ("unresolved", "", "", "", ""))],
)
def test_event_time_without_expression(events, published, expected):
    (row,) = events("Hamas fired rockets at Israel.", [], published)
    assert _time(row) == expected


FEB_24 = {"date_start": D(2022, 2, 24), "date_end": D(2022, 2, 24), "granularity": "day"}
TEXT = "One month after the mobilization, Russia invaded Ukraine on 24 February."


@pytest.mark.parametrize(
    ("direction", "trigger", "expected"),
    [
        ("after", "mobilization", ("event", "One month", "2022-01-24", "2022-01-24", "day")),
        ("before", "mobilization", ("event", "One month", "2022-03-24", "2022-03-24", "day")),
        ("after", "invaded", ("explicit", "24 February", "2022-02-24", "2022-02-24", "day")),
    ],
)
def test_event_anchored_offset_dates_the_anchor_event(events, timex, direction, trigger, expected):
    start = TEXT.index("the mobilization")
    anchor = EventAnchor("P1M", direction, "the mobilization", start, start + len("the mobilization"))
    found = [timex(TEXT, "One month", type="DURATION", value="P1M", anchor="event", event_anchor=anchor),
             timex(TEXT, "24 February", **FEB_24)]
    rows = [r for r in events(TEXT, found) if r["trigger"] == trigger]
    assert [_time(r) for r in rows] == [expected]
    assert rows[0]["actors"] == ["Russia"]


@pytest.mark.parametrize(
    ("offset", "start", "shifted"),
    [("P1M", D(2022, 2, 24), D(2022, 1, 24)), ("P2W", D(2022, 2, 24), D(2022, 2, 10)),
     ("P3D", D(2022, 3, 1), D(2022, 2, 26)), ("P1Y6M", D(2022, 2, 24), D(2020, 8, 24))],
)
def test_duration_delta(offset, start, shifted):
    assert start - duration_delta(offset) == shifted


@pytest.mark.parametrize("offset", ["PXM", "P", "two months", ""])
def test_duration_delta_vague(offset):
    assert duration_delta(offset) is None


@pytest.mark.parametrize(
    ("granularity", "value"),
    [("day", "2024-03-05"), ("month", "2024-03"), ("year", "2024"), ("week", "2024-W10"),
     ("season", "2024-SP"), ("decade", "202X"), ("time", "2024-03-05")],
)
def test_event_dates_are_written_by_the_calendar(granularity, value):
    """One module writes TIMEX3 values: an event dated from another uses temporal.calendar.value_at."""
    assert value_at(D(2024, 3, 5), granularity) == value


JUNE_8 = {"date_start": D(2010, 6, 8), "date_end": D(2010, 6, 8), "granularity": "day"}
JUNE_7 = {"date_start": D(2010, 6, 7), "date_end": D(2010, 6, 7), "granularity": "day"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("June 8, 2010\nYesterday, at this year's fair, Apple chief executive Steve Jobs unveiled the iPhone 4.",
      ("explicit", "Yesterday", "2010-06-07"))],
)
def test_finest_then_nearest_governing_expression_wins(events, timex, text, expected):
    this_year = {"date_start": D(2010, 1, 1), "date_end": D(2010, 12, 31), "granularity": "year"}
    found = [timex(text, "June 8, 2010", **JUNE_8), timex(text, "Yesterday", **JUNE_7),
             timex(text, "this year", **this_year)]
    rows = [r for r in events(text, found, D(2010, 6, 8)) if r["trigger"] == "unveiled"]
    assert [(r["time_anchor"], r["time_text"], r["date_start"]) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [("Oman said today that the talks between the United States and Iran, scheduled for Sunday, would not "
      "take place.", "talks take place", ("explicit", "Sunday", "2025-01-19")),
     # the participle hangs on "round", the head of "the sixth round of talks"
     ("Oman said today that the sixth round of talks between the United States and Iran, scheduled for "
      "Sunday, would not take place.", "talks take place", ("explicit", "Sunday", "2025-01-19"))],
)
def test_time_of_participle_modifying_event_noun(events, timex, text, trigger, expected):
    found = [timex(text, "today", date_start=D(2025, 1, 15), date_end=D(2025, 1, 15), granularity="day"),
             timex(text, "Sunday", date_start=D(2025, 1, 19), date_end=D(2025, 1, 19), granularity="day")]
    rows = [r for r in events(text, found) if r["trigger"] == trigger]
    assert [(r["time_anchor"], r["time_text"], r["date_start"]) for r in rows] == [expected]
