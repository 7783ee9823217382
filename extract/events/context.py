"""Participants taken from earlier in the article, for clauses that name none themselves.

- "the two sides / delegations / countries", "both sides" → the countries of the participants of
  the most recent event with two or more of them ("US and Iranian envoys met in Muscat … the two
  delegations would meet again next Saturday": the United States and Iran); "the two leaders" →
  those participants themselves.
- "the leaders", "the negotiators" (a bare definite plural) → whoever the article last named with
  the same noun ("leaders from the Arab League and the OIC … The leaders asked the ICC").
- a definite event noun ("the talks", "the exchange") → the participants of the latest earlier
  event with the same noun ("talks between Israel and Hamas … The talks resumed").
- a harm done by or in a definite attack noun ("the airstrikes killed", "were killed in the raid";
  attack_mentions.tsv) → the one actor of the latest earlier attack with the same noun, in the same
  sentence or the two before ("airstrikes by the Somali army … NISA said the airstrikes killed X").

Events filled this way are marked as borrowed (their confidence is lowered).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from extract.events.actors import ActorMention, actor_info
from extract.events.arguments import MentionIndex
from extract.events.clauses import Clause
from extract.events.lexicon import load_lexicon
from extract.events.pairs import GROUP_NOUNS, is_pair_anaphor, pair_means_persons
from extract.events.tables import DATA_DIR, check_choice, read_data_table
from extract.syntax import sentences_back

DEFINITE = frozenset({"the", "this", "these", "that", "those"})
OWNER_PREPS = ("from", "of")
ATTACK_MENTIONS_PATH = DATA_DIR / "lexicon" / "attack_mentions.tsv"
ATTACK_MENTION_COLUMNS = ("role", "example", "trigger", "expected_actors")
ATTACK_ROLES = ("subject", "in", "during", "by")
ATTACK_TYPE = "ASSAULT"
ATTACK_SENTENCES = 2  # how many sentences before the harm the earlier attack may be told in


def fill_from_context(clauses: list[Clause], index: MentionIndex | None = None) -> set[int]:
    """Give actorless clauses the participants the article gave them earlier; ids of those filled."""
    borrowed: set[int] = set()
    for k, clause in enumerate(clauses):
        if clause.actors:
            continue
        earlier = [c for c in clauses[:k] if c.actors]
        found: list[ActorMention] = []
        pair = next((t for t in clause.agents if is_pair_anaphor(t)), None)
        if pair is not None:
            source = _pair_source(earlier, pair_means_persons(pair))
            found = list(source.actors) + list(source.targets) if source else []
            found = found if pair_means_persons(pair) else _as_countries(found)
        elif index is not None and any(_bare_definite(t) for t in clause.agents):
            found = next((m for t in clause.agents if (m := _named_before(t, index))), [])
        elif (attack := _attack_named_again(clause)) is not None:
            found = _attacker_before(earlier, attack)
        elif clause.word.pos_ == "NOUN" and _definite(clause.word):
            source = next((c for c in reversed(earlier) if c.word.lemma_ == clause.word.lemma_), None)
            found = list(source.actors) + list(source.targets) if source else []
        if found:
            clause.actors = found
            borrowed.add(id(clause))
    return borrowed


def _as_countries(mentions: list[ActorMention]) -> list[ActorMention]:
    """"US envoy Witkoff and Iranian minister Araghchi met … the two delegations will meet again":
    sides, delegations and countries are the participants' countries (persons of no known country
    stay themselves)."""
    found = []
    for mention in mentions:
        country = actor_info(mention.actor.country) if mention.actor.kind == "person" else None
        if country is not None and country.kind == "country":
            mention = replace(mention, actor=country)
        if mention.actor not in {m.actor for m in found}:
            found.append(mention)
    return found


def _participants(clause: Clause, kind: str | None = None) -> int:
    return len({m.actor for m in clause.actors + clause.targets if kind is None or m.actor.kind == kind})


def _pair_source(earlier: list[Clause], persons: bool) -> Clause | None:
    """The latest earlier event with two participants; for "the two men / leaders", the latest with
    two persons if there is one ("Netanyahu met Kushner to discuss the ceasefire between Israel and
    Hamas … the two men discussed": Netanyahu and Kushner)."""
    if persons:
        source = next((c for c in reversed(earlier) if _participants(c, "person") >= 2), None)
        if source is not None:
            return source
    return next((c for c in reversed(earlier) if _participants(c) >= 2), None)


def _bare_definite(token: Token) -> bool:
    """"The leaders" with nothing else before the noun: a named owner would have made the actors."""
    if token.lemma_.lower() not in GROUP_NOUNS or token.tag_ not in ("NNS", "NNPS"):
        return False
    return [c.lower_ for c in token.children if c.i < token.i] == ["the"]


def _named_before(token: Token, index: MentionIndex) -> list[ActorMention]:
    """The actors of the latest earlier use of the same plural noun ("leaders from X and Y",
    "Israeli and Qatari negotiators"); [] when the article named none."""
    for earlier in reversed(token.doc[: token.i]):
        if earlier.lemma_ != token.lemma_ or earlier.tag_ != token.tag_:
            continue
        owners = [g for p in earlier.children if p.dep_ == "prep" and p.lower_ in OWNER_PREPS
                  for g in p.children if g.dep_ == "pobj"]
        found = index.behind(earlier) + [m for o in owners for m in index.behind(o)]
        found = [m for m in found if m.actor.kind != "place"]
        if found:
            return found
    return []


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


@lru_cache(maxsize=4)
def load_attack_roles(path: Path = ATTACK_MENTIONS_PATH) -> frozenset[str]:
    """Where a harm names the attack it was done by (attack_mentions.tsv): its subject ("the airstrikes
    killed") or the object of a preposition ("were killed in the raid")."""
    rows = read_data_table(path, ATTACK_MENTION_COLUMNS, ("role",))
    return frozenset(check_choice(path, row, "role", ATTACK_ROLES) for row in rows)


def _attack_named_again(clause: Clause) -> Token | None:
    """The definite attack noun ("the airstrikes") a harm with no actor is done by or in, if any."""
    if clause.event_type != ATTACK_TYPE or clause.word.pos_ != "VERB":
        return None
    roles = load_attack_roles()
    words = list(clause.agents) if "subject" in roles else []
    words += [g for p in clause.word.children if p.dep_ in ("prep", "agent") and p.lower_ in roles
              for g in p.children if g.dep_ == "pobj"]
    lexicon = load_lexicon()
    return next((t for t in words if t.pos_ == "NOUN" and _definite(t)
                 and (noun := lexicon.noun(t)) is not None and noun.event_type == ATTACK_TYPE), None)


def _attacker_before(earlier: list[Clause], attack: Token) -> list[ActorMention]:
    """The actors of the latest earlier attack told with the same noun, near enough (ATTACK_SENTENCES),
    when they are one actor: "airstrikes by the army and its partners" named one; two named actors
    (or none) leave the harm without."""
    first = sentences_back(attack.sent, ATTACK_SENTENCES)
    source = next((c for c in reversed(earlier) if c.word.lemma_ == attack.lemma_
                   and first <= c.word.i < attack.i), None)
    if source is None or len({m.actor.name for m in source.actors}) != 1:
        return []
    return list(source.actors)
