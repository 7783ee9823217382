"""Coded, user-facing messages of the events layer's data tables (E3xx; E1xx are extract/messages.py's)."""

from __future__ import annotations

E301 = "E301: {path}: missing column(s) {missing}; expected a tab-separated header with {expected}"
E302 = "E302: {path} row {row}, column {column}: {problem}"
E304 = "E304: published must be a date or an ISO date string (YYYY-MM-DD), got {value!r}"
E303 = "E303: {path}: file not found; the events layer needs its data tables (see data/actors/README.md)"


class TableError(ValueError):
    """A data table (aliases, lexicon, modality) is malformed; the message says where."""
