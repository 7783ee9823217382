"""Shared pieces of the value recipes: the context of an expression, the result, small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from extract.temporal.calendar import UNIT_NAMES
from extract.temporal.groups import singular
from extract.temporal.rules import load_tables

_UNIT_CODES = {name: code for code, name in UNIT_NAMES.items()}


@dataclass(frozen=True)
class Context:
    """What an expression is resolved against."""

    published: dt.date | None
    reference: tuple[dt.date, str] | None = None  # most recent date in the narrative, with granularity
    tense: str | None = None  # "past", "present", "progressive", "future", "conditional" or None
    follows_of: bool = False  # the expression is followed by "of" ("two years of war")
    last_quarter: dt.date | None = None  # first day of the quarter the text last named
    near_quarter: dt.date | None = None  # the same, when named just before this expression
    story_year: int | None = None  # the year a background passage tells of ("In 1950 … On May 25")
    story_day: dt.date | None = None  # the day a background passage has just told of ("On June 25, 1950")
    day_first: bool | None = None  # how the text writes "03/04/2025" (temporal/date_order.py)


@dataclass(frozen=True)
class Resolution:
    value: str
    anchor: str
    implied: tuple[dt.date, dt.date] | None = None
    offset_direction: str | None = None  # set for event-anchored offsets: "after" / "before"
    sets_reference: bool = True  # False for comparisons ("a year earlier") that do not move the story
    story_span: tuple[str, str] | None = None  # (num, unit) of "two days of talks": the story bounds it
    comment: str = ""  # what the value cannot say ("day and month could swap: 2019-06-05")


UNRESOLVED_DATE = Resolution("XXXX-XX-XX", "unresolved")




def _explicit(value: str) -> Resolution:
    return Resolution(value, "explicit")


def _narrative(ctx: Context) -> tuple[dt.date, str, str] | None:
    """The date anaphoric expressions hang on: the narrative's latest date, else publication."""
    if ctx.reference:
        return ctx.reference[0], ctx.reference[1], "previous-date"
    if ctx.published:
        return ctx.published, "day", "publication"
    return None


def _choose_year(published: dt.date, month: int, day: int, tense: str | None) -> int:
    """The year of a month/day written without one: tense decides; else the closest to publication."""
    year = published.year
    candidate = dt.date(year, month, min(day, 28 if month == 2 else day))
    # A tense misread by the parser must not move a date a whole year: allow two months of slack.
    if tense == "past" and (candidate - published).days > 60:
        return year - 1
    if tense == "future" and (published - candidate).days > 60:
        return year + 1
    if tense in (None, "present", "progressive", "conditional"):
        distance = (candidate - published).days
        if distance > 183:
            return year - 1
        if distance < -183:
            return year + 1
    return year


def passage_year(ctx: Context) -> int | None:
    """The year a yearless date takes from its passage: a past (or untensed) clause in a passage
    that tells of another year; None when the date belongs near publication, or bounds a state
    ("through Sept. 29" reads 'conditional')."""
    return ctx.story_year if ctx.tense in ("past", None) else None


def _reference_year(ctx: Context) -> tuple[int, str] | None:
    if ctx.reference:
        return ctx.reference[0].year, "previous-date"
    if ctx.published:
        return ctx.published.year, "publication"
    return None




def unit_code(unit: str) -> str:
    """The TIMEX3 code of a unit given as a code ('W'), a name ('week') or a plural ('centuries')."""
    if unit in UNIT_NAMES:
        return unit
    return _UNIT_CODES.get(singular(unit), unit)


def step_of(direction: object, table: str = "direction") -> tuple[int, bool]:
    """The step of a direction (a word of directions.tsv or spans.tsv, its value, or a literal such as
    '-1') and whether it steps from the story's last date ('previous', 'following') or publication."""
    value = str(direction)
    value = load_tables()[table].get(value, value)
    story = value.startswith("story")
    return int(value.removeprefix("story")), story


def offset_sign(word: str) -> int:
    """1 when an offset word goes after its date ('later', 'into'), -1 before ('earlier', 'prior to')."""
    return int(load_tables()["offset_sign"][word])


def _year_by_direction(ctx: Context, direction: str) -> int | None:
    if ctx.published is None:
        return None
    return ctx.published.year + step_of(direction)[0]
