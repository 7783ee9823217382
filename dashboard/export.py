"""CSV downloads that are safe to open in a spreadsheet (no formula injection)."""

from __future__ import annotations

import pandas as pd

from dashboard.codec import flatten_lists, normalise_events

# A cell starting with one of these is read as a formula by spreadsheet programs.
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """The value, with a leading apostrophe when it is text that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(DANGEROUS_STARTS):
        return "'" + value
    return value


def unsafe_cell(value: str) -> str:
    """Undo `safe_cell` (for re-importing an exported table)."""
    if value.startswith("'") and value[1:].startswith(DANGEROUS_STARTS):
        return value[1:]
    return value


def safe_csv(table: pd.DataFrame) -> bytes:
    """Any table as spreadsheet-safe UTF-8 CSV (with BOM, so spreadsheet programs detect UTF-8)."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(safe_cell)
    return safe.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


def events_csv(events: pd.DataFrame) -> bytes:
    """The events table (list columns "; "-joined) as spreadsheet-safe CSV."""
    return safe_csv(flatten_lists(normalise_events(events)))
