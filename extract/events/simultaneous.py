"""Gerund clauses at the time of the clause they modify (data/lexicon/simultaneous.tsv): "In
announcing the sanctions this week, Blinken said …", "said Saturday while announcing plans": the
gerund's time is the main clause's (timing.TimeIndex); so is a finite clause's after "as" or "while"
("told reporters as he declared the operation over on Wednesday"); so is a fronted bare
participle of speaking ("Speaking at the council this week, Akram said …") and a fronted passive
participle of questioning ("Asked by VOA on Monday whether …, Rubio said …": the answer's time)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from extract.events.lexicon import LEXICON_DIR
from extract.events.tables import read_data_table

SIMULTANEOUS_PATH = LEXICON_DIR / "simultaneous.tsv"
SIMULTANEOUS_COLUMNS = ("word", "kind", "example", "trigger", "time_text")
FINITE = ("VBD", "VBZ", "VBP")  # "told reporters as he declared the operation over on Wednesday"


@lru_cache(maxsize=4)
def simultaneous_words(path: Path = SIMULTANEOUS_PATH) -> dict[str, frozenset[str]]:
    """The words of the table by kind ("prep", "mark")."""
    rows = read_data_table(path, SIMULTANEOUS_COLUMNS, ("word", "kind"))
    return {kind: frozenset(r["word"].lower() for r in rows if r["kind"] == kind)
            for kind in ("prep", "mark", "finite", "fronted", "asked")}


def simultaneous_head(token: Token) -> Token | None:
    """The verb a gerund clause happens at the time of ("In announcing …, Blinken said": said), or
    None when `token` heads no such clause."""
    words = simultaneous_words()
    if token.tag_ in FINITE and token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX"):
        marked = any(c.dep_ == "mark" and c.lower_ in words["finite"] for c in token.children)
        return token.head if marked else None
    if token.tag_ == "VBN":  # "Asked by VOA on Monday whether …, Rubio said"
        return token.head if fronted_occasion(token, words["asked"]) else None
    if token.tag_ != "VBG":
        return None
    if fronted_occasion(token, words["fronted"]):
        return token.head
    prep = token.head
    if token.dep_ == "pcomp" and prep.lower_ in words["prep"] and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in words["mark"] for c in token.children)
    return token.head if token.dep_ == "advcl" and marked and token.head.pos_ in ("VERB", "AUX") else None


def fronted_occasion(token: Token, verbs: frozenset[str] | None = None) -> bool:
    """"Speaking at a Security Council meeting this week, Akram said …": a bare participle of the
    table (no marker, no subject of its own) put before its main clause tells the occasion of the
    main act, so the two share a time."""
    verbs = simultaneous_words()["fronted"] if verbs is None else verbs
    head = token.head
    return token.dep_ == "advcl" and token.lemma_.lower() in verbs and token.i < head.i \
        and head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in token.children)
