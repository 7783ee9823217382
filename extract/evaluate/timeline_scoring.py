"""Scoring system timelines against SemEval-2015 TimeLine gold, at day and at month granularity.

Each timeline is a set of (doc id, sentence id, date key) tuples. The date key at a level is:
- day level: "YYYY-MM-DD" when the date is known to the day, else the undated key "XXXX-XX-XX";
- month level: "YYYY-MM" when the date is known to the month, else "XXXX-XX".
So a gold "2006-01" or "2006-01-XX" is undated at day level and "2006-01" at month level; a gold
"XXXX-XX-XX" matches a system tuple whose event has no day-level (month-level) date.

A system event is known to the day when its date_start and date_end fall on the same day (or,
with no date_end, its granularity is day or time); to the month when they fall in the same month
(or, with no date_end, its granularity is day, time or month).

Per entity: P = |S & G| / |S|, R = |S & G| / |G|, F1 = 2|S & G| / (|S| + |G|), 0.0 on a zero
denominator. Overall scores are micro-averaged: the three counts are summed over entities first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

LEVELS: dict[str, int] = {"day": 10, "month": 7}
UNDATED: dict[str, str] = {"day": "XXXX-XX-XX", "month": "XXXX-XX"}
KNOWN_WITHOUT_END: dict[str, frozenset[str]] = {
    "day": frozenset({"day", "time"}),
    "month": frozenset({"day", "time", "month"}),
}
ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}")


def gold_date_key(date: str, level: str) -> str:
    """The key of a gold date string at `level` ("day" or "month")."""
    n = LEVELS[level]
    match = ISO_PREFIX.match(date.strip())
    if match is None or len(match.group()) < n:
        return UNDATED[level]
    return match.group()[:n]


def text(value: object) -> str:
    """A table cell as a string: None and NaN become ""."""
    if value is None or value != value:  # NaN is the only value unequal to itself
        return ""
    return str(value)


def system_date_key(date_start: object, date_end: object, granularity: object, level: str) -> str:
    """The key of a system event's date at `level`, from its interval and granularity."""
    n = LEVELS[level]
    start, end = text(date_start)[:10], text(date_end)[:10]
    if not ISO_PREFIX.fullmatch(start) or len(start) < 10:
        return UNDATED[level]
    if end:
        return start[:n] if end[:n] == start[:n] else UNDATED[level]
    return start[:n] if text(granularity) in KNOWN_WITHOUT_END[level] else UNDATED[level]


@dataclass(frozen=True)
class SetCounts:
    """|S & G|, |S|, |G| of one comparison (or summed over several)."""

    hits: int = 0
    system: int = 0
    gold: int = 0

    def __add__(self, other: SetCounts) -> SetCounts:
        return SetCounts(self.hits + other.hits, self.system + other.system, self.gold + other.gold)


def compare(system: set, gold: set) -> SetCounts:
    """The counts of a system set against a gold set."""
    return SetCounts(len(system & gold), len(system), len(gold))


def prf(counts: SetCounts) -> tuple[float, float, float]:
    """Precision, recall, F1 (0.0 on a zero denominator)."""
    p = counts.hits / counts.system if counts.system else 0.0
    r = counts.hits / counts.gold if counts.gold else 0.0
    total = counts.system + counts.gold
    return p, r, (2 * counts.hits / total if total else 0.0)


def at_level(tuples: Iterable[tuple[str, str, str]], level: str) -> set[tuple[str, str, str]]:
    """Gold tuples with their dates turned into keys at `level`."""
    return {(doc, sentence, gold_date_key(date, level)) for doc, sentence, date in tuples}


def micro(per_entity: Iterable[SetCounts]) -> SetCounts:
    """Counts summed over entities."""
    return sum(per_entity, SetCounts())
