"""Where "two days of talks" ends: the interval a duration of an event implies.

"Ended two days of talks in Jeddah on Sunday" ends on that Sunday, "ending more than a year of
fighting" at the date its sentence names; with no date in the sentence, a past-tense story ends at
the narrative's latest date and anything else ("sixteen months of war have forced…") at publication.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from extract.temporal import calendar as cal
from extract.temporal.timex import Timex

# A sentence ends at . ! ? (maybe closing a quote) before a capital, or at a blank line.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘(])|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character offsets of the sentence holding text[start:end]."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start + 1):  # +1: the lookahead sees the capital
        if match.end() <= start:
            begin = match.end()
    following = _SENTENCE_END.search(text, end)
    return begin, following.start() + 1 if following else len(text)


def _dated(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and timex.date_end is not None and timex.anchor != "unresolved" \
        and not timex.value.endswith("_REF")


# "…two years of war, which began with the attack of Oct. 7, 2023": a date the event started on.
_STARTED = re.compile(r"\b(?:began|begun|begins|started|starts|since|from|erupted|broke out)\b[^,;]{0,40}$")


def date_in_sentence(text: str, timexes: list[Timex], index: int) -> Timex | None:
    """The dated expression nearest to timexes[index] within its sentence, if any (not a start date)."""
    duration = timexes[index]
    begin, end = sentence_bounds(text, duration.start, duration.end)
    near = [t for i, t in enumerate(timexes) if i != index and begin <= t.start < end and _dated(t)
            and not _STARTED.search(text, begin, t.start)]
    return min(near, key=lambda t: abs(t.start - duration.start), default=None)


def interval_ending(end: dt.date, num: str, unit: str) -> tuple[dt.date, dt.date] | None:
    """The `num` `unit`s that end on day `end`, both days included ('two days' ending Sunday: Sat–Sun)."""
    name = cal.calendar_unit(unit)
    if name not in cal.UNIT_NAMES.values() or name in cal.CLOCK_UNITS or num == "X":
        return None
    return cal.shift(end, name, -cal.unit_steps(num, unit)) + dt.timedelta(days=1), end


def bound_duration(timex: Timex, span: tuple[str, str], end: dt.date, anchor: str) -> Timex:
    """The duration with its implied interval ending on `end`."""
    implied = interval_ending(end, *span)
    if implied is None:
        return timex
    return replace(timex, implied_start=implied[0], implied_end=implied[1], anchor=anchor)
