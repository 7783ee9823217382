"""The timeline's zoom and legend clicks, reported by the browser (Streamlit glue).

`st.plotly_chart` sends only point and box selections to the server. A small `st.components.v2`
component (`plotly_bridge.js`, no visible content) listens to the chart's `plotly_relayout` and
`plotly_legendclick` events and sends them back as trigger values. Here they become the view:
a zoom is the time window (`w_window`), a legend click toggles the event-type filter (`w_types`).
Both callbacks run before the page is drawn, so the sidebar, table, counts, downloads and link follow.
It also reports once that the chart is drawn (`chart_drawn`): until then the page leaves the events
table out (`panels.table_and_downloads`), so that on a first open the browser loads and runs the chart's
scripts without the table's (the data grid's) competing for its one main thread. Should the report
never come (this script cannot run), a server-side timer draws the table (`panels.table_stand_in`).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.view import legend_types, zoomed_window

KEY = "plotly_bridge"
DRAWN = "chart_drawn"  # session flag: this session's browser has drawn the timeline
_JS = (Path(__file__).with_name("plotly_bridge.js")).read_text(encoding="utf-8")
_component = st.components.v2.component("dateline_plotly_bridge", js=_JS, isolate_styles=False)


def plotly_bridge(present_types: list[str]) -> None:
    """Mount the bridge (once per page). `present_types`: the dataset's event types."""
    _component(key=KEY, data=None, height=0, on_zoom_change=_apply_zoom,
               on_legend_change=lambda: _apply_legend(present_types), on_drawn_change=_apply_drawn)


def chart_drawn() -> bool:
    """Whether the browser of this session has drawn the timeline (reported by the bridge)."""
    return bool(st.session_state.get(DRAWN))


def _apply_drawn() -> None:
    if _reported("drawn"):
        st.session_state[DRAWN] = True


def _reported(name: str) -> object:
    return (st.session_state.get(KEY) or {}).get(name)


def _apply_zoom() -> None:
    window = zoomed_window(_reported("zoom"))  # type: ignore[arg-type]
    if window:
        st.session_state.w_window = window


def _apply_legend(present: list[str]) -> None:
    clicked = _reported("legend")
    if isinstance(clicked, str):
        types = tuple(st.session_state.get("w_types") or ())
        st.session_state.w_types = list(legend_types(types, present, clicked))
