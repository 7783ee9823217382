"""Timeline date keys and set scoring."""

from __future__ import annotations

import pytest

from extract.evaluate.timeline_scoring import (
    SetCounts,
    at_level,
    compare,
    gold_date_key,
    micro,
    prf,
    system_date_key,
)


@pytest.mark.parametrize(
    ("date", "day", "month"),
    [
        ("2006-01-05", "2006-01-05", "2006-01"),
        ("2006-01", "XXXX-XX-XX", "2006-01"),
        ("2006-01-XX", "XXXX-XX-XX", "2006-01"),
        ("2006", "XXXX-XX-XX", "XXXX-XX"),
        ("XXXX-XX-XX", "XXXX-XX-XX", "XXXX-XX"),
        ("XXX-XX-XX", "XXXX-XX-XX", "XXXX-XX"),  # as found in the trial gold
    ],
)
def test_gold_date_key(date, day, month):
    assert (gold_date_key(date, "day"), gold_date_key(date, "month")) == (day, month)


NAN = float("nan")


@pytest.mark.parametrize(
    ("start", "end", "granularity", "day", "month"),
    [
        ("2006-01-05", "2006-01-05", "day", "2006-01-05", "2006-01"),
        ("2006-01-01", "2006-01-31", "month", "XXXX-XX-XX", "2006-01"),
        ("2006-01-30", "2006-02-05", "week", "XXXX-XX-XX", "XXXX-XX"),  # week across two months
        ("2006-01-02", "2006-01-08", "week", "XXXX-XX-XX", "2006-01"),
        ("2006-01-01", "2006-12-31", "year", "XXXX-XX-XX", "XXXX-XX"),
        ("2006-01-05", "", "day", "2006-01-05", "2006-01"),  # no end: trust the granularity
        ("2006-01-01", "", "month", "XXXX-XX-XX", "2006-01"),
        ("2006-01-01", None, "year", "XXXX-XX-XX", "XXXX-XX"),
        ("", "", "", "XXXX-XX-XX", "XXXX-XX"),  # undated event
        (NAN, NAN, NAN, "XXXX-XX-XX", "XXXX-XX"),  # pandas missing values
        ("2006-01-05T10:00", "", "time", "2006-01-05", "2006-01"),
        ("garbage", "", "day", "XXXX-XX-XX", "XXXX-XX"),
    ],
)
def test_system_date_key(start, end, granularity, day, month):
    keys = tuple(system_date_key(start, end, granularity, level) for level in ("day", "month"))
    assert keys == (day, month)


@pytest.mark.parametrize(
    ("system", "gold", "counts", "scores"),
    [
        ({("d", "1", "2006-01-05")}, {("d", "1", "2006-01-05")}, (1, 1, 1), (1.0, 1.0, 1.0)),
        ({("d", "1", "2006-01-06")}, {("d", "1", "2006-01-05")}, (0, 1, 1), (0.0, 0.0, 0.0)),
        ({("d", "2", "2006-01-05")}, {("d", "1", "2006-01-05")}, (0, 1, 1), (0.0, 0.0, 0.0)),
        (set(), {("d", "1", "2006-01-05")}, (0, 0, 1), (0.0, 0.0, 0.0)),  # no output: no crash
        (set(), set(), (0, 0, 0), (0.0, 0.0, 0.0)),
        (
            {("d", "1", "XXXX-XX-XX"), ("d", "2", "2006-01-05")},
            {("d", "1", "XXXX-XX-XX")},
            (1, 2, 1),
            (0.5, 1.0, 2 / 3),
        ),
    ],
)
def test_compare_and_prf(system, gold, counts, scores):
    got = compare(system, gold)
    assert (got.hits, got.system, got.gold) == counts
    assert prf(got) == pytest.approx(scores)


def test_micro_average_sums_counts():
    assert micro([SetCounts(1, 1, 1), SetCounts(0, 0, 3)]) == SetCounts(1, 1, 4)
    assert prf(micro([SetCounts(1, 1, 1), SetCounts(0, 0, 3)])) == pytest.approx((1.0, 0.25, 0.4))


def test_gold_tuples_collapse_at_month_level():
    gold = {("d", "1", "2006-01-05"), ("d", "1", "2006-01-07")}
    assert at_level(gold, "day") == gold
    assert at_level(gold, "month") == {("d", "1", "2006-01")}
