"""The events layer's error type; its coded messages (E3xx) live with all others in extract/messages.py."""

from __future__ import annotations

from extract.messages import E301, E302, E303, E304

__all__ = ["E301", "E302", "E303", "E304", "TableError"]


class TableError(ValueError):
    """A data table (aliases, lexicon, modality) is malformed; the message says where."""
