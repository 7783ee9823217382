"""Clauses that name an act nobody carried out, or no act at all (rules of data/lexicon/uncoded.tsv,
each with an example tests/events/test_uncoded.py runs): a verb of not-doing ("ignored requests for
comment", "missed the deadline"), the reason given for another act ("…, citing security concerns"),
a statistic ("has recorded an increase in fatalities"), what someone was hired or paid to do ("hired
X to kill Y": a purpose, never carried out), a forecast under a condition that is not the speaker's
own plan ("Turkey will buy Russian jets if the freeze is not lifted, said an academic"), an event
named only as what an anniversary marks ("the 14th anniversary of the start of the protests"), a
reporter's request for comment ("VOA's email requesting comment"), the source a figure is cited from
("according to a report released by X"), what an event brought about ("Ankara's backing of the GNA
averted its defeat": the backing is the act) and the company an actor kept ("X, joined by Y, formed").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.events.clause_subjects import OCCURRENCE_VERBS, could_be_actor
from extract.events.clauses import Clause
from extract.events.lexicon import load_lexicon
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
    if _answers_comment(clause.word, rules):
        return "comment"  # "have not responded to requests for comment": how the story was made
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
    if _cited_source(clause.word, rules):
        return "source"
    if rules.has("consequence", clause.event_type) and _brought_about(clause, rules):
        return "consequence"
    if _accompanying(head, rules):
        return "accompanied"
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


def _answers_comment(word: Token, rules: RuleWords) -> bool:
    """"Neither ICE nor DHS have responded to requests for comment": a reply, or none, to a reporter's
    request for comment (a `comment` noun after "for") is how the story was made, not an act of it."""
    requests = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]
    return any(_asks_comment(r, rules) for r in requests)


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


SOURCE_PATH = ("pobj", "prep", "acl", "compound", "appos", "conj")  # within the cited phrase


def _cited_source(word: Token, rules: RuleWords) -> bool:
    """"According to the report released by the committee, the number of users …": what an "according
    to" phrase names is where the story's figure or claim comes from, not an act of the story (the
    `source` word is the preposition's head). A relative clause there tells an act of its own:
    "according to a U.S. official, who spoke to VOA on the condition of anonymity" (judged real)."""
    token = word
    for _ in range(MAX_NOUN_CLIMB + 1):
        if token.dep_ not in SOURCE_PATH or token.head is token:
            return False
        token = token.head
        if rules.has("source", token.lower_):
            return True
    return False


def _brought_about(clause: Clause, rules: RuleWords) -> bool:
    """"Ankara's military backing of the GNA averted its defeat", "the sanctions hurt the economy": a
    verb of a `consequence` type (untyped) whose subject is an event noun (of the lexicon, or a `nominal`
    with its object) tells what that event brought about, an outcome or a judgement of it; the act is
    the event noun's (its own row when it is told as one).
    A verb of which an event is what happens ("talks resumed": `happens` words) is no outcome."""
    verb = clause.head.lemma_.lower()
    if verb in OCCURRENCE_VERBS or rules.has("happens", verb):
        return False
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(load_lexicon().noun(s) is not None or _nominal(s, rules) for s in subjects)


def _nominal(noun: Token, rules: RuleWords) -> bool:
    """"Ankara's backing of the GNA", "the expansion of the base": a noun made from a verb (a `nominal`
    ending) with its object after "of" names an act; no one who could act ("the government of X")."""
    made = any(noun.lower_.endswith(end) for end in rules.words.get("nominal", ()))
    has_object = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return made and has_object and not could_be_actor(noun)


def _accompanying(head: Token, rules: RuleWords) -> bool:
    """"Leaders of the Front, joined by other politicians, formed the NCP": a participle of company
    with its by-phrase, set beside a subject, says who took part in the act the clause tells, not an
    act of its own."""
    participle = head.tag_ == "VBN" and head.dep_ in ("advcl", "acl")
    by_phrase = any(c.dep_ == "agent" for c in head.children)
    return participle and by_phrase and rules.has("accompanied", head.lemma_.lower())
