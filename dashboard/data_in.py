"""The "Load data" part of the sidebar and the extraction jobs it starts (Streamlit glue).

An extraction runs in a worker thread (`jobs.ExtractionJob`) kept in the session, so widget changes
during it do not lose it; a fragment polls its progress and reruns the page when it has finished.
A cancelled extraction keeps its resume state in the store with the partial dataset it stored
(`resume.py`), so opening that dataset in any session offers to continue it. Linking the stories of
a zipped corpus run made with `--no-link` is a job too (`extraction.link`).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pandas as pd
import streamlit as st

from dashboard import limits, store
from dashboard.extraction import extract, link
from dashboard.jobs import ExtractionJob, Extractor, can_resume, kept_name, outcome
from dashboard.loading import (
    UPLOAD_TYPES,
    Upload,
    fetched_article,
    pasted_article,
    problems_table,
    read_upload,
)
from dashboard.messages import message
from dashboard.resume import job_state, resumed_job
from dashboard.session import load_prepared, open_dataset, set_alerts
from dashboard.view import plural
from extract.ingest import ROLES, ColumnMapping

POLL_SECONDS = 1.0
# How slash dates that read both ways ("03/04/2025") are read, when a text does not show its order
# (extract/temporal/date_order.py); the value is extract_articles' `day_first`.
DATE_ORDERS = {"as each source writes them, else month first": None, "day first (03/04 is 3 April)": True,
               "month first (03/04 is 4 March)": False}


LOAD_OPEN = "load_open"  # the "Load data" expander's state
LOAD_USED = "load_used"  # session flag: "Load data" has been opened (its contents are drawn from then on)


def data_in() -> None:
    """Sidebar: upload a file of articles or events, fetch one article from its URL, or paste one.

    The contents are drawn from the first time the expander is opened (a rerun) and on every run
    after, open or not (an undrawn uploader would forget its file). A page that is only looked at
    does not load the uploader's and the form's scripts while its chart is being drawn."""
    with st.sidebar.expander("Load data", expanded=False, key=LOAD_OPEN, on_change=_opened):
        if not st.session_state.get(LOAD_USED):
            return
        st.caption(f"Limits: {limits.MAX_UPLOAD_MB} MB per file, {limits.MAX_ARTICLE_ROWS:,} articles, "
                   f"{limits.MAX_EVENT_ROWS:,} events.")
        upload_tab, paste_tab, url_tab = st.tabs(["Upload a file", "Paste an article", "From a URL"])
        with upload_tab:
            upload_section()
        with paste_tab:
            paste_section()
        with url_tab:
            url_section()


def _opened() -> None:
    if st.session_state.get(LOAD_OPEN):
        st.session_state[LOAD_USED] = True


def upload_section() -> None:
    file = st.file_uploader("Articles (CSV / JSON Lines / Parquet, or one article: Markdown, a saved web "
                            "page, PDF, Word) or an events table (also a corpus run's Parquet dataset "
                            "folder, zipped)",
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
        st.success(f"{file.name}: an events table of {plural(len(upload.frame), 'row')}.")
        if upload.link:
            st.caption(message("D112"))
        if st.button("Open this events table", type="primary", key="open_events"):
            if upload.link:  # linking many rows takes minutes: in the background, like an extraction
                start_job(upload.name, upload.frame, read_problems=upload.problems, run=link)
            else:
                store_and_open(upload.frame, upload.name, problems_table(upload.problems))
    elif upload.kind == "articles":
        articles_controls(upload)


def url_section() -> None:
    """One article fetched from its URL (a news page, a PDF or a Word file), then read as an upload."""
    with st.form("fetch"):
        url = st.text_input("Address of the article", placeholder="https://…", key="fetch_url")
        if st.form_submit_button("Fetch"):
            st.session_state.fetched = fetched_article(url)
    fetched = st.session_state.get("fetched")
    if fetched is None:
        return
    if fetched.error:
        st.error(fetched.error)
    if fetched.kind == "articles":
        articles_controls(fetched, key="url_")


def articles_controls(upload: Upload, key: str = "") -> None:
    """Columns, date options and the Extract button of a table of articles; `key` prefixes the
    widget keys (an upload and a fetched page are shown side by side)."""
    mapping = column_mapping(upload.frame, upload.mapping, key)
    order = st.selectbox("Slash dates such as 03/04/2025", list(DATE_ORDERS), key=f"{key}date_order")
    fallback = st.date_input("Publication date of articles without one", value=None,
                             key=f"{key}fallback_date", help=message("D108"))
    st.caption(f"{plural(len(upload.frame), 'row')} · {plural(len(upload.problems), 'reading problem')}")
    if st.button("Extract events", type="primary", disabled=mapping.text is None, key=f"{key}extract_upload"):
        start_job(upload.name, upload.frame, mapping, upload.problems, DATE_ORDERS[order], fallback)


def column_mapping(frame: pd.DataFrame, detected: ColumnMapping, key: str = "") -> ColumnMapping:
    """Detected columns shown as select boxes the user can correct."""
    st.dataframe(frame.head(3), hide_index=True)
    options = ["(none)", *[str(c) for c in frame.columns]]
    chosen = {}
    for role in ROLES:
        current = getattr(detected, role)
        index = options.index(current) if current in options else 0
        value = st.selectbox(f"{role.capitalize()} column", options, index=index, key=f"{key}map_{role}")
        chosen[role] = None if value == "(none)" else value
        if role == "published" and value == "(none)":
            st.caption(message("D107"))
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
            start_job(title or "Pasted article", articles)


def start_job(name: str, articles: pd.DataFrame, mapping: ColumnMapping | None = None,
              read_problems: list[dict] | None = None, day_first: bool | None = None,
              published: dt.date | None = None, run: Extractor | None = None) -> None:
    """Start extracting in the background (one job per session at a time); `day_first` and
    `published` (the date of articles without one) as in extract_articles. `run`: another step
    than extraction (`extraction.link`: the stories of an events table)."""
    running = st.session_state.get("job")
    if running is not None and not running.finished:
        st.error(message("D507", name=running.name))
        return
    set_alerts(())
    st.session_state.pop("resumed_from", None)
    run = run or partial(extract, day_first=day_first, published=published)
    st.session_state.job = ExtractionJob(name, articles, mapping, read_problems, run=run)
    st.rerun()


def store_and_open(events: pd.DataFrame, name: str, problems: pd.DataFrame,
                   resume: dict | None = None) -> None:
    """Store a new dataset and open it with a fresh view; `resume`: the state of the cancelled
    extraction it is part of, kept with it (`resume.job_state`)."""
    try:
        ident = store.save(events, name, problems)
        if resume is not None:
            store.save_resume(ident, resume)
    except Exception as error:  # noqa: BLE001 - disk full, read-only directory: say so, keep the page
        set_alerts((("error", message("D401", reason=str(error))),))
        return
    load_prepared.clear()
    open_dataset(ident, name=name)
    st.rerun()


def collect_job() -> None:
    """Before the page is drawn: a finished job's events become the open dataset, or an alert says why not.
    A cancelled job that kept some articles keeps its resume state with them; a resumed job that kept
    something supersedes the state it resumed."""
    job = st.session_state.get("job")
    if job is None or not job.finished:
        return
    del st.session_state["job"]
    origin = st.session_state.pop("resumed_from", "")
    verdict = outcome(job)
    set_alerts(verdict.alerts)
    if verdict.keep and job.result is not None:
        if origin:
            store.drop_resume(origin)
        state = job_state(job) if can_resume(job) else None
        store_and_open(job.result.events, kept_name(job), job.result.problems, state)


def job_progress() -> None:
    """While a job runs: its progress, polled every second. Without a job nothing polls (a fragment
    that reruns every second costs every open page a round trip per second and delays its drawing).
    After a cancel that kept some articles: a button that resumes the extraction."""
    if st.session_state.get("job") is not None:
        _job_progress()
        return
    ident = st.session_state.get("dataset", "")
    kept = store.resume_info(ident) if ident else None
    if kept is not None:
        rest = f"{kept.total - kept.done} of {kept.total} articles left"
        st.button(f"Resume extraction of {kept.name} ({rest})", key="resume_job", on_click=resume_job,
                  args=(ident,))


def resume_job(ident: str) -> None:
    """Continue the cancelled extraction kept with dataset `ident` (a callback: it runs before the page
    is drawn), in this session whichever session cancelled it."""
    state, done_events = store.load_resume(ident), store.load(ident)
    running = st.session_state.get("job")
    if state is None or done_events is None or (running is not None and not running.finished):
        return
    set_alerts(())
    st.session_state.resumed_from = ident
    st.session_state.job = resumed_job(state, done_events)


@st.fragment(run_every=POLL_SECONDS)
def _job_progress() -> None:
    """The running job's progress bar and cancel button, redrawn every second on its own."""
    job = st.session_state.get("job")
    if job is None:
        return
    if job.finished:
        st.rerun(scope="app")
    now = job.progress()
    doing = "Linking the stories of" if job.inputs[3] is link else "Extracting"
    label = f"{doing} {job.name}: {now.done} / {now.total} articles · {now.seconds:.0f} s"
    left, right = st.columns([5, 1])
    left.progress(now.done / max(now.total, 1), text=label)
    right.button("Cancel extraction", key="cancel_job", on_click=job.cancel)
