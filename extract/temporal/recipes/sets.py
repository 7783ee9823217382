"""Recipes for sets ("every week", "daily") and literal values ("PRESENT_REF")."""

from __future__ import annotations

from extract.temporal.recipes.base import Context, Resolution, _explicit
from extract.temporal.recipes.registry import recipe


@recipe()
def every(ctx: Context, period: str) -> Resolution:
    """'every week', 'daily': the SET value its table gives (set_units.tsv, frequency_adverbs.tsv)."""
    return _explicit(period)


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
