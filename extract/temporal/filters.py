"""Matches that are not times: rates ("$2 million a year"), names ("ABC's This Week", "Sunday Morning
Futures"), periods of history ("the leaders of today"). The words come from context.toml."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from extract.temporal.rules import context_words, load_tables
from extract.temporal.tagger import Candidate

_SENTENCE_START = re.compile(r"(?:^|[.!?:;]|\n)[\s\"'“”‘’`(]*$")
_NAME_GOES_ON = re.compile(r"^['’]?s?\s+(?-i:[A-Z])|^[\"”]")


def alternation(name: str) -> str:
    """The words of a context list as a regex alternation, longest first."""
    return "|".join(re.escape(word) for word in sorted(context_words(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    return {
        "rate": re.compile(rf"(?:[0-9%$£€#]|\b(?:{alternation('rate_before')}))[^.;:,]{{0,25}}$",
                           re.IGNORECASE),
        "title": re.compile(rf"^(?:{alternation('title_words')})\b"),
        "named_part": re.compile(rf"^(?-i:[A-Z][a-z]+ (?:{alternation('named_parts')}))$"),
    }


def _is_rate_or_ordinal(text: str, candidate: Candidate) -> bool:
    """'$2 million a year', 'four flights a week' are rates, 'a second group' an ordinal: not timexes."""
    matched = candidate.match.group(0).lower()
    if candidate.rule.type not in ("DURATION", "SET") or not re.match(r"(?:a|an|one) ", matched):
        return False
    if re.match(r"an? second\b", matched):
        return True
    return bool(_patterns()["rate"].search(text[max(0, candidate.start - 40):candidate.start]))


def _is_title(text: str, candidate: Candidate) -> bool:
    """'ABC's "This Week"', 'VOA Today', 'Apple Daily': a capitalised time word in a name, not a time."""
    matched = candidate.match.group(0)
    if _patterns()["named_part"].match(matched):
        return bool(_NAME_GOES_ON.match(text[candidate.end:candidate.end + 3]))
    if not _patterns()["title"].match(matched):
        return False
    return not _SENTENCE_START.search(text[max(0, candidate.start - 40):candidate.start])


def _is_generic(text: str, candidate: Candidate) -> bool:
    """'the people of tomorrow', 'the leaders of today': a period of history, not a day."""
    if candidate.match.group(0).lower() not in context_words("generic_days"):
        return False
    return bool(re.search(r"\bof\s+$", text[max(0, candidate.start - 10):candidate.start])) and not (
        re.match(r"\s*['’]s", text[candidate.end:]))


def not_a_time(text: str, candidate: Candidate) -> bool:
    """The candidate is a rate, a name or a period of history, not a time expression."""
    return any(test(text, candidate) for test in (_is_rate_or_ordinal, _is_title, _is_generic))


def parsed_as_word(doc: Doc, candidate: Candidate) -> bool:
    """A lone month or weekday word that is also an ordinary word (homographs.tsv) and that the parse
    reads as a verb: "May I ask …", "March on, said the general" (a sentence start capitalises it)."""
    span = doc.char_span(candidate.start, candidate.end)
    if span is None or len(span) != 1 or span[0].lower_.rstrip(".") not in load_tables()["homograph"]:
        return False
    return span[0].tag_ == "MD" or span[0].tag_.startswith("VB")
