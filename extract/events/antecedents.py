"""The time of an event named again by a definite noun as the subject of a clause with no event of its
own: "Trump held talks with Xi in Busan on Thursday, their first meeting since 2019. … Trump described
the meeting as amazing. … The meeting came eight days after Washington imposed sanctions": the meeting
is Thursday's, so the sanctions were imposed eight days before Thursday (not eight days before
publication). The noun is followed back through the earlier sentences naming it: a mention with no
day refers further back; the first day-precise date (not a bound) of a sentence naming it, nearest to
the noun, is its day; an indefinite mention ("wanted a meeting") is another event: no day is taken.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.events.lexicon import Lexicon
from extract.events.time_index import TimeIndex, fineness, usable
from extract.events.timing import EventTime, from_timex
from extract.temporal import Timex
from extract.temporal import calendar as cal

DEFINITE = ("the", "this", "that")


def subject_event_time(verb: Token, lexicon: Lexicon, times: TimeIndex) -> EventTime | None:
    """The time of the event a definite event noun subject of `verb` names again, or None."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    entry = lexicon.noun(subject) if subject is not None and subject.pos_ == "NOUN" else None
    if entry is None or not _definite(subject):
        return None
    before = [s for s in verb.doc.sents if s.end <= subject.sent.start]
    for sent in reversed(before):
        named = [t for t in sent if t.pos_ == "NOUN" and t.lemma_ == subject.lemma_]
        if not named:
            continue
        if _indefinite(named[-1]):
            return None  # "wanted a meeting": another one, or one not yet held
        day = _nearest_day(sent, named[-1], times)
        if day is not None:
            return from_timex(day, "event", text="")
    return None


def _nearest_day(sent: Span, word: Token, times: TimeIndex) -> Timex | None:
    """The day-precise date of the sentence nearest to `word`, not a bound ("since 2019")."""
    days = [t for t in times.timexes if sent.start_char <= t.start and t.end <= sent.end_char
            and usable(t) and t.type in ("DATE", "TIME") and fineness(t) <= cal.fineness("day")
            and not times.is_bound(t)]
    return min(days, key=lambda t: abs(t.start - word.idx)) if days else None


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)
