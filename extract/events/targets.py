"""Targets a coder reads beyond the verb's own objects (PLOVER codes the embedded act's target):

- the objects of the verb's infinitive: "threatened to shell Iraqi towns", "refused to meet the
  king", "offered to hand them over to Britain" (the governing verb is the event);
- the subject of a request's or aid's complement: "demanding that President Mugabe abandon his
  policy" (REQUEST to Mugabe), "helped Mauritius build an airstrip" (AID to Mauritius);
- the prepositional object of the verb's object noun: "rejected calls by Kofi Annan", "accepted
  demands from the rebels", "lifted a blockade on Palestinian lorries", the parties of talks or a
  deal ("launched a mediation effort between X and Y"), or of the noun the verb's
  preposition names: "called for sanctions against Nigeria";
- the subject of a threat's condition: "threatened a strike unless Israel rescinds the annexation".

These are only asked for when the clause names no target of its own; failing them, the first actor
named in what the verb governs, as PETRARCH reads a verb phrase (`predicate_targets`: "vetoed a
Security Council resolution", "agreed to provide aid for Romania"), and failing that, an act done
to a place has the place's country as its target (`location_targets`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from extract.events.actors import Actor, ActorMention
from extract.events.imported import imported_country
from extract.events.tables import DATA_DIR, check_choice, read_data_table
from extract.schema import EVENT_TYPES

TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "at", "into", "from", "between", "among")
NOUN_TARGET_PREPS = ("to", "against", "on", "from", "by", "with", "toward", "towards")
# "launched a mediation effort between X and Y": the parties of talks or a deal are its targets
# (not "attacked villages between two towns").
PARTY_PREPS, PARTY_TYPES = ("between", "among"), ("CONSULT", "AGREE")
OBJECT_DEPS = ("dobj", "dative", "iobj")
MAX_DEPTH = 2
CLAUSE_TYPES = ("REQUEST", "AID")  # whom a request asks, or an aid helps, to act: the clause's subject
# No adjectives: "gives support to Chinese rivals" names no Chinese target.
PREDICATE_DEPS = ("dobj", "dative", "iobj", "oprd", "attr", "prep", "pobj", "xcomp", "pcomp", "acl",
                  "compound", "poss", "nmod", "appos", "conj")
PREDICATE_DEPTH = 5
PREDICATE_PREPS = tuple(p for p in TARGET_PREPS if p != "at") + ("for", "of", "over", "about", "onto", "upon")
VERB_NOUN_PREPS = ("for", "of", "about", "over")
LOCATION_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "THREATEN", "SANCTION", "AID",
                                   "RETREAT", "REJECT"})
NON_TARGET_PATH = DATA_DIR / "lexicon" / "non_target_preps.tsv"
NON_TARGET_COLUMNS = ("word", "preposition", "role", "example", "trigger", "expected_targets")
NON_TARGET_ROLES = ("topic", "destination")
OWN_FORCES_PATH = DATA_DIR / "lexicon" / "own_forces.tsv"
OWN_FORCES_COLUMNS = ("event_type", "example", "trigger", "expected_actors", "expected_targets")
MEANS_PREPS_PATH = DATA_DIR / "lexicon" / "means_preps.tsv"
MEANS_PREPS_COLUMNS = ("event_type", "preposition", "example", "trigger", "expected_actors",
                       "expected_targets")
CUSTODY_PATH = DATA_DIR / "lexicon" / "custody.tsv"
CUSTODY_COLUMNS = ("noun", "example", "trigger", "expected_type", "expected_targets")
CUSTODY_PREPS = ("to", "into")  # where someone is put ("sent to prison", "back to jail")
RELEASE_PREPS = ("from",)  # where someone is freed from


@lru_cache(maxsize=4)
def load_non_target_preps(path: Path = NON_TARGET_PATH) -> frozenset[tuple[str, str]]:
    """(event type or verb lemma, preposition) pairs whose object is no target (non_target_preps.tsv):
    a meeting's topic ("a meeting on Afghanistan"), a deportation's destination ("to Honduras")."""
    rows = read_data_table(path, NON_TARGET_COLUMNS, required=("word", "preposition", "role"))
    return frozenset((_type_or_lemma(row["word"]), row["preposition"].lower())
                     for row in rows if check_choice(path, row, "role", NON_TARGET_ROLES))


def _type_or_lemma(word: str) -> str:
    """An event type stays in upper case ("CONSULT"); a verb lemma is lowered ("deport")."""
    return word if word.isupper() else word.lower()


def names_no_target(word: Token, event_type: str, preposition: str) -> bool:
    """Whether `preposition` after the event word `word` of `event_type` names a topic or a
    destination, not a target (non_target_preps.tsv)."""
    pairs = load_non_target_preps()
    return (event_type, preposition) in pairs or (word.lemma_.lower(), preposition) in pairs


@lru_cache(maxsize=4)
def load_own_force_types(path: Path = OWN_FORCES_PATH) -> frozenset[str]:
    """Event types whose agentless passive subject is the actor's own forces (own_forces.tsv)."""
    rows = read_data_table(path, OWN_FORCES_COLUMNS, ("event_type",))
    return frozenset(check_choice(path, row, "event_type", EVENT_TYPES) for row in rows)


@lru_cache(maxsize=4)
def load_means_preps(path: Path = MEANS_PREPS_PATH) -> frozenset[tuple[str, str]]:
    """(event type, preposition) pairs after which an attack is the means of an agentless passive, so
    the attack's actor is the act's (means_preps.tsv: "were killed in an Israeli airstrike")."""
    rows = read_data_table(path, MEANS_PREPS_COLUMNS, ("event_type", "preposition"))
    return frozenset((check_choice(path, row, "event_type", EVENT_TYPES), row["preposition"].lower())
                     for row in rows)


@lru_cache(maxsize=4)
def load_custody_nouns(path: Path = CUSTODY_PATH) -> frozenset[str]:
    """Nouns (lemmas) of places of custody (custody.tsv: prison, jail, detention, custody)."""
    return frozenset(row["noun"].lower() for row in read_data_table(path, CUSTODY_COLUMNS, ("noun",)))


def custody_objects(verb: Token) -> list[Token]:
    """The custody places (custody.tsv) `verb` puts someone in: "sent him to prison", "ordered him
    back to jail" (the parse hangs "to" on "back"), "took him into custody"."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"]
    places = load_custody_nouns()
    return [g for h in heads for g in prep_objects(h, CUSTODY_PREPS) if g.lemma_.lower() in places]


def no_target_prep(child: Token, event_type: str) -> bool:
    """A preposition under its head word (parsed "prep", or "dative" for "to") that names a topic or
    a destination of the event (non_target_preps.tsv): "a meeting on Afghanistan", "deported them to
    Honduras"; or a place of custody someone is put in or freed from ("to prison", "from jail")."""
    if child.dep_ not in ("prep", "dative") or child.pos_ != "ADP":
        return False
    custody = child.lower_ in CUSTODY_PREPS + RELEASE_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in load_custody_nouns() for g in child.children)
    return custody or names_no_target(child.head, event_type, child.lower_)


def prep_objects(word: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of `word`'s prepositions among `preps`."""
    return [g for p in word.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"]


def embedded_targets(verb: Token, event_type: str, depth: int = 0) -> list[Token]:
    """Argument tokens that stand for the targets of `verb`'s event (see the module docstring)."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "xcomp" and depth < MAX_DEPTH:
            if not rejected_act(child, event_type):
                found += [c for c in child.children if c.dep_ in OBJECT_DEPS]
            found += prep_objects(child, TARGET_PREPS)
            found += embedded_targets(child, event_type, depth + 1)
        elif event_type in CLAUSE_TYPES and depth == 0 and (child.dep_ == "ccomp" or _for_clause(child)):
            found += [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif child.dep_ == "dobj":
            parties = PARTY_PREPS if event_type in PARTY_TYPES else ()
            found += [o for o in prep_objects(child, NOUN_TARGET_PREPS + parties)
                      if not no_target_prep(o.head, event_type)]  # "held talks on Gaza"
        elif child.dep_ == "prep" and child.lower_ in VERB_NOUN_PREPS:  # "called for sanctions against X"
            nouns = [g for g in child.children if g.dep_ == "pobj"]
            found += [o for g in nouns for o in prep_objects(g, NOUN_TARGET_PREPS)]
        elif child.dep_ == "advcl" and event_type == "THREATEN" and _condition(child):  # "…unless Israel"
            found += [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def rejected_act(verb: Token, event_type: str) -> bool:
    """A gerund complement of a rejection names the rejected act as a thing ("Hamas rejects
    surrendering the fighters" is "rejects the surrender of the fighters"): its object is what is
    refused, not the party refused (the fighters are Hamas's own). Its to/from phrases still name one
    ("rejected handing the suspects to Britain")."""
    return (event_type == "REJECT" and verb.dep_ == "xcomp" and verb.tag_ == "VBG"
            and not to_infinitive(verb))


def predicate_targets(word: Token, event_type: str, index, actors: list[ActorMention],
                      head: Token | None = None) -> list:
    """The actors named nearest the event word in what it governs (objects, the prepositions a
    target takes, infinitives and their modifiers; breadth first, at most PREDICATE_DEPTH steps
    down), not its own actors. What in/near/at… or a time phrase names is where or when, never a
    target: for an act on a place (LOCATION_TARGET_TYPES) the first such place is the fallback."""
    if any(c.dep_ in OBJECT_DEPS and c.tag_ == "PRP" for c in word.children):
        return []  # "accusing it of supporting militants": the pronoun is the target, unresolved
    own = {m.actor for m in actors}
    request = event_type == "REQUEST"
    level = [(c, _venue(c)) for c in _governed(word, request, event_type) if c.dep_ != "conj"]
    if event_type == "PROTEST":  # "began a hunger strike to protest against the decision"
        level += [(c, False) for c in (head or word).children if c.dep_ == "advcl" and to_infinitive(c)]
    places: list = []
    for _ in range(PREDICATE_DEPTH):
        found = [(_mention_at(t, index), venue) for t, venue in level if _mention_at(t, index) is not None]
        named = [m for m, venue in found if not venue and m.actor.kind != "place" and m.actor not in own
                 and (m.resolved or m.actor.kind == "person")]  # an unknown name may be a place or a thing
        if named:
            return list(dict.fromkeys(named))
        places += [m for m, venue in found if venue or m.actor.kind == "place"]
        places += [t for t, _ in level if t.ent_type_ in ("GPE", "LOC") and index.at(t) is None]
        level = [(c, venue or _venue(c)) for t, venue in level for c in _governed(t, request, event_type)
                 if not (c.dep_ in OBJECT_DEPS and rejected_act(t, event_type))]
    return location_targets(places, event_type, actors)


def _mention_at(token: Token, index) -> ActorMention | None:
    """The actor a word names: a name, a generic agent with its owner ("Sudanese troops"), a body
    with its owner ("Croat forces"), or the leader an "X-led" modifier names ("the US-led war")."""
    if index.at(token) or token.pos_ != "NOUN":
        return index.at(token)
    leaders = [index.leader(c) for c in token.children if index.leader(c)]
    return index.owned_agent(token) or index.institution_owner(token) or (leaders[0] if leaders else None)


def _governed(token: Token, request: bool = False, event_type: str = "") -> list[Token]:
    """The words a predicate search goes down to from `token`: PREDICATE_DEPS, an infinitive with
    its own subject and that subject ("allowed the candidate to run", "a call for troops to be
    sent"), the doer a participle names ("crimes committed by X"); for a request, the that-clause
    of a noun and its subject ("its demand that Israel ease the restrictions"). Not a topic or a
    destination (non_target_preps.tsv: "deported them to Honduras")."""
    found = [c for c in token.children if c.dep_ in PREDICATE_DEPS and not no_target_prep(c, event_type)
             and not _content_clause(c)]
    if token.dep_ in ("acl", "relcl"):  # "an investigation into crimes committed by Croat forces"
        found += [c for c in token.children if c.dep_ == "agent"]
    found += [c for c in token.children if c.dep_ in ("ccomp", "relcl") and to_infinitive(c)]
    if request and token.pos_ == "NOUN":
        found += [c for c in token.children if c.dep_ in ("ccomp", "acl") and _that_clause(c)]
    clausal = token.dep_ in ("ccomp", "relcl", "acl")
    if clausal and (to_infinitive(token) or (request and _that_clause(token))):
        found += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _content_clause(clause: Token) -> bool:
    """"dismissed accusations it is getting weapons from North Korea": a noun's clause with a subject
    of its own tells what was said or claimed; who takes part in it is no target of the act on the
    noun (the reduced "crimes committed by X" has no subject and is searched)."""
    return clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _for_clause(verb: Token) -> bool:
    """"pushed for Germany to accept": the clause a request's "for" introduces."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _venue(token: Token) -> bool:
    """A preposition that does not lead to a target: a place or time ("in Iraq", "after the fall")."""
    return token.dep_ == "prep" and token.lower_ not in PREDICATE_PREPS


def _condition(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def place_country(place: object) -> Actor | None:
    """The country a place stands for: a country named as a place ("in Iraq"), a known place's
    country ("in Rafah"), or a city the imported country table lists ("in Monrovia")."""
    if isinstance(place, ActorMention):
        if place.actor.kind == "country":
            return place.actor
        country = place.actor.country or imported_country(place.actor.name.split()[-1], "GPE")
        return Actor(country, "country", country) if country else None  # "South Lebanon" → Lebanon
    if isinstance(place, Token):
        name = imported_country(place.text, "NORP")
        return Actor(name, "country", name) if name else None
    return None


def location_targets(places: list, event_type: str, actors: list[ActorMention] = ()) -> list[ActorMention]:
    """PLOVER's target when an act names none: the country it happened in ("deployed peacekeepers
    in East Timor", "threatened to impose a curfew in Algiers"), for acts done to a place
    (LOCATION_TARGET_TYPES: not meetings, statements or agreements, whose place is only a venue).
    The actors' own country is no target ("rebels in Chad rejected the offer")."""
    return place_target(places, actors) if event_type in LOCATION_TARGET_TYPES else []


def place_target(places: list, actors: list[ActorMention] = ()) -> list[ActorMention]:
    """The country of the first place that names one other than the actors' own, as a target."""
    own = {m.actor.country or m.actor.name for m in actors}
    for place in places:
        country = place_country(place)
        if country is not None and country.name not in own:
            start = place.start if isinstance(place, ActorMention) else place.i
            end = place.end if isinstance(place, ActorMention) else place.i + 1
            return [ActorMention(start, end, country, "place")]
    return []
