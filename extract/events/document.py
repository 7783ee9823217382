"""The events of one parsed article: clauses → actors, mode, time → rows."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from extract.events.anchors import anchored_time
from extract.events.arguments import MentionIndex
from extract.events.attribution import attribute
from extract.events.clauses import COLLECTIVE_NOUNS, Clause, find_clauses
from extract.events.context import fill_from_context
from extract.events.lexicon import Lexicon, load_lexicon
from extract.events.modes import clause_mode
from extract.events.records import make_row
from extract.events.timing import EventTime, TimeIndex, clause_time
from extract.temporal import Timex, find_timexes


def ensure_actors(doc: Doc) -> None:
    """Resolve actors when the Doc did not go through the `dateline_actors` component."""
    if doc._.actors is None:
        from extract.events import build_pipeline

        nlp = build_pipeline()
        nlp.get_pipe("dateline_actors")(doc)


def clause_words(clause: Clause) -> set[int]:
    """The tokens a time expression may hang on for this clause: event word, head, modal verbs."""
    words = {clause.word.i, clause.head.i}
    if clause.word.pos_ == "NOUN":  # "talks scheduled for Sunday", "a round of talks scheduled for…"
        nouns = [clause.word] + _collective(clause.word)
        words |= {c.i for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")}
    token = clause.head
    while token.dep_ == "xcomp" and token.head != token:
        token = token.head
        words.add(token.i)
    return words


def _collective(noun: Token) -> list[Token]:
    """The "round" of "the sixth round of talks": the phrase's head, which its modifiers hang on."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in COLLECTIVE_NOUNS:
        return [prep.head]
    return []


def events_of(doc: Doc, published: dt.date | None, meta: dict, timexes: list[Timex] | None = None,
              lexicon: Lexicon | None = None) -> list[dict]:
    """Rows of one Doc. `timexes` default to the temporal engine's, found on this Doc."""
    ensure_actors(doc)
    lexicon = lexicon or load_lexicon()
    index = MentionIndex(doc)
    found = [(sent, c) for sent in doc.sents for c in _distinct(find_clauses(sent, lexicon, index))]
    for _, clause in found:
        attribute(clause, lexicon, index)
    borrowed = fill_from_context([c for _, c in found], index)
    if timexes is None:
        timexes = find_timexes(doc.text, published, doc=doc)
    words = set().union(*(clause_words(c) for _, c in found if c.actors)) if found else set()
    times = TimeIndex(doc, timexes, words)
    dated = ClauseTimes(times, found, published)
    borrowed |= _apply_anchors(found, times, dated)
    rows = []
    for sent, clause in found:
        if not clause.actors:
            continue
        time = dated.get(clause)
        mode = _mode(clause, time, published, lexicon)
        rows.append(make_row(clause, sent, time, mode, meta, published, id(clause) in borrowed))
    return rows


class ClauseTimes:
    """The time of each clause, worked out when first asked for (most clauses never are)."""

    def __init__(self, times: TimeIndex, found: list[tuple[Span, Clause]], published: dt.date | None):
        self.times, self.published = times, published
        self.sentence_of = {id(c): sent for sent, c in found}
        self.known: dict[int, EventTime] = {}

    def get(self, clause: Clause) -> EventTime:
        if id(clause) not in self.known:
            sent = self.sentence_of[id(clause)]
            self.known[id(clause)] = clause_time(self.times, sent, clause_words(clause), self.published)
        return self.known[id(clause)]

    def set(self, clause: Clause, time: EventTime) -> None:
        self.known[id(clause)] = time


def _distinct(clauses: list[Clause]) -> list[Clause]:
    """One clause per event word and participants in a sentence: "imposed sanctions on X, the first
    American sanctions on Y" is one sanctions event."""
    kept, seen = [], set()
    for clause in clauses:
        key = (clause.event_type, clause.word.lemma_, tuple(sorted({m.actor.name for m in clause.actors})))
        if clause.actors and key in seen:
            continue
        seen.add(key)
        kept.append(clause)
    return kept


def _mode(clause: Clause, time: EventTime, published: dt.date | None, lexicon: Lexicon) -> str:
    mode = clause_mode(clause.head, clause.word, lexicon)
    later = published is not None and time.start is not None and time.start > published
    if mode in ("asserted", "reported") and time.anchor == "explicit" and later:
        return "future"
    return mode


def _apply_anchors(found: list[tuple[Span, Clause]], times: TimeIndex, dated: ClauseTimes) -> set[int]:
    """Date events named in "<offset> after/before <event>" phrases; returns clauses given actors."""
    borrowed: set[int] = set()
    for timex, governor in zip(times.timexes, times.governors, strict=True):
        anchor = timex.event_anchor
        if anchor is None:
            continue
        target = next((c for _, c in found if anchor.anchor_start <= c.word.idx < anchor.anchor_end), None)
        host = next((c for _, c in found if c is not target and governor in clause_words(c)), None)
        if target is None:
            continue
        time = anchored_time(timex, dated.get(host) if host else dated.get(target))
        if time is None:
            continue
        dated.set(target, time)
        if not target.actors and host is not None:
            target.actors = list(host.actors)
            borrowed.add(id(target))
    return borrowed
