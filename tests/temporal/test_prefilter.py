"""The prefiltered scan (extract/temporal/prefilter.py) finds exactly what the rule's pattern finds."""

from __future__ import annotations

import re

import pytest

from extract.temporal.prefilter import Occurrences, Prefilter, finditer
from extract.temporal.rules import load_rules, table_rows

RULES = load_rules()
FILLER = " The envoy met the minister and they spoke at length about trade, aid and the border. " * 3
EXAMPLES = [rule.example for rule in RULES] + [example for rule in RULES for example, _ in rule.also]
EXAMPLES += [row.example for rows in table_rows().values() for row in rows]
# Every example of the rules and tables, far apart (so the scan skips stretches), in three letter cases.
TEXT = FILLER.join(EXAMPLES)
TEXTS = {"as written": TEXT, "lower": TEXT.lower(), "upper": TEXT.upper()}


def _found(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(match.span(), match.groupdict()) for match in matches]


@pytest.mark.parametrize("case", TEXTS)
@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_prefiltered_scan_finds_what_the_pattern_finds(rule, case):
    text = TEXTS[case]
    expected = _found(rule.regex.finditer(text))
    assert _found(finditer(rule.regex, text, Occurrences(text.lower()), Prefilter.of(rule.regex))) == expected


def test_the_examples_exercise_skipped_stretches():
    """Most rules find their words rarely enough in the joined examples to be scanned in stretches."""
    lowered = TEXT.lower()
    bounded = [rule for rule in RULES if Prefilter.of(rule.regex).reach is not None]
    assert len(bounded) > len(RULES) // 2
    assert any(len(TEXT) > 20 * Prefilter.of(rule.regex).reach for rule in bounded)
    assert len(lowered) == len(TEXT)


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?:a|an|one) (?:day|week)s? ago", {" ago"}),
    (r"(?:last|next) (?:monday|friday)", {"last", "next"}),
    (r"(?:the )?(?P<m>may|june) [0-9]{1,2}", {"may", "june"}),
])
def test_literals_every_match_contains(pattern, words):
    assert frozenset(words) in Prefilter.of(re.compile(pattern, re.IGNORECASE)).literals


@pytest.mark.parametrize(("pattern", "reach", "runs"), [
    (r"ago(?![\w-])", 4, []),
    (r"(?<=in )[0-9]{4}", 4, []),
    (r"[0-9]+ days", 5, ["[0-9]+"]),  # plus the text's longest run of digits
    (r"[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)? (?:days|weeks)", 3 + 1 + 1 + 5, ["[,0-9]+", "[0-9]+"]),
    (r"(?:ago)?", None, []),  # may match nothing: scanned whole
    (r"(?:[0-9]|\b)+ days", None, []),  # an assertion repeated: unbounded, scanned whole
    (r"(?P<n>[0-9]) (?P=n)", None, []),  # a group reference: scanned whole
])
def test_reach_bounds_what_a_match_reads(pattern, reach, runs):
    prefilter = Prefilter.of(re.compile(pattern))
    assert prefilter.reach == reach
    assert [run.pattern for run in prefilter.runs] == runs


@pytest.mark.parametrize("number", ["3", "1,000", "12,000,000,000,000,000,000,000,000,000,000,000.5"])
def test_long_runs_of_digits_are_read_whole(number):
    """A number longer than the pattern's fixed reach is found from its unit word all the same."""
    regex = next(rule.regex for rule in RULES if rule.name == "ago")
    text = FILLER + f"It began {number} days ago, " + FILLER + "and ended 1,5 days ago."
    expected = _found(regex.finditer(text))
    assert expected
    assert _found(finditer(regex, text, Occurrences(text.lower()), Prefilter.of(regex))) == expected


@pytest.mark.parametrize("text", ["ſeven days ago", "the ſeventh day", "Days Ago: ıt was"])
def test_letters_ignorecase_folds_elsewhere_keep_the_whole_scan(text):
    regex = re.compile(r"(?:seven|it) (?:days|was)(?: ago)?|seventh day", re.IGNORECASE)
    expected = _found(regex.finditer(text))
    assert _found(finditer(regex, text, Occurrences(text.lower()), Prefilter.of(regex))) == expected


def test_text_without_the_words_is_not_scanned():
    regex = re.compile(r"[0-9]+ days ago")
    assert list(finditer(regex, "3 days later", Occurrences("3 days later"), Prefilter.of(regex))) == []



@pytest.mark.parametrize("rule_name", ["duration", "ago"])
def test_matches_near_one_another_are_all_found(rule_name):
    """Several matches near one another (their words in one searched stretch) are all found."""
    regex = next(rule.regex for rule in RULES if rule.name == rule_name)
    told = "after a 12-hour trip two days ago they had only three hours of rest, five weeks ago."
    text = FILLER + told + FILLER
    expected = _found(regex.finditer(text))
    assert len(expected) >= 2
    assert _found(finditer(regex, text, Occurrences(text.lower()), Prefilter.of(regex))) == expected
