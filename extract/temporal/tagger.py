"""Finding candidate time expressions: run every rule, keep the longest non-overlapping matches."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extract.temporal.prefilter import Occurrences, Prefilter, finditer
from extract.temporal.rules import Rule, kinds_of, load_rules


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match
    priority: int


def _capitalisation_ok(candidate: Candidate) -> bool:
    """Month and weekday words must be capitalised; short weekday forms need their period ("Sun.")."""
    for group, kind in candidate.rule.group_kinds.items():
        text = candidate.match.group(group)
        if kind in kinds_of("capitalised") and text and not text[0].isupper():
            return False
        if kind in kinds_of("abbreviated") and text and len(text) <= 4 and not text.endswith("."):
            following = candidate.match.string[candidate.match.end(group):candidate.match.end(group) + 1]
            if following != ".":
                return False
    return True


def _all_candidates(text: str) -> list[Candidate]:
    found = []
    lowered = text.lower()
    words = Occurrences(lowered) if len(lowered) == len(text) else None  # a few letters lower-case to two
    for priority, (rule, scan, prefilter) in enumerate(_scanners()):
        for match in _matches(rule, scan, prefilter, text, words):
            if match.end() > match.start():
                found.append(Candidate(match.start(), match.end(), rule, match, priority))
    return [candidate for candidate in found if _capitalisation_ok(candidate)]


@lru_cache(maxsize=1)
def _scanners() -> list[tuple[Rule, re.Pattern | None, Prefilter]]:
    """Each rule, with a case-sensitive copy of its pattern for lower-cased text when the pattern has
    no upper-case letter of its own (most rules), and the words its matches contain (prefilter.py).
    Scanning lower-cased text without IGNORECASE is about a third faster; every span it finds is
    matched again on the text itself, so the matches (groups, case) are those of the rule's own
    pattern."""
    return [(rule, _lower_case_scan(rule.regex), Prefilter.of(rule.regex)) for rule in load_rules()]


def _lower_case_scan(regex: re.Pattern) -> re.Pattern | None:
    letters = re.sub(r"\\[A-Za-z]|\(\?P[<=]", "", regex.pattern)  # \w, \b, (?P<name>: no letters of the text
    if not regex.flags & re.IGNORECASE or letters != letters.lower():
        return None
    return re.compile(regex.pattern, regex.flags & ~re.IGNORECASE)


def _matches(rule: Rule, scan: re.Pattern | None, prefilter: Prefilter, text: str,
             words: Occurrences | None) -> Iterator[re.Match]:
    if words is None:
        yield from rule.regex.finditer(text)
        return
    if scan is None:
        yield from finditer(rule.regex, text, words, prefilter)
        return
    for found in finditer(scan, words.lowered, words, prefilter):
        match = rule.regex.match(text, found.start())
        if match is not None:
            yield match


def tag(text: str) -> list[Candidate]:
    """Non-overlapping candidates in text order; on overlap the longest wins, then the earlier rule."""
    chosen: list[Candidate] = []
    taken = bytearray(len(text))
    for candidate in sorted(_all_candidates(text), key=lambda c: (c.start - c.end, c.priority, c.start)):
        if not any(taken[candidate.start:candidate.end]):
            chosen.append(candidate)
            taken[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(chosen, key=lambda c: c.start)
