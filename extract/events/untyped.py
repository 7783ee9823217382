"""Untyped verbs (OTHER): the weakest evidence of an event, so a row only when told as an act — on
the story's main line as a finished act or at a time of its own, or off it as a past form dated in its
own phrase. The dependency labels, tags and conjunctions are the `untyped` rule of
data/lexicon/uncoded.tsv (each with an example tests/events/test_uncoded.py runs)."""

from __future__ import annotations

from spacy.tokens import Token

from extract.events.clauses import Clause
from extract.events.nonacts import FUTURE_AUXILIARIES, time_in_phrase
from extract.events.tables import RuleWords
from extract.events.timing import EventTime
from extract.events.uncoded import load_uncoded


def untyped_background(clause: Clause, time: EventTime, rules: RuleWords | None = None) -> bool:
    """An untyped verb (OTHER, once coded) tells an act only on the story's main line, as a finished
    act ("Kenya closed its embassy", "Ruto said Kenya had closed it") or one happening or planned at a
    time of its own ("negotiators return to Geneva this week", "will hold elections in August"). In a
    relative or adverbial clause, an infinitive, or in the present or a progressive with no time of its
    own it is background or a state ("the meetings that wrapped up", "Houstonians are filling this
    void", "to curb migration"), unless it is a past form with a time of its own ("a warrant issued by
    the court in March"). Typed verbs have rules of their own; an unknown verb is the weakest evidence
    of an event, so it must be told as an act."""
    if clause.event_type != "OTHER":
        return False
    rules = rules or load_uncoded()
    head, dated = clause.head, time.anchor == "explicit"
    if not _on_main_line(head, rules):  # "an arrest warrant issued by the court in March": dated, kept
        return not (time_in_phrase(head, time) and head.tag_ in ("VBD", "VBN") and not _auxiliaries(head))
    return not (_finished_act(head, rules) or (dated and _timed_act(head)))


def _on_main_line(verb: Token, rules: RuleWords) -> bool:
    """The verb and every verb above it hang on the sentence root by an `untyped` dependency label."""
    token = verb
    while token.head.i != token.i:
        if not (rules.has("untyped", token.dep_) or _time_clause(token, rules)):
            return False
        token = token.head
    return True


def _time_clause(verb: Token, rules: RuleWords) -> bool:
    """"One month after Russia quit the deal, a ship left Odesa": an adverbial clause of time opened
    by an `untyped` conjunction tells an act of its own (the anchor of the main one)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and rules.has("untyped", c.lower_)
                                        for c in verb.children)


def _finished_act(verb: Token, rules: RuleWords) -> bool:
    """Simple past, or a past participle after a perfect or past passive auxiliary ("has dissolved",
    "was dissolved"; not "is banned", a state), neither negated nor under a modal."""
    auxiliaries = _auxiliaries(verb)
    if any(a.dep_ == "neg" or a.tag_ == "MD" for a in auxiliaries) or not rules.has("untyped", verb.tag_):
        return False
    if verb.tag_ != "VBN":
        return True
    tensed = [a for a in auxiliaries if a.dep_ in ("aux", "auxpass")]
    return bool(tensed) and all(a.lemma_ == "have" or (a.lemma_ == "be" and a.tag_ in ("VBD", "VBN"))
                                for a in tensed)


def _timed_act(verb: Token) -> bool:
    """A present, progressive or future form, neither negated nor under a modal of possibility."""
    auxiliaries = _auxiliaries(verb)
    if any(a.dep_ == "neg" or (a.tag_ == "MD" and a.lower_ not in FUTURE_AUXILIARIES) for a in auxiliaries):
        return False
    return verb.tag_ in ("VB", "VBZ", "VBP", "VBG")


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries and negation, or those of the verb it is joined to ("has cleared out
    and secured the area")."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if own or verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ in ("aux", "auxpass", "neg")]
