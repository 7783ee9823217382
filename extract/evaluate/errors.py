"""User-facing messages of the evaluation commands, each with a stable code.

Every message names the file and, where the input gives one, the line and column, so a user can
open the file at the right place. Codes are never reused.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "EV001": "{path}: not well-formed XML at line {line}, column {column}: {detail}",
    "EV002": "{path}: no <TEXT> element; the document is skipped",
    "EV003": "{path}: no TIMEX3 with functionInDocument=\"CREATION_TIME\"; scored without a DCT",
    "EV004": "{path}: creation time value {value!r} is not a calendar date; scored without a DCT",
    "EV005": "{path}: no *.tml files found",
    "EV006": "{path}: not a directory",
    "EV007": "{path}, line {line}: expected ORDER<TAB>DATE<TAB>DOC-SENTENCE-WORD, got {got!r}",
    "EV008": "{path}, line {line}: event mention {got!r} is not DOCID-SENTENCE-WORD",
    "EV009": "{path}: empty gold timeline (no entity name on line 1)",
    "EV010": "{path}: no *.txt gold timelines found",
    "EV011": "{path}, line {line}: date {got!r} is not YYYY-MM-DD, YYYY-MM, YYYY or XXXX-XX-XX",
    "EV012": "{path}: <TEXT> has no <s id=...> sentences; the document is skipped",
    "EV013": "{path}, line {line}: not valid JSON: {detail}",
    "EV014": "{path}, line {line}: missing field {field!r}",
    "EV015": "{path}, line {line}: published {got!r} is not a date; the story is used without one",
    "EV016": "{doc}: the system failed on this document ({detail}); scored as empty output",
    "EV017": "{doc}, event row {row}: sentence_start {got!r} is not an offset into the text; not scored",
    "EV018": "{path}: no *.tml documents found",
    "EV019": "{doc}: the events table lacks column(s) {columns}; scored as empty output",
    "EV020": "--limit must be a whole number of at least 1, got {got!r}",
}


def message(code: str, **fields: object) -> str:
    """The message for `code` with `fields` filled in, prefixed by the code."""
    return f"{code}: " + MESSAGES[code].format(**fields)


class EvaluationInputError(Exception):
    """Bad input that stops a command: carries a coded, user-readable message."""

    def __init__(self, code: str, **fields: object) -> None:
        super().__init__(message(code, **fields))
        self.code = code
