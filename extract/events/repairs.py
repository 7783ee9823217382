"""The `dateline_repairs` spaCy component: mends a few misparses the small English model makes often.

Each repair is a general pattern of English syntax that the parser gets wrong, recognised by a cue
the parse itself shows and moved to the reading the grammar requires:

- `headless_verb`: "Trump hosted Erdogan in the White House" read as one noun phrase ("Trump" a
  modifier of "Erdogan", "hosted" an adjective): a sentence with no verb at its root whose root noun
  is preceded by a name and a past verb is a clause (name = subject, root noun = object).
- `disagreeing_conjunct`: "authorities have rejected accusations that the trial is unfair and
  maintain …": a plural-present verb joined to a singular one ("is … and maintain") belongs to the
  nearest verb above it that agrees ("have rejected … and maintain").
- `month_of`: "warned in July of a resurgence": a month or weekday takes no "of" phrase but a date
  ("in July of 2024"), so an "of" phrase naming anything else belongs to the verb.
- `relative_of_name`: "the leader of the Islamist group HTS that spearheaded the offensive": a
  "that"/"which" clause right after a named organisation or country in an "of" phrase is about that
  name (the nearest noun), not the noun the "of" phrase hangs on.

- `quantity_subject`: "A crowd of students protested outside the ministry" read as a noun phrase
  ("protested" a reduced relative clause of "crowd"): in a sentence with no verb at its root, a
  past verb with no subject, auxiliary or agent after a "NOUN of NOUNS" root is the clause's verb
  and the root its subject.
- `dashed_appositive`: "Al-Sharaa — leader of HTS — said": a title set off by dashes right after a
  name, read as a second subject of the verb, is the name's appositive (one speaker, not two).
- `object_relative`: "a charge Afghan spokesperson Abdul Qahar Balkhi rejected Thursday": a past
  verb right after a name, in a clause with no subject and no object of its own, is a relative clause
  whose relative pronoun is left out ("a charge [that] Balkhi rejected"): the name is its subject.
- `listed_appositive`: "Council members Greece, Panama and South Korea supported": a name read as
  the appositive of a name of the same kind while it opens "Y and Z" is the next item of one list.
- `speaker_label`: "VOA: Russia's President Vladimir Putin recently visited China" read with "VOA" as
  a subject of "visited": a name before a colon opening the sentence labels who speaks (an
  interviewer's question, a transcript's turn), and is no argument of the clause after the colon.
- `distant_appositive`: "agreements between Syria and an armed group, the Syrian Democratic Forces":
  a name set off by a comma right after a common noun that is the last item of a list, which the
  parser hangs on a noun higher up ("agreements"), is the appositive of that item (an apposition
  follows what it names).

The events layer reads the repaired parse (actors, types, times); see tests/events/test_repairs.py.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.syntax import heads_above, is_verb

NAME_DEPS = ("nmod", "compound")
NAME_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")
DATE_WORDS_OK = ("DATE", "TIME", "CARDINAL", "ORDINAL")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
DASHES = ("—", "–", "--")
CLAUSE_ARGUMENTS = ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj", "ccomp", "xcomp")
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")  # a list of actors or targets, not a place ("In Doha, Qatar")


@Language.component("dateline_repairs", requires=["token.dep", "token.pos"], assigns=["token.dep"])
def repair_parse(doc: Doc) -> Doc:
    """Apply every repair to every sentence (each is a no-op on a parse it does not match). A token
    repair only ever applies to a token of one dependency relation (TOKEN_REPAIRS), so each token is
    handed to the repair of its own relation only; a repair changes the relation of no token after
    the one it is handed (the dispatch stays that token's)."""
    for sent in list(doc.sents):
        _headless_verb(sent.root)
        _quantity_subject(sent.root)
        _dashed_appositive(sent.root)
        _speaker_label(sent.root)
    for token in doc:
        repair = TOKEN_REPAIRS.get(token.dep_)
        if repair is not None:
            repair(token)
    return doc


def _headless_verb(root: Token) -> None:
    """"Trump hosted Erdogan …" read as a noun phrase → "hosted" is the root, Trump its subject."""
    if root.pos_ not in ("PROPN", "NOUN"):
        return
    verbs = [c for c in root.lefts if c.dep_ == "amod" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")]
    if len(verbs) != 1 or verbs[0].i == 0:
        return
    verb = verbs[0]
    name = verb.nbor(-1)
    read_as = (name.head == root and name.dep_ in NAME_DEPS) or (name.head == verb and name.dep_ == "nsubj")
    others = [c for c in verb.children if c != name]
    between = [c for c in root.lefts if c.i < verb.i and c.dep_ == "det"]
    if not read_as or name.ent_type_ not in NAME_ENTITIES or others or between:
        return
    before = [c for c in root.lefts if c.i < name.i and c.dep_ in NAME_DEPS and c.ent_type_ == name.ent_type_]
    after = [c for c in root.rights if c.dep_ in ("prep", "punct", "npadvmod", "advcl")]
    moved = [c for c in root.lefts if c.i < name.i and c not in before] + after
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "dobj"
    name.head, name.dep_ = verb, "nsubj"
    for word in before:
        word.head, word.dep_ = name, "compound"
    for child in moved:
        child.head = verb


def _quantity_subject(root: Token) -> None:
    """"A crowd of students protested …" read as a noun phrase → "protested" is the root, the
    crowd its subject."""
    if root.pos_ != "NOUN" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return
    verbs = [c for c in root.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
    if len(verbs) != 1:
        return
    verb = verbs[0]
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children):
        return
    after = [c for c in root.rights if c.i > verb.i and c.dep_ in ("punct", "prep", "npadvmod", "advcl")]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for child in after:
        child.head = verb


def _disagreeing_conjunct(verb: Token) -> None:
    """"… that the trial is unfair and maintain that …": move the plural-present conjunct to the
    nearest verb above whose form agrees with it."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP") or head.tag_ != "VBZ" or not is_verb(head):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return
    for above in heads_above(head):
        if is_verb(above) and _plural_present(above) and above.i < verb.i:
            conjunction = [c for c in head.children if c.dep_ == "cc" and c.i == verb.i - 1]
            verb.head = above
            for word in conjunction:
                word.head = above
            return


def _plural_present(verb: Token) -> bool:
    """A verb in the plural present ("maintain") or with a plural-present auxiliary ("have said")."""
    return verb.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in verb.children)


def _month_of(prep: Token) -> None:
    """"warned in July of a resurgence": the "of" phrase hangs on the verb, not on the month."""
    date = prep.head
    if prep.lower_ != "of" or prep.dep_ != "prep" or date.pos_ != "PROPN" or date.ent_type_ != "DATE":
        return
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].ent_type_ in DATE_WORDS_OK or objects[0].like_num:
        return
    outer = date.head
    if date.dep_ == "pobj" and outer.dep_ == "prep" and is_verb(outer.head):
        prep.head = outer.head


def _relative_of_name(verb: Token) -> None:
    """"leader of Hayat Tahrir al-Sham that spearheaded …": the relative clause is the name's."""
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "WDT"), None)
    noun = verb.head
    if verb.dep_ != "relcl" or pronoun is None or noun.pos_ != "NOUN" or pronoun.i < 1:
        return
    names = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in NAME_ENTITIES]
    if names and names[0].i == pronoun.i - 1:
        verb.head = names[0]


def _dashed_appositive(verb: Token) -> None:
    """"NAME — TITLE … — VERB" read with two subjects → the title is the name's appositive."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 2 or not is_verb(verb):
        return
    name, title = subjects
    doc = verb.doc
    left, right = title.left_edge.i, title.right_edge.i
    opened = left > 0 and doc[left].text in DASHES and doc[left].head == title
    closed = right + 1 < len(doc) and doc[right + 1].text in DASHES
    if name.pos_ != "PROPN" or name.ent_type_ not in NAME_ENTITIES or title.pos_ != "NOUN":
        return
    if opened and (closed or doc[right].text in DASHES) and name.right_edge.i + 1 == left:
        title.head, title.dep_ = name, "appos"


def _object_relative(verb: Token) -> None:
    """"a charge Balkhi rejected Thursday" → Balkhi is the subject of "rejected"."""
    if verb.tag_ != "VBD" or verb.i == 0 or any(c.dep_ in CLAUSE_ARGUMENTS for c in verb.children):
        return
    name = verb.nbor(-1)
    if name.pos_ != "PROPN" or name.ent_type_ not in NAME_ENTITIES:
        return
    while name.dep_ in NAME_DEPS and name.head.i < verb.i and name.head.ent_type_ == name.ent_type_:
        name = name.head  # the last word of the name is its head
    if name.dep_ == "appos" and name.head.i < name.i:
        name.head, name.dep_ = verb, "nsubj"


def _listed_appositive(name: Token) -> None:
    """"Greece, Panama and South Korea" read as "Greece" with the appositive "Panama and South Korea"
    → Panama is Greece's conjunct, the list's second item."""
    head = name.head
    listed = any(c.dep_ == "cc" for c in name.children) and any(c.dep_ == "conj" for c in name.children)
    same = name.pos_ == head.pos_ == "PROPN" and name.ent_type_ == head.ent_type_ != ""
    if listed and same and head.ent_type_ in NAME_ENTITIES and head.dep_ in ARGUMENT_DEPS:
        name.dep_ = "conj"


def _speaker_label(root: Token) -> None:
    """"VOA: Russia's President Vladimir Putin recently visited China" read with "VOA" as a second
    subject → a name before a colon opening the sentence labels who speaks (an interview's question or
    answer, a transcript's turn); it is no argument of the clause after the colon."""
    sent = root.sent
    if len(sent) < 3 or sent[1].text != ":":
        return
    label = sent[0]
    argument = label.dep_ in SUBJECT_DEPS + ("dobj",)
    if label.pos_ != "PROPN" or label.ent_type_ not in NAME_ENTITIES or not argument:
        return
    named = [c for c in label.children if c.dep_ == "appos" and c.i > 1]
    if named:  # "VOA: … Putin recently visited" parsed as VOA's appositive: Putin is the subject
        named[0].head, named[0].dep_ = label.head, label.dep_
    label.dep_ = "dep"


def _distant_appositive(name: Token) -> None:
    """"between Syria and an armed group, the SDF" with "the SDF" on "agreements" → on "group"."""
    doc = name.doc
    comma = name.left_edge.i - 1
    if name.pos_ != "PROPN" or name.ent_type_ not in NAME_ENTITIES or comma < 1 or doc[comma].text != ",":
        return
    noun = doc[comma - 1]
    while noun.head.i > noun.i and noun.head.i < comma and noun.dep_ in NAME_DEPS:
        noun = noun.head
    above = noun.head != noun and name.head in heads_above(noun)
    listed = noun.dep_ == "conj"  # (not "the head of the U.N. children's program, UNICEF": the head's)
    if listed and noun.pos_ == "NOUN" and noun.right_edge.i == comma - 1 and above and name.head != noun:
        name.head = noun


def _appositive(name: Token) -> None:
    _listed_appositive(name)
    if name.dep_ == "appos":
        _distant_appositive(name)


# the relation of the tokens each token repair applies to (its first test): token.dep_ → repair
TOKEN_REPAIRS: dict[str, Callable[[Token], None]] = {
    "conj": _disagreeing_conjunct,
    "prep": _month_of,
    "relcl": _relative_of_name,
    "acl": _object_relative,
    "appos": _appositive,
}
