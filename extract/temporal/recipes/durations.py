"""Recipes for durations ("two years", "the past three months") and event-anchored offsets."""

from __future__ import annotations

import datetime as dt

from extract.temporal import calendar as cal
from extract.temporal.recipes.base import (
    Context,
    Resolution,
    _explicit,
    _narrative,
    offset_sign,
    step_of,
    unit_code,
)
from extract.temporal.recipes.registry import recipe
from extract.temporal.rules import load_tables


def duration_value(num: str, unit: str) -> str:
    """TIMEX3 duration: P2Y, PT3H, PXW; decades and centuries in years, as TimeBank writes them."""
    if unit == "2W":
        return "PXW" if num == "X" else f"P{2 * int(float(num))}W"
    if unit in ("DE", "CE") and num != "X":
        factor = 10 if unit == "DE" else 100
        return f"P{int(float(num) * factor)}Y"
    if unit in ("DE", "CE"):
        return "PXE" if unit == "DE" else "PXC"
    if unit.startswith("T"):
        return f"PT{num}{unit[1:]}"
    return f"P{num}{unit}"


def _implied(base: dt.date, num: str, unit: str, sign: int) -> tuple[dt.date, dt.date] | None:
    name = cal.calendar_unit(unit)
    if num == "X" or name in ("hour", "minute", "second"):
        return None
    other = cal.shift(base, name, sign * cal.unit_steps(num, unit))
    return (other, base) if sign < 0 else (base, other)


@recipe("story_bound")
def dur(ctx: Context, num: str, unit: str) -> Resolution:
    """A duration; 'two years of war' also implies an interval, which the engine ends where the story does."""
    unit = unit_code(unit)
    if not ctx.follows_of:
        return _explicit(duration_value(num, unit))
    implied = _implied(ctx.published, num, unit, -1) if ctx.published else None
    return Resolution(duration_value(num, unit), "explicit" if implied is None else "publication", implied,
                      story_span=(num, unit))


def _duration_parts(value: str) -> tuple[str, str]:
    """'P1Y6M' → ('1Y6M', ''), 'PT1H' → ('', '1H'), 'P1DT12H' → ('1D', '12H')."""
    date_part, _, time_part = value[1:].partition("T")
    return date_part, time_part


@recipe()
def durcompound(ctx: Context, num: str, unit: str, n2: str, u2: str) -> Resolution:
    """'an hour and forty minutes' → PT1H40M, 'two years and three months' → P2Y3M."""
    codes = [unit_code(unit), unit_code(u2)]
    parts = [_duration_parts(duration_value(n, code)) for n, code in zip((num, n2), codes, strict=True)]
    date_part = "".join(part[0] for part in parts)
    time_part = "".join(part[1] for part in parts)
    return _explicit("P" + date_part + ("T" + time_part if time_part else ""))


_HALF_UNITS = {"Y": "6M", "M": "15D", "D": "12H", "TH": "30M", "TM": "30S", "W": "3D12H"}


@recipe()
def durhalf(ctx: Context, num: str, unit: str) -> Resolution:
    """'two and a half years' → P2Y6M, '5 1/2 hours' → PT5H30M."""
    whole = duration_value(num, unit)
    half = _HALF_UNITS.get(unit)
    if num == "X" or half is None:
        return Resolution(whole, "explicit")
    if unit.startswith("T") or "H" in half and "T" not in whole:
        half = half if whole.startswith("PT") else half.replace("12H", "T12H")
    return Resolution(whole + half, "explicit")


@recipe("tense")
def durspan(ctx: Context, num: str, unit: str | None, span: str | None, unit2: str | None = None,
            span2: str | None = None) -> Resolution:
    """'the past two years', 'within two weeks': a duration bounded by publication (or the narrative).

    `unit2`/`span2` are the same groups in a rule's second alternative ("in coming weeks").
    """
    unit, span = unit or unit2 or "D", span or span2 or "next"
    unit = unit_code(unit)
    sign, story = step_of(span, "span")
    base = _narrative(ctx) if story else (ctx.published and (ctx.published, "day", "publication"))
    if sign > 0 and ctx.tense == "past":  # "called up reservists within 48 hours": from the story's date
        past = ctx.reference and (ctx.published is None or ctx.reference[0] <= ctx.published)
        base = _narrative(ctx) if past else None  # not from a target the story named ('by 2050')
        if base is None:
            return Resolution(duration_value(num, unit), "explicit")
    if not base or sign == 0:
        return Resolution(duration_value(num, unit), "explicit" if sign == 0 else "unresolved")
    steps = _vague_count(unit) if num == "X" else num  # "the coming weeks": vague_counts.tsv
    return Resolution(duration_value(num, unit), base[2], _implied(base[0], steps, unit, sign))


def _vague_count(unit: str) -> str:
    """How many units an unspecified count of `unit` reaches ("X" when the table has no row)."""
    return load_tables()["vague_count"].get(cal.calendar_unit(unit) or "", "X")


@recipe("event_phrase")
def eventoffset(ctx: Context, num: str, unit: str, sign: str) -> Resolution:
    """'one month after the mobilization': the offset; the engine attaches the anchor event."""
    direction = "after" if offset_sign(sign) > 0 else "before"
    return Resolution(duration_value(num, unit), "event", None, direction)
