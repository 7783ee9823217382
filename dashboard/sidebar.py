"""The sidebar's filters, bound to session-state keys that mirror the URL (see `view.WIDGETS`).

Every filter widget is drawn on every run: Streamlit forgets the value of a widget that a run does
not draw, and the view (and its link) must not lose it.
"""

from __future__ import annotations

import streamlit as st

from dashboard import limits
from dashboard.figures import ANCHOR_LABELS
from dashboard.filters import Prepared, reporters
from dashboard.lanes import lane_stats
from dashboard.state import ORDER_LABELS, ORDERS
from extract.schema import EVENT_TYPES, MODES


def filters_sidebar(prepared: Prepared) -> None:
    """Sidebar: every filter of the view."""
    stats = lane_stats(prepared).sort_values("events", ascending=False)
    side = st.sidebar
    side.header("Filters")
    lanes = st.session_state.get("w_lanes", limits.DEFAULT_LANES)
    # No "select all matches": Enter after typing a name adds the best match, not every partial one.
    side.multiselect("Actors (lanes)", list(stats.index), key="w_actors", select_all=False,
                     placeholder=f"the {lanes} most active",
                     format_func=lambda a: f"{a} ({stats.at[a, 'events']})")
    side.slider("Number of lanes", 1, limits.MAX_LANES, key="w_lanes",
                disabled=bool(st.session_state.get("w_actors")),
                help="How many of the most active actors get a lane when none is chosen above.")
    side.selectbox("Order lanes", ORDERS, key="w_order", format_func=ORDER_LABELS.get)
    side.checkbox("Group lanes by country", key="w_group")
    side.multiselect("Event types", EVENT_TYPES, key="w_types", placeholder="all")
    side.multiselect("Modes", MODES, key="w_modes", placeholder="all")
    side.multiselect("How the date was found", list(ANCHOR_LABELS), key="w_anchors", placeholder="all",
                     format_func=ANCHOR_LABELS.get)
    sources = sorted(set(prepared.events["source"]) - {""})
    side.multiselect("Source", sources, key="w_sources", placeholder="all")
    side.multiselect("Reported by", reporters(prepared), key="w_reported_by", placeholder="anyone or no one")
    left, right = side.columns(2)
    # Wide bounds: Streamlit's default picker range is only ten years round today.
    left.date_input("From", key="w_from", min_value=limits.EARLIEST_DATE, max_value=limits.LATEST_DATE,
                    on_change=order_dates)
    right.date_input("To", key="w_to", min_value=limits.EARLIEST_DATE, max_value=limits.LATEST_DATE,
                     on_change=order_dates)
    side.text_input("Search sentences", key="w_query", placeholder="e.g. ceasefire")
    side.toggle("Show every report", key="w_reports",
                help="Off: one marker per story (reports of one event linked across articles).")


def order_dates() -> None:
    """A 'From' after 'To' is taken as the range the other way round (the link could not carry it)."""
    start, end = st.session_state.get("w_from"), st.session_state.get("w_to")
    if start and end and start > end:
        st.session_state.w_from, st.session_state.w_to = end, start
