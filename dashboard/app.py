"""Dateline dashboard page: `streamlit run dashboard/app.py`. Layout only; logic lives in sibling modules."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

# `streamlit run dashboard/app.py` puts only dashboard/ on the path; the project root is needed too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402
from streamlit.delta_generator import DeltaGenerator  # noqa: E402

from dashboard import limits, store  # noqa: E402
from dashboard.details import details_html  # noqa: E402
from dashboard.export import events_csv, safe_csv  # noqa: E402
from dashboard.extraction import Report, extract  # noqa: E402
from dashboard.figures import ANCHOR_LABELS, MARKER_KEY, build_timeline  # noqa: E402
from dashboard.filters import Prepared, apply_filters, prepare, reporters  # noqa: E402
from dashboard.lanes import choose_lanes, lane_stats  # noqa: E402
from dashboard.loading import UPLOAD_TYPES, pasted_article, problems_table, read_upload  # noqa: E402
from dashboard.messages import message  # noqa: E402
from dashboard.sample import sample_dataset  # noqa: E402
from dashboard.state import ORDER_LABELS, ORDERS, ViewState, restrict  # noqa: E402
from dashboard.table import display_table  # noqa: E402
from dashboard.url_state import decode, encode  # noqa: E402
from dashboard.view import picked_events, share_link, state_from_widgets, widget_values  # noqa: E402
from extract.ingest import ROLES, ColumnMapping  # noqa: E402
from extract.schema import EVENT_TYPES, MODES  # noqa: E402

st.set_page_config(page_title="Dateline", page_icon="🗓", layout="wide")


@st.cache_resource(max_entries=6, show_spinner="Loading the dataset…")
def load_prepared(ident: str) -> Prepared | None:
    """The stored dataset, prepared for filtering (shared between sessions: never mutated)."""
    events = store.load(ident)
    return None if events is None else prepare(events)


def progress_reporter(label: str, slot: DeltaGenerator | None = None) -> Report:
    """A progress callback drawing a bar with articles done / total and seconds elapsed."""
    bar = (slot or st).progress(0.0, text=label)

    def report(done: int, total: int, seconds: float) -> None:
        bar.progress(done / max(total, 1), text=f"{label}: {done} / {total} articles · {seconds:.1f} s")

    return report


def sample_id() -> str:
    if "sample_id" not in st.session_state:
        slot = st.empty()
        report = progress_reporter("Extracting the bundled sample (first start only)", slot)
        ident, note = sample_dataset(report)
        slot.empty()
        st.session_state.sample_id, st.session_state.sample_note = ident, note
    return st.session_state.sample_id


def open_dataset(ident: str, state: ViewState | None = None) -> None:
    """Switch the session to a dataset and a view (filters reset unless a state is given)."""
    st.session_state.dataset = ident
    st.session_state.event = (state or ViewState()).event
    for key, value in widget_values(state or ViewState()).items():
        st.session_state[key] = value


def start_session() -> None:
    """First run of a browser session: the view comes from the URL (bad values → message + default)."""
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    state, notes = decode(params)
    if state.dataset and load_prepared(state.dataset) is None:
        notes.append(message("D302", value=state.dataset))
        state = ViewState(**{**state.__dict__, "dataset": ""})
    prepared = load_prepared(state.dataset or sample_id())
    if prepared is not None:
        state, gone = restrict(state, set(lane_stats(prepared).index), set(prepared.events["source"]))
        notes += [message("D304", kind=kind, values=", ".join(values)) for kind, values in gone.items()]
    st.session_state.notes = notes
    open_dataset(state.dataset, state)
    st.session_state.started = True


def data_in() -> None:
    """Sidebar: upload a file of articles or events, or paste one article."""
    with st.sidebar.expander("Load data", expanded=False):
        st.caption(f"Limits: {limits.MAX_UPLOAD_MB} MB per file, {limits.MAX_ARTICLE_ROWS:,} articles, "
                   f"{limits.MAX_EVENT_ROWS:,} events.")
        upload_tab, paste_tab = st.tabs(["Upload a file", "Paste an article"])
        with upload_tab:
            upload_section()
        with paste_tab:
            paste_section()


def upload_section() -> None:
    file = st.file_uploader("Articles (CSV / JSON Lines / Parquet) or an exported events table",
                            type=list(UPLOAD_TYPES), max_upload_size=limits.MAX_UPLOAD_MB,
                            key="upload")
    if file is None:
        return
    cached = st.session_state.get("upload_cache")
    if cached is None or cached[0] != file.file_id:  # read each file once, not on every rerun
        cached = (file.file_id, read_upload(file.getvalue(), file.name))
        st.session_state.upload_cache = cached
    upload = cached[1]
    if upload.error:
        st.error(upload.error)
    if upload.kind == "events":
        st.success(f"{file.name}: an events table of {len(upload.frame):,} rows.")
        if st.button("Open this events table", type="primary", key="open_events"):
            finish(upload.frame, upload.name, upload.problems)
    elif upload.kind == "articles":
        mapping = column_mapping(upload.frame, upload.mapping)
        st.caption(f"{len(upload.frame):,} rows · {len(upload.problems)} reading problems")
        if st.button("Extract events", type="primary", disabled=mapping.text is None, key="extract_upload"):
            report = progress_reporter(f"Extracting {file.name}")
            done = extract(upload.frame, mapping, report, upload.problems)
            if done.error:
                st.error(done.error)
            else:
                finish(done.events, upload.name, done.problems)


def column_mapping(frame: pd.DataFrame, detected: ColumnMapping) -> ColumnMapping:
    """Detected columns shown as select boxes the user can correct."""
    st.dataframe(frame.head(3), hide_index=True)
    options = ["(none)", *[str(c) for c in frame.columns]]
    chosen = {}
    for role in ROLES:
        current = getattr(detected, role)
        index = options.index(current) if current in options else 0
        value = st.selectbox(f"{role.capitalize()} column", options, index=index, key=f"map_{role}")
        chosen[role] = None if value == "(none)" else value
    return ColumnMapping(**chosen)


def paste_section() -> None:
    with st.form("paste"):
        title = st.text_input("Title")
        published = st.date_input("Published", value=None)
        text = st.text_area("Article text", height=160)
        if st.form_submit_button("Extract events"):
            try:
                articles = pasted_article(text, published, title)
            except ValueError as error:
                st.error(str(error))
                return
            done = extract(articles, None, progress_reporter("Extracting the pasted article"))
            if done.error:
                st.error(done.error)
            else:
                finish(done.events, title or "Pasted article", done.problems)


def finish(events: pd.DataFrame, name: str, problems: pd.DataFrame | list[dict]) -> None:
    """Store a new dataset and open it with a fresh view."""
    try:
        ident = store.save(events, name, problems_table(problems))
    except Exception as error:  # noqa: BLE001 - disk full, read-only directory: say so, keep the page
        st.error(message("D401", reason=str(error)))
        return
    load_prepared.clear()
    open_dataset(ident)
    st.rerun()


def filters_sidebar(prepared: Prepared) -> None:
    """Sidebar: every filter, bound to session-state keys that mirror the URL."""
    stats = lane_stats(prepared).sort_values("events", ascending=False)
    side = st.sidebar
    side.header("Filters")
    side.multiselect("Actors (lanes)", list(stats.index), key="w_actors",
                     placeholder=f"the {st.session_state.w_lanes} most active",
                     format_func=lambda a: f"{a} ({stats.at[a, 'events']})")
    if not st.session_state.w_actors:
        side.slider("Number of lanes", 1, limits.MAX_LANES, key="w_lanes")
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
    left.date_input("From", key="w_from", min_value=limits.EARLIEST_DATE, max_value=limits.LATEST_DATE)
    right.date_input("To", key="w_to", min_value=limits.EARLIEST_DATE, max_value=limits.LATEST_DATE)
    side.text_input("Search sentences", key="w_query", placeholder="e.g. ceasefire")


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
        st.caption(f"{info.undated:,} events on these lanes have no resolved date: they are in the table, "
                   "not on the timeline.")


def apply_click() -> None:
    """A new click on the timeline opens that event's details (read before the page is drawn)."""
    picks = picked_events(st.session_state.get("timeline"))
    if picks and picks != st.session_state.get("last_picks"):
        st.session_state.event = picks[0]
    st.session_state.last_picks = picks


def details(prepared: Prepared, event: str) -> None:
    rows = prepared.events[prepared.events["event_id"] == event]
    if not event or rows.empty:
        st.caption("Click a point on the timeline to see its sentence and source here.")
        return
    with st.container(border=True):
        st.markdown(details_html(rows.iloc[0].to_dict()), unsafe_allow_html=True)
        if st.button("Close details"):
            st.session_state.event = ""
            st.rerun()


def table_and_downloads(filtered: Prepared, prepared: Prepared, ident: str) -> None:
    st.subheader(f"Events ({len(filtered.events):,} of {len(prepared.events):,})")
    st.dataframe(display_table(filtered.events, limits.TABLE_ROWS), hide_index=True, height=360)
    if len(filtered.events) > limits.TABLE_ROWS:
        st.caption(f"The table shows the first {limits.TABLE_ROWS:,} of {len(filtered.events):,} events; "
                   "the filtered download holds them all.")
    a, b, c = st.columns(3)
    # Callables: the CSV is only built when the button is clicked, not on every rerun.
    a.download_button("Download filtered table (CSV)", partial(events_csv, filtered.events),
                      "dateline-filtered.csv", "text/csv", on_click="ignore")
    b.download_button("Download full table (CSV)", partial(events_csv, prepared.events),
                      "dateline-events.csv", "text/csv", on_click="ignore")
    problems = store.load_problems(ident)
    c.download_button(f"Download problems report ({len(problems)})", partial(safe_csv, problems),
                      "dateline-problems.csv", "text/csv", on_click="ignore")
    if len(problems):
        with st.expander(f"Problems report: {len(problems)} rows could not be used or carry a caveat"):
            st.dataframe(problems, hide_index=True)


def main() -> None:
    st.title("Dateline")
    if "started" not in st.session_state:
        start_session()
    for note in st.session_state.get("notes", []):
        st.warning(note)
    if st.session_state.get("sample_note") and not st.session_state.dataset:
        st.info(st.session_state.sample_note)
    data_in()
    ident = st.session_state.dataset or sample_id()
    prepared = load_prepared(ident)
    if prepared is None:
        st.error(message("D302", value=ident))
        open_dataset("")
        prepared = load_prepared(sample_id())
    filters_sidebar(prepared)
    apply_click()
    state = state_from_widgets(st.session_state, st.session_state.dataset, st.session_state.get("event", ""))
    filtered = apply_filters(prepared, state)
    st.caption(f"{store.dataset_name(ident) or 'Dataset'} · {len(prepared.events):,} events · "
               f"{prepared.events['doc_id'].nunique():,} articles · dataset id `{ident}`")
    link = st.expander("Share this view (copy the link)", expanded=False).empty()
    timeline(filtered, state)
    details(prepared, state.event)
    table_and_downloads(filtered, prepared, ident)
    st.query_params.from_dict(encode(state))
    link.code(share_link(st.context.url or "http://localhost:8501/", state), language=None, wrap_lines=True)


main()
