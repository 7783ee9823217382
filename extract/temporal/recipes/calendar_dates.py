"""Recipes for calendar dates: explicit dates, a month or day without a year, years, decades, centuries."""

from __future__ import annotations

import datetime as dt

from extract.temporal import calendar as cal
from extract.temporal.recipes.base import Context, Resolution, _choose_year, _explicit, _year_by_direction


def date(ctx: Context, year: int, month: int, day: int) -> Resolution:
    dt.date(int(year), int(month), int(day))  # raises ValueError on 30 February
    return _explicit(f"{int(year):04d}-{int(month):02d}-{int(day):02d}")


def monthday(ctx: Context, month: int, day: int) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{month:02d}-{day:02d}", "unresolved")
    year = _choose_year(ctx.published, month, day, ctx.tense)
    return Resolution(date(ctx, year, month, day).value, "publication")


def month(ctx: Context, month: int) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{month:02d}", "unresolved")
    year = _choose_year(ctx.published, month, 15, ctx.tense)
    return Resolution(f"{year:04d}-{month:02d}", "publication")


def monthyear(ctx: Context, year: int, month: int) -> Resolution:
    return _explicit(f"{int(year):04d}-{int(month):02d}")


def year(ctx: Context, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}")


def decade(ctx: Context, decade: str) -> Resolution:
    """'the 1990s' → 199X, the decade form the TempEval-3 guidelines (and Dateline's contract) use."""
    return _explicit(decade[:3] + "X")


def decadeword(ctx: Context, tens: str) -> Resolution:
    """'the nineties' → 199X (a decade of the 1900s, as English uses the words)."""
    from extract.temporal.groups import parse_number

    return _explicit("19" + parse_number(tens[:-3] + "y")[0] + "X")


def hundreds(ctx: Context, hundreds: str) -> Resolution:
    """'the 1800s' → the century 18XX ('18'), not the decade 1800-1809."""
    return _explicit(hundreds[:2])


def decade2(ctx: Context, decade2: str) -> Resolution:
    century = "19" if int(decade2) >= 30 else "20"
    return _explicit(century + decade2[0] + "X")


def century(ctx: Context, cent: str) -> Resolution:
    return _explicit(f"{int(cent) - 1:02d}")


def spelledyear(ctx: Context, spelled: str) -> Resolution:
    """'nineteen ninety-six' → 1996, 'two thousand' → 2000 (broadcast transcripts spell years out)."""
    from extract.temporal.groups import parse_number

    words = spelled.replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return _explicit(f"{2000 + (int(parse_number(' '.join(rest))) if rest else 0):04d}")
    rest = words[1:]
    if rest == ["hundred"]:
        return _explicit("1900")
    return _explicit(f"{1900 + int(parse_number(' '.join(rest))):04d}")


def yearend(ctx: Context) -> Resolution:
    if ctx.published is None:
        return Resolution("XXXX-12-31", "unresolved")
    return Resolution(f"{ctx.published.year:04d}-12-31", "publication")


def monthofyear(ctx: Context, month_name: int, ydir: str) -> Resolution:
    """'February last year', 'July this year'."""
    year_ = _year_by_direction(ctx, ydir)
    if year_ is None:
        return Resolution(f"XXXX-{month_name:02d}", "unresolved")
    return Resolution(f"{year_:04d}-{month_name:02d}", "publication")


def weekof(ctx: Context, month_: int, day: int, year_: int | None) -> Resolution:
    """'the week of March 6': the ISO week containing that day."""
    resolved = date(ctx, year_, month_, day) if year_ else monthday(ctx, month_, day)
    if resolved.anchor == "unresolved":
        return Resolution("XXXX-WXX", "unresolved")
    return Resolution(cal.week_value(dt.date.fromisoformat(resolved.value)), resolved.anchor)
