"""Coded, user-facing messages of the events layer (E1xx), kept together so tests can assert them."""

from __future__ import annotations

E101 = "E101: {path}: missing column(s) {missing}; expected a tab-separated header with {expected}"
E102 = "E102: {path} row {row}, column {column}: {problem}"
E103 = "E103: {path}: file not found; the events layer needs its data tables (see data/actors/README.md)"


class TableError(ValueError):
    """A data table (aliases, lexicon, modality) is malformed; the message says where."""
