"""The time of an event named again by a definite noun as the subject of a clause with no event of its
own: "Trump held talks with Xi in Busan on Thursday, their first meeting since 2019. … Trump described
the meeting as amazing. … The meeting came eight days after Washington imposed sanctions": the meeting
is Thursday's, so the sanctions were imposed eight days before Thursday (not eight days before
publication). The noun is followed back through the earlier sentences naming it: a mention with no
day refers further back; the first day-precise date (not a bound) of a sentence naming it, nearest to
the noun, is its day; an indefinite mention ("wanted a meeting") is another event: no day is taken.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from extract.events.clauses import Clause
from extract.events.lexicon import Lexicon
from extract.events.time_index import TimeIndex, fineness, usable
from extract.events.timing import EventTime, from_timex
from extract.temporal import Timex
from extract.temporal import calendar as cal

DEFINITE = ("the", "this", "that")
OWN = ("explicit", "event")  # a time the text gives the event itself


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


def date_from_previous_sentence(found: list[tuple[Span, Clause]], get: Callable[[Clause], EventTime],
                                put: Callable[[Clause, EventTime], None], times: TimeIndex,
                                lexicon: Lexicon) -> None:
    """"… ended two days of talks in Jeddah on Sunday. Saudi Arabia hosted the meeting": a clause whose
    object is a definite event noun of its own kind, with no time of its own, names again the event of
    that kind the sentence before dates ("two days of talks" ending Sunday) and takes its time. A
    clause's time is asked for only when such an earlier event is found."""
    for sent, clause in found:
        noun = _definite_object(clause, lexicon)
        if noun is None or sent.start == 0:
            continue
        earlier = _dated_event(sent.doc[sent.start - 1].sent, clause.event_type, lexicon, times)
        if earlier is not None and get(clause).anchor not in OWN:
            put(clause, from_timex(earlier, "event", text=""))


def _definite_object(clause: Clause, lexicon: Lexicon) -> Token | None:
    """The definite event noun of the clause's kind its verb takes as object ("hosted the meeting")."""
    if clause.word.pos_ != "VERB" or clause.event_type == "OTHER":
        return None
    for child in clause.word.children:
        entry = lexicon.noun(child) if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "NOUN" else None
        if entry is not None and entry.event_type == clause.event_type and _definite(child):
            return child
    return None


SETTING_PREPS = ("after", "following", "during", "at", "in")


def date_from_named_setting(found: list[tuple[Span, Clause]], get: Callable[[Clause], EventTime],
                            put: Callable[[Clause, EventTime], None], times: TimeIndex,
                            lexicon: Lexicon) -> None:
    """"Militants attacked a train on Tuesday. … An official told VOA soon after the attack": a clause
    with no time of its own set at (in, during, after) an event the story named before by a definite
    noun takes that event's day, found as for a subject (the earlier sentences naming it, by noun or
    verb: "attacked … on Tuesday"), not the publication day or the narrative's last date."""
    for _, clause in found:
        noun = _setting_noun(clause, lexicon)
        if noun is None:
            continue
        day = _named_day(noun, times)
        if day is not None and get(clause).anchor not in OWN:
            put(clause, from_timex(day, "event", text=""))


def _setting_noun(clause: Clause, lexicon: Lexicon) -> Token | None:
    """The definite event noun of a setting of the clause's verb ("soon after the attack")."""
    verbs = {t for t in (clause.word, clause.head) if t.pos_ in ("VERB", "AUX")}
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
                continue
            for noun in prep.children:
                if noun == clause.word:  # the event noun itself ("injuries sustained during the attack")
                    continue
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and _definite(noun) and lexicon.noun(noun):
                    return noun
    return None


def _named_day(noun: Token, times: TimeIndex) -> Timex | None:
    """The day of the event a definite noun names again: the nearest day of the last earlier sentence
    naming it by that noun or verb ("the attack" … "attacked … on Tuesday"); an indefinite mention
    ("wanted a meeting") is another event."""
    before = [s for s in noun.doc.sents if s.end <= noun.sent.start]
    for sent in reversed(before):
        named = [t for t in sent if t.pos_ in ("NOUN", "VERB") and t.lemma_ == noun.lemma_]
        if not named:
            continue
        if named[-1].pos_ == "NOUN" and _indefinite(named[-1]):
            return None
        day = _nearest_day(sent, named[-1], times)
        if day is not None:
            return day
    return None


def _dated_event(sent: Span, event_type: str, lexicon: Lexicon, times: TimeIndex) -> Timex | None:
    """The time a sentence gives an event noun of this kind by a span measuring it ("two days of talks",
    ending where the story says: Sunday)."""
    for k, timex in enumerate(times.timexes):
        noun = times.measured[k]
        if noun is not None and sent.start <= noun.i < sent.end and usable(timex):
            entry = lexicon.noun(noun)
            if entry is not None and entry.event_type == event_type:
                return timex
    return None


def date_from_sentence_before(found: list[tuple[Span, Clause]], get: Callable[[Clause], EventTime],
                              put: Callable[[Clause, EventTime], None], times: TimeIndex,
                              lexicon: Lexicon) -> None:
    """"On Friday, China, Russia and Iran will hold a meeting in Beijing. The meeting will focus on …":
    a definite event noun subject of a kind, with no time of its own, right after a sentence whose main
    verb tells an event of that kind with a time of its own, names that event again and takes its time
    (a plan too: not the publication day it would get as a plan told of). Only a subject: "participated
    in the meeting", "this cooperation", "support the ceasefire" right after another dated event of
    the kind were other events on the dev stories."""
    by_sentence: dict[int, list[Clause]] = {}
    for sent, clause in found:
        by_sentence.setdefault(sent.start, []).append(clause)
    for sent, clause in found:
        if sent.start == 0 or not _definite_subject(clause):
            continue
        before = sent.doc[sent.start - 1].sent
        earlier = [c for c in by_sentence.get(before.start, [])
                   if c.event_type == clause.event_type and _told_by_verb(c, lexicon) and _main(c.head)]
        dated = [get(c) for c in earlier if _own_time(get(c))]
        if dated and get(clause).anchor not in OWN:
            put(clause, replace(dated[0], text="", anchor="event", inherited=False))


def _definite_subject(clause: Clause) -> bool:
    """"The meeting will focus on …": the clause's word is a definite event noun, a subject."""
    word = clause.word
    return (word.pos_ == "NOUN" and word.dep_ in ("nsubj", "nsubjpass") and clause.event_type != "OTHER"
            and _definite(word))


def _own_time(time: EventTime) -> bool:
    """A time the clause's own words give ("will hold a meeting on Friday"), not another clause's."""
    return time.anchor == "explicit" and bool(time.text) and not time.inherited and time.start is not None


def _main(head: Token) -> bool:
    """A clause of the sentence's main line ("On Friday, X will hold a meeting"), not a subordinate one."""
    return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")


def _told_by_verb(clause: Clause, lexicon: Lexicon) -> bool:
    """"will meet", "will hold a meeting": the event's own verb or a support verb's object, not a noun
    another act is about ("praised the ongoing withdrawal")."""
    return clause.word.pos_ == "VERB" or (clause.verbal and lexicon.is_support(clause.head))
