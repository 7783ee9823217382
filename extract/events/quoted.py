"""First persons inside a quotation: "'We have rejected the proposal,' Zelensky said" — "we" is the
speaker's side and "I" the speaker, when the verb the quotation reports is a speech verb whose
subject is a known actor outside the quotation, and the pronoun is the subject of an act the
lexicon types (a quoted view, "we cannot move forward", stays without an actor)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.events.actors import Actor, ActorMention
from extract.events.lexicon import load_lexicon
from extract.syntax import heads_above

FIRST_PERSONS = {"i": "speaker", "me": "speaker", "we": "side", "us": "side"}
QUOTE_TAGS = ("``", "''")


def quoted_pronouns(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """I/me → the speaker; we/us → the speaker's country for a person who has one, else the speaker."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for token in doc:
        if token.lower_ not in FIRST_PERSONS or token.pos_ != "PRON" or not _typed_subject(token):
            continue
        speaker = _speaker(token, by_token)
        if speaker is None:
            continue
        actor = speaker.actor
        if FIRST_PERSONS[token.lower_] == "side" and actor.kind == "person" and actor.country:
            actor = Actor(actor.country, "country", actor.country)
        found.append(ActorMention(token.i, token.i + 1, actor, "pronoun"))
    return found


def _typed_subject(pronoun: Token) -> bool:
    """Only the subject of an act the lexicon types: "we have rejected", not "we cannot move
    forward" (a quoted view) nor "I'm not allowed in" (what befalls the speaker)."""
    entry = load_lexicon().verb(pronoun.head) if pronoun.head.pos_ == "VERB" else None
    return pronoun.dep_ == "nsubj" and entry is not None and entry.event_type != "OTHER"


def _speaker(pronoun: Token, by_token: dict[int, ActorMention]) -> ActorMention | None:
    """The known subject of the speech verb the pronoun's quotation is the complement of."""
    lexicon = load_lexicon()
    for verb in heads_above(pronoun):
        entry = lexicon.verb(verb) if verb.pos_ == "VERB" else None
        if entry is None or not entry.speech or _own_typed_speech(verb, pronoun, entry.event_type):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i in by_token]
        if subjects and _quote_between(pronoun, verb) and _quote_between(pronoun, subjects[0]):
            return by_token[subjects[0].i]
        return None
    return None


def _own_typed_speech(verb: Token, pronoun: Token, event_type: str) -> bool:
    """"'We urge Hamas to free the hostages,' X said": a speech act the lexicon types (an appeal, a
    demand, an accusation) with the quoted first person as its subject is the speaker's own act and
    reports nothing the speaker says outside the quote; a plain quoted "we said" and a denied act ("'We
    didn't ask for a bylaw,' X said") stay unresolved."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return verb == pronoun.head and event_type != "STATEMENT" and not negated


def _quote_between(pronoun: Token, other: Token) -> bool:
    """A quotation mark between the pronoun and the other word: one is quoted, the other is not."""
    start, end = sorted((pronoun.i, other.i))
    return any(t.tag_ in QUOTE_TAGS for t in pronoun.doc[start:end])

