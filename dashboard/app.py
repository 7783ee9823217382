"""Dateline dashboard page: `streamlit run dashboard/app.py`. Layout only; logic lives in sibling modules."""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts only dashboard/ on the path; the project root is needed too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from dashboard.data_in import collect_job, data_in, job_progress  # noqa: E402
from dashboard.filters import Prepared, apply_filters  # noqa: E402
from dashboard.messages import message  # noqa: E402
from dashboard.panels import ON_PAGE, RUNS, apply_click, details, table_and_downloads, timeline  # noqa: E402
from dashboard.plotly_bridge import chart_drawn, plotly_bridge  # noqa: E402
from dashboard.recent import recent_sidebar  # noqa: E402
from dashboard.session import (  # noqa: E402
    current_id,
    dataset_label,
    load_prepared,
    open_dataset,
    sample_id,
    show_alerts,
    start_session,
)
from dashboard.sidebar import filters_sidebar  # noqa: E402
from dashboard.state import ViewState  # noqa: E402
from dashboard.url_state import encode  # noqa: E402
from dashboard.view import link_note, plural, share_link, state_from_widgets  # noqa: E402
from dashboard.window import window_range  # noqa: E402
from extract.schema import EVENT_TYPES  # noqa: E402

st.set_page_config(page_title="Dateline", page_icon="🗓", layout="wide")

# Streamlit draws a shimmering grey box (an endless CSS animation) in the place of each element whose
# script is still loading: on a first open the chart's, for as long as Plotly's 4.7 MB chunk takes. A
# browser that composites without a GPU (headless, many virtual machines) redraws the page for every
# frame of it on the cores the page's own scripts need: stopped, the lanes came 0.47x as soon (README,
# "Speed and memory", eleventh round). The boxes stay, grey and still. Style only: no place on the page.
STILL_PLACEHOLDERS = ("<style>[data-testid=stSkeleton], [data-testid=stSkeleton] *, "
                      "[data-testid=stSkeletonElement] {animation: none !important}</style>")


def main() -> None:
    st.html(STILL_PLACEHOLDERS)  # first: it reaches the browser before the chart's placeholder
    st.title("Dateline")
    # Drawn on every run, used on a session's first: every element keeps its place from the first
    # run to the next, so the browser updates the page instead of drawing it again (the chart too).
    slot = st.empty()
    if "started" not in st.session_state:
        start_session(slot)
    st.session_state.clicked = ""  # a full run redraws the chart: the open event gets its ring
    st.session_state[RUNS] = st.session_state.get(RUNS, 0) + 1  # full runs of this session
    collect_job()
    show_alerts()
    job_progress()
    data_in()
    ident = current_id()
    prepared = load_prepared(ident)
    if prepared is None:
        st.error(message("D302", value=ident))
        open_dataset("")
        prepared = load_prepared(sample_id())
    state = view_state()  # from the session state the URL or the widgets set (the widgets come later)
    filtered = apply_filters(prepared, state)
    st.caption(f"{dataset_label(ident)} · {plural(len(prepared.events), 'event')} · "
               f"{plural(prepared.events['doc_id'].nunique(), 'article')} · dataset id `{ident}`")
    x_range = window_range(state.window, filtered.events["_start"], filtered.events["_end"])
    st.session_state.table_window = state.window
    chart_and_details(prepared, filtered, x_range)
    # The sidebar after the chart: its place on the page is the same, but the browser gets the chart
    # first, so it fetches and runs Plotly's scripts before the filters' (one main thread for both).
    recent_sidebar()
    filters_sidebar(prepared)
    # On a first open the table waits until the browser has drawn the chart: the bridge's report reruns
    # the page; failing that, a timer does (`panels.table_and_downloads`). Any later run draws it.
    wait = bool(st.session_state.get(ON_PAGE)) and not chart_drawn() and st.session_state[RUNS] == 1
    table_and_downloads(filtered, prepared, ident, x_range, wait_for_chart=wait)
    plotly_bridge(present_types(prepared))  # outside the fragment: a legend click reruns the page


def present_types(prepared: Prepared) -> list[str]:
    """The dataset's event types, in the schema's order."""
    found = set(prepared.events["event_type"])
    return [t for t in EVENT_TYPES if t in found]


@st.fragment
def chart_and_details(prepared: Prepared, filtered: Prepared, x_range: list | None) -> None:
    """The share link, the timeline and the clicked event's details. A fragment: a click on a point
    or "Close details" reruns only this part (the filters, and so the table, are unchanged); a filter
    change reruns the whole page with it, and so does a new time window while the table follows it."""
    apply_click()
    state = view_state()
    if state.window != st.session_state.get("table_window"):  # a window button, a box or a count clicked
        if not state.full_table:
            st.rerun()  # the table follows the window: the whole page
        x_range = window_range(state.window, filtered.events["_start"], filtered.events["_end"])
    share = st.expander("Share this view (copy the link)", key="share_open", on_change="rerun")
    # The details sit beside the chart, where the click happened (stacked below it on narrow screens).
    # The chart is the first column either way: opening details adds a column after it, so the browser
    # keeps the chart element (a remount would draw it from scratch) and only narrows it.
    chart, *beside = st.columns([2, 1]) if state.event else st.columns(1)
    side = beside[0] if beside else st.container()
    with chart:
        hidden = tuple(t for t in present_types(prepared) if t not in state.types) if state.types else ()
        shown = timeline(filtered, state, hidden, x_range, current_id())
    with side:
        details(prepared, state.event, filtered, shown)
    st.query_params.from_dict(encode(state))
    if st.session_state.get("share_open"):  # drawn only when opened: a code box loads 1.5 MB of JS
        link = share_link(st.context.url or "http://localhost:8501/", state)
        share.code(link, language=None, wrap_lines=True)
        if link_note(link):
            share.warning(link_note(link))


def view_state() -> ViewState:
    return state_from_widgets(st.session_state, st.session_state.dataset, st.session_state.get("event", ""))

main()
