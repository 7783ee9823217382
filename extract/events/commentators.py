"""Commentators: persons the article describes as analysts, experts, academics or private people,
and organisations whose name says they are one ("Cornell University"); data/lexicon/commentators.tsv.
What they say or think is commentary, not an event; an event they report about others keeps them as
its attribution."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.events.private import fronted

DESCRIBING_DEPS = ("compound", "appos", "amod", "nmod")
# the commentator words an organisation's own name may show ("Cornell University"; not "program":
# the World Food Program is a U.N. agency)
ORGANISATION_WORDS = frozenset({"university", "institute", "endowment", "consultancy", "college", "tank"})
MAX_PHRASE = 12  # tokens of an appositive phrase searched ("director of the Emerging Markets Institute")
QUALIFYING_DEPS = ("amod", "compound", "nmod")  # "Chinese researchers", "U.S. analysts"


def commentator_names(doc: Doc, words: frozenset[str]) -> set[str]:
    """Canonical names of the persons some mention in `doc` describes with one of `words`."""
    found = set()
    for mention in doc._.actors or ():
        organisation = mention.actor.kind == "organisation"
        if organisation and _named_commentator(mention.actor.name, words & ORGANISATION_WORDS):
            found.add(mention.actor.name)  # "Istanbul's Kadir Has University", "the Carnegie Endowment"
        if mention.actor.kind != "person" or mention.how == "pronoun":
            continue
        root = doc[mention.start:mention.end].root
        if any(_names_commentator(t, words) for t in _descriptions(root)):
            found.add(mention.actor.name)
    return found


def _named_commentator(name: str, words: frozenset[str]) -> bool:
    return any(word.lower() in words for word in name.split())


def _descriptions(root: Token) -> list[Token]:
    """Titles and appositions of a name, and the noun it is in apposition to ("his daughter Linda Wu")."""
    described = [c for c in root.children if c.dep_ in DESCRIBING_DEPS]
    described += [g for p in root.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "from")
                  for g in p.children if g.dep_ == "pobj"]  # "John Smith of Cornell University"
    if root.dep_ == "appos":
        described.append(root.head)
    # "Cem Gurdeniz, who is now a regional analyst": what a relative clause says the person is
    described += [a for r in root.children if r.dep_ == "relcl" and r.lemma_ == "be"
                  for a in r.children if a.dep_ == "attr"]
    # "A media analyst at …, X noted": a description put before the name
    return described + [t for f in fronted(root) for t in f.subtree][:MAX_PHRASE]


def _names_commentator(token: Token, words: frozenset[str]) -> bool:
    if token.lemma_.lower() in words:
        return True
    if token.dep_ != "appos" and token.head.dep_ != "appos" and token.i > token.head.i:
        return False
    phrase = [t for t in token.subtree][:MAX_PHRASE] if token.dep_ == "appos" else []
    return any(t.lemma_.lower() in words for t in phrase)


def qualified_commentators(doc: Doc, words: frozenset[str]) -> set[int]:
    """Starts of the mentions of a country that only say whose commentators speak ("Chinese
    researchers have revealed …", "U.S. analysts say …"): a nationality is no actor there, and what the
    unnamed commentators say or think is no event of the country's. (A body stays: "U.N. sanctions
    experts detailed …" is a U.N. panel's report.)"""
    return {m.start for m in doc._.actors or () if m.actor.kind == "country"
            and _qualifies_commentator(doc[m.start:m.end].root, words)}


def _qualifies_commentator(root: Token, words: frozenset[str]) -> bool:
    return root.dep_ in QUALIFYING_DEPS and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in words
