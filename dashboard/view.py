"""The sidebar widgets <-> ViewState, and the shareable link of a view (no Streamlit import here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import urlencode

import pandas as pd

from dashboard.limits import EARLIEST_DATE, LATEST_DATE, MAX_LINK_CHARS
from dashboard.messages import message
from dashboard.state import ViewState
from dashboard.url_state import encode
from dashboard.window import FINE_ZOOM, custom_window, minute_window
from extract.schema import EVENT_TYPES

# ViewState field -> widget key
WIDGETS = {"actors": "w_actors", "lanes": "w_lanes", "order": "w_order", "group": "w_group",
           "types": "w_types", "modes": "w_modes", "anchors": "w_anchors", "sources": "w_sources",
           "date_from": "w_from", "date_to": "w_to", "query": "w_query",
           "reported_by": "w_reported_by", "window": "w_window", "reports": "w_reports",
           "full_table": "w_full_table"}
LISTS = {"actors", "types", "modes", "anchors", "sources", "reported_by"}


def widget_values(state: ViewState) -> dict[str, object]:
    """The value of every filter widget for `state` (multiselects take lists)."""
    return {key: list(getattr(state, name)) if name in LISTS else getattr(state, name)
            for name, key in WIDGETS.items()}


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def state_from_widgets(values: Mapping[str, object], dataset: str, event: str = "") -> ViewState:
    """The view state the widgets show (missing widgets keep their defaults)."""
    default = ViewState()
    fields: dict[str, object] = {}
    for name, key in WIDGETS.items():
        value = values.get(key, getattr(default, name))
        if name in LISTS:
            value = tuple(value or ())
        elif name in {"date_from", "date_to"}:
            value = _date(value)
        elif name == "window":
            value = value or ""
        fields[name] = value
    return replace(default, dataset=dataset, event=event, **fields)


def picked_events(selection: Mapping | None) -> list[str]:
    """Event ids of the points selected on the timeline (Plotly selection state; customdata = id)."""
    points = ((selection or {}).get("selection") or {}).get("points") or []
    ids = [p.get("customdata") for p in points if p.get("customdata")]
    return [i if isinstance(i, str) else str(i[0]) for i in ids]


def picked_window(selection: Mapping | None) -> str:
    """The time window of the last box dragged across the timeline ("" when none)."""
    boxes = ((selection or {}).get("selection") or {}).get("box") or []
    xs = boxes[-1].get("x") if boxes else None
    if not xs or len(xs) != 2:
        return ""
    try:
        start, end = (pd.Timestamp(x).date() for x in xs)
    except (ValueError, TypeError):
        return ""
    return custom_window(start, end)


def zoomed_window(zoom: Mapping | None) -> str:
    """The time window of a zoom reported by `plotly_bridge` ("" when unusable).

    {"x0", "x1"}: the x range in Plotly's date strings. A range of two days or more becomes whole
    days, and an end at midnight belongs to the day before (so a range of whole days round-trips
    exactly); a shorter one keeps its times, to the minute (a zoom into one day).
    {"all": true}: the axes were reset, which is the "all" window.
    """
    if not isinstance(zoom, Mapping):
        return ""
    if zoom.get("all"):
        return "all"
    try:
        start, end = sorted((pd.Timestamp(zoom["x0"]), pd.Timestamp(zoom["x1"])))
    except (KeyError, ValueError, TypeError):
        return ""
    bounds = pd.Timestamp(EARLIEST_DATE), pd.Timestamp(LATEST_DATE) + pd.Timedelta(days=1)
    start, end = (min(max(t, bounds[0]), bounds[1]) for t in (start, end))
    whole_days = start == start.normalize() and end == end.normalize()
    if end - start < FINE_ZOOM and not whole_days:
        return minute_window(start, end)
    last = end.date() - dt.timedelta(days=1) if end == end.normalize() and end > start else end.date()
    return custom_window(_clamped_day(start.date()), _clamped_day(last))


def _clamped_day(day: dt.date) -> dt.date:
    return min(max(day, EARLIEST_DATE), LATEST_DATE)


def legend_types(types: tuple[str, ...], present: list[str], clicked: str) -> tuple[str, ...]:
    """The event-type filter after a click on `clicked` in the legend.

    A shown type is hidden, a hidden one shown. "All" is the empty filter, so hiding from "all"
    keeps every other type of the schema ("all but X", a short link: `notype=X`), and showing the
    last hidden type of the dataset (`present`) gives "all" back.
    The last shown type cannot be hidden (the filter has no "none"): the filter stays as it is.
    """
    if clicked not in EVENT_TYPES:
        return types
    shown = set(types) if types else set(EVENT_TYPES)
    new = shown - {clicked} if clicked in shown else shown | {clicked}
    if not new & set(present):
        return types
    if new >= set(present):
        return ()
    return tuple(t for t in EVENT_TYPES if t in new)


def share_link(base_url: str, state: ViewState) -> str:
    """The URL that opens `state` on the server at `base_url`."""
    query = urlencode(encode(state), doseq=True)
    return base_url.split("?")[0] + ("?" + query if query else "")


def link_note(link: str) -> str:
    """A D308 note when a share link is too long to be safe, else ""."""
    return message("D308", length=len(link), limit=MAX_LINK_CHARS) if len(link) > MAX_LINK_CHARS else ""


def plural(count: int, noun: str) -> str:
    """'1 row', '2 rows', '1,200 events'."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")
