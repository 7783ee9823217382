"""Errors of the evaluation commands. The coded texts (EVnnn) live in extract/messages.py.

Every message names the file and, where the input gives one, the line and column, so a user can
open the file at the right place. Codes are never reused.
"""

from __future__ import annotations

from extract.messages import EVALUATION as MESSAGES


def message(code: str, **fields: object) -> str:
    """The message for `code` with `fields` filled in, prefixed by the code."""
    return f"{code}: " + MESSAGES[code].format(**fields)


class EvaluationInputError(Exception):
    """Bad input that stops a command: carries a coded, user-readable message."""

    def __init__(self, code: str, **fields: object) -> None:
        super().__init__(message(code, **fields))
        self.code = code
