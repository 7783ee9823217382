"""Finding candidate time expressions: run every rule, keep the longest non-overlapping matches."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    for priority, rule in enumerate(load_rules()):
        for match in rule.regex.finditer(text):
            if match.end() > match.start():
                found.append(Candidate(match.start(), match.end(), rule, match, priority))
    return [candidate for candidate in found if _capitalisation_ok(candidate)]


def tag(text: str) -> list[Candidate]:
    """Non-overlapping candidates in text order; on overlap the longest wins, then the earlier rule."""
    chosen: list[Candidate] = []
    taken = bytearray(len(text))
    for candidate in sorted(_all_candidates(text), key=lambda c: (c.start - c.end, c.priority, c.start)):
        if not any(taken[candidate.start:candidate.end]):
            chosen.append(candidate)
            taken[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(chosen, key=lambda c: c.start)
