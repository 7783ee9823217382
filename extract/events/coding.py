"""How a careful event coder reads a clause beyond its words (issue 13):

- a typed passive whose agent is not named is still an event ("three servicemen were killed");
- a generic agent alone ("police", "the air force") makes a row only for a typed event;
- a negated act PLOVER codes as a rejection takes the type negation.tsv gives it;
- an actor announcing its own future act is coded as the intent (intent.tsv);
- a role actor becomes the office holder on the publication date (holders.py).
"""

from __future__ import annotations

from dataclasses import replace

from extract.events.arguments import MentionIndex, subjects
from extract.events.clauses import Clause
from extract.events.lexicon import Lexicon


def agentless_passive(clause: Clause) -> bool:
    """"Three US servicemen were killed": a typed passive verb with a target and no agent named."""
    word = clause.word
    passive = word.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in word.children)
    return passive and bool(clause.targets) and clause.event_type not in ("OTHER", "STATEMENT")


def generic_only_untyped(clause: Clause) -> bool:
    """Only generic agents of no known country act ("the air force predicts") and the event has no
    type: no row ("Kenyan police arrested…" is an actor of its own)."""
    generic = bool(clause.actors) and all(m.how == "agent" and not m.actor.country for m in clause.actors)
    return generic and clause.event_type == "OTHER"


def flip_negated(clause: Clause, lexicon: Lexicon) -> bool:
    """"did not agree", "will not release": the type negation.tsv gives a negated act (explicit
    "not"/"never" only: "failed to agree" stays a negated AGREE). True when flipped."""
    negated = any(c.dep_ == "neg" for c in clause.head.children)
    flipped = lexicon.negation.get(clause.event_type)
    if not negated or flipped is None or clause.entry is None:
        return False
    clause.entry = replace(clause.entry, event_type=flipped)
    return True


def announced_intent(clause: Clause, mode: str, lexicon: Lexicon, index: MentionIndex) -> None:
    """"Hamas said it will release two hostages": an actor announcing its own future act is coded
    as the intent (intent.tsv: AGREE for cooperative acts, THREATEN for hostile ones), as CAMEO's
    'express intent to' and 'threaten' codes do; the row keeps its future mode."""
    head = clause.head
    intent = lexicon.intent.get(clause.event_type)
    if mode != "future" or intent is None or head.dep_ != "ccomp" or clause.entry is None:
        return
    speech = lexicon.verb(head.head)
    speakers = {m.actor for t in subjects(head.head)[0] for m in index.behind(t)}
    if speech is not None and speech.speech and speakers and speakers >= {m.actor for m in clause.actors}:
        clause.entry = replace(clause.entry, event_type=intent)
