"""Recipes for named holidays, fixed and movable ("Christmas Eve", "Thanksgiving", "Election Day")."""

from __future__ import annotations

import datetime as dt

from extract.temporal.recipes.base import UNRESOLVED_DATE, Context, Resolution, _choose_year
from extract.temporal.recipes.calendar_dates import date
from extract.temporal.recipes.registry import recipe


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _election_day(year: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)


_MOVABLE = {"thanksgiving": _thanksgiving, "election": _election_day}


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "boxing day": (12, 26)}


@recipe("tense")
def holiday(ctx: Context, holiday: str) -> Resolution:
    """Fixed-date holidays, US Thanksgiving and Election Day, in the year the tense points to."""
    if ctx.published is None:
        return UNRESOLVED_DATE
    key = holiday.replace("’", "'").lower()
    movable = _MOVABLE.get(key.split()[0])
    if movable:
        day = movable(ctx.published.year)
        if ctx.tense == "past" and day > ctx.published:
            day = movable(ctx.published.year - 1)
        return Resolution(day.isoformat(), "publication")
    month_, day_ = _HOLIDAYS[key]
    return Resolution(date(ctx, _choose_year(ctx.published, month_, day_, ctx.tense), month_, day_).value,
                      "publication")


@recipe()
def holidayrel(ctx: Context, holiday_: str, direction: str) -> Resolution:
    """'last Thanksgiving': the latest one before publication; 'next Christmas' the first after it."""
    if ctx.published is None:
        return UNRESOLVED_DATE
    for year_ in ((ctx.published.year, ctx.published.year - 1) if direction == "last" else
                  (ctx.published.year, ctx.published.year + 1)):
        day = dt.date.fromisoformat(holiday(Context(dt.date(year_, 7, 1)), holiday_).value)
        if (day < ctx.published) if direction == "last" else (day > ctx.published):
            return Resolution(day.isoformat(), "publication")
    return UNRESOLVED_DATE
