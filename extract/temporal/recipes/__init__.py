"""Value recipes: the functions a rule's `value` names, turning matched groups into a TIMEX3 value.

Every recipe receives a `Context` (publication date, the most recent date of the narrative, the tense
of the clause) and returns a `Resolution`. Nothing here reads the clock: an expression relative to a
missing publication date stays unresolved. One module per kind of expression.
"""

from __future__ import annotations

from collections.abc import Callable

from extract.temporal.recipes.base import Context, Resolution
from extract.temporal.recipes.calendar_dates import (
    century,
    date,
    decade,
    decade2,
    decadeword,
    hundreds,
    month,
    monthday,
    monthofyear,
    monthyear,
    spelledyear,
    weekof,
    year,
    yearend,
)
from extract.temporal.recipes.clock import (
    anaphpart,
    clock,
    clockdate,
    clockday,
    clocknoon,
    clockpart,
    clockrel,
    noonday,
    noonrel,
    part,
)
from extract.temporal.recipes.durations import dur, durcompound, durhalf, durspan, eventoffset
from extract.temporal.recipes.holidays import holiday, holidayrel
from extract.temporal.recipes.quarters import (
    half,
    halfyear,
    lastquarter,
    quarter,
    quarterofyear,
    quarteryear,
    season,
    seasonrel,
    seasonyear,
    yearago,
    yearperiod,
)
from extract.temporal.recipes.relative import (
    ago,
    ahead,
    anaph,
    daybeside,
    deictic,
    monthrel,
    rel,
    shifted,
    weekday,
    weekdayrel,
    weekend,
)
from extract.temporal.recipes.sets import every, everymonth, everyweekday, literal

__all__ = ["RECIPES", "TENSE_SENSITIVE", "Context", "Resolution"]

RECIPES: dict[str, Callable[..., Resolution]] = {
    fn.__name__: fn
    for fn in (date, monthday, month, monthyear, year, decade, decade2, decadeword, hundreds, quarter,
               quarteryear, lastquarter, half, halfyear, season, seasonyear, seasonrel, rel, deictic, anaph,
               weekday, weekdayrel, daybeside, monthrel, ago, yearago, ahead, shifted, dur, durhalf,
               durcompound, durspan, eventoffset, weekend, part, anaphpart, monthofyear, quarterofyear,
               yearperiod, weekof, century, everymonth, clock, clockday, clockdate, clocknoon, clockpart,
               clockrel, noonday, noonrel, every, everyweekday, literal, yearend, spelledyear, holiday,
               holidayrel)
}
# Recipes whose result depends on the tense of the clause.
TENSE_SENSITIVE = {"monthday", "month", "season", "weekday", "weekend", "part", "holiday", "clockday",
                   "clockdate", "noonday", "daybeside", "durspan"}
