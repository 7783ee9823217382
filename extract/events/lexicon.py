"""The event lexicon (data/lexicon/): trigger lemmas → PLOVER types, support verbs, modality cues."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from extract.events.imported import ImportedVerbs, imported_verbs
from extract.events.tables import DATA_DIR, check_choice, read_data_table
from extract.schema import EVENT_TYPES, MODES

LEXICON_DIR = DATA_DIR / "lexicon"
LEXICON_COLUMNS = ("lemma", "pos", "particle", "event_type", "speech", "example", "expected_type")
SUPPORT_COLUMNS = ("lemma", "example", "expected_trigger")
MODALITY_COLUMNS = ("word", "relation", "mode", "example", "trigger", "expected_mode")
STATE_COLUMNS = ("lemma", "kind", "example")
STATE_KINDS = ("state", "attitude", "background")
COMMENTATOR_COLUMNS = ("word", "example", "person")
RELATIONS = ("aux", "mark", "governor", "modifier")
NEGATION_COLUMNS = ("event_type", "negated_type", "example", "trigger", "expected_type")
INTENT_COLUMNS = ("event_type", "intent_type", "example", "trigger", "expected_type")
COMPOUND_COLUMNS = ("modifier", "noun", "event_type", "example", "trigger", "expected_type")
INTENT_GOVERNOR_COLUMNS = ("word", "pos", "example", "trigger", "expected_type")
OBJECT_TYPE_COLUMNS = ("lemma", "object_type", "event_type", "example", "trigger", "expected_type")
SUBJECT_TYPE_COLUMNS = ("lemma", "subject", "event_type", "example", "trigger", "expected_type")
SUPPORT_PREP_COLUMNS = ("lemma", "preposition", "example", "trigger", "expected_type")
INSTRUMENT_COLUMNS = ("lemma", "example", "trigger", "expected_actor")
HARM_COLUMNS = ("word", "example", "trigger", "expected_type")
PHASE_COLUMNS = ("lemma", "example", "trigger", "expected_type")
RETALIATION_COLUMNS = ("lemma", "example", "trigger", "expected_type")
OBLIGATION_COLUMNS = ("word", "relation", "example", "trigger", "expected_type", "expected_target")
OBLIGATION_RELATIONS = ("aux", "governor")
LIGHT_NOUN_COLUMNS = ("noun", "event_type", "example", "trigger", "expected_type")


@dataclass(frozen=True)
class Entry:
    """One trigger: `particle` is a particle or preposition the trigger needs ("call for"), or a
    dependency in angle brackets its verb needs ("<oprd>": "called the resolution historic"), or
    several joined by "+" ("<ccomp>+<nsubj>": "India helped Mauritius build", not "to help them adapt")."""

    lemma: str
    pos: str
    particle: str
    event_type: str
    speech: bool


@dataclass
class Lexicon:
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, Entry] = field(default_factory=dict)
    support: frozenset[str] = frozenset()
    support_heads: frozenset[str] = frozenset()  # the rows of `support` cut after any word ("ramp")
    modality: dict[tuple[str, str], str] = field(default_factory=dict)
    imported: ImportedVerbs | None = None
    states: frozenset[str] = frozenset()
    commentators: frozenset[str] = frozenset()
    negation: dict[str, str] = field(default_factory=dict)
    intent: dict[str, str] = field(default_factory=dict)
    object_types: dict[tuple[str, str], str] = field(default_factory=dict)
    subject_types: dict[tuple[str, str], str] = field(default_factory=dict)
    intent_governors: frozenset[tuple[str, str]] = frozenset()
    compounds: dict[tuple[str, str], Entry] = field(default_factory=dict)
    support_preps: frozenset[tuple[str, str]] = frozenset()
    instrument_verbs: frozenset[str] = frozenset()
    compound_nouns: frozenset[str] = frozenset()  # the nouns of `compounds`: others need no look at modifiers
    support_prep_words: frozenset[str] = frozenset()  # the prepositions of `support_preps`
    light_nouns: dict[str, Entry] = field(default_factory=dict)  # nouns typed only after a support verb

    def verb(self, token: Token) -> Entry | None:
        """The verb entry of `token`, preferring one whose particle/preposition is present."""
        entries = next((self.verbs[k] for k in lemmas(token) if k in self.verbs), None)
        words: set[str] | None = None  # what completes the verb, read off the parse when first needed
        for entry in entries or ():  # "<ccomp>+<nsubj>": every part is needed
            if not entry.particle:
                return entry
            words = _completions(token) if words is None else words
            if all(part in words for part in entry.particle.split("+")):
                return entry
        return None

    def cameo(self, token: Token, patterns_only: bool = False) -> Entry | None:
        """The CAMEO dictionary's reading of a verb the hand-written lexicon lacks: a phrase pattern
        on its object or preposition ("reached a consensus" → AGREE, "staged rallies" → PROTEST),
        else the verb's own code (not for light verbs: `patterns_only`)."""
        if self.imported is None:
            return None
        keys = lemmas(token)
        lemma = next((k for k in keys if k in self.imported.blocks or k in self.imported.types), None)
        lemma = lemma or next((self.imported.forms[k] for k in keys if k in self.imported.forms), None)
        if lemma is None:
            return None
        found = _pattern(self.imported, lemma, token)
        if found is None and not patterns_only:
            words = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod") or _is_prep(c)}
            found = next((t for p, t in self.imported.types.get(lemma, ()) if not p or p in words), None)
        return Entry(lemma, "VERB", "", found, False) if found else None

    def noun(self, token: Token) -> Entry | None:
        """The event noun entry of `token`; a compound of compounds.tsv wins ("hunger strike")."""
        lemma = token.lemma_.lower()
        if lemma in self.compound_nouns:
            for child in token.children:
                if child.dep_ in ("compound", "amod") and child.i == token.i - 1:
                    found = self.compounds.get((child.lower_, lemma))
                    if found:
                        return found
        return self.nouns.get(lemma) or self.nouns.get(token.lower_)

    def is_state(self, token: Token) -> bool:
        """A verb naming a state, attitude or background ("controls", "opposes", "hopes"): no event."""
        return any(k in self.states for k in lemmas(token))

    def is_support(self, token: Token) -> bool:
        """A light verb whose object names the act (support_verbs.tsv); a row may name the verb with
        its particle ("ramp up", "step up": "stepped down" is no support verb)."""
        keys = lemmas(token)
        if not any(k in self.support_heads for k in keys):  # most verbs: no particles needed
            return False
        particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
        return any(k in self.support or f"{k} {p}" in self.support for k in keys for p in particles + [""])

    def light_noun(self, token: Token) -> Entry | None:
        """The act a noun names as the object of a support verb only (light_nouns.tsv: "held a
        session" CONSULT, "issued a report" STATEMENT, "conducted drills" MOBILIZE); a row may name
        the noun with the modifier right before it ("news conference" STATEMENT)."""
        lemma = token.lemma_.lower()
        keys = [f"{c.lower_} {lemma}" for c in token.children
                if c.dep_ in ("compound", "amod") and c.i == token.i - 1] + [lemma, token.lower_]
        return next((self.light_nouns[k] for k in keys if k in self.light_nouns), None)

    def support_objects(self, verb: Token) -> list[Token]:
        """The objects of the prepositions through which `verb` names an event noun
        (support_preps.tsv: "insisted on its demand", "gathered for a protest"); a row's verb may
        carry its object noun ("take part": "took part in the talks")."""
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        preps = [(p, h) for h in [verb, *objects] for p in h.children
                 if p.dep_ == "prep" and p.lower_ in self.support_prep_words]
        if not preps:  # most verbs: no lemma candidates needed
            return []
        keys = lemmas(verb)  # and the verb with its object noun: "took part in the talks"; there the
        # preposition may hang on the noun ("claimed responsibility for the attack")
        with_object = {o.i: f"{keys[0]} {o.lemma_.lower()}" for o in objects}
        preps = [p for p, h in preps if any((k, p.lower_) in self.support_preps
                                             for k in ([*keys, *with_object.values()] if h is verb
                                                       else [with_object[h.i]]))]
        return [g for p in preps for g in p.children if g.dep_ == "pobj"]

    def mode(self, word: str, relation: str) -> str | None:
        return self.modality.get((word.lower(), relation))

    def governor(self, token: Token) -> str | None:
        """The mode a governing verb gives its infinitive ("plans to visit" → future), if any."""
        keys = [(k, "governor") for k in lemmas(token)]
        return next((self.modality[k] for k in keys if k in self.modality), None)


def lemmas(token: Token) -> tuple[str, ...]:
    """Lemma candidates: spaCy's lemma first, then the word with common endings undone, because the
    small model's lemmatizer slips on some verbs ("staged" → "stag", "hopes" → "hop")."""
    return _lemma_candidates(token.lower_, token.lemma_)


@lru_cache(maxsize=65536)
def _lemma_candidates(word: str, lemma: str) -> tuple[str, ...]:
    """lemmas() of a word and its spaCy lemma (asked several times per verb: computed once)."""
    found = [lemma.lower(), word]
    for ending, replacement in (("ied", "y"), ("ies", "y"), ("d", ""), ("ed", ""), ("s", ""), ("es", ""),
                                ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            found.append(word[: -len(ending)] + replacement)
    return tuple(found)


def _pattern(imported: ImportedVerbs, lemma: str, token: Token) -> str | None:
    """The type a CAMEO pattern of the verb's blocks gives its object noun, or the noun of one of its
    prepositions (a preposition alone, "* (IN)", says too little to type an event)."""
    keys = []
    for child in token.children:
        if child.dep_ == "dobj":  # "launched a mediation effort": the compound names the act too
            keys += [(child.lemma_.lower(), ""), (child.lower_, "")]
            keys += [(c.lemma_.lower(), "") for c in child.children if c.dep_ == "compound"]
        elif _is_prep(child):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            keys += [(g.lemma_.lower(), child.lower_) for g in objects]
    for block in sorted(imported.blocks.get(lemma, ())):
        for noun, preposition in keys:
            if (block, noun, preposition) in imported.patterns:
                return imported.patterns[(block, noun, preposition)]
    return None


def _completions(token: Token) -> set[str]:
    """What may complete a verb (the `particle` of an entry): its particles, adverbs and
    prepositions, its dependencies in angle brackets ("<ccomp>") and the mark right after it."""
    words = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod") or _is_prep(c)}
    words |= {f"<{c.dep_}>" for c in token.children}
    return words | _clause_marks(token)


def _clause_marks(token: Token) -> set[str]:
    """"called for the hostages to be released": the parser makes "for" the mark of the clause
    that follows; right after the verb, or after its adverbs ("pushing hard for the US to
    support"), it still completes the verb ("call for")."""
    after = token.i + 1
    while after < len(token.doc) and token.doc[after].dep_ == "advmod" and token.doc[after].head == token:
        after += 1
    if after >= len(token.doc):
        return set()
    mark = token.doc[after]
    clause = mark.head
    if mark.dep_ == "mark" and clause.head == token and clause.dep_ in ("advcl", "ccomp", "xcomp"):
        return {mark.lower_}
    return set()


def _is_prep(token: Token) -> bool:
    """A preposition that can complete a verb ("call on X"), not one introducing a date ("on Sunday")."""
    return token.dep_ == "prep" and not any(c.ent_type_ in ("DATE", "TIME") for c in token.children)


def _entries(path: Path) -> list[Entry]:
    entries = []
    for row in read_data_table(path, LEXICON_COLUMNS, required=("lemma", "pos", "event_type")):
        pos = check_choice(path, row, "pos", ("VERB", "NOUN"))
        event_type = check_choice(path, row, "event_type", EVENT_TYPES)
        speech = check_choice(path, row, "speech", ("yes", "no", "")) == "yes"
        entries.append(Entry(row["lemma"].lower(), pos, row["particle"].lower(), event_type, speech))
    return entries


def _specificity(entry: Entry) -> int:
    """Most specific entries are tried first: a needed dependency, then a particle, then none."""
    return 0 if entry.particle.startswith("<") else 1 if entry.particle else 2


@lru_cache(maxsize=2)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Read events.tsv, support_verbs.tsv, support_preps.tsv, modality.tsv, states.tsv, commentators.tsv,
    negation.tsv, intent.tsv, intent_governors.tsv, object_types.tsv, subject_types.tsv, compounds.tsv,
    instrument_verbs.tsv and light_nouns.tsv from `directory`."""
    lexicon = Lexicon()
    for entry in sorted(_entries(directory / "events.tsv"), key=_specificity):
        if entry.pos == "VERB":
            lexicon.verbs.setdefault(entry.lemma, []).append(entry)
        else:
            lexicon.nouns[entry.lemma] = entry
    support = read_data_table(directory / "support_verbs.tsv", SUPPORT_COLUMNS, required=("lemma",))
    lexicon.support = frozenset(row["lemma"].lower() for row in support)
    lexicon.support_heads = frozenset(" ".join(row.split(" ")[:n]) for row in lexicon.support
                                      for n in range(1, row.count(" ") + 2))
    path = directory / "modality.tsv"
    for row in read_data_table(path, MODALITY_COLUMNS, required=("word", "relation", "mode")):
        relation = check_choice(path, row, "relation", RELATIONS)
        lexicon.modality[(row["word"].lower(), relation)] = check_choice(path, row, "mode", MODES)
    path = directory / "states.tsv"
    rows = read_data_table(path, STATE_COLUMNS, required=("lemma", "kind"))
    kinds = {row["lemma"].lower(): check_choice(path, row, "kind", STATE_KINDS) for row in rows}
    lexicon.states = frozenset(kinds)
    rows = read_data_table(directory / "commentators.tsv", COMMENTATOR_COLUMNS, required=("word",))
    lexicon.commentators = frozenset(row["word"].lower() for row in rows)
    path = directory / "negation.tsv"
    for row in read_data_table(path, NEGATION_COLUMNS, required=("event_type", "negated_type")):
        lexicon.negation[check_choice(path, row, "event_type", EVENT_TYPES)] = check_choice(
            path, row, "negated_type", EVENT_TYPES)
    path = directory / "intent.tsv"
    for row in read_data_table(path, INTENT_COLUMNS, required=("event_type", "intent_type")):
        lexicon.intent[check_choice(path, row, "event_type", EVENT_TYPES)] = check_choice(
            path, row, "intent_type", EVENT_TYPES)
    lexicon.object_types = _object_types(directory / "object_types.tsv")
    path = directory / "subject_types.tsv"
    rows = read_data_table(path, SUBJECT_TYPE_COLUMNS, required=("lemma", "subject", "event_type"))
    lexicon.subject_types = {(row["lemma"].lower(), row["subject"].lower()):
                             check_choice(path, row, "event_type", EVENT_TYPES) for row in rows}
    path = directory / "intent_governors.tsv"
    rows = read_data_table(path, INTENT_GOVERNOR_COLUMNS, required=("word", "pos"))
    lexicon.intent_governors = frozenset((row["word"].lower(), row["pos"]) for row in rows)
    lexicon.compounds = _compounds(directory / "compounds.tsv")
    lexicon.compound_nouns = frozenset(noun for _, noun in lexicon.compounds)
    rows = read_data_table(directory / "support_preps.tsv", SUPPORT_PREP_COLUMNS, ("lemma", "preposition"))
    lexicon.support_preps = frozenset((row["lemma"].lower(), row["preposition"].lower()) for row in rows)
    lexicon.support_prep_words = frozenset(prep for _, prep in lexicon.support_preps)
    rows = read_data_table(directory / "instrument_verbs.tsv", INSTRUMENT_COLUMNS, ("lemma",))
    lexicon.instrument_verbs = frozenset(row["lemma"].lower() for row in rows)
    lexicon.light_nouns = _light_nouns(directory / "light_nouns.tsv")
    lexicon.imported = imported_verbs()
    return lexicon


@lru_cache(maxsize=2)
def load_harm_words(path: Path = LEXICON_DIR / "harm.tsv") -> frozenset[str]:
    """Words of harm a speaker can warn another actor of (harm.tsv: "would pay a heavy price if …")."""
    return frozenset(row["word"].lower() for row in read_data_table(path, HARM_COLUMNS, ("word",)))


@lru_cache(maxsize=2)
def load_retaliation_words(path: Path = LEXICON_DIR / "retaliation.tsv") -> frozenset[str]:
    """Words of a hostile response ("retaliate", "retaliatory"): a speaker's own possible one is a
    threat (retaliation.tsv, coding.possible_own_harm)."""
    return frozenset(row["lemma"].lower() for row in read_data_table(path, RETALIATION_COLUMNS, ("lemma",)))


@lru_cache(maxsize=2)
def load_obligations(path: Path = LEXICON_DIR / "obligation.tsv") -> frozenset[tuple[str, str]]:
    """(word, relation) pairs of obligation ("must", aux; "need", governor): a speaker saying another
    actor so must act makes a demand of it (obligation.tsv, coding.demanded_of_others)."""
    rows = read_data_table(path, OBLIGATION_COLUMNS, ("word", "relation"))
    return frozenset((row["word"].lower(), check_choice(path, row, "relation", OBLIGATION_RELATIONS))
                     for row in rows)


@lru_cache(maxsize=2)
def load_phase_verbs(path: Path = LEXICON_DIR / "phase_verbs.tsv") -> frozenset[str]:
    """Verbs naming the phase of the act their complement names (phase_verbs.tsv: "began shelling")."""
    return frozenset(row["lemma"].lower() for row in read_data_table(path, PHASE_COLUMNS, ("lemma",)))


def _compounds(path: Path) -> dict[tuple[str, str], Entry]:
    """(modifier, noun lemma) → the event noun entry of the compound ("hunger strike": PROTEST)."""
    rows = read_data_table(path, COMPOUND_COLUMNS, required=("modifier", "noun", "event_type"))
    return {(row["modifier"].lower(), row["noun"].lower()): Entry(
        row["noun"].lower(), "NOUN", "", check_choice(path, row, "event_type", EVENT_TYPES), False)
        for row in rows}


def _light_nouns(path: Path) -> dict[str, Entry]:
    """Noun (or "modifier noun") → the entry of the act it names after a support verb."""
    rows = read_data_table(path, LIGHT_NOUN_COLUMNS, required=("noun", "event_type"))
    return {row["noun"].lower(): Entry(row["noun"].lower(), "NOUN", "",
                                       check_choice(path, row, "event_type", EVENT_TYPES), False)
            for row in rows}


def _object_types(path: Path) -> dict[tuple[str, str], str]:
    """(verb lemma, the type of its object event noun) → the act's type ("accepted the demands":
    (accept, REQUEST) → CONCEDE)."""
    rows = read_data_table(path, OBJECT_TYPE_COLUMNS, required=("lemma", "object_type", "event_type"))
    return {(row["lemma"].lower(), _object_key(path, row)):
            check_choice(path, row, "event_type", EVENT_TYPES) for row in rows}


def _object_key(path: Path, row: dict[str, str]) -> str:
    """An object is named by its event noun's type (upper case, "REQUEST") or, for an object that is
    no event noun, by its own lemma (lower case, "road" in "blocked the road")."""
    if row["object_type"].islower():
        return row["object_type"]
    return check_choice(path, row, "object_type", EVENT_TYPES)
