"""The main area's panels: timeline, details of the clicked event, table and downloads (Streamlit glue)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import limits, store
from dashboard.density import ZOOM_PREFIX
from dashboard.details import details_html, outside_note
from dashboard.export import events_csv, safe_csv
from dashboard.figures import MARKER_KEY, TimelineInfo, build_timeline, timeline_columns
from dashboard.filters import Prepared
from dashboard.lanes import choose_lanes
from dashboard.messages import message
from dashboard.state import ViewState
from dashboard.story_view import collapse_stories, story_details_html, story_rows
from dashboard.table import display_table
from dashboard.view import picked_events, picked_window, plural
from dashboard.window import WINDOWS, day_ends, in_window, table_note, window_label, window_note

ON_PAGE = "timeline_on_page"  # session flag: the last run drew the timeline
RUNS = "full_runs"  # session counter: full runs of the page (a fragment's rerun is not one)
WAITING = "table_waiting"  # session flag: the page's run is drawing the table's stand-in (D605)


def window_control(window: str) -> None:
    """The time window of the chart (busiest period, last month … all, or a range dragged on the chart)."""
    options = [*WINDOWS, *([window] if window not in WINDOWS else [])]
    st.segmented_control("Time window", options, key="w_window", format_func=window_label,
                         help="Or zoom the chart (drag across it, scroll, or the box tool in its toolbar): "
                              "the range shown becomes the window, and the link keeps it. "
                              "Double-click the chart for 'all'.")


@st.cache_resource(max_entries=limits.CACHED_FIGURES, show_spinner=False)
def timeline_figure(key: str, _filtered: Prepared, _state: ViewState, selected: str,
                    hidden_types: tuple[str, ...], _x_range: list | None
                    ) -> tuple[go.Figure | None, TimelineInfo | None]:
    """(figure, what it shows) of a view; (None, None) when there are no lanes or no events.

    Shared between sessions under `key` (`figure_key`): a stored dataset never changes under its id,
    so one view of it always gives the same figure. Every new visitor opens the same first view, and
    building it was most of the server's time before the chart could be sent. Never mutated."""
    lanes = choose_lanes(_filtered, _state, _x_range)
    if not lanes or _filtered.events.empty:
        return None, None
    shown = _filtered if _state.reports else collapse_stories(timeline_columns(_filtered))
    fig, info = build_timeline(shown, lanes, _state.group, selected=selected, window=_state.window,
                                hidden_types=hidden_types, x_range=_x_range)
    return fig, info


def figure_key(ident: str, state: ViewState, selected: str, hidden_types: tuple[str, ...],
               x_range: list | None) -> str:
    """Everything the figure depends on: the dataset, the filters and window, the ringed event."""
    view = replace(state, dataset=ident, event="", full_table=False)  # these two change no figure
    return repr((view, selected, hidden_types, None if x_range is None else [str(x) for x in x_range]))


def timeline(filtered: Prepared, state: ViewState, hidden_types: tuple[str, ...],
             x_range: list | None, ident: str) -> list | None:
    """Draw the timeline; the x range it shows (None when nothing dated is drawn). `hidden_types`:
    the types the filter leaves out, greyed in the legend (a click there brings one back); `x_range`:
    the window's range (`window_range` of the filtered events), shared with the table; `ident`: the
    dataset's id (the figure is cached under it)."""
    selected = ringed(state.event)
    key = figure_key(ident, state, selected, hidden_types, x_range)
    fig, info = timeline_figure(key, filtered, state, selected, hidden_types, x_range)
    st.session_state[ON_PAGE] = False
    window_control(state.window)
    if fig is None or info is None:
        st.info(message("D601"))
        return None
    if not info.points:
        st.info(message("D602", undated=plural(info.undated, "event")))
        return None
    note = window_note(state.window, filtered.events["_start"], info.shown, day_ends(filtered.events))
    if note:
        st.caption(note)
    if info.aggregated:
        st.caption(f"{info.in_window:,} points in this window: showing counts per {info.unit} and lane. "
                   f"Zoom in (or click a count) to {limits.DETAIL_POINTS:,} points or fewer to see and "
                   "click each event.")
    st.session_state[ON_PAGE] = True
    st.plotly_chart(fig, key="timeline", on_select="rerun", selection_mode=("points", "box"),
                    config={"scrollZoom": True, "displaylogo": False,
                            "modeBarButtonsToRemove": ["lasso2d", "toImage"]})
    st.caption(MARKER_KEY)
    if info.undated:
        st.caption(f"{plural(info.undated, 'event')} on these lanes have no resolved date: they are in the "
                   "table, not on the timeline.")
    return info.shown


def apply_click() -> None:
    """Read before the page is drawn: a new click on the timeline opens that event's details (a click
    on a count zooms into its time bin); a new range dragged across it becomes the time window."""
    selection = st.session_state.get("timeline")
    box = picked_window(selection)
    if box and box != st.session_state.get("last_box"):
        st.session_state.w_window = box
    elif not box:
        picks = picked_events(selection)
        if picks and picks != st.session_state.get("last_picks"):
            if picks[0].startswith(ZOOM_PREFIX):  # a count: zoom into its time bin
                st.session_state.w_window = picks[0].removeprefix(ZOOM_PREFIX)
            else:
                st.session_state.event = st.session_state.clicked = picks[0]
        st.session_state.last_picks = picks
    st.session_state.last_box = box


def ringed(event: str) -> str:
    """The event to ring on the chart. Not the one just clicked: Plotly already marks the point
    clicked, and an unchanged figure is not redrawn, so the details appear without redrawing the
    chart (redrawing it was most of a click's time). The next full page run, which redraws the chart
    anyway, rings it; so does a link that opens an event."""
    return "" if event and event == st.session_state.get("clicked") else event


def close_details() -> None:
    st.session_state.event = ""


def details(prepared: Prepared, event: str, filtered: Prepared, shown: list | None) -> None:
    """The open event's details; a note when it is not in the view (filters) or not in the window."""
    rows = prepared.events[prepared.events["event_id"] == event]
    if not event or rows.empty:
        st.caption("Click a point on the timeline to see its sentence and source here.")
        return
    story = story_rows(prepared.events, event)
    with st.container(border=True):
        note = outside_note(rows.iloc[0], filtered.events["event_id"].eq(event).any(), shown)
        if note:
            st.warning(note)
        if story["doc_id"].nunique() > 1:
            st.markdown(story_details_html(story), unsafe_allow_html=True)
        else:
            st.markdown(details_html(rows.iloc[0].to_dict()), unsafe_allow_html=True)
        st.button("Close details", on_click=close_details)


TABLE_HEIGHT = 360  # px, the events table's; its stand-in (D605) takes the same height


def table_and_downloads(filtered: Prepared, prepared: Prepared, ident: str, x_range: list | None,
                        wait_for_chart: bool = False) -> None:
    """The events table (the filtered events in the time window, or all of them when switched so),
    its downloads and the problems report. `wait_for_chart`: a note instead of the table (the browser
    has not yet drawn the timeline of this page; see `plotly_bridge.chart_drawn`)."""
    full = bool(st.session_state.get("w_full_table")) or x_range is None
    rows = filtered.events if full else filtered.events[in_window(filtered.events, x_range)]
    st.subheader(f"Events ({len(rows):,} of {len(prepared.events):,})")
    st.toggle("Every date, not only the time window", key="w_full_table",
              help="Off: the table lists the filtered events whose dates meet the chart's time window. "
                   "On: every filtered event, undated ones too.")
    if not full and len(rows) < len(filtered.events):
        st.caption(table_note(filtered.events, rows, x_range))
    if wait_for_chart:
        st.session_state[WAITING] = True
        table_stand_in(plural(len(rows), "event"))
    else:
        st.dataframe(display_table(rows, limits.TABLE_ROWS), hide_index=True, height=TABLE_HEIGHT)
    if len(rows) > limits.TABLE_ROWS:
        st.caption(f"The table shows the first {limits.TABLE_ROWS:,} of {len(rows):,} events; "
                   "the filtered download holds them all.")
    downloads(rows, prepared, ident)


@st.fragment(run_every=limits.TABLE_WAIT_SECONDS)
def table_stand_in(rows: str) -> None:
    """D605 in the events table's place until the browser has drawn the chart. The bridge's report of
    the drawn chart reruns the page, which then draws the table (and stops this timer: a page's run
    clears its timers). Should that report never come (the bridge's script cannot run, or Plotly never
    finishes), Streamlit's own timer reruns this part after `TABLE_WAIT_SECONDS`, and that rerun runs
    the whole page again: a session's later runs draw the table whatever the bridge reported."""
    if not st.session_state.pop(WAITING, False):  # the timer's rerun, not the page's run
        st.rerun()
    # In the table's own box: the downloads and the bridge below keep their place when the table comes
    # (a one-line caption here moved them 338 px down under a user's pointer).
    with st.container(height=TABLE_HEIGHT, border=False):
        st.caption(message("D605", rows=rows))


def downloads(rows: pd.DataFrame, prepared: Prepared, ident: str) -> None:
    problems = store.load_problems(ident)
    # Callables: the CSV is only built when the button is clicked, not on every rerun.
    with st.container(horizontal=True):
        st.download_button("Download filtered table (CSV)", partial(events_csv, rows),
                           "dateline-filtered.csv", "text/csv", on_click="ignore")
        st.download_button("Download full table (CSV)", partial(events_csv, prepared.events),
                           "dateline-events.csv", "text/csv", on_click="ignore")
        st.download_button(f"Download problems report ({len(problems)})", partial(safe_csv, problems),
                           "dateline-problems.csv", "text/csv", on_click="ignore")
    if len(problems):
        count = plural(len(problems), "row")
        with st.expander(f"Problems report: {count} could not be used or carry a caveat"):
            st.dataframe(problems, hide_index=True)
