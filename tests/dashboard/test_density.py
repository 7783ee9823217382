"""What the timeline draws: every event of the window, or counts per lane and time bin."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.density import bin_unit, counts, plan, zoom_window


def _points(days: list[str], lanes: list[str] | None = None, types: list[str] | None = None) -> pd.DataFrame:
    starts = pd.to_datetime(pd.Series(days))
    return pd.DataFrame({"_start": starts, "_end": starts, "lane": lanes or ["A"] * len(days),
                         "event_type": types or ["AGREE"] * len(days),
                         "event_id": [f"e{i}" for i in range(len(days))]})


@pytest.mark.parametrize(("width", "unit"), [
    (dt.timedelta(hours=6), "hour"), (dt.timedelta(days=1), "hour"), (dt.timedelta(days=3), "day"),
    (dt.timedelta(days=100), "week"), (dt.timedelta(days=730), "month"), (dt.timedelta(days=3650), "quarter"),
    (dt.timedelta(days=20 * 365), "year"), (dt.timedelta(days=300 * 365), "year"),
])
def test_bin_unit_cuts_the_window_into_at_most_40_parts(width, unit):
    assert bin_unit(width) == unit


def test_counts_sum_to_the_points_and_name_the_commonest_type():
    points = _points(["2024-03-04", "2024-03-05", "2024-03-06", "2024-03-20", "2024-03-04"],
                     lanes=["A", "A", "A", "A", "B"], types=["AGREE", "ACCUSE", "ACCUSE", "AGREE", "AGREE"])
    unit, cells = counts(points, "week")
    assert unit == "week" and cells["n"].sum() == 5
    first = cells[(cells["lane"] == "A") & (cells["n"] == 3)].iloc[0]
    assert first["event_type"] == "ACCUSE" and "2 ACCUSE, 1 AGREE" in first["text"]
    assert first["zoom"] == "window:2024-03-04..2024-03-10"  # the ISO week, Monday to Sunday


def test_counts_take_a_coarser_unit_when_there_would_be_too_many():
    points = _points([f"2024-01-{d:02d}" for d in range(1, 29)])
    assert counts(points, "day", most=10)[0] == "week"
    assert counts(points, "day", most=100)[0] == "day"


@pytest.mark.parametrize(("unit", "start", "end", "window"), [
    ("hour", "2024-03-04 10:00", "2024-03-04 10:59:59.999", "2024-03-04T10:00..2024-03-04T11:00"),
    ("day", "2024-03-04", "2024-03-04 23:59:59.999", "2024-03-04..2024-03-04"),
    ("month", "2024-02-01", "2024-02-29 23:59:59.999", "2024-02-01..2024-02-29"),
])
def test_a_count_zooms_into_its_bin(unit, start, end, window):
    assert zoom_window(pd.Timestamp(start), pd.Timestamp(end), unit) == window


def test_plan_draws_every_point_of_a_small_dataset_or_a_sparse_window():
    points = _points(["2024-01-01", "2024-06-01", "2024-06-02", "2025-01-01"])
    assert len(plan(points, [pd.Timestamp("2024-05-31"), pd.Timestamp("2024-06-03")], detail=10).points) == 4
    sparse = plan(points, [pd.Timestamp("2024-05-31"), pd.Timestamp("2024-06-03")], detail=2)
    assert (sparse.unit, sparse.in_window, list(sparse.points["event_id"])) == ("", 2, ["e1", "e2"])
    dense = plan(points, [pd.Timestamp("2023-01-01"), pd.Timestamp("2025-12-31")], detail=2)
    assert dense.unit == "month" and dense.cells["n"].sum() == 4
    centuries = plan(points, [pd.Timestamp("1800-01-01"), pd.Timestamp("2200-12-31")], detail=2)
    assert centuries.unit == "year" and centuries.cells["n"].sum() == 4  # no overflow of 64-bit times
