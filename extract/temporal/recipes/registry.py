"""The value recipes register here, with what they need from the engine.

A recipe is a function `(ctx, *args) -> Resolution` named by a rule's `value` in rules.toml. It
registers itself with `@recipe(...)`, declaring the rule flags it brings: `tense` (the clause's tense
decides the value, so the text is parsed), `event_phrase` (the event an offset hangs on is read from the
parse), `story_bound` (a duration of an event, "two days of talks", that the story ends). Rules add
their own flags in rules.toml; `check_rule` refuses, with a coded message, a rule that names a recipe,
an argument or a flag that does not exist.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

# Every flag a rule may carry, and what it makes the engine do.
RULE_FLAGS = {
    "tense": "the clause's tense decides the value: the text is parsed",
    "event_phrase": "the event an offset hangs on ('a day after the vote') is read from the parse",
    "story_bound": "a duration of an event ('two days of talks'): the story says where it ends",
    "comparison": "after 'from'/'than' the expression compares ('up 5% from a year earlier'): the story "
                  "does not move",
    "date_order": "the first two arguments are a day and a month in either order ('14/3/25'): an "
                  "unambiguous one shows the order the text writes dates in (temporal/date_order.py)",
    "agree_weekday": "a weekday named again in the story is one day: the reading most mentions give wins",
}


@dataclass(frozen=True)
class Recipe:
    function: Callable
    flags: frozenset[str]


RECIPES: dict[str, Recipe] = {}


class RuleError(ValueError):
    """A rule that cannot work: the message is coded (E4xx, extract/messages.py)."""


def recipe(*flags: str) -> Callable[[Callable], Callable]:
    """Register the decorated function as a recipe under its own name, bringing `flags` to its rules."""
    unknown = set(flags) - set(RULE_FLAGS)
    if unknown:
        raise RuleError(f"unknown recipe flag(s) {sorted(unknown)}")

    def register(function: Callable) -> Callable:
        RECIPES[function.__name__] = Recipe(function, frozenset(flags))
        return function

    return register


def _arity(function: Callable) -> tuple[int, float]:
    """Fewest and most arguments after the context."""
    params = list(inspect.signature(function).parameters.values())[1:]
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return sum(p.default is p.empty and p.kind is not p.VAR_POSITIONAL for p in params), float("inf")
    return sum(p.default is p.empty for p in params), len(params)


def check_rule(name: str, recipe_name: str, args: tuple[str, ...], groups: set[str],
               literal: Callable[[str], bool], flags: tuple[str, ...]) -> None:
    """Raise RuleError (coded) when the rule names a missing recipe, a wrong number of arguments, an
    argument that is neither a group of its pattern nor a known literal, or an unknown flag."""
    from extract import messages

    if recipe_name not in RECIPES:
        raise RuleError(messages.E401.format(rule=name, recipe=recipe_name, known=", ".join(sorted(RECIPES))))
    fewest, most = _arity(RECIPES[recipe_name].function)
    if not fewest <= len(args) <= most:
        raise RuleError(messages.E402.format(rule=name, recipe=recipe_name, got=len(args), fewest=fewest,
                                             most=most))
    for arg in args:
        if arg not in groups and not literal(arg):
            raise RuleError(messages.E403.format(rule=name, recipe=recipe_name, arg=arg))
    for flag in flags:
        if flag not in RULE_FLAGS:
            raise RuleError(messages.E404.format(rule=name, flag=flag, known=", ".join(sorted(RULE_FLAGS))))
