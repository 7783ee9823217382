"""Participants taken from earlier in the article, for clauses that name none themselves.

- "the two sides / delegations / countries", "both sides" → the participants of the most recent
  event with two or more of them ("US and Iranian envoys met in Muscat … the two delegations
  would meet again next Saturday").
- a definite event noun ("the talks", "the exchange") → the participants of the latest earlier
  event with the same noun ("talks between Israel and Hamas … The talks resumed").

Events filled this way are marked as borrowed (their confidence is lowered).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.events.clauses import Clause

GROUP_NOUNS = frozenset({"side", "delegation", "country", "leader", "party", "government", "negotiator",
                         "team", "nation"})
DEFINITE = frozenset({"the", "this", "these", "that", "those"})


def fill_from_context(clauses: list[Clause]) -> set[int]:
    """Give actorless clauses the participants the article gave them earlier; ids of those filled."""
    borrowed: set[int] = set()
    for k, clause in enumerate(clauses):
        if clause.actors:
            continue
        earlier = [c for c in clauses[:k] if c.actors]
        source = None
        if any(_pair_anaphor(t) for t in clause.agents):
            source = next((c for c in reversed(earlier) if _participants(c) >= 2), None)
        elif clause.word.pos_ == "NOUN" and _definite(clause.word):
            source = next((c for c in reversed(earlier) if c.word.lemma_ == clause.word.lemma_), None)
        if source is not None:
            clause.actors = list(source.actors) + list(source.targets)
            borrowed.add(id(clause))
    return borrowed


def _participants(clause: Clause) -> int:
    return len({m.actor for m in clause.actors + clause.targets})


def _pair_anaphor(token: Token) -> bool:
    """"the two sides", "both delegations"."""
    if token.lemma_.lower() not in GROUP_NOUNS or token.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.lower_ in ("two", "both") for c in token.children)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
