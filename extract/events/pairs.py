"""Words that stand for the two participants of an earlier event: "the two sides", "both leaders",
"the two men", "the pair", "both" (context.py finds whom they mean)."""

from __future__ import annotations

from spacy.tokens import Token

GROUP_NOUNS = frozenset({"side", "delegation", "country", "leader", "party", "government", "negotiator",
                         "team", "nation", "mediator", "envoy", "minister", "man", "woman", "official",
                         "president"})
# the participants themselves; any other group noun ("sides", "delegations") means their countries
PERSON_NOUNS = frozenset({"leader", "minister", "envoy", "negotiator", "mediator", "man", "woman", "pair",
                          "both", "official", "president"})
PAIR_WORDS = ("two", "both")


def is_pair_anaphor(token: Token) -> bool:
    """"the two sides", "both delegations", "the two men", "the pair", "Both said"."""
    if token.lower_ == "both" and token.dep_ in ("nsubj", "nsubjpass"):
        return True
    if token.lemma_.lower() == "pair" and token.tag_ == "NN":
        return any(c.lower_ == "the" for c in token.children)
    if token.lemma_.lower() not in GROUP_NOUNS or token.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.lower_ in PAIR_WORDS for c in token.children)


def pair_means_persons(token: Token) -> bool:
    """Whether the pair word names the participants themselves rather than their countries."""
    return token.lemma_.lower() in PERSON_NOUNS or token.lower_ == "both"


def pair_in_apposition(token: Token) -> Token | None:
    """"Shos Bedrosian, the two men, discussed": a subject the parser gave a pair as apposition
    (usually a misparse of "According to the spokesperson, Shos Bedrosian, the two men …")."""
    return next((c for c in token.children if c.dep_ == "appos" and is_pair_anaphor(c)), None)
