"""How much of the timeline to draw: what the eye can resolve in the time window.

A browser without a GPU draws a few hundred SVG markers in a fraction of a second, but thousands of
points take seconds (SVG or WebGL in software), and at that density the markers overlap anyway.
So the timeline draws the window and one window's width on each side of it (what a pan reaches
first; a zoom or pan becomes the window and is redrawn, `plotly_bridge`):

- every event, exact and clickable, when the window holds at most `DETAIL_POINTS` points;
- else counts per lane and time bin, the bin being the smallest calendar unit (hour, day, week,
  month, quarter, year) that cuts the window into at most `BINS_PER_WINDOW` parts. A click on a
  count zooms into its bin, so every event stays reachable.

A dataset with at most `DETAIL_POINTS` points is drawn whole, whatever the window.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

import pandas as pd

from dashboard.limits import DETAIL_POINTS
from dashboard.window import MINUTE, in_window

BINS_PER_WINDOW = 40
# (name in hover texts, pandas period code, typical length)
UNITS = (("hour", "h", dt.timedelta(hours=1)), ("day", "D", dt.timedelta(days=1)),
         ("week", "W", dt.timedelta(days=7)), ("month", "M", dt.timedelta(days=30.44)),
         ("quarter", "Q", dt.timedelta(days=91.3)), ("year", "Y", dt.timedelta(days=365.25)))
MAX_COUNTS = 800  # counts drawn at most (else the next coarser unit)
ZOOM_PREFIX = "window:"  # customdata of a count: a click zooms into its bin


@dataclass(frozen=True)
class Plan:
    """What to draw: the points (rows of the lane points), and the bin unit when they are counted."""

    points: pd.DataFrame
    unit: str = ""  # "" = every event; else "day", "week", ... (counts per lane and bin)
    in_window: int = 0  # points whose interval meets the window
    cells: pd.DataFrame | None = None  # the counts (see `counts`) when counted


def overlaps(points: pd.DataFrame, low: pd.Timestamp, high: pd.Timestamp) -> pd.Series:
    """Points whose dates meet [low, high) (as the table's `in_window`)."""
    return in_window(points, [low, high])


def plan(points: pd.DataFrame, shown: list[pd.Timestamp] | None, detail: int = DETAIL_POINTS) -> Plan:
    """Which of the dated lane `points` to draw for the x range `shown`, and how (see the module doc)."""
    if len(points) <= detail or shown is None:
        return Plan(points, in_window=len(points))
    low, high = shown
    width = high.to_pydatetime() - low.to_pydatetime()  # Python's timedelta: centuries do not overflow
    in_window = int(overlaps(points, low, high).sum())
    near = points[overlaps(points, _shifted(low, -width), _shifted(high, width))]
    if in_window <= detail:
        return Plan(near, in_window=in_window)
    unit, cells = counts(near, bin_unit(width))
    return Plan(near, unit=unit, in_window=in_window, cells=cells)


def _shifted(when: pd.Timestamp, by: dt.timedelta) -> pd.Timestamp:
    try:
        return pd.Timestamp(when.to_pydatetime() + by)
    except (OverflowError, ValueError):  # beyond what pandas' timestamps hold
        return pd.Timestamp.min if by < dt.timedelta(0) else pd.Timestamp.max


def bin_unit(width: dt.timedelta, bins: int = BINS_PER_WINDOW) -> str:
    """The smallest calendar unit that cuts `width` into at most `bins` parts."""
    for name, _, length in UNITS:
        if width / length <= bins:
            return name
    return UNITS[-1][0]


def counts(points: pd.DataFrame, unit: str, most: int = MAX_COUNTS) -> tuple[str, pd.DataFrame]:
    """The unit used and one row per (lane, bin): the bin's middle `x`, count `n`, commonest type,
    hover text, zoom target. When there would be more than `most` rows, a coarser unit is used."""
    middle = points["_start"] + (points["_end"] - points["_start"]) / 2
    names = [name for name, _, _ in UNITS]
    for name, code, _ in UNITS[names.index(unit):]:
        by_type = _tally(points, middle, code)
        if name == UNITS[-1][0] or by_type[["lane", "period"]].drop_duplicates().shape[0] <= most:
            return name, _cells(by_type, name, code)
    raise ValueError(unit)


def _tally(points: pd.DataFrame, middle: pd.Series, code: str) -> pd.DataFrame:
    """Points per (lane, period ordinal, type)."""
    period = middle.dt.to_period(code).array.asi8  # ordinals: grouping on Period objects is slow
    table = pd.DataFrame({"lane": points["lane"].to_numpy(), "period": period,
                          "event_type": points["event_type"].to_numpy()})
    return table.groupby(["lane", "period", "event_type"], sort=False).size().rename("n").reset_index()


def _cells(by_type: pd.DataFrame, unit: str, code: str) -> pd.DataFrame:
    by_type = by_type.sort_values("n", ascending=False, kind="stable")
    by_type["part"] = by_type["n"].map("{:,}".format) + " " + by_type["event_type"]
    groups = by_type.groupby(["lane", "period"], sort=False)
    cells = groups.agg(n=("n", "sum"), event_type=("event_type", "first"), kinds=("n", "size")).reset_index()
    cells["mix"] = groups.head(4).groupby(["lane", "period"], sort=False)["part"].agg(", ".join).to_numpy()
    periods = pd.PeriodIndex.from_ordinals(cells["period"].to_numpy(), freq=code)
    starts, ends = periods.start_time, periods.end_time
    cells["x"] = starts + (ends - starts) / 2
    cells["zoom"] = [ZOOM_PREFIX + zoom_window(s, e, unit) for s, e in zip(starts, ends, strict=True)]
    more = (cells["kinds"] > 4).map({True: " …", False: ""})
    cells["text"] = ("<b>" + cells["n"].map("{:,}".format) + " events</b> · " + unit + " of "
                     + periods.astype(str) + "<br>" + cells["lane"].map(html.escape) + "<br>" + cells["mix"]
                     + more + f"<br>Click to zoom into this {unit}")
    return cells


def zoom_window(start: pd.Timestamp, end: pd.Timestamp, unit: str) -> str:
    """The window value of one bin (whole days, or hours inside a day)."""
    if unit == "hour":
        return f"{start.strftime(MINUTE)}..{(end.ceil('min')).strftime(MINUTE)}"
    return f"{start:%Y-%m-%d}..{end:%Y-%m-%d}"
