"""The timeline's time window: busiest period, named windows, ranges dragged on the chart."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.view import legend_types, zoomed_window
from dashboard.window import (
    busiest,
    custom_window,
    parse_window,
    span_text,
    window_label,
    window_note,
    window_range,
)
from extract.schema import EVENT_TYPES


def _dates(*groups: tuple[str, str, int]) -> pd.Series:
    parts = [pd.Series(pd.date_range(start, end, periods=n)) for start, end, n in groups]
    return pd.concat(parts, ignore_index=True)


@pytest.mark.parametrize(("groups", "within"), [
    # half the events in 2025, the rest spread over 2017-2024 (the VOA stories): open on 2025
    ((("2025-01-05", "2025-06-20", 300), ("2017-01-01", "2024-12-01", 150)), ("2024-06-01", "2025-07-31")),
    ((("2024-01-15", "2024-01-15", 50),), ("2023-12-31", "2024-01-31")),
    ((("1995-01-01", "1995-01-01", 1), ("2024-06-01", "2024-06-30", 199)), ("2024-05-01", "2024-07-31")),
])
def test_window_opens_on_the_busiest_period(groups, within):
    starts = _dates(*groups)
    low, high = window_range("", starts, starts)
    assert pd.Timestamp(within[0]) <= low and high <= pd.Timestamp(within[1])


@pytest.mark.parametrize(("window", "expected"), [
    ("all", ("2016-12-17", "2025-07-05")),
    ("1y", ("2024-06-05", "2025-07-05")),
    ("2024-01-01..2024-03-31", ("2024-01-01", "2024-04-01")),
])
def test_named_and_custom_windows(window, expected):
    starts = _dates(("2017-01-01", "2025-06-20", 100))
    low, high = window_range(window, starts, starts)
    assert (low.date().isoformat(), high.date().isoformat()) == expected


@pytest.mark.parametrize("text", ["", "1m", "6m", "1y", "all", "2024-01-01..2024-01-01",
                                  "2024-01-01T06:00..2024-01-01T18:30", "2024-01-01..2024-01-02T03:00"])
def test_parse_window_accepts_its_own_values(text):
    assert parse_window(text) == text


@pytest.mark.parametrize("text", ["2y", "2024-02-01..2024-01-01", "2024-01-01", "x..y",
                                  "2024-01-01T18:00..2024-01-01T06:00", "2024-01-01T25:00..2024-01-02",
                                  "2024-01-01T06:00:00..2024-01-02"])
def test_parse_window_refuses_malformed_values(text):
    with pytest.raises(ValueError):
        parse_window(text)


def test_custom_window_orders_its_ends_and_note_counts():
    assert custom_window(dt.date(2024, 5, 1), dt.date(2024, 1, 1)) == "2024-01-01..2024-05-01"
    starts = _dates(("2024-01-01", "2024-12-31", 10))
    half = "2024-01-01..2024-06-30"
    note = window_note(half, starts, window_range(half, starts, starts))
    assert "holds 5 of 10 dated events" in note
    assert window_note("all", starts, window_range("all", starts, starts)) == ""
    assert busiest(pd.Series([], dtype="datetime64[ns]")) is None


@pytest.mark.parametrize(("zoom", "window"), [
    ({"x0": "2024-03-03", "x1": "2024-03-10"}, "2024-03-03..2024-03-09"),  # whole days round-trip
    ({"x0": "2024-03-03 06:00", "x1": "2024-03-10 12:30:00.5"}, "2024-03-03..2024-03-10"),
    ({"x0": "2024-03-10", "x1": "2024-03-03"}, "2024-03-03..2024-03-09"),  # ends the other way round
    ({"x0": "1700-01-01", "x1": "2300-01-01"}, "1800-01-01..2200-12-31"),  # clamped to the app's limits
    ({"x0": "2024-03-03", "x1": "2024-03-03"}, "2024-03-03..2024-03-03"),
    # finer than two days: the times stay, rounded out to the minute
    ({"x0": "2024-03-03 06:00", "x1": "2024-03-03 18:30"}, "2024-03-03T06:00..2024-03-03T18:30"),
    ({"x0": "2024-03-04 12:00:10", "x1": "2024-03-03 06:00:20.5"}, "2024-03-03T06:00..2024-03-04T12:01"),
    ({"x0": "2024-03-03 06:00", "x1": "2024-03-03 06:00"}, "2024-03-03T06:00..2024-03-03T06:01"),
    ({"all": True}, "all"),  # the chart's axes were reset
    ({"x0": "not a date", "x1": "2024-01-01"}, ""), ({"x0": "2024-01-01"}, ""), (None, ""), ("x", ""),
])
def test_zoomed_window(zoom, window):
    assert zoomed_window(zoom) == window
    if window:
        assert parse_window(window) == window


@pytest.mark.parametrize(("types", "clicked", "expected"), [
    ((), "ACCUSE", tuple(t for t in EVENT_TYPES if t != "ACCUSE")),  # hide one from "all": all but it
    (tuple(t for t in EVENT_TYPES if t != "ACCUSE"), "ACCUSE", ()),  # show it again: "all"
    (("AGREE", "THREATEN"), "ACCUSE", ()),  # show the last hidden one of the dataset: "all" again
    (("AGREE",), "THREATEN", ("AGREE", "THREATEN")),
    (("AGREE", "THREATEN"), "AGREE", ("THREATEN",)),
    (("AGREE",), "AGREE", ("AGREE",)),  # the last shown type stays: the filter has no "none"
    ((), "NOT A TYPE", ()),
])
def test_legend_click_toggles_the_type_filter(types, clicked, expected):
    assert legend_types(types, ["AGREE", "ACCUSE", "THREATEN"], clicked) == expected


@pytest.mark.parametrize(("window", "low", "high", "label"), [
    ("2024-03-03T06:00..2024-03-03T18:30", "2024-03-03 06:00", "2024-03-03 18:30",
     "2024-03-03 06:00 – 18:30"),
    ("2024-03-03T22:00..2024-03-04T02:00", "2024-03-03 22:00", "2024-03-04 02:00",
     "2024-03-03 22:00 – 2024-03-04 02:00"),
    ("2024-03-03..2024-03-09", "2024-03-03", "2024-03-10", "2024-03-03 – 2024-03-09"),
])
def test_a_window_finer_than_a_day_is_drawn_and_named_to_the_minute(window, low, high, label):
    starts = _dates(("2024-03-01", "2024-03-31", 30))
    assert window_range(window, starts, starts) == [pd.Timestamp(low), pd.Timestamp(high)]
    assert window_label(window) == label


def test_a_day_event_is_in_a_window_of_some_hours_of_that_day():
    from dashboard.window import in_window
    events = pd.DataFrame({"date_start": ["2024-03-05", "2024-03-04", "2024-03-06", "2024-03-05T20:00", ""],
                           "date_end": ["2024-03-05", "2024-03-04", "2024-03-06", "2024-03-05T20:00", ""]})
    events["_start"] = pd.to_datetime(events["date_start"].replace("", None), format="ISO8601")
    events["_end"] = pd.to_datetime(events["date_end"].replace("", None), format="ISO8601")
    hours = [pd.Timestamp("2024-03-05 06:00"), pd.Timestamp("2024-03-05 18:30")]
    assert in_window(events, hours).tolist() == [True, False, False, False, False]
    day = [pd.Timestamp("2024-03-05"), pd.Timestamp("2024-03-06")]  # the whole-day window 2024-03-05
    assert in_window(events, day).tolist() == [True, False, False, True, False]


@pytest.mark.parametrize(("shown", "expected"), [
    # the busiest period's padded edges: days are what a reader wants
    (("2023-08-30 21:36", "2025-07-15 02:24"), "2023-08-30 – 2025-07-15"),
    (("2024-03-03", "2024-03-10"), "2024-03-03 – 2024-03-10"),
    # a zoom within a day or two keeps its times
    (("2024-03-03 06:00", "2024-03-03 18:30"), "2024-03-03 06:00 – 2024-03-03 18:30"),
    (("2024-03-03", "2024-03-04 12:00"), "2024-03-03 – 2024-03-04 12:00"),
])
def test_span_text(shown, expected):
    assert span_text([pd.Timestamp(t) for t in shown]) == expected
