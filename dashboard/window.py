"""The timeline's time window: which stretch of time the chart opens on, as part of the view.

`window` in the view state is "" (the busiest period: the shortest stretch holding most events),
"1m" / "6m" / "1y" (that long, ending at the last event), "all", "YYYY-MM-DD..YYYY-MM-DD" (whole
days, both included) or "YYYY-MM-DDTHH:MM..YYYY-MM-DDTHH:MM" (a zoom finer than a day: those instants).
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


MINUTE = "%Y-%m-%dT%H:%M"
# A window narrower than this keeps its times (to the minute); a wider one is whole days.
FINE_ZOOM = pd.Timedelta(days=2)


def parse_window(text: str) -> str:
    """A window value from a link (ValueError when malformed)."""
    if text in WINDOWS:
        return text
    if ".." not in text:
        raise ValueError("expected 1m, 6m, 1y, all or FROM..TO dates")
    start, end = window_bounds(text)
    if start > end:
        raise ValueError("expected FROM before TO")
    return text


def _end(text: str) -> pd.Timestamp:
    whole_day = len(text) == 10  # a whole day: up to its end
    return _start(text) + pd.Timedelta(days=1) if whole_day else _start(text)


def _start(text: str) -> pd.Timestamp:
    if len(text) == 10:
        return pd.Timestamp(dt.date.fromisoformat(text))
    return pd.Timestamp(dt.datetime.strptime(text, MINUTE))


def window_bounds(window: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The instants a FROM..TO window spans (a whole-day end runs to the end of that day)."""
    start, sep, end = window.partition("..")
    if not sep:
        raise ValueError("expected FROM..TO")
    return _start(start), _end(end)


def custom_window(start: dt.date, end: dt.date) -> str:
    """The window value of a range of whole days chosen on the chart."""
    low, high = sorted((start, end))
    return f"{low.isoformat()}..{high.isoformat()}"


def minute_window(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """The window value of a range finer than a day (ends rounded out to the minute)."""
    low, high = sorted((start, end))
    low, high = low.floor("min"), max(high.ceil("min"), low.floor("min") + pd.Timedelta(minutes=1))
    return f"{low.strftime(MINUTE)}..{high.strftime(MINUTE)}"


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
        return list(window_bounds(window))
    low, high = busiest(dated)
    pad = max(PAD, (high - low) * 0.05)
    return [low - pad, high + pad]


def window_note(window: str, starts: pd.Series, shown: list[pd.Timestamp] | None,
                ends: pd.Series | None = None) -> str:
    """What the window shows: '412 of 980 dated events in this window' (empty when all are in it).
    With `ends` (`day_ends`), an event counts when its interval meets the window, as in the table."""
    dated = starts.dropna()
    if shown is None or dated.empty:
        return ""
    if ends is not None:
        inside = int(((ends[dated.index] > shown[0]) & (dated < shown[1])).sum())
    else:
        inside = int(((dated >= shown[0]) & (dated <= shown[1])).sum())
    if inside == len(dated):
        return ""
    name = WINDOWS.get(window, "chosen window")
    return (f"Window: {name}, {span_text(shown)}, holds {inside:,} of {len(dated):,} "
            "dated events; choose 'all' to see every date.")


def day_ends(events: pd.DataFrame) -> pd.Series:
    """When each event's interval ends: a last day written without a time runs to its end (the next
    midnight), so that a window of some hours of that day holds it."""
    if "date_end" not in events.columns:
        return events["_end"]
    whole_day = events["date_end"].fillna("").astype(str).str.len() <= 10
    return events["_end"] + pd.to_timedelta(whole_day.astype(int), unit="D")


def in_window(events: pd.DataFrame, shown: list[pd.Timestamp]) -> pd.Series:
    """Events whose dates meet the window's range [start, end) (a whole-day window ends at the next
    midnight); undated ones do not."""
    return (day_ends(events) > shown[0]) & (events["_start"] < shown[1])


def table_note(filtered: pd.DataFrame, rows: pd.DataFrame, shown: list[pd.Timestamp]) -> str:
    """Why the table holds fewer rows than the filters keep."""
    undated = int(filtered["_start"].isna().sum())
    return (f"In the time window {span_text(shown)}: {len(rows):,} of "
            f"{len(filtered):,} filtered events" + (f" ({undated:,} undated)" if undated else "")
            + ". Switch on 'Every date' to list them all.")


def span_text(shown: list[pd.Timestamp]) -> str:
    """'2023-08-30 – 2025-07-15' for a window of days or more (the busiest period's padded edges fall
    at odd hours, which mean nothing to a reader); times to the minute for a window within FINE_ZOOM."""
    if shown[1] - shown[0] > FINE_ZOOM:
        return f"{shown[0]:%Y-%m-%d} – {shown[1]:%Y-%m-%d}"
    return f"{_moment(shown[0])} – {_moment(shown[1])}"


def _moment(when: pd.Timestamp) -> str:
    return f"{when:%Y-%m-%d}" if when == when.normalize() else f"{when:%Y-%m-%d %H:%M}"


def window_label(window: str | None) -> str:
    """How the window control names a window ("2024-03-03 – 2024-03-09", "2024-03-03 06:00 – 18:00")."""
    if window is None or window in WINDOWS:
        return WINDOWS.get(window or "", "")
    start, _, end = window.partition("..")
    if len(end) > 10 and end[:10] == start[:10]:
        end = end[11:]
    return f"{start} – {end}".replace("T", " ")
