"""The events of one parsed article: clauses → actors, mode, time → rows."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from extract.events.anchors import anchored_time
from extract.events.antecedents import (
    date_from_named_setting,
    date_from_previous_sentence,
    date_from_sentence_before,
    subject_event_time,
)
from extract.events.arguments import MentionIndex
from extract.events.attribution import attribute
from extract.events.clause_subjects import OCCURRENCE_VERBS, could_be_actor
from extract.events.clauses import Clause, find_clauses
from extract.events.coding import agentless_passive, code_clause, flip_negated, generic_only_untyped
from extract.events.commentators import commentator_names, qualified_commentators
from extract.events.context import fill_from_context
from extract.events.holders import at_date
from extract.events.lexicon import Lexicon, load_lexicon
from extract.events.modes import clause_mode
from extract.events.offsets import dated_after_anchor, host_of
from extract.events.private import UNNAMED_WAYS, guest_types, judge_persons, private_types
from extract.events.records import make_row
from extract.events.reporting import reporting_verbs
from extract.events.restated import may_restate, same_time
from extract.events.retold import date_from_next_sentence
from extract.events.settled import settled
from extract.events.speakers import (
    interview_answers,
    outlets,
    unvouched_persons,
    unvouched_speech,
    without_interviewers,
)
from extract.events.targets import to_infinitive
from extract.events.time_index import TimeIndex
from extract.events.timing import EventTime, clause_time, evening_widened, from_timex
from extract.events.typed import COLLECTIVE_NOUNS
from extract.events.uncoded import uncoded
from extract.events.untyped import untyped_background
from extract.schema import PLOVER_TYPES
from extract.temporal import Timex, find_timexes


def ensure_actors(doc: Doc) -> None:
    """Resolve actors when the Doc did not go through the `dateline_actors` component."""
    if doc._.actors is None:
        from extract.events import build_pipeline

        nlp = build_pipeline()
        nlp.get_pipe("dateline_repairs")(doc)
        nlp.get_pipe("dateline_actors")(doc)


def clause_words(clause: Clause) -> set[int]:
    """The tokens a time expression may hang on for this clause: event word, head, modal verbs."""
    words = {clause.word.i, clause.head.i}
    if clause.word.pos_ == "NOUN":  # "talks scheduled for Sunday", "a round of talks scheduled for…"
        nouns = [clause.word] + _collective(clause.word)
        words |= {c.i for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")}
    if clause.word.dep_ in ("nsubj", "nsubjpass") and clause.word.head == clause.head:
        # "the exchange is to take place on Saturday": the time hangs on the verb the subject's is for
        words |= {c.i for c in clause.head.children if c.dep_ == "xcomp"}
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
              lexicon: Lexicon | None = None, coded_only: bool = True,
              evening_before: bool = False) -> list[dict]:
    """Rows of one Doc. `timexes` default to the temporal engine's, found on this Doc. With
    `coded_only` False, clauses an analyst would not code (uncoded.py) give rows too (for tests of
    their mode or time). `evening_before`: the story was published in the small hours UTC, so an
    event dated only by its publication day may be of the day before (timing.evening_widened)."""
    ensure_actors(doc)
    lexicon = lexicon or load_lexicon()
    index = MentionIndex(doc)
    found = [(sent, c) for sent in doc.sents for c in _distinct(find_clauses(sent, lexicon, index))]
    for _, clause in found:
        attribute(clause, lexicon, index)
    borrowed = fill_from_context([c for _, c in found], index)
    if timexes is None:
        timexes = find_timexes(doc.text, published, doc=doc)
    unnamed = {id(c) for _, c in found if not c.actors and (unattributed(c) or agentless_passive(c))}
    kept = [c for _, c in found if c.actors or id(c) in unnamed]
    words = set().union(*(clause_words(c) for c in kept)) if found else set()
    speech = {i for _, c in found if c.entry is not None and c.entry.speech for i in clause_words(c)}
    times = TimeIndex(doc, timexes, words, speech)
    dated = ClauseTimes(times, found, published)
    date_from_next_sentence(found, dated.get, dated.set, times, lexicon)
    date_from_previous_sentence(found, dated.get, dated.set, times, lexicon)
    date_from_named_setting(found, dated.get, dated.set, times, lexicon)
    date_from_sentence_before(found, dated.get, dated.set, times, lexicon)
    borrowed |= _apply_anchors(found, times, dated, lexicon)
    merged = _merge_mentions(found, dated, lexicon)
    rows = []
    commentators = commentator_names(doc, lexicon.commentators)
    qualifying = qualified_commentators(doc, lexicon.commentators)
    standings, guests = judge_persons(doc)
    private = {name for name, standing in standings.items() if standing == "private"}
    news_outlets = outlets(doc)
    unvouched = unvouched_persons(doc, standings) | news_outlets
    answers = interview_answers(doc, news_outlets)
    for sent, clause in found:
        if (not clause.actors and id(clause) not in unnamed) or id(clause) in merged:
            continue
        if generic_only_untyped(clause):
            continue
        if clause.actors and {m.actor.name for m in clause.actors} <= commentators:
            continue  # an analyst's or a private person's words or views: commentary, not an event
        private_words = clause.event_type in private_types() and (
            _private_words(clause, private, commentators) or _unnamed_commentators(clause, qualifying))
        if coded_only and private_words:
            continue  # "51-year-old security guard Sibusiso Sithole said …" (private.py)
        if coded_only and unvouched_speech(clause, unvouched):
            continue  # "Jane Doe said …", "CNN reported …": no office, or a news outlet (speakers.py)
        time = dated.get(clause)
        mode = _mode(clause, time, published, lexicon)
        if coded_only and uncoded(clause, mode, time):
            continue
        if coded_only and sent.start in answers and _recalled(mode, time):
            continue  # history recalled in an interview answer ("Several months later, North Korea invaded")
        time = evening_widened(settled(time, mode, published, clause.head), published, evening_before)
        code_clause(clause, mode, lexicon, index)
        without_interviewers(clause, news_outlets)
        if coded_only and _guests_view(clause, guests):
            continue  # a think tank's guest's views there (private.py); a demand of theirs stays
        if coded_only and untyped_background(clause, time):
            continue  # an unknown verb told as background or a state (untyped.py)
        clause.actors, clause.targets = at_date(clause.actors, published), at_date(clause.targets, published)
        rows.append(make_row(clause, sent, time, mode, meta, published, id(clause) in borrowed))
    return rows


def _recalled(mode: str, time: EventTime) -> bool:
    """An act told as past with no date the text gives or lets us work out ("Russia has violated the
    sovereignty of Ukraine", "Several months later, North Korea invaded" in an interviewee's answer):
    background the answer recalls; what the interviewee says now, and dated acts, stay."""
    return mode in ("asserted", "reported") and time.value == "PAST_REF" and time.anchor == "unresolved"


def _private_words(clause: Clause, private: set[str], commentators: set[str]) -> bool:
    """What private persons say or do untyped, or what commentators and private persons tell of
    people no table knows ("'Albert found himself only 11 years old,' said his daughter Linda Wu") or
    of no one (a statement, a rejection with no actor: an analyst's guess about "markets")."""
    names = {m.actor.name for m in clause.actors}
    if names and names <= private:
        return True
    sources = {m.actor.name for m in clause.attributed}
    if not names:  # "'Markets may have discounted a sanctions bill,' said analyst X": no one's act
        return bool(sources) and sources <= private | commentators
    unknown = all(m.how in UNNAMED_WAYS and not m.actor.country for m in clause.actors)
    return bool(names and sources) and sources <= private | commentators and unknown


def _guests_view(clause: Clause, guests: set[str]) -> bool:
    """What a think tank's guest says there (private.py's judge_persons): their view, typed as
    written (a statement); a demand, coded REQUEST, is their organisation's act."""
    return clause.event_type in guest_types() and bool(clause.actors) and {
        m.actor.name for m in clause.actors} <= guests


def _unnamed_commentators(clause: Clause, qualifying: set[int]) -> bool:
    """Said by unnamed commentators whose nationality was taken for the actor ("Chinese researchers
    have revealed …": commentators.py's qualified_commentators)."""
    return bool(clause.actors) and all(m.start in qualifying for m in clause.actors)


def _merge_mentions(found: list[tuple[Span, Clause]], dated: ClauseTimes, lexicon: Lexicon) -> set[int]:
    """One event mentioned again in the same article is one row. "Netanyahu met Kushner … The meeting
    took place one month after …": a later definite mention ("the meeting", "today's meeting") with no
    participants of its own; "… met Kushner to discuss the ceasefire … the two men discussed …": a
    later clause of the same kind whose participants are among the event's (restated.py's rule).
    The mention adds the place and a time the event lacked, and makes no row. Ids of merged mentions."""
    merged: set[int] = set()
    before: list[Clause] = []  # the clauses so far that are events of their own
    for _, later in found:
        earlier = _earlier_mention(before, later, dated, lexicon)
        if earlier is None:
            before.append(later)
            continue
        merged.add(id(later))
        earlier.places = earlier.places or later.places
        own, other = dated.get(earlier), dated.get(later)
        if own.anchor not in ("explicit", "event") and other.anchor in ("explicit", "event"):
            dated.set(earlier, other)
    return merged


def _earlier_mention(before: list[Clause], later: Clause, dated: ClauseTimes,
                     lexicon: Lexicon) -> Clause | None:
    """The earlier event `later` mentions again, if any (the nearest). Only what happened is restated:
    "they will meet" or "hope to meet" after "met" is another meeting."""
    if not later.actors and later.word.pos_ == "NOUN" and _definite_mention(later.word):
        return next((c for c in reversed(before) if c.actors and _same_event(c, later)), None)
    candidates = [c for c in reversed(before) if may_restate(c, later)] if later.actors else []
    if not candidates or not _happened(later, dated, lexicon):
        return None  # (the cheap test first: most clauses are no meeting told again)
    return next((c for c in candidates if same_time(dated.get(c), dated.get(later))
                 and _happened(c, dated, lexicon)), None)


def _happened(clause: Clause, dated: ClauseTimes, lexicon: Lexicon) -> bool:
    """Asserted or reported, not negated, planned or hoped for (flip_negated is not asked: it recodes)."""
    mode = clause_mode(clause.head, clause.word, lexicon)
    return _dated_mode(mode, dated.get(clause), dated.published) in ("asserted", "reported")


def _definite_mention(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               for c in noun.children)


def _same_event(earlier: Clause, later: Clause) -> bool:
    """The same kind of event named by a verb and then a noun of it: met → meeting, visited → visit."""
    verb, noun = earlier.word.lemma_.lower(), later.word.lemma_.lower()
    return earlier.event_type == later.event_type and earlier.word.pos_ == "VERB" and len(verb) >= 3 \
        and noun.startswith(verb)


def unattributed(clause: Clause) -> bool:
    """An event with a PLOVER type and no named participant is kept (with empty actors): "A car
    bomb exploded in Kabul on Tuesday", "the exchange is to take place on Saturday", a crowd's
    protest ("Thousands of people demonstrated in Tbilisi"). An event noun
    counts only as the subject of its clause ("talks resumed"), not as background ("during the war")."""
    if clause.event_type not in PLOVER_TYPES:
        return False
    if any(could_be_actor(a) for a in clause.agents):
        return _crowd_protest(clause)
    if clause.word.pos_ in ("VERB", "AUX"):  # with a subject of its own: "a car bomb exploded", not
        return bool(clause.agents) and _own_subject(clause.word)  # supplies" or an agentless passive
    head = clause.word.head  # the noun must be what happens: "talks resumed", "is to take place"
    happens = head.lemma_.lower() in OCCURRENCE_VERBS or any(c.dep_ == "xcomp" for c in head.children)
    return clause.word.dep_ in ("nsubj", "nsubjpass") and happens


def _own_subject(verb: Token) -> bool:
    """Not an infinitive that borrows a thing's subject ("the plan aims to mobilize troops"); a
    participle describing an event noun is one ("a declaration demanding that …")."""
    return not to_infinitive(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def _crowd_protest(clause: Clause) -> bool:
    """"Thousands of people demonstrated in Tbilisi": a protest by an unnamed crowd is an event with no
    named participant, as ACLED codes it (its place and date are what the analyst needs); other acts
    of unresolved people ("officials said") stay out as unknown."""
    return clause.event_type == "PROTEST" and bool(clause.agents) and all(
        a.lemma_.lower() in CROWD_NOUNS for a in clause.agents)


# the people of a crowd: "thousands of people", "hundreds of residents", "a crowd"
CROWD_NOUNS = frozenset({"people", "crowd", "resident", "protester", "demonstrator", "student", "thousand",
                         "hundred", "dozen"})
class ClauseTimes:
    """The time of each clause, worked out when first asked for (most clauses never are)."""

    def __init__(self, times: TimeIndex, found: list[tuple[Span, Clause]], published: dt.date | None):
        self.times, self.published = times, published
        self.sentence_of = {id(c): sent for sent, c in found}
        self.known: dict[int, EventTime] = {}

    def get(self, clause: Clause) -> EventTime:
        if id(clause) not in self.known:
            sent = self.sentence_of[id(clause)]
            speech = clause.entry is not None and clause.entry.speech \
                and clause.word.lemma_.lower() in reporting_verbs()
            words = clause_words(clause)
            self.known[id(clause)] = clause_time(self.times, sent, words, self.published, speech)
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
    mode = clause_mode(clause.head, clause.word, lexicon, negation=not flip_negated(clause, lexicon))
    return _dated_mode(mode, time, published)


def _dated_mode(mode: str, time: EventTime, published: dt.date | None) -> str:
    """An asserted event the text dates after publication is a future one."""
    later = published is not None and time.start is not None and time.start > published
    if mode in ("asserted", "reported") and time.anchor == "explicit" and later:
        return "future"
    return mode


def _apply_anchors(found: list[tuple[Span, Clause]], times: TimeIndex, dated: ClauseTimes,
                   lexicon: Lexicon) -> set[int]:
    """Date events named in "<offset> after/before <event>" phrases; returns clauses given actors. A
    host with no event of its own may be an event named again ("The meeting came eight days after …":
    antecedents.py)."""
    borrowed: set[int] = set()
    for timex, governor in zip(times.timexes, times.governors, strict=True):
        anchor = timex.event_anchor
        if anchor is None:
            continue
        target = next((c for _, c in found if anchor.anchor_start <= c.word.idx < anchor.anchor_end), None)
        at = host_of(times.doc, timex, governor) if governor is not None else None  # not inside the anchor
        host = next((c for _, c in found if c is not target and at in clause_words(c)), None)
        if target is None:
            continue
        own_date = dated_after_anchor(times.offsets, timex)
        if own_date is not None:  # "a day after Israel announced sanctions on Tuesday": Tuesday
            dated.set(target, from_timex(own_date))
            continue
        own = dated.get(host) if host else None
        if at is not None and (own is None or own.anchor not in ("explicit", "event")):
            own = subject_event_time(times.doc[at], lexicon, times) or own
        time = anchored_time(timex, own or dated.get(target))
        if time is None:
            continue
        dated.set(target, time)
        if not target.actors and host is not None:
            target.actors = list(host.actors)
            borrowed.add(id(target))
    return borrowed
