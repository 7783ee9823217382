"""The "Load data" part of the sidebar and the extraction jobs it starts (Streamlit glue).

An extraction runs in a worker thread (`jobs.ExtractionJob`) kept in the session, so widget changes
during it do not lose it; a fragment polls its progress and reruns the page when it has finished.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pandas as pd
import streamlit as st

from dashboard import limits, store
from dashboard.extraction import extract
from dashboard.jobs import ExtractionJob, can_resume, kept_name, outcome, resumed
from dashboard.loading import UPLOAD_TYPES, pasted_article, problems_table, read_upload
from dashboard.messages import message
from dashboard.session import load_prepared, open_dataset, set_alerts
from dashboard.view import plural
from extract.ingest import ROLES, ColumnMapping

POLL_SECONDS = 1.0
# How slash dates that read both ways ("03/04/2025") are read, when a text does not show its order
# (extract/temporal/date_order.py); the value is extract_articles' `day_first`.
DATE_ORDERS = {"as each source writes them, else month first": None, "day first (03/04 is 3 April)": True,
               "month first (03/04 is 4 March)": False}


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
    file = st.file_uploader("Articles (CSV / JSON Lines / Parquet / a Markdown article / a saved web "
                            "page) or an events table (also a corpus run's Parquet dataset folder, zipped)",
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
        if st.button("Open this events table", type="primary", key="open_events"):
            store_and_open(upload.frame, upload.name, problems_table(upload.problems))
    elif upload.kind == "articles":
        mapping = column_mapping(upload.frame, upload.mapping)
        order = st.selectbox("Slash dates such as 03/04/2025", list(DATE_ORDERS), key="date_order")
        fallback = st.date_input("Publication date of articles without one", value=None, key="fallback_date",
                                 help=message("D108"))
        st.caption(f"{plural(len(upload.frame), 'row')} · {plural(len(upload.problems), 'reading problem')}")
        if st.button("Extract events", type="primary", disabled=mapping.text is None, key="extract_upload"):
            start_job(upload.name, upload.frame, mapping, upload.problems, DATE_ORDERS[order], fallback)


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
              published: dt.date | None = None) -> None:
    """Start extracting in the background (one job per session at a time); `day_first` and
    `published` (the date of articles without one) as in extract_articles."""
    running = st.session_state.get("job")
    if running is not None and not running.finished:
        st.error(message("D507", name=running.name))
        return
    set_alerts(())
    st.session_state.resumable = None  # a new extraction: the cancelled one is no longer offered
    st.session_state.job = ExtractionJob(name, articles, mapping, read_problems,
                                         run=partial(extract, day_first=day_first, published=published))
    st.rerun()


def store_and_open(events: pd.DataFrame, name: str, problems: pd.DataFrame) -> None:
    """Store a new dataset and open it with a fresh view."""
    try:
        ident = store.save(events, name, problems)
    except Exception as error:  # noqa: BLE001 - disk full, read-only directory: say so, keep the page
        set_alerts((("error", message("D401", reason=str(error))),))
        return
    load_prepared.clear()
    open_dataset(ident, name=name)
    st.rerun()


def collect_job() -> None:
    """Before the page is drawn: a finished job's events become the open dataset, or an alert says why not."""
    job = st.session_state.get("job")
    if job is None or not job.finished:
        return
    del st.session_state["job"]
    verdict = outcome(job)
    set_alerts(verdict.alerts)
    st.session_state.resumable = job if can_resume(job) else None
    if verdict.keep and job.result is not None:
        store_and_open(job.result.events, kept_name(job), job.result.problems)


def job_progress() -> None:
    """While a job runs: its progress, polled every second. Without a job nothing polls (a fragment
    that reruns every second costs every open page a round trip per second and delays its drawing).
    After a cancel that kept some articles: a button that resumes the extraction."""
    if st.session_state.get("job") is not None:
        _job_progress()
    elif st.session_state.get("resumable") is not None:
        job = st.session_state.resumable
        done, total = job.result.done, job.result.total
        st.button(f"Resume extraction of {job.name} ({total - done} of {total} articles left)",
                  key="resume_job", on_click=resume_job)


def resume_job() -> None:
    """Continue the cancelled extraction (a callback: it runs before the page is drawn)."""
    job = st.session_state.get("resumable")
    st.session_state.resumable = None
    if job is not None:
        set_alerts(())
        st.session_state.job = resumed(job)


@st.fragment(run_every=POLL_SECONDS)
def _job_progress() -> None:
    """The running job's progress bar and cancel button, redrawn every second on its own."""
    job = st.session_state.get("job")
    if job is None:
        return
    if job.finished:
        st.rerun(scope="app")
    now = job.progress()
    label = f"Extracting {job.name}: {now.done} / {now.total} articles · {now.seconds:.0f} s"
    left, right = st.columns([5, 1])
    left.progress(now.done / max(now.total, 1), text=label)
    right.button("Cancel extraction", key="cancel_job", on_click=job.cancel)
