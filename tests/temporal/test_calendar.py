"""Calendar arithmetic on TIMEX3 values: the span every value shape denotes, and shifting dates."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.temporal.calendar import (
    GRANULARITIES,
    add_months,
    clock_days,
    duration_delta,
    duration_unit,
    fineness,
    interval_of,
    shift,
    value_at,
    week_value,
)

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-10", (D(2025, 11, 10), D(2025, 11, 10), "day")),
        ("2024-02-29", (D(2024, 2, 29), D(2024, 2, 29), "day")),
        ("2025-11-10T15:00", (D(2025, 11, 10), D(2025, 11, 10), "time")),
        ("2025-11-10TNI", (D(2025, 11, 10), D(2025, 11, 10), "time")),
        ("2025-W45", (D(2025, 11, 3), D(2025, 11, 9), "week")),
        ("2025-W01", (D(2024, 12, 30), D(2025, 1, 5), "week")),  # ISO week 1 starts in December
        ("2020-W53", (D(2020, 12, 28), D(2021, 1, 3), "week")),
        ("2025-W45-WE", (D(2025, 11, 8), D(2025, 11, 9), "day")),
        ("2025-11", (D(2025, 11, 1), D(2025, 11, 30), "month")),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29), "month")),
        ("2025-02", (D(2025, 2, 1), D(2025, 2, 28), "month")),
        ("2025-Q1", (D(2025, 1, 1), D(2025, 3, 31), "quarter")),
        ("2025-Q3", (D(2025, 7, 1), D(2025, 9, 30), "quarter")),
        ("2025-Q4", (D(2025, 10, 1), D(2025, 12, 31), "quarter")),
        ("2025-H1", (D(2025, 1, 1), D(2025, 6, 30), "half")),
        ("2025-H2", (D(2025, 7, 1), D(2025, 12, 31), "half")),
        ("2025-SP", (D(2025, 3, 1), D(2025, 5, 31), "season")),
        ("2025-SU", (D(2025, 6, 1), D(2025, 8, 31), "season")),
        ("2025-FA", (D(2025, 9, 1), D(2025, 11, 30), "season")),
        ("2025-WI", (D(2025, 12, 1), D(2026, 2, 28), "season")),  # winter crosses the year
        ("2023-WI", (D(2023, 12, 1), D(2024, 2, 29), "season")),  # ... into a leap February
        ("2025", (D(2025, 1, 1), D(2025, 12, 31), "year")),
        ("199", (D(1990, 1, 1), D(1999, 12, 31), "decade")),  # TIMEX3: three digits name a decade
        ("199X", (D(1990, 1, 1), D(1999, 12, 31), "decade")),  # the older form still reads
        ("202", (D(2020, 1, 1), D(2029, 12, 31), "decade")),
        ("19", (D(1900, 1, 1), D(1999, 12, 31), "century")),
        ("19XX", (D(1900, 1, 1), D(1999, 12, 31), "century")),
        ("00", (D(1, 1, 1), D(99, 12, 31), "century")),
    ],
)
def test_interval_of_every_value_shape(value, expected):
    assert interval_of(value) == expected


@pytest.mark.parametrize(
    "value",
    ["PRESENT_REF", "PAST_REF", "FUTURE_REF", "P2Y", "PT1H40M", "XXXX-WXX-2", "XXXX-XX-XX", "XXXX",
     "2025-02-30", "2025-13", "2025-W54", "2025-Q5", "", "2025-11-10 15:00"],
)
def test_interval_of_is_none_when_the_value_names_no_span(value):
    assert interval_of(value) is None


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # clamped to the shorter month
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2025, 3, 31), -1, D(2025, 2, 28)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),  # across the year end
        (D(2025, 1, 15), -1, D(2024, 12, 15)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2025, 5, 31), -3, D(2025, 2, 28)),
        (D(2025, 11, 12), 0, D(2025, 11, 12)),
        (D(2025, 11, 12), -120, D(2015, 11, 12)),
    ],
)
def test_add_months_clamps_and_crosses_years(day, months, expected):
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("day", "unit", "amount", "expected"),
    [
        (D(2025, 11, 12), "day", -1, D(2025, 11, 11)),
        (D(2025, 12, 31), "day", 1, D(2026, 1, 1)),
        (D(2025, 11, 12), "week", 1, D(2025, 11, 19)),
        (D(2025, 11, 12), "weekend", -1, D(2025, 11, 5)),
        (D(2025, 11, 12), "month", -11, D(2024, 12, 12)),
        (D(2025, 11, 12), "quarter", -1, D(2025, 8, 12)),
        (D(2025, 11, 30), "quarter", 1, D(2026, 2, 28)),
        (D(2025, 11, 12), "half", 1, D(2026, 5, 12)),
        (D(2025, 11, 12), "season", 1, D(2026, 11, 12)),  # a season recurs yearly
        (D(2024, 2, 29), "year", -1, D(2023, 2, 28)),
        (D(2025, 11, 12), "decade", 1, D(2035, 11, 12)),
        (D(2025, 11, 12), "century", -1, D(1925, 11, 12)),
    ],
)
def test_shift_by_calendar_units(day, unit, amount, expected):
    assert shift(day, unit, amount) == expected


@pytest.mark.parametrize(
    ("day", "unit", "expected"),
    [
        (D(2025, 11, 12), "day", "2025-11-12"),
        (D(2025, 11, 12), "week", "2025-W46"),
        (D(2024, 12, 30), "week", "2025-W01"),
        (D(2021, 1, 3), "week", "2020-W53"),
        (D(2025, 11, 12), "weekend", "2025-W46-WE"),
        (D(2025, 11, 12), "month", "2025-11"),
        (D(2025, 11, 12), "quarter", "2025-Q4"),
        (D(2025, 3, 31), "quarter", "2025-Q1"),
        (D(2025, 11, 12), "half", "2025-H2"),
        (D(2025, 6, 30), "half", "2025-H1"),
        (D(2025, 11, 12), "year", "2025"),
        (D(2025, 11, 12), "decade", "202X"),
        (D(1999, 1, 1), "decade", "199X"),
        (D(2025, 11, 12), "century", "20"),
        (D(2025, 11, 12), "season", "2025-FA"),
        (D(2026, 1, 15), "season", "2025-WI"),  # January belongs to the winter that began in December
        (D(2025, 12, 1), "season", "2025-WI"),
        (D(2025, 11, 12), "time", "2025-11-12"),
    ],
)
def test_value_at_names_the_span_containing_the_day(day, unit, expected):
    assert value_at(day, unit) == expected


@pytest.mark.parametrize(("day", "unit"), [(D(2025, 11, 12), "hour"), (D(2025, 11, 12), "fortnight")])
def test_value_at_rejects_units_without_a_calendar_span(day, unit):
    with pytest.raises(ValueError, match="unknown calendar unit"):
        value_at(day, unit)


@pytest.mark.parametrize(
    ("value", "unit"),
    [("2025-11-12", "day"), ("2025-W46", "week"), ("2025-11", "month"), ("2025-Q4", "quarter"),
     ("2025-H2", "half"), ("2025", "year"), ("202X", "decade"), ("2025-WI", "season"),
     ("2025-SU", "season")],
)
def test_value_at_and_interval_of_agree(value, unit):
    start, end, _ = interval_of(value)
    assert value_at(start, unit) == value_at(end, unit) == value


@pytest.mark.parametrize(("day", "expected"), [(D(2025, 11, 12), "2025-W46"), (D(2026, 1, 1), "2026-W01")])
def test_week_value_pads_the_week_number(day, expected):
    assert week_value(day) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("P2Y", "year"), ("P3W", "week"), ("P1Y6M", "month"), ("P2Q", "quarter"), ("P2DE", "decade"),
     ("P1CE", "century"), ("PXM", "month"), ("P60D", "day"), ("PT8H", "hour"), ("PT30M", "minute"),
     ("PT1.5H", "hour"), ("P2H", ""), ("2025-W45", ""), ("P", ""), ("", "")],
)
def test_duration_unit_reads_the_units_table_codes(value, expected):
    assert duration_unit(value) == expected


@pytest.mark.parametrize(
    ("value", "day", "expected"),
    [("P60D", D(2025, 11, 27), D(2026, 1, 26)), ("P1Y6M", D(2022, 2, 24), D(2023, 8, 24)),
     ("P2W", D(2025, 12, 25), D(2026, 1, 8)), ("P1M", D(2025, 1, 31), D(2025, 2, 28))],
)
def test_duration_delta_moves_by_calendar_units(value, day, expected):
    assert day + duration_delta(value) == expected


@pytest.mark.parametrize("value", ["PXM", "PT8H", "P1.5Y", "P2Q", "2025-11", ""])
def test_duration_delta_is_none_without_whole_calendar_units(value):
    assert duration_delta(value) is None


@pytest.mark.parametrize(
    ("granularity", "rank"), [("time", 0), ("day", 1), ("century", 9), (None, 10), ("", 10), ("era", 10)],
)
def test_fineness_ranks_finest_first(granularity, rank):
    assert fineness(granularity) == rank == (GRANULARITIES.index(granularity) if rank < 10 else 10)


@pytest.mark.parametrize(("value", "expected"), [
    ("PT48H", (2, 2)), ("PT36H", (1, 2)), ("PT8H", (0, 1)), ("P2D", None), ("PT30M", None), ("", None)])
def test_clock_days_spans_whole_days(value, expected):
    assert clock_days(value) == expected
