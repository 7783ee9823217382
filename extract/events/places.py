"""Where an event happened: the places its clause names, and the place where an agreed act is to
be done, which names the agreement's target."""

from __future__ import annotations

from spacy.tokens import Token

from extract.events.actors import ActorMention
from extract.events.arguments import MentionIndex
from extract.events.lexicon import Lexicon
from extract.events.targets import place_target

PLACE_PREPS = ("in", "near", "inside", "across", "outside")
CLAUSAL_DEPS = ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp")


def agreed_place(word: Token, actors: list[ActorMention], lexicon: Lexicon,
                 index: MentionIndex) -> list[ActorMention]:
    """"agreed to set up a research centre in Tokyo", "agreed to build homes in the West Bank": the
    country of the place where the agreed act is to be done is its target (not where the agreeing
    happened, "signed a deal in Washington", nor where a meeting agreed on is held, "agreed to
    meet in Geneva": a venue)."""
    for act in (c for c in word.children if c.dep_ == "xcomp"):
        objects = [lexicon.noun(c) for c in act.children if c.dep_ == "dobj" and lexicon.noun(c)]
        kinds = {e.event_type for e in objects + [lexicon.verb(act) or lexicon.cameo(act)] if e}
        if "CONSULT" not in kinds:
            found = place_target(nested_places(act, index), actors)
            if found:
                return found
    return []


def place_objects(objects: list[Token], index: MentionIndex) -> list:
    """The objects of in/at/near that name a place: an actor or place mention, or a place entity
    ("in the afternoon" names none)."""
    found: list = [m for o in objects for m in index.behind(o) if covers(m, o)]
    return found + [o for o in objects if o.ent_type_ in ("GPE", "LOC", "FAC") and not index.at(o)]


def nested_places(word: Token, index: MentionIndex) -> list:
    """A place named deeper in the clause: "handed them to the Red Cross in Gaza City" (the in-phrase
    hangs on "Red Cross"). Embedded clauses are not searched: their places are their own."""
    stack = [c for c in word.children if c.dep_ not in CLAUSAL_DEPS]
    while stack:
        token = stack.pop(0)
        if token.dep_ == "prep" and token.lower_ in PLACE_PREPS:
            found = place_objects([c for c in token.children if c.dep_ == "pobj"], index)
            if found:
                return found
        stack += [c for c in token.children if c.dep_ not in CLAUSAL_DEPS]
    return []


def covers(mention: ActorMention, token: Token) -> bool:
    return mention.start <= token.i < mention.end
