"""Past acts told as recent ("The minister recently visited Cairo", data/lexicon/recent.tsv): they
happened a short, unsaid time up to publication, not on its day. timing.clause_time reads it."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from extract.events.lexicon import LEXICON_DIR
from extract.events.tables import read_data_table
from extract.events.time_index import SETTING_PREPS
from extract.temporal import Timex

RECENT_PATH = LEXICON_DIR / "recent.tsv"
RECENT_COLUMNS = ("word", "days", "example", "trigger", "date_start", "date_end")


@lru_cache(maxsize=4)
def recent_days(path: Path = RECENT_PATH) -> dict[str, int]:
    """How many days before publication each adverb of the table reaches."""
    rows = read_data_table(path, RECENT_COLUMNS, ("word", "days"))
    return {r["word"].lower(): int(r["days"]) for r in rows}


def recent_span(timexes: list[Timex], published: dt.date | None) -> tuple[Timex, dt.date] | None:
    """The first of a clause's timexes that is a recent-past adverb of the table ("recently"), with the
    first day it reaches back to; None without one or without a publication date."""
    if published is None:
        return None
    days = recent_days()
    for timex in timexes:
        if timex.value == "PAST_REF" and timex.text.lower() in days:
            return timex, published - dt.timedelta(days=days[timex.text.lower()])
    return None


def recent_modifier(doc: Doc, words: set[int], dated: frozenset[int] = frozenset()) -> Token | None:
    """The word of the table that tells a clause's event is recent though it dates no clause of its own:
    an event noun called recent ("Pedersen said Friday that recent agreements … are a reminder": the
    agreements are not Friday's), or the subject or setting of a past act ("A recent U.N. report
    said …", "In one of his recently published assessments, Bennett highlighted …"): the act is the
    recent thing's; not when that thing has a time of its own (`dated`: the words that govern a time,
    "The recent attacks on Friday killed 20": Friday). None when there is none."""
    words_of_table = recent_days()
    for i in sorted(words):
        token = doc[i]
        nouns = [token] if token.pos_ == "NOUN" else _subject_or_setting(token) if _simple_past(token) else []
        for noun in (n for n in nouns if n.i not in dated):
            found = _recent_word(noun, words_of_table)
            if found is not None:
                return found
    return None


def _recent_word(noun: Token, words_of_table: dict[str, int]) -> Token | None:
    """"recent agreements" → recent; "recently published assessments" → recently."""
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in words_of_table:
            return child
        if child.dep_ in ("amod", "acl") and child.tag_ == "VBN":
            adverb = next((a for a in child.children
                           if a.dep_ == "advmod" and a.lower_ in words_of_table), None)
            if adverb is not None:
                return adverb
    return None


def _subject_or_setting(verb: Token) -> list[Token]:
    """A verb's subject nouns and the nouns of its setting ("In one of his assessments, X said": the
    assessments)."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            found.append(noun)
            found.extend(o for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                         for o in of.children if o.dep_ == "pobj")  # "one of his assessments"
    return found


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past, active or passive ("said", "were killed")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def recent_time_span(doc: Doc, words: set[int], published: dt.date | None,
                     dated: frozenset[int] = frozenset()) -> tuple[Token, dt.date] | None:
    """The recent word of a clause (recent_modifier) with the first day it reaches back to."""
    if published is None:
        return None
    word = recent_modifier(doc, words, dated)
    if word is None:
        return None
    return word, published - dt.timedelta(days=recent_days()[word.lower_])
