"""Dates told in the next sentence about the same event (within-article event coreference for dates).

- "Saudi Arabia brought together leaders … in Riyadh. The joint summit on Saturday demanded …": a
  definite event noun of the same kind, carrying a time of its own, names the event just told again;
  its time is the event's.
- "… launched an assault on a base in Lamu County in January. Three Americans were killed.": an event
  of the same kind with no participant named and no time of its own, right after, is part of the
  event just told (its outcome) and happened then.
Only the sentence right after is read, and only events without a time of their own take a date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from extract.events.clauses import Clause
from extract.events.lexicon import Lexicon
from extract.events.time_index import TimeIndex, usable
from extract.events.timing import EventTime, from_timex
from extract.schema import PLOVER_TYPES

OWN = ("explicit", "event")  # a time the text gives the event itself
DEFINITE = ("the", "this", "that")


def date_from_next_sentence(found: list[tuple[Span, Clause]], get: Callable[[Clause], EventTime],
                            put: Callable[[Clause, EventTime], None], times: TimeIndex,
                            lexicon: Lexicon) -> None:
    """Give events without a time of their own the time the next sentence tells of them, and events
    of the next sentence that are part of a dated one its time (see the module docstring). `get` and
    `put` read and set a clause's time. A clause's time is asked for only when it can change
    something (working it out is most of the cost); a time named again is looked for once per
    following sentence and kind of event."""
    by_sentence: dict[int, list[Clause]] = {}
    for sent, clause in found:
        by_sentence.setdefault(sent.start, []).append(clause)
    named: dict[tuple[int, str], EventTime | None] = {}  # (sentence, event type) → time named there

    def again(clause: Clause, following: Span) -> EventTime | None:
        key = (following.start, clause.event_type)
        if key not in named:
            named[key] = _named_again(clause, following, times, lexicon)
        return named[key]

    for sent, clause in found:
        if not clause.verbal or sent.end >= len(sent.doc):
            continue
        following = sent.doc[sent.end].sent
        parts = [later for later in by_sentence.get(following.start, []) if _may_be_part(later, clause)]
        main = _main(clause.head) and clause.word.pos_ == "VERB"  # a support verb's noun is not named again
        if not parts and (not main or again(clause, following) is None):
            continue  # whatever the clause's time, nothing changes
        if get(clause).anchor not in OWN:
            time = again(clause, following) if main else None
            if time is None:
                continue
            put(clause, time)
        for later in parts:
            if get(later).anchor not in OWN:
                put(later, replace(get(clause), text="", anchor="event"))


def _main(head: Token) -> bool:
    """A clause of the sentence's main line (not "Three weeks after Egypt hosted a conference")."""
    return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")


def _named_again(clause: Clause, sent: Span, times: TimeIndex, lexicon: Lexicon) -> EventTime | None:
    """The time of a definite noun of the clause's kind in `sent` ("The joint summit on Saturday")."""
    for token in sent:
        entry = lexicon.noun(token) if token.pos_ == "NOUN" else None
        if entry is None or entry.event_type != clause.event_type or not _definite(token):
            continue
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        inside = [t for t in times.timexes if start <= t.start and t.end <= end and usable(t)]
        if inside:
            return from_timex(inside[0])
    return None


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def _may_be_part(later: Clause, event: Clause) -> bool:
    """"… an assault on the base in January. Three Americans were killed.": a verb of the same kind
    with no one named tells what the event did, if it has no time of its own (asked last: costly)."""
    same = later.event_type == event.event_type and later.event_type in PLOVER_TYPES
    return same and not later.actors and later.word.pos_ == "VERB"
