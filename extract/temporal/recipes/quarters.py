"""Recipes for quarters, halves and seasons, including the comparisons of quarterly reports."""

from __future__ import annotations

import datetime as dt

from extract.temporal import calendar as cal
from extract.temporal.recipes.base import (
    UNRESOLVED_DATE,
    Context,
    Resolution,
    _choose_year,
    _explicit,
    _reference_year,
    _year_by_direction,
    step_of,
)
from extract.temporal.recipes.registry import recipe


@recipe()
def quarter(ctx: Context, ordinal: int | None, adjectival: int | None = None,
            fiscal: int | None = None) -> Resolution:
    """'the third quarter': of the publication year (financial news reports the current year)."""
    ordinal = ordinal or adjectival or fiscal
    ref = (ctx.published.year, "publication") if ctx.published else _reference_year(ctx)
    if ref is None:
        return Resolution(f"XXXX-Q{ordinal}", "unresolved")
    return Resolution(f"{ref[0]:04d}-Q{ordinal}", ref[1])


@recipe()
def quarteryear(ctx: Context, ordinal: int, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}-Q{ordinal}")


@recipe()
def lastquarter(ctx: Context) -> Resolution:
    """'the latest quarter': the quarter last named in the narrative, else the last completed one.

    A quarter still running at publication cannot be the one just reported on.
    """
    ended = ctx.published is None or ctx.last_quarter and cal.shift(ctx.last_quarter, "quarter", 1) <= (
        ctx.published)
    if ctx.last_quarter and ended:
        return Resolution(cal.value_at(ctx.last_quarter, "quarter"), "previous-date")
    if ctx.published is None:
        return Resolution("XXXX-QX", "unresolved")
    return Resolution(cal.value_at(cal.shift(ctx.published, "quarter", -1), "quarter"), "publication")


@recipe()
def yearperiod(ctx: Context, year_: int) -> Resolution:
    """'the 1988 period': in a quarterly report, the quarter under discussion in that year."""
    if ctx.last_quarter:  # a comparison with the quarter reported: it does not become the story's quarter
        return Resolution(f"{int(year_):04d}-Q{cal.quarter_of(ctx.last_quarter)}", "explicit",
                          sets_reference=int(year_) >= ctx.last_quarter.year)
    return _explicit(f"{int(year_):04d}")


@recipe()
def yearago(ctx: Context) -> Resolution:
    """'the year-earlier period': the quarter just reported on, a year before.

    Such phrases belong to financial reports: the quarter is the one named just before, else the
    last quarter completed before publication.
    """
    if ctx.near_quarter:
        shifted_ = cal.shift(ctx.near_quarter, "year", -1)
        return Resolution(cal.value_at(shifted_, "quarter"), "previous-date", sets_reference=False)
    if ctx.published is None:
        return UNRESOLVED_DATE
    reported = cal.shift(ctx.published, "quarter", -1)
    return Resolution(cal.value_at(cal.shift(reported, "year", -1), "quarter"), "publication",
                      sets_reference=False)


@recipe()
def quarterofyear(ctx: Context, ordinal: int, ydir: str) -> Resolution:
    """'next year's first quarter', 'the year-earlier third quarter'."""
    year_ = _year_by_direction(ctx, ydir)
    if year_ is None:
        return Resolution(f"XXXX-Q{ordinal}", "unresolved")
    return Resolution(f"{year_:04d}-Q{ordinal}", "publication", sets_reference=ydir != "last")


@recipe()
def half(ctx: Context, half: str) -> Resolution:
    ref = _reference_year(ctx)
    number = 1 if half == "first" else 2
    if ref is None:
        return Resolution(f"XXXX-H{number}", "unresolved")
    return Resolution(f"{ref[0]:04d}-H{number}", ref[1])


@recipe()
def halfyear(ctx: Context, half: str, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}-H{1 if half == 'first' else 2}")  # second, last, latter: H2


def _season_year(published: dt.date, code: str, tense: str | None) -> int:
    first_month = cal.SEASON_MONTHS[code][0]
    return _choose_year(published, first_month, 15, tense)


@recipe("tense")
def season(ctx: Context, season: str) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{season}", "unresolved")
    return Resolution(f"{_season_year(ctx.published, season, ctx.tense):04d}-{season}", "publication")


@recipe()
def seasonyear(ctx: Context, season: str, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}-{season}")


@recipe()
def seasonrel(ctx: Context, season: str, direction: str) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{season}", "unresolved")
    step = step_of(direction)[0]
    year = ctx.published.year
    start, end = cal._season_interval(year, season)
    if step < 0 and end >= ctx.published:
        year -= 1
    elif step > 0 and start <= ctx.published:
        year += 1
    return Resolution(f"{year:04d}-{season}", "publication")
