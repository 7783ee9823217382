"""Recipes for sets ("every week", "daily") and literal values ("PRESENT_REF")."""

from __future__ import annotations

from extract.temporal.recipes.base import Context, Resolution, _explicit
from extract.temporal.recipes.registry import recipe

_SET_VALUES = {"day": "P1D", "daily": "P1D", "nightly": "P1D", "week": "P1W", "weekly": "P1W",
               "month": "P1M", "monthly": "P1M", "year": "P1Y", "annually": "P1Y", "yearly": "P1Y",
               "quarter": "P3M", "quarterly": "P3M", "hourly": "PT1H"}


@recipe()
def every(ctx: Context, cal_unit: str) -> Resolution:
    return _explicit(_SET_VALUES[cal_unit])


@recipe()
def everyweekday(ctx: Context, weekday: int | None, w2: int | None = None,
                 part: str | None = None) -> Resolution:
    """'every Saturday' → XXXX-WXX-6; 'Tuesday nights' → XXXX-WXX-2TNI."""
    return _explicit(f"XXXX-WXX-{weekday or w2}" + (f"T{part}" if part else ""))


@recipe()
def everymonth(ctx: Context, month_name: int) -> Resolution:
    return _explicit(f"XXXX-{month_name:02d}")


@recipe()
def literal(ctx: Context, value: str) -> Resolution:
    return Resolution(value, "publication" if ctx.published else "unresolved")
