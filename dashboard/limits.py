"""Stated limits of the dashboard, and the checks that enforce them with a clear message."""

from __future__ import annotations

import datetime as dt

from dashboard.messages import message

MAX_UPLOAD_MB = 50
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
MAX_ARTICLE_ROWS = 20_000
MAX_EVENT_ROWS = 500_000
# Above this many points in the time window the timeline shows counts per time bin (density.py).
DETAIL_POINTS = 1_500
# Up to this many points the timeline is SVG; above it WebGL (see figures.py).
SVG_POINTS = 1_500
# Rows shown in the on-page table (the browser's grid slows down past this); downloads hold every row.
TABLE_ROWS = 5_000
# Timeline figures kept in the server's memory, shared by every session (panels.timeline_figure).
CACHED_FIGURES = 32
# A first open's events table waits for the browser's report that the chart is drawn (plotly_bridge);
# without it, the page draws the table after this long anyway (panels.table_stand_in). 15 s, not 12:
# on a fresh CI machine running the full suite the bridge's report can take longer than 12 s.
TABLE_WAIT_SECONDS = 15
DEFAULT_LANES = 12
MAX_LANES = 60
SENTENCE_HOVER_CHARS = 140
# Links longer than this are refused by some servers and browsers (the share box says so).
MAX_LINK_CHARS = 8_000
# The date filter's bounds (links with dates outside them fall back to no bound, with a message).
EARLIEST_DATE = dt.date(1800, 1, 1)
LATEST_DATE = dt.date(2200, 12, 31)


def check_size(size_bytes: int) -> str | None:
    """A D201 message when an upload is over the size limit, else None."""
    if size_bytes > MAX_UPLOAD_BYTES:
        return message("D201", size_mb=size_bytes / 1024 / 1024, limit_mb=MAX_UPLOAD_MB)
    return None


def check_rows(rows: int, limit: int = MAX_ARTICLE_ROWS) -> str | None:
    """A D202 message when a table has more rows than `limit`, else None."""
    if rows > limit:
        return message("D202", rows=rows, limit=limit)
    return None
