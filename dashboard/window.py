"""The timeline's time window: which stretch of time the chart opens on, as part of the view.

`window` in the view state is "" (the busiest period: the shortest stretch holding most events),
"1m" / "6m" / "1y" (that long, ending at the last event), "all", or "YYYY-MM-DD..YYYY-MM-DD".
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd

WINDOWS = {"": "busiest period", "1m": "last month", "6m": "last 6 months", "1y": "last year", "all": "all"}
SPANS = {"1m": pd.DateOffset(months=1), "6m": pd.DateOffset(months=6), "1y": pd.DateOffset(years=1)}
BUSIEST_SHARE = 2 / 3  # the busiest period is the shortest stretch holding this share of the events
PAD = pd.Timedelta(days=15)


def parse_window(text: str) -> str:
    """A window value from a link (ValueError when malformed)."""
    if text in WINDOWS:
        return text
    start, sep, end = text.partition("..")
    if not sep or dt.date.fromisoformat(start) > dt.date.fromisoformat(end):
        raise ValueError("expected 1m, 6m, 1y, all or FROM..TO dates")
    return text


def custom_window(start: dt.date, end: dt.date) -> str:
    """The window value of a range chosen on the chart."""
    low, high = sorted((start, end))
    return f"{low.isoformat()}..{high.isoformat()}"


def busiest(starts: pd.Series, share: float = BUSIEST_SHARE) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The shortest [first, last] stretch of dates that holds `share` of them (None without dates)."""
    days = np.sort(starts.dropna().to_numpy(dtype="datetime64[ns]"))
    if not len(days):
        return None
    k = max(1, math.ceil(share * len(days)))
    widths = days[k - 1:] - days[: len(days) - k + 1]
    first = int(np.argmin(widths))
    return pd.Timestamp(days[first]), pd.Timestamp(days[first + k - 1])


def window_range(window: str, starts: pd.Series, ends: pd.Series) -> list[pd.Timestamp] | None:
    """The x range to draw for `window` over these events' dates (None: nothing dated, or "all")."""
    dated = starts.dropna()
    if dated.empty:
        return None
    last = ends.dropna().max() if ends.notna().any() else dated.max()
    if window == "all":
        return [dated.min() - PAD, last + PAD]
    if window in SPANS:
        return [last - SPANS[window] - PAD, last + PAD]
    if ".." in window:
        start, end = window.split("..")
        return [pd.Timestamp(start), pd.Timestamp(end) + pd.Timedelta(days=1)]
    low, high = busiest(dated)
    pad = max(PAD, (high - low) * 0.05)
    return [low - pad, high + pad]


def window_note(window: str, starts: pd.Series, shown: list[pd.Timestamp] | None) -> str:
    """What the window shows: '412 of 980 dated events in this window' (empty when all are in it)."""
    dated = starts.dropna()
    if shown is None or dated.empty:
        return ""
    inside = int(((dated >= shown[0]) & (dated <= shown[1])).sum())
    if inside == len(dated):
        return ""
    name = WINDOWS.get(window, "chosen window")
    return (f"Window: {name}, {shown[0]:%Y-%m-%d} – {shown[1]:%Y-%m-%d}, holds {inside:,} of {len(dated):,} "
            "dated events; choose 'all' to see every date.")
