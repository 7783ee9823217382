"""The sidebar's list of datasets recently stored on this server: a link is not the only way back."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard import store
from dashboard.session import open_dataset
from dashboard.store.backend import DatasetInfo

RECENT_DATASETS = 8
AGO_STEPS = ((dt.timedelta(minutes=1), "just now", None), (dt.timedelta(hours=1), "min", 60),
             (dt.timedelta(days=1), "h", 3600), (dt.timedelta(days=60), "d", 86400))


def ago(created: dt.datetime, now: dt.datetime) -> str:
    """How long ago, briefly: 'just now', '5 min ago', '3 h ago', '12 d ago', else the date."""
    age = now - created
    for limit, unit, seconds in AGO_STEPS:
        if age < limit:
            return unit if seconds is None else f"{int(age.total_seconds() // seconds)} {unit} ago"
    return f"{created:%Y-%m-%d}"


def recent_label(info: DatasetInfo, now: dt.datetime) -> str:
    """'Name · 1,234 events · 3 h ago' (an unnamed dataset shows its id's start)."""
    name = info.name or f"Dataset {info.id[:8]}"
    return f"{name} · {info.events:,} events · {ago(info.saved, now)}"


def recent_sidebar() -> None:
    """Sidebar: the datasets last stored on this server; a click opens one with a fresh view."""
    with st.sidebar.expander("Recent datasets", expanded=False):
        now = dt.datetime.now(dt.UTC)
        for info in store.datasets(limit=RECENT_DATASETS):
            st.button(recent_label(info, now), key=f"recent_{info.id}", width="stretch",
                      on_click=open_dataset, args=(info.id,))
