"""Clauses that name an act nobody carried out, or no act at all (rules of data/lexicon/uncoded.tsv,
each with an example tests/events/test_uncoded.py runs): a verb of not-doing ("ignored requests for
comment", "missed the deadline"), the reason given for another act ("…, citing security concerns"),
a statistic ("has recorded an increase in fatalities"), what someone was hired or paid to do ("hired
X to kill Y": a purpose, never carried out), a forecast under a condition that is not the speaker's
own plan ("Turkey will buy Russian jets if the freeze is not lifted, said an academic"), an event
named only as what an anniversary marks ("the 14th anniversary of the start of the protests"), and a
reporter's request for comment ("VOA's email requesting comment").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.events.clauses import Clause
from extract.events.tables import RuleWords
from extract.events.time_index import SUBJECTS
from extract.events.timing import EventTime

FUTURE_AUXILIARIES = ("will", "'ll", "’ll", "shall")
MAX_NOUN_CLIMB = 4  # "the anniversary of the start of the uprising against X": prepositions climbed


def nonact_rule(clause: Clause, mode: str, rules: RuleWords, own_plan: bool) -> str:
    """The rule of this module that keeps the clause off the events table ("" when none does).
    `own_plan`: the clause reports what its own actors say they will do (uncoded._own_word)."""
    head = clause.head
    if clause.word is head and rules.has("nonact", head.lemma_.lower()):
        return "nonact"
    if clause.event_type == "REQUEST" and _asks_comment(clause.word, rules):
        return "comment"
    if _reason_given(head, rules):
        return "reason"
    if clause.event_type == "OTHER" and _counts(head, rules):
        return "statistic"
    if _purpose(head, rules):
        return "purpose"
    if mode == "future" and not own_plan and _conditional_forecast(head, rules):
        return "conditional"
    if clause.word.pos_ == "NOUN" and _marked_by_anniversary(clause.word, rules):
        return "anniversary"
    return ""


def time_in_phrase(verb: Token, time: EventTime) -> bool:
    """The clause's time expression is written inside the verb's own phrase ("the tariffs targeting
    Canada …, cutting deaths that have occurred in recent years": the years are not the tariffs')."""
    phrase = verb.doc[verb.left_edge.i: verb.right_edge.i + 1].text
    return time.anchor == "explicit" and bool(time.text) and time.text in phrase


def _asks_comment(word: Token, rules: RuleWords) -> bool:
    """"did not reply to VOA's email requesting comment": a reporter's request for comment is how the
    story was made, not an act of the story (its actor is often misread as the one asked)."""
    asked = [c for c in word.children if c.dep_ == "dobj"]
    asked += [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj"]
    return any(rules.has("comment", a.lemma_.lower()) for a in asked)


def _reason_given(head: Token, rules: RuleWords) -> bool:
    """"The U.N. did not invite Afghan women, citing the Taliban's opposition": a participle with no
    subject of its own that gives the reason for the act it hangs on is that act's explanation."""
    unmarked = not any(c.dep_ in ("mark", *SUBJECTS) for c in head.children)
    participle = head.dep_ == "advcl" and head.tag_ == "VBG"
    return participle and unmarked and rules.has("reason", head.lemma_.lower())


def _counts(head: Token, rules: RuleWords) -> bool:
    """"Botswana has recorded an increase in human fatalities", "Pakistan experienced a 45% increase
    in terrorism deaths": a `recorder` verb whose object is a `statistic` noun, a change in a number,
    tells a statistic ("Jobs attributed the small increase to fewer users putting on cases" is an act)."""
    counted = any(c.dep_ == "dobj" and rules.has("statistic", c.lemma_.lower()) for c in head.children)
    return counted and rules.has("recorder", head.lemma_.lower())


def _purpose(head: Token, rules: RuleWords) -> bool:
    """"hired Mehdiyev to kill Alinejad", "paid the men to attack the office": the infinitive after a
    `purpose` verb and its object is what the hired were to do, not something done (the hiring is)."""
    above = head.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    hired = any(c.dep_ == "dobj" for c in above.children)
    hiring = rules.has("purpose", above.lemma_.lower())
    return head.dep_ in ("xcomp", "advcl") and infinitive and hired and hiring


def _conditional_forecast(head: Token, rules: RuleWords) -> bool:
    """"Turkey will buy Russian aircraft if the F-35 freeze is not lifted, said Casin": a future under
    a `conditional` clause of its own is a prediction, unless its actors say it is their plan."""
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in head.children)
    condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and rules.has("conditional", m.lower_)
                                              for m in c.children) for c in head.children)
    return future and condition


def _marked_by_anniversary(word: Token, rules: RuleWords) -> bool:
    """"the 14th anniversary of the start of pro-democracy protests": an event noun that an
    `anniversary` noun governs through "of" is history the date recalls, not an act of the story."""
    token = word
    for _ in range(MAX_NOUN_CLIMB):
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            return False
        token = token.head.head
        if rules.has("anniversary", token.lemma_.lower()):
            return True
    return False
