"""The main area's panels: timeline, details of the clicked event, table and downloads (Streamlit glue)."""

from __future__ import annotations

from functools import partial

import streamlit as st

from dashboard import limits, store
from dashboard.details import details_html
from dashboard.export import events_csv, safe_csv
from dashboard.figures import MARKER_KEY, build_timeline
from dashboard.filters import Prepared
from dashboard.lanes import choose_lanes
from dashboard.state import ViewState
from dashboard.table import display_table
from dashboard.view import picked_events, plural


def timeline(filtered: Prepared, state: ViewState) -> None:
    lanes = choose_lanes(filtered, state)
    fig, info = build_timeline(filtered, lanes, state.group, selected=state.event)
    if info.aggregated:
        st.info(f"{info.points:,} points: showing monthly counts per lane. Narrow the filters to "
                f"{limits.MAX_POINTS:,} points or fewer to see (and click) each event.")
    st.plotly_chart(fig, key="timeline", on_select="rerun", selection_mode="points",
                    config={"scrollZoom": True, "displaylogo": False})
    st.caption(MARKER_KEY)
    if info.undated:
        st.caption(f"{plural(info.undated, 'event')} on these lanes have no resolved date: they are in the "
                   "table, not on the timeline.")


def apply_click() -> None:
    """A new click on the timeline opens that event's details (read before the page is drawn)."""
    picks = picked_events(st.session_state.get("timeline"))
    if picks and picks != st.session_state.get("last_picks"):
        st.session_state.event = picks[0]
    st.session_state.last_picks = picks


def close_details() -> None:
    st.session_state.event = ""


def details(prepared: Prepared, event: str) -> None:
    rows = prepared.events[prepared.events["event_id"] == event]
    if not event or rows.empty:
        st.caption("Click a point on the timeline to see its sentence and source here.")
        return
    with st.container(border=True):
        st.markdown(details_html(rows.iloc[0].to_dict()), unsafe_allow_html=True)
        st.button("Close details", on_click=close_details)


def table_and_downloads(filtered: Prepared, prepared: Prepared, ident: str) -> None:
    st.subheader(f"Events ({len(filtered.events):,} of {len(prepared.events):,})")
    st.dataframe(display_table(filtered.events, limits.TABLE_ROWS), hide_index=True, height=360)
    if len(filtered.events) > limits.TABLE_ROWS:
        st.caption(f"The table shows the first {limits.TABLE_ROWS:,} of {len(filtered.events):,} events; "
                   "the filtered download holds them all.")
    problems = store.load_problems(ident)
    # Callables: the CSV is only built when the button is clicked, not on every rerun.
    with st.container(horizontal=True):
        st.download_button("Download filtered table (CSV)", partial(events_csv, filtered.events),
                           "dateline-filtered.csv", "text/csv", on_click="ignore")
        st.download_button("Download full table (CSV)", partial(events_csv, prepared.events),
                           "dateline-events.csv", "text/csv", on_click="ignore")
        st.download_button(f"Download problems report ({len(problems)})", partial(safe_csv, problems),
                           "dateline-problems.csv", "text/csv", on_click="ignore")
    if len(problems):
        with st.expander(f"Problems report: {plural(len(problems), 'row')} could not be used or carry a caveat"):
            st.dataframe(problems, hide_index=True)
