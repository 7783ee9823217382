"""Where an event happened: the places its clause names, and the place where an agreed act is to
be done, which names the agreement's target."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from extract.events.actors import ActorMention
from extract.events.arguments import MentionIndex
from extract.events.lexicon import LEXICON_DIR, Lexicon
from extract.events.tables import read_data_table
from extract.events.targets import place_target

ASKED_COLUMNS = ("noun", "example", "trigger", "expected_target")

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


@lru_cache(maxsize=1)
def asked_nouns() -> frozenset[str]:
    """What only a state gives (data/lexicon/asked_of_place.tsv: refuge, asylum)."""
    rows = read_data_table(LEXICON_DIR / "asked_of_place.tsv", ASKED_COLUMNS, ("noun",))
    return frozenset(row["noun"].lower() for row in rows)


def asked_place(word: Token, places: list, actors: list[ActorMention]) -> list[ActorMention]:
    """"sought refuge in Germany": a request for what only a state gives is a request to the state
    where it is sought (the country of the clause's place, not the actors' own)."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in asked_nouns() for c in word.children):
        return []
    return place_target(places, actors)


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
