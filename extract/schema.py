"""Column contracts of the tables Dateline produces. Other code and outside scripts rely on them."""

from __future__ import annotations

# The events table, one row per event clause. List-valued columns (LIST_COLUMNS) hold Python
# lists in pandas and are "; "-joined in CSV.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",  # stable across runs: derived from doc_id, sentence offset and trigger
    "doc_id",
    "title",
    "url",
    "source",
    "published",  # publication date (ISO date string) or empty
    "sentence",
    "sentence_start",  # character offset of the sentence in the article text
    "trigger",  # the word(s) naming the event
    "event_type",  # PLOVER category, STATEMENT or OTHER
    "mode",  # asserted, reported, future, hypothetical, negated
    "actors",  # list of canonical actor names (who acted)
    "targets",  # list of canonical actor names (to or with whom)
    "location",
    "time_text",  # the time expression as written; empty when the time is inherited
    "time_value",  # TIMEX3 value
    "date_start",  # first day of the event's interval (ISO date) or empty
    "date_end",  # last day of the event's interval (ISO date) or empty
    "granularity",  # day, week, month, quarter, season, half, year, decade, century
    "time_anchor",  # explicit, publication, previous-date, event, unresolved
    "confidence",  # 0..1
    "attributed_to",  # list of canonical names the event is reported by ("according to X", "X said")
    "story_id",  # rows of one run that report the same real-world event share it; else the row's own
)

LIST_COLUMNS: tuple[str, ...] = ("actors", "targets", "attributed_to")
# Columns holding numbers (every other column not in LIST_COLUMNS holds text): their kind.
NUMERIC_COLUMNS: dict[str, str] = {"sentence_start": "int", "confidence": "float"}
LIST_SEPARATOR = "; "


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)  # NaN is not equal to itself


def join_list(value: object) -> str:
    """A list cell as CSV text: items joined with "; " ("" for a missing cell, other values as text)."""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return "" if _missing(value) else str(value)


def split_list(value: object) -> list[str]:
    """A list cell back from CSV text (or a list as it is), without empty items."""
    if isinstance(value, list | tuple):
        return [str(v) for v in value if str(v)]
    if _missing(value):
        return []
    return [part.strip() for part in str(value).split(LIST_SEPARATOR.strip()) if part.strip()]

# The problems report: every input row that could not be used, or was used with a caveat.
PROBLEM_COLUMNS: tuple[str, ...] = ("row", "column", "message")
# A corpus run (several files) adds the file each problem is in.
CORPUS_PROBLEM_COLUMNS: tuple[str, ...] = PROBLEM_COLUMNS + ("file",)

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_TYPES: tuple[str, ...] = PLOVER_TYPES + ("STATEMENT", "OTHER")
MODES: tuple[str, ...] = ("asserted", "reported", "future", "hypothetical", "negated")

# The stories table (`extract.stories`), one row per story: event rows linked as reports of one
# real-world occurrence. List-valued: actors, targets, outlets, disagreement.
STORY_COLUMNS: tuple[str, ...] = (
    "story_id",  # the smallest event_id of the story (stable across runs)
    "date_start",  # the best date interval (see extract/linking/story_table.py)
    "date_end",
    "granularity",
    "date_agreement",  # share of the dated reports whose interval contains the best one (0..1)
    "event_type",
    "trigger",  # the trigger most reports use
    "actors",
    "targets",
    "location",
    "reports",  # articles reporting the story
    "rows",  # event rows linked into the story
    "sources",  # distinct outlets
    "outlets",  # their names, most reports first
    "first_reported",  # earliest publication date among the reports
    "disagreement",  # "date: …", "participants: …", "type: …" where the reports differ
)
STORY_LIST_COLUMNS: tuple[str, ...] = ("actors", "targets", "outlets", "disagreement")
