"""Recipes for calendar dates: explicit dates, a month or day without a year, years, decades, centuries."""

from __future__ import annotations

import datetime as dt

from extract.temporal import calendar as cal
from extract.temporal.recipes.base import (
    Context,
    Resolution,
    _choose_year,
    _explicit,
    _year_by_direction,
    passage_year,
)
from extract.temporal.recipes.registry import recipe


@recipe()
def date(ctx: Context, year: int, month: int, day: int) -> Resolution:
    dt.date(int(year), int(month), int(day))  # raises ValueError on 30 February
    return _explicit(f"{int(year):04d}-{int(month):02d}-{int(day):02d}")


@recipe("tense")
def monthday(ctx: Context, month: int, day: int) -> Resolution:
    """'May 25': in a passage about another year, that year; else the year near publication."""
    story = passage_year(ctx)
    if story is not None:
        return Resolution(date(ctx, story, month, day).value, "previous-date")
    if ctx.published is None:
        return Resolution(f"XXXX-{month:02d}-{day:02d}", "unresolved")
    year = _choose_year(ctx.published, month, day, ctx.tense)
    return Resolution(date(ctx, year, month, day).value, "publication")


@recipe("tense")
def month(ctx: Context, month: int) -> Resolution:
    """'in May': like monthday, at month granularity."""
    story = passage_year(ctx)
    if story is not None:
        return Resolution(f"{story:04d}-{month:02d}", "previous-date")
    if ctx.published is None:
        return Resolution(f"XXXX-{month:02d}", "unresolved")
    year = _choose_year(ctx.published, month, 15, ctx.tense)
    return Resolution(f"{year:04d}-{month:02d}", "publication")


@recipe()
def monthyear(ctx: Context, year: int, month: int) -> Resolution:
    return _explicit(f"{int(year):04d}-{int(month):02d}")


@recipe()
def year(ctx: Context, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}")


@recipe()
def decade(ctx: Context, decade: str) -> Resolution:
    """'the 1990s' → 199X, the decade form the TempEval-3 guidelines (and Dateline's contract) use."""
    return _explicit(decade[:3] + "X")


@recipe()
def decadeword(ctx: Context, tens: str) -> Resolution:
    """'the nineties' → 199X (a decade of the 1900s, as English uses the words)."""
    from extract.temporal.groups import parse_number

    return _explicit("19" + parse_number(tens[:-3] + "y")[0] + "X")


@recipe()
def hundreds(ctx: Context, hundreds: str) -> Resolution:
    """'the 1800s' → the century 18XX ('18'), not the decade 1800-1809."""
    return _explicit(hundreds[:2])


@recipe()
def decade2(ctx: Context, decade2: str) -> Resolution:
    century = "19" if int(decade2) >= 30 else "20"
    return _explicit(century + decade2[0] + "X")


@recipe()
def century(ctx: Context, cent: str) -> Resolution:
    return _explicit(f"{int(cent) - 1:02d}")


@recipe()
def spelledyear(ctx: Context, spelled: str) -> Resolution:
    """'nineteen ninety-six' → 1996, 'nineteen oh five' → 1905, 'two thousand and five' → 2005,
    'twenty nineteen' → 2019 (broadcast transcripts spell years out)."""
    from extract.temporal.groups import parse_number

    words = [w for w in spelled.replace("-", " ").split() if w not in ("and", "oh")]
    century = {"nineteen": 1900, "twenty": 2000, "two": 2000}[words[0]]
    rest = words[2:] if words[1] in ("hundred", "thousand") else words[1:]
    return _explicit(f"{century + (int(parse_number(' '.join(rest))) if rest else 0):04d}")


@recipe()
def yearend(ctx: Context) -> Resolution:
    if ctx.published is None:
        return Resolution("XXXX-12-31", "unresolved")
    return Resolution(f"{ctx.published.year:04d}-12-31", "publication")


@recipe()
def monthofyear(ctx: Context, month_name: int, ydir: str) -> Resolution:
    """'February last year', 'July this year'."""
    year_ = _year_by_direction(ctx, ydir)
    if year_ is None:
        return Resolution(f"XXXX-{month_name:02d}", "unresolved")
    return Resolution(f"{year_:04d}-{month_name:02d}", "publication")


@recipe()
def weekof(ctx: Context, month_: int, day: int, year_: int | None) -> Resolution:
    """'the week of March 6': the ISO week containing that day."""
    resolved = date(ctx, year_, month_, day) if year_ else monthday(ctx, month_, day)
    if resolved.anchor == "unresolved":
        return Resolution("XXXX-WXX", "unresolved")
    return Resolution(cal.week_value(dt.date.fromisoformat(resolved.value)), resolved.anchor)
