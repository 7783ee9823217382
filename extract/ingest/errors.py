"""The exception raised when an input file cannot be used at all."""

from __future__ import annotations


class IngestError(ValueError):
    """Unusable input. `code` is the message code (E1xx) from `extract.messages`; str() is the message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.code = message.split(":", 1)[0]


def problem(row: int | None, column: str | None, message: str) -> dict:
    """One row of the problems table (row None: the whole file)."""
    return {"row": row, "column": column or "", "message": message}
