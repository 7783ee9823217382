"""Rules that cannot work stop the program when they load, with a coded message (E401–E404)."""

from __future__ import annotations

import pytest

from extract.temporal.recipes import RECIPES, RULE_FLAGS, RuleError, recipe
from extract.temporal.rules import compile_rule, load_rules

GOOD = {"name": "probe", "pattern": "<weekday>", "type": "DATE", "value": "weekday(weekday)",
        "example": "They met on Friday.", "expected": "2025-11-07"}


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"value": "weekdy(weekday)"}, "E401: rule 'probe' names recipe 'weekdy', which does not exist"),
        ({"value": "weekday(weekday, weekday, weekday)"}, "E402: rule 'probe' gives recipe 'weekday' 3"),
        ({"value": "weekday(wekday)"}, "E403: rule 'probe': argument 'wekday' of recipe 'weekday'"),
        ({"flags": ["agree_weekdays"]}, "E404: rule 'probe' declares flag 'agree_weekdays'"),
    ],
)
def test_a_rule_that_cannot_work_fails_loudly(change, code):
    with pytest.raises(RuleError, match=code.replace("(", r"\(")):
        compile_rule({**GOOD, **change})


@pytest.mark.parametrize("flags", [[], ["agree_weekday"]])
def test_a_rule_gets_its_recipes_flags_and_its_own(flags):
    rule = compile_rule({**GOOD, "flags": flags})
    assert rule.flags == {"tense", *flags}


@pytest.mark.parametrize("rule", load_rules(), ids=[rule.name for rule in load_rules()])
def test_every_rule_names_a_registered_recipe_and_known_flags(rule):
    assert rule.recipe in RECIPES
    assert rule.flags <= set(RULE_FLAGS)


@pytest.mark.parametrize("flag", ["tense", "event_phrase", "story_bound", "comparison", "agree_weekday"])
def test_every_flag_is_used_by_a_rule(flag):
    """A flag no rule carries is a dead switch in the engine."""
    assert any(flag in rule.flags for rule in load_rules())


def test_registering_with_an_unknown_flag_fails():
    with pytest.raises(RuleError, match="unknown recipe flag"):
        recipe("tenses")


def test_tense_roles_in_code_and_data_agree():
    """Every role tense.py asks for has words in tense_cues.tsv, and every role there is asked for."""
    import re
    from pathlib import Path

    from extract.temporal import tense
    from extract.temporal.rules import load_tables

    asked = set(re.findall(r'(?:_cues|before)\("(\w+)"\)', Path(tense.__file__).read_text(encoding="utf-8")))
    given = {role for roles in load_tables()["tense_cue"].values() for role in roles.split()}
    assert asked == given


@pytest.mark.parametrize("behaviour", ["capitalised", "plural", "abbreviated"])
def test_kinds_name_existing_placeholders(behaviour):
    """[kinds] in placeholders.toml lists placeholder kinds that exist."""
    from extract.temporal.rules import kinds_of, load_regex_placeholders, load_tables

    assert kinds_of(behaviour) and kinds_of(behaviour) <= set(load_tables()) | set(load_regex_placeholders())
