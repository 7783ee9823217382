"""The events table <-> CSV text: list columns are "; "-joined, as the schema says."""

from __future__ import annotations

import io

import pandas as pd

from extract.schema import EVENT_COLUMNS, LIST_COLUMNS, NUMERIC_COLUMNS, join_list, split_list


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value))


def normalise_events(events: pd.DataFrame) -> pd.DataFrame:
    """A copy with exactly EVENT_COLUMNS: text columns as str ("" for missing), lists as lists."""
    out = pd.DataFrame(index=range(len(events)))
    for column in EVENT_COLUMNS:
        values = events[column].tolist() if column in events else [None] * len(events)
        if column in LIST_COLUMNS:
            out[column] = [split_list(v) for v in values]
        elif column in NUMERIC_COLUMNS:
            numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").fillna(0)
            out[column] = numbers.astype(NUMERIC_COLUMNS[column]).to_numpy()
        else:
            out[column] = ["" if _missing(v) else str(v) for v in values]
    return out


def flatten_lists(events: pd.DataFrame) -> pd.DataFrame:
    """A copy with list columns joined by "; " (for CSV and display)."""
    flat = events.copy()
    for column in LIST_COLUMNS:
        if column in flat:
            flat[column] = [join_list(v) for v in flat[column]]
    return flat


def to_csv_text(events: pd.DataFrame) -> str:
    """The canonical CSV of an events table (the dataset id is a hash of this text)."""
    return flatten_lists(normalise_events(events)).to_csv(index=False, lineterminator="\n")


def from_csv_text(text: str) -> pd.DataFrame:
    """An events table from CSV text written by `to_csv_text` (or an export)."""
    raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    return normalise_events(raw)
