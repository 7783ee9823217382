"""Recipes relative to the publication date or to the story's latest date.

"last week", "on Tuesday", "two days later", "a year ago".
"""

from __future__ import annotations

import datetime as dt

from extract.temporal import calendar as cal
from extract.temporal.recipes.base import (
    Context,
    Resolution,
    _narrative,
    offset_sign,
    passage_year,
    step_of,
    unit_code,
)
from extract.temporal.recipes.registry import recipe


@recipe()
def rel(ctx: Context, unit: str, amount: str) -> Resolution:
    """The `unit` containing publication date shifted by `amount` units ('last week' = rel(week, -1))."""
    step = step_of(amount)[0]
    if ctx.published is None:
        return Resolution(cal.unknown_value(unit), "unresolved")
    return Resolution(cal.value_at(cal.shift(ctx.published, unit, step), unit), "publication")


@recipe()
def deictic(ctx: Context, unit: str, direction: str) -> Resolution:
    """'last week', 'next month', 'this year'; 'following week' hangs on the narrative instead."""
    if step_of(direction)[1]:
        return anaph(ctx, unit, direction)
    return rel(ctx, unit, direction)


@recipe()
def anaph(ctx: Context, unit: str, direction: str) -> Resolution:
    """'the following day', 'that week': the narrative's latest date shifted by whole units."""
    base = _narrative(ctx)
    if base is None:
        return Resolution(cal.unknown_value(unit), "unresolved")
    day, granularity, anchor = base
    shifted_ = cal.shift(day, unit, step_of(direction)[0])
    return Resolution(cal.value_at(shifted_, _named_at(granularity, unit)), anchor)


def _named_at(granularity: str, unit: str) -> str:
    """The granularity an anaphoric expression can name: its own unit, or its reference's when that
    is coarser ("Jobs retired in 2011. That day…", "The war began in 1950. Two days later…": the day
    is not known, the year is). A day made up from a year's first day would move the story on."""
    return granularity if cal.fineness(granularity) > cal.fineness(unit) else unit


def _weekday_near(published: dt.date, weekday: int, tense: str | None) -> dt.date:
    delta = weekday - published.isoweekday()
    if tense in ("future", "progressive"):  # "will meet on Friday", "is meeting Monday": a plan;
        # the story's own weekday is that day ("will meet Thursday" in a Thursday story)
        return published + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    if tense == "conditional":  # "said he would leave on Monday": the nearer Monday
        nearest = delta if -3 <= delta <= 3 else (delta - 7 if delta > 0 else delta + 7)
        return published + dt.timedelta(days=nearest)
    return published + dt.timedelta(days=delta if delta <= 0 else delta - 7)


@recipe("tense")
def weekday(ctx: Context, weekday: int) -> Resolution:
    """A bare weekday: past clause → latest on or before publication; future → the next one; in a
    background passage, the passage's own week (`_passage_weekday`)."""
    in_passage = _passage_weekday(ctx, weekday)
    if in_passage is not None:
        return in_passage
    if ctx.published is None:
        return Resolution(f"XXXX-WXX-{weekday}", "unresolved")
    return Resolution(_weekday_near(ctx.published, weekday, ctx.tense).isoformat(), "publication")


def _passage_weekday(ctx: Context, weekday: int) -> Resolution | None:
    """"On June 25, 1950, the North invaded. On Tuesday, the Council met": a weekday in a past clause
    just after a background passage's day is the first such day from that day on (a story told
    forward). Elsewhere, even inside a passage about another year, a weekday is news: None."""
    if passage_year(ctx) is None or ctx.story_day is None:
        return None
    base = ctx.story_day
    return Resolution((base + dt.timedelta(days=(weekday - base.isoweekday()) % 7)).isoformat(),
                      "previous-date")


@recipe()
def weekdayrel(ctx: Context, weekday: int, direction: str) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-WXX-{weekday}", "unresolved")
    step, story = step_of(direction)
    if step == 0 and not story:
        monday = ctx.published - dt.timedelta(days=ctx.published.isoweekday() - 1)
        return Resolution((monday + dt.timedelta(days=weekday - 1)).isoformat(), "publication")
    if story:
        return anaph_weekday(ctx, weekday, step)
    day = _weekday_near(ctx.published, weekday, "future" if step > 0 else "past")
    if day == ctx.published:  # "next Friday" / "last Friday" said on a Friday: a week away
        day += dt.timedelta(weeks=step)
    return Resolution(day.isoformat(), "publication")


def anaph_weekday(ctx: Context, weekday: int, step: int) -> Resolution:
    base = _narrative(ctx)
    if base is None:
        return Resolution(f"XXXX-WXX-{weekday}", "unresolved")
    day = _weekday_near(base[0], weekday, "future" if step > 0 else "past")
    if day == base[0]:  # "the previous Friday" said of a Friday is the one a week before
        day += dt.timedelta(weeks=step)
    return Resolution(day.isoformat(), base[2])


@recipe("tense")
def daybeside(ctx: Context, weekday_: int, sign: str, direction: str | None) -> Resolution:
    """'the day before last Tuesday': that weekday, resolved as usual, then one day off."""
    named = weekdayrel(ctx, weekday_, direction) if direction else weekday(ctx, weekday_)
    if named.anchor == "unresolved":
        return named
    day = dt.date.fromisoformat(named.value) + dt.timedelta(days=1 if sign == "after" else -1)
    return Resolution(day.isoformat(), named.anchor)


@recipe()
def monthrel(ctx: Context, month_name: int, direction: str) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{month_name:02d}", "unresolved")
    step, year = step_of(direction)[0], ctx.published.year
    if step < 0 and month_name >= ctx.published.month:
        year -= 1
    elif step > 0 and month_name <= ctx.published.month:
        year += 1
    return Resolution(f"{year:04d}-{month_name:02d}", "publication")


@recipe()
def ago(ctx: Context, num: str, unit: str) -> Resolution:
    """'two weeks ago': publication date shifted back, at the granularity of the unit.

    'a year ago' right after a quarter ("third-quarter profit ... a year ago") is that quarter a year
    earlier, as in financial news.
    """
    base = ctx.published and (ctx.published, "day", "publication")
    if base and cal.calendar_unit(unit) == "year" and ctx.near_quarter:
        base = (ctx.near_quarter, "quarter", "publication")
    return _offset(ctx, num, unit, -1, base)


@recipe()
def ahead(ctx: Context, num: str, unit: str) -> Resolution:
    return _offset(ctx, num, unit, 1, ctx.published and (ctx.published, "day", "publication"))


def _offset(ctx: Context, num: str, unit: str, sign: int, base) -> Resolution:
    name = cal.calendar_unit(unit)
    if num == "X" or name in ("hour", "minute", "second"):
        return Resolution("PAST_REF" if sign < 0 else "FUTURE_REF", base[2] if base else "unresolved")
    if not base:
        return Resolution(cal.unknown_value(name), "unresolved")
    day, granularity, anchor = base
    shifted = cal.shift(day, name, sign * cal.unit_steps(num, unit))
    comparison = granularity in cal.COMPARED_GRANULARITIES and name == "year"
    same_day = anchor == "previous-date" and granularity == "day" and name in ("year", "month")
    if anchor == "previous-date" and not comparison:
        name = _named_at(granularity, name)
    return Resolution(cal.value_at(shifted, granularity if comparison or same_day else name), anchor,
                      sets_reference=not comparison)


@recipe()
def shifted(ctx: Context, num: str, unit: str, sign: str | None, sign2: str | None = None) -> Resolution:
    """'two days later', 'a year earlier': the narrative's latest date shifted."""
    sign = sign or sign2 or "later"
    direction = offset_sign(sign)
    return _offset(ctx, str(num), unit_code(unit), direction, _narrative(ctx))


@recipe("tense")
def weekend(ctx: Context) -> Resolution:
    if ctx.published is None:
        return Resolution("XXXX-WXX-WE", "unresolved")
    day = ctx.published
    if ctx.tense == "future" and day.isoweekday() < 6:
        return Resolution(cal.value_at(day, "weekend"), "publication")
    if ctx.tense != "future" and day.isoweekday() < 6:
        day -= dt.timedelta(weeks=1)
    return Resolution(cal.value_at(day, "weekend"), "publication")
