"""A verb typed by the words it takes, as CAMEO's verb phrases do: by its object (object_types.tsv:
"accepted the demands" CONCEDE, "blocked the road" PROTEST, "put under investigation" ACCUSE) or by
its subject (subject_types.tsv: troops arriving MOBILIZE); and the event noun an object names."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extract.events.lexicon import Entry, Lexicon
from extract.events.targets import custody_objects, prep_objects
from extract.schema import PLOVER_TYPES

COLLECTIVE_NOUNS = frozenset({"package", "round", "wave", "series", "set", "batch", "barrage"})


def typed_by_object(verb: Token, entry: Entry | None, lexicon: Lexicon) -> Entry | None:
    """The type object_types.tsv gives the verb with its object event noun: "accepted the demands"
    (CONCEDE), "ended the mediation" (SANCTION), "lifted the blockade" (RETREAT), or with the noun's
    own lemma when no row names its type ("declared war", not "declared the operation over"); what a
    verb puts someone under counts as its object ("placed under arrest", "put under investigation");
    an object no row names is named by its compound modifier too ("distributed relief items"), then by
    an adjective before it ("signed a constitutional declaration"), and
    the noun a past participle describes is its object ("a coup led by the army")."""
    under = prep_objects(verb, ("under",))
    described = [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []  # "a coup led by"
    for child in [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + under + described:
        noun = event_noun(child, lexicon)
        if noun is None:  # "ended its mediation efforts"
            noun = next((c for c in child.children if c.dep_ == "compound" and lexicon.noun(c)), None)
        names = [lexicon.noun(noun).event_type, noun.lemma_.lower()] if noun else [
            child.lemma_.lower(), child.lower_] + [
            g.lemma_.lower() for g in prep_objects(child, ("of",))] + [  # "a mission of observers"
            c.lemma_.lower() for c in child.children if c.dep_ == "compound"] + [  # "relief items"
            c.lemma_.lower() for c in child.children if c.dep_ == "amod"]  # "a constitutional declaration"
        typed = _typed_by_pair(lexicon.object_types, verb, names, entry)
        if typed:
            return typed
    return entry


def typed_by_subject(verb: Token, entry: Entry | None, lexicon: Lexicon) -> Entry | None:
    """The type subject_types.tsv gives the verb with its subject (a passive's too, and the subject
    of the verb an infinitive or gerund completes): troops arriving are deployed (MOBILIZE), not
    visiting (CONSULT); peacekeepers arriving or deployed are aid (AID, CAMEO 074)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]  # "were deployed"
    if not subjects and verb.dep_ == "xcomp":  # "the first detainees began arriving"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for child in subjects + [g for c in subjects for g in prep_objects(c, ("of",))]:  # "a unit of troops"
        names = [f"{c.lower_} {child.lemma_.lower()}" for c in child.children
                 if c.dep_ in ("amod", "compound") and c.i == child.i - 1] + [child.lemma_.lower()]
        typed = _typed_by_pair(lexicon.subject_types, verb, names, entry)
        if typed:
            return typed
    return entry


def typed_by_instrument(verb: Token, entry: Entry | None, lexicon: Lexicon) -> Entry | None:
    """"Russia used its veto to shut down the panel": the act done with an instrument that is an
    event noun of a PLOVER type (instrument_verbs.tsv's verbs; "veto": REJECT) is that act."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in lexicon.instrument_verbs:
        return entry
    means = [lexicon.noun(c) for c in verb.head.children if c.dep_ == "dobj" and lexicon.noun(c)]
    typed = [m for m in means if m.event_type in PLOVER_TYPES]
    if not typed:
        return entry
    lemma = verb.lemma_.lower()
    return replace(entry or Entry(lemma, "VERB", "", typed[0].event_type, False),
                   event_type=typed[0].event_type, speech=False)


def typed_by_custody(verb: Token, entry: Entry | None) -> Entry | None:
    """"ordered the journalist back to prison", "was sent to jail": whoever a verb puts in a place of
    custody (custody.tsv) is detained (CAMEO 173, PLOVER COERCE), whatever the verb. Only with
    someone put there, its object or passive subject ("he returned to prison" types nothing)."""
    put = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    if not put or not custody_objects(verb):
        return entry
    return replace(entry or Entry(verb.lemma_.lower(), "VERB", "", "COERCE", False),
                   event_type="COERCE", speech=False)


def _typed_by_pair(table: dict[tuple[str, str], str], verb: Token, names: list[str],
                   entry: Entry | None) -> Entry | None:
    """The entry typed by the first (verb lemma, name) pair the table holds; None when it holds none.
    A verb the lexicon lacks gets an entry of its own."""
    lemma = verb.lemma_.lower()
    found = next((table[(lemma, name)] for name in names if (lemma, name) in table), None)
    if not found:
        return None
    return replace(entry or Entry(lemma, "VERB", "", found, False), event_type=found, speech=False)


def light_object(verb: Token, objects: list[Token], lexicon: Lexicon) -> tuple[Token, Entry] | None:
    """The noun that names the act of a support verb only there (light_nouns.tsv), with its entry:
    "held a session" (CONSULT), "issued a report" and "a report issued by" (STATEMENT), "conducted
    a series of missile tests" (MOBILIZE). None for any other verb, and when no object is one."""
    if not lexicon.is_support(verb):
        return None
    if verb.dep_ == "acl":  # "the report issued last month by Freedom House"
        objects = [*objects, verb.head]
    for child in objects:
        inner = [g for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"] if child.lemma_.lower() in COLLECTIVE_NOUNS else []
        for noun in [*inner, child]:  # "a round of tests": the tests
            entry = lexicon.light_noun(noun)
            if entry is not None:
                return noun, entry
    return None


def event_noun(token: Token, lexicon: Lexicon) -> Token | None:
    """The event noun an object names: itself, or the X of "a package / round / wave of X"."""
    if lexicon.noun(token):
        return token
    if token.lemma_.lower() in COLLECTIVE_NOUNS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                inner = [g for g in prep.children if g.dep_ == "pobj" and lexicon.noun(g)]
                if inner:
                    return inner[0]
    return None
