"""Does an event belong to a target entity's timeline?

An event belongs to the timeline of entity E when E, or one of its short forms, appears in any
of the event's actors, its targets, or its sentence text. Matching is on whole tokens (runs of
letters and digits), so "iPod" matches "the iPod nano" but not "iPods", and the multi-token name
must appear as a contiguous run of tokens.

- The full name matches case-insensitively ("iTunes store" ~ "iTunes Store").
- Short forms: when every token of the name is a capitalised alphabetic word (a proper name such
  as "Steve Jobs" or "Beatles Apple Corps"), each proper suffix of the name is a short form
  ("Jobs"; "Apple Corps", "Corps"). Short forms match case-sensitively, so "Jobs" does not match
  "jobs". Names with lower-case-initial or digit tokens ("iPhone 3G", "iPod") have no short form:
  cutting them would merge distinct products ("iPhone 3G" -> "iPhone" would match "iPhone 4").

The rule is general: no per-entity aliases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """The letter/digit runs of `text`."""
    return TOKEN.findall(text)


def is_proper_name(name_tokens: list[str]) -> bool:
    """True when every token is a capitalised alphabetic word ("Steve", "Jobs")."""
    return bool(name_tokens) and all(t.isalpha() and t[0].isupper() for t in name_tokens)


def short_forms(entity: str) -> list[tuple[str, ...]]:
    """The proper suffixes of a proper name, longest first; none for other names."""
    name = tokens(entity)
    if len(name) < 2 or not is_proper_name(name):
        return []
    return [tuple(name[k:]) for k in range(1, len(name))]


def contains_run(haystack: list[str], needle: tuple[str, ...]) -> bool:
    """True when `needle` occurs as a contiguous run in `haystack`."""
    n = len(needle)
    return n > 0 and any(tuple(haystack[k : k + n]) == needle for k in range(len(haystack) - n + 1))


def mentions(entity: str, text: str) -> bool:
    """True when `text` mentions `entity` by full name (any case) or by a short form (exact case)."""
    text_tokens = tokens(text)
    full = tuple(t.casefold() for t in tokens(entity))
    if contains_run([t.casefold() for t in text_tokens], full):
        return True
    return any(contains_run(text_tokens, form) for form in short_forms(entity))


def event_mentions(entity: str, actors: Iterable[str], targets: Iterable[str], sentence: str) -> bool:
    """True when the entity appears among the actors, the targets or in the sentence."""
    return any(mentions(entity, text) for text in [*actors, *targets, sentence])
