"""Text without letter case (chat in lower case, headlines in capitals) read like edited text.

The rules trust capitals: "May 5" is a date, "may" a verb. Where a line has no usable case (its
sentences start in lower case, or it is nearly all capitals) that cue is gone, so the line is rewritten
— same length, same offsets — the way an editor would case it: sentence starts, the pronoun "I", and
month and weekday words capitalised where they read as dates. A word that is also an ordinary word
(`homographs.tsv`: "may", "march", "sun") reads as a date only beside a day number or a year, or
after a cue word (`date_cues.tsv`: "in may", "since march"). The engine then runs on the copy.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.temporal.rules import load_tables

_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"”’)]*\s+)([a-z])")
_WORD = re.compile(r"[a-z]+")
_NUMBER_AFTER = re.compile(r"^\.?,? ?(?:the )?(?:[0-9]{1,2}(?:st|nd|rd|th)?(?![0-9%])|[0-9]{4}(?![0-9]))")
_NUMBER_BEFORE = re.compile(r"[0-9](?:st|nd|rd|th)?(?: of)? ?$")
_DATE_AFTER_WEEKDAY = re.compile(r"^\.?,? ?(?:[0-9]|the [0-9]|[a-z]{3,9}\.? [0-9])")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, frozenset[str]]:
    """Month words, weekday words, homographs and cue words, from the normalisation tables."""
    tables = load_tables()
    return {name: frozenset(tables[name]) for name in ("month", "weekday", "homograph", "date_cue")}


def caseless(line: str) -> bool:
    """True when a line carries no letter-case information: its sentences mostly start in lower
    case, or nearly all its letters are capitals."""
    starts = [m[1] for m in re.finditer(r"(?:^|[.!?]['\"”’)]*\s+)([A-Za-z])", line)]
    if starts and sum(ch.islower() for ch in starts) * 2 > len(starts):
        return True
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


_CUE_BEFORE = re.compile(r"([a-z]+)[ -]$")


def _beside_a_number(line: str, match: re.Match, weekday: bool) -> bool:
    after, before = line[match.end():match.end() + 14], line[max(0, match.start() - 12):match.start()]
    if _NUMBER_AFTER.match(after) or _NUMBER_BEFORE.search(before):
        return True
    return weekday and bool(_DATE_AFTER_WEEKDAY.match(after))  # "sat., nov. 8"


def _is_date_word(line: str, match: re.Match, vocabulary: dict[str, frozenset[str]]) -> bool:
    """A month or weekday word reads as a date: always, or (homographs) beside a number or after a cue."""
    word, weekday = match[0], match[0] in vocabulary["weekday"]
    if len(word) <= 4 and not re.match(r"\.|,? ?[0-9]", line[match.end():match.end() + 3]) and (
            word not in ("may", "june", "july")):
        return False  # "sun", "wed", "jan": short forms need their period or a number beside them
    if word not in vocabulary["homograph"] or _beside_a_number(line, match, weekday):
        return True
    cue = _CUE_BEFORE.search(line[max(0, match.start() - 12):match.start()])
    return cue is not None and cue[1] in vocabulary["date_cue"]


def _recase_line(line: str) -> str:
    vocabulary = _vocabulary()
    words = vocabulary["month"] | vocabulary["weekday"]
    lowered = line.lower() if len(line.lower()) == len(line) else line
    chars = list(lowered)
    for match in _SENTENCE_START.finditer(lowered):
        chars[match.start(1)] = chars[match.start(1)].upper()
    for match in _WORD.finditer(lowered):
        if match[0] == "i" or match[0] in words and _is_date_word(lowered, match, vocabulary):
            chars[match.start()] = chars[match.start()].upper()
    return "".join(chars)


def truecase(text: str) -> str:
    """`text` with every caseless line cased like edited text; lines with case are kept as written."""
    lines = text.split("\n")
    changed = [_recase_line(line) if caseless(line) else line for line in lines]
    return text if changed == lines else "\n".join(changed)
