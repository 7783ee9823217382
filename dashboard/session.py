"""The user's session: which dataset is open, the view's first state from the URL, alerts for the top.

Streamlit glue only; the decisions are in `url_state`, `state`, `view` and `jobs`.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard import store
from dashboard.extraction import Report
from dashboard.filters import Prepared, prepare
from dashboard.lanes import lane_stats
from dashboard.messages import message
from dashboard.sample import sample_dataset
from dashboard.state import ViewState, restrict
from dashboard.url_state import decode
from dashboard.view import widget_values


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


def sample_id(slot: DeltaGenerator | None = None) -> str:
    """The id of the bundled sample's dataset (extracted on the server's first start; its progress
    bar in `slot`, else in a new placeholder)."""
    if "sample_id" not in st.session_state:
        slot = slot or st.empty()
        report = progress_reporter("Extracting the bundled sample (first start only)", slot)
        ident, note = sample_dataset(report)
        slot.empty()
        st.session_state.sample_id, st.session_state.sample_note = ident, note
    return st.session_state.sample_id


def current_id() -> str:
    """The id of the dataset on screen ("" in the view state means the sample)."""
    return st.session_state.dataset or sample_id()


def dataset_label(ident: str) -> str:
    """The name this user gave the dataset (when they uploaded it), else the stored one."""
    return st.session_state.get("names", {}).get(ident) or store.dataset_name(ident) or "Dataset"


def open_dataset(ident: str, state: ViewState | None = None, name: str = "") -> None:
    """Switch the session to a dataset and a view (filters reset unless a state is given)."""
    st.session_state.dataset = ident
    st.session_state.event = (state or ViewState()).event
    if name:
        st.session_state.setdefault("names", {})[ident] = name
    for key, value in widget_values(state or ViewState()).items():
        st.session_state[key] = value


def start_session(slot: DeltaGenerator | None = None) -> None:
    """First run of a browser session: the view comes from the URL (bad values → message + default).
    `slot`: where the sample's first extraction shows its progress."""
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    state, notes = decode(params)
    if state.dataset and load_prepared(state.dataset) is None:
        notes.append(message("D302", value=state.dataset))
        state = ViewState(**{**state.__dict__, "dataset": ""})
    prepared = load_prepared(state.dataset or sample_id(slot))
    if prepared is not None:
        state, gone = restrict(state, set(lane_stats(prepared).index), set(prepared.events["source"]))
        notes += [message("D304", kind=kind, values=", ".join(values)) for kind, values in gone.items()]
        if state.event and not prepared.events["event_id"].eq(state.event).any():
            notes.append(message("D307", value=state.event[:40]))
            state = replace(state, event="")
    st.session_state.notes = notes
    open_dataset(state.dataset, state)
    st.session_state.started = True


def set_alerts(alerts: tuple[tuple[str, str], ...]) -> None:
    """Messages for the top of the page, kept until the next extraction or dataset."""
    st.session_state.alerts = list(alerts)


def show_alerts() -> None:
    """The link's notes and the last extraction's alerts, at the top of the page."""
    for note in st.session_state.get("notes", []):
        st.warning(note)
    for level, text in st.session_state.get("alerts", []):
        getattr(st, level)(text)
    if st.session_state.get("sample_note") and not st.session_state.dataset:
        st.info(st.session_state.sample_note)
