"""The event table as shown under the timeline: readable columns, lists joined."""

from __future__ import annotations

import pandas as pd

from dashboard.codec import flatten_lists

SHOWN = ("date_start", "date_end", "granularity", "time_anchor", "event_type", "mode", "actors", "targets",
         "sentence", "time_text", "source", "title", "event_id")


def display_table(events: pd.DataFrame, rows: int | None = None) -> pd.DataFrame:
    """The columns analysts read first, in that order, with list columns "; "-joined (first `rows`)."""
    shown = events.loc[:, list(SHOWN)] if rows is None else events.loc[:, list(SHOWN)].head(rows)
    return flatten_lists(shown).reset_index(drop=True)
