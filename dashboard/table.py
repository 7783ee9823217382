"""The event table as shown under the timeline: readable columns, lists joined."""

from __future__ import annotations

import pandas as pd

from dashboard.codec import flatten_lists

SHOWN = ("date_start", "date_end", "granularity", "time_anchor", "event_type", "mode", "actors", "targets",
         "sentence", "time_text", "source", "title", "event_id")


def display_table(events: pd.DataFrame) -> pd.DataFrame:
    """The columns analysts read first, in that order, with list columns "; "-joined."""
    return flatten_lists(events.loc[:, list(SHOWN)]).reset_index(drop=True)
