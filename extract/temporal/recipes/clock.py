"""Recipes for clock times and parts of the day ("8:30 a.m.", "Tuesday evening", "this morning")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from extract.temporal.recipes.base import Context, Resolution, _narrative
from extract.temporal.recipes.calendar_dates import monthday
from extract.temporal.recipes.registry import recipe
from extract.temporal.recipes.relative import rel, weekday


@recipe("tense")
def part(ctx: Context, base: str, part: str) -> Resolution:
    """'this morning', 'last night', 'Tuesday evening': a day plus a TIMEX3 part of day."""
    if ctx.published is None:
        return Resolution(f"XXXX-XX-XXT{part}", "unresolved")
    if isinstance(base, int) or base.isdigit():
        day = dt.date.fromisoformat(weekday(ctx, int(base)).value)
    else:
        day = ctx.published + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[base])
    return Resolution(f"{day.isoformat()}T{part}", "publication")


@recipe("tense")
def night_into(ctx: Context, base: str) -> Resolution:
    """'overnight into Sunday': the night that ends on Sunday morning, so its days run from the day
    before to Sunday (the value stays Sunday's night, as TIMEX3 writes it)."""
    night = part(ctx, base, "NI")
    if night.anchor == "unresolved":
        return night
    day = dt.date.fromisoformat(night.value[:10])
    return replace(night, implied=(day - dt.timedelta(days=1), day))


@recipe()
def anaphpart(ctx: Context, part: str, direction: str = "same") -> Resolution:
    """'that evening', 'the next morning': a part of the narrative's day (or of the day after)."""
    base = _narrative(ctx)
    if base is None:
        return Resolution(f"XXXX-XX-XXT{part}", "unresolved")
    day = base[0] + dt.timedelta(days=1 if direction in ("the following", "the next") else 0)
    return Resolution(f"{day.isoformat()}T{part}", base[2])


def _clock_text(hour: int, minute: int | str | None, ampm: str) -> str:
    hour24 = int(hour) % 12 + (12 if ampm == "pm" else 0) if ampm in ("am", "pm") else int(hour)
    return f"{hour24:02d}:{int(minute) if minute not in (None, '') else 0:02d}"


def _at(day: Resolution, clock_text: str) -> Resolution:
    return Resolution(f"{day.value}T{clock_text}", day.anchor)


@recipe()
def clock(ctx: Context, hour: int, minute: int | str | None, ampm: str) -> Resolution:
    """'8:30 a.m.': a clock time on the day the story is at (its latest day-precise date), else on
    the publication day."""
    if ctx.reference and ctx.reference[1] in ("day", "time"):
        day = Resolution(ctx.reference[0].isoformat(), "previous-date")
    else:
        day = rel(ctx, "day", "0") if ctx.published else Resolution("XXXX-XX-XX", "unresolved")
    return _at(day, _clock_text(hour, minute, ampm))


@recipe("tense")
def clockday(ctx: Context, hour: int, minute, ampm: str, weekday_: int) -> Resolution:
    return _at(weekday(ctx, weekday_), _clock_text(hour, minute, ampm))


@recipe("tense")
def clockdate(ctx: Context, hour: int, minute, ampm: str, month_: int, day: int) -> Resolution:
    return _at(monthday(ctx, month_, day), _clock_text(hour, minute, ampm))


def _deictic_day(ctx: Context, dday: str) -> Resolution:
    if ctx.published is None:
        return Resolution("XXXX-XX-XX", "unresolved")
    shift = {"yesterday": -1, "tomorrow": 1}.get(dday, 0)
    return Resolution((ctx.published + dt.timedelta(days=shift)).isoformat(), "publication")


@recipe()
def clockrel(ctx: Context, hour: int, minute, ampm: str, dday: str) -> Resolution:
    """'10 a.m. tomorrow', '9 p.m. tonight': the clock time on the day named from publication."""
    return _at(_deictic_day(ctx, dday), _clock_text(hour, minute, ampm))


@recipe()
def noonrel(ctx: Context, noon: str, dday: str) -> Resolution:
    """'noon today', 'midnight tomorrow'."""
    return _at(_deictic_day(ctx, dday), "24:00" if noon == "midnight" else "12:00")


@recipe()
def clocknoon(ctx: Context, noon: str | None, noon2: str | None = None) -> Resolution:
    noon = noon or noon2 or "noon"
    return clock(ctx, 0 if noon == "midnight" else 12, 0, "")


@recipe()
def clockpart(ctx: Context, hour: int, dayhalf: str) -> Resolution:
    """'4 in the morning' → 04:00, '8 in the evening' → 20:00 (on the publication day)."""
    afternoon = dayhalf in ("afternoon", "evening") or dayhalf == "night" and int(hour) >= 6
    return clock(ctx, hour, 0, "pm" if afternoon and int(hour) < 12 else "am")


@recipe("tense")
def noonday(ctx: Context, noon: str, weekday_: int) -> Resolution:
    return _at(weekday(ctx, weekday_), "12:00" if noon == "noon" else "24:00")
