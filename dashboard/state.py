"""The view state: everything that decides what the page shows, and what a shared link carries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from dashboard.limits import DEFAULT_LANES

ORDERS: tuple[str, ...] = ("activity", "name", "first")
ORDER_LABELS = {"activity": "most active first", "name": "by name", "first": "first appearance"}


@dataclass(frozen=True)
class ViewState:
    """A view of one dataset. Empty selections mean "all"; no actors means "the most active".

    `dataset` is a stored dataset id, or "" for the bundled sample; `event` is the event whose
    details are open ("" for none); `window` is the timeline's time window (see `window.py`);
    `reports` shows every report instead of one marker per story; `full_table`: the events table lists
    every filtered event, not only those in the time window.
    """

    dataset: str = ""
    actors: tuple[str, ...] = ()
    lanes: int = DEFAULT_LANES
    types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    reported_by: tuple[str, ...] = ()  # events attributed to these sources ("according to X", "X said")
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    query: str = ""
    order: str = "activity"
    group: bool = False
    event: str = ""
    window: str = ""
    reports: bool = False
    full_table: bool = False


def restrict(state: ViewState, actors: set[str], sources: set[str]) -> tuple[ViewState, dict[str, list[str]]]:
    """The state without actors/sources absent from the dataset, and what was removed (by kind)."""
    gone = {
        "actors": [a for a in state.actors if a not in actors],
        "sources": [s for s in state.sources if s not in sources],
    }
    kept = replace(
        state,
        actors=tuple(a for a in state.actors if a in actors),
        sources=tuple(s for s in state.sources if s in sources),
    )
    return kept, {kind: values for kind, values in gone.items() if values}
