"""Value recipes: the functions a rule's `value` names, turning matched groups into a TIMEX3 value.

Every recipe receives a `Context` (publication date, the most recent date of the narrative, the tense
of the clause) and returns a `Resolution`. Nothing here reads the clock: an expression relative to a
missing publication date stays unresolved. One module per kind of expression; each recipe registers
itself (`registry.recipe`) with the flags it brings to its rules.
"""

from __future__ import annotations

from extract.temporal.recipes import (  # noqa: F401 - importing a module registers its recipes
    calendar_dates,
    clock,
    durations,
    holidays,
    numeric,
    quarters,
    relative,
    sets,
)
from extract.temporal.recipes.base import Context, Resolution
from extract.temporal.recipes.registry import RECIPES, RULE_FLAGS, Recipe, RuleError, check_rule, recipe

__all__ = ["RECIPES", "RULE_FLAGS", "Context", "Recipe", "Resolution", "RuleError", "check_rule", "recipe"]
