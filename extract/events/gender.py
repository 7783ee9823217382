"""Whether a person named in an article is a man or a woman, as far as the article says: for "he"/"she".

A careful reader does not take "she said" for the man the text was last about. The article tells a
person's gender by an honorific or a gendered title right before the name or in apposition to it
("Mrs. Ana Ruiz", "Ana Ruiz, a spokeswoman for the ministry,", "his daughter, Linda Wu":
data/actors/gender_words.tsv), and by the pronoun of the words a person's own speech verb reports
("Ruiz said she would resign": the speaker's, when no other noun comes before it in the sentence).
A person the article gives both genders, or none, is of unknown gender (compatible with either
pronoun).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from extract.events.actors import Actor, ActorMention
from extract.events.salience import speech_verb
from extract.events.tables import DATA_DIR, check_choice, read_data_table

GENDER_WORDS_PATH = DATA_DIR / "actors" / "gender_words.tsv"
GENDER_WORD_COLUMNS = ("word", "gender", "example", "trigger", "expected")
GENDERS = ("he", "she")
PRONOUN_GENDERS = {"he": "he", "him": "he", "his": "he", "himself": "he",
                   "she": "she", "her": "she", "hers": "she", "herself": "she"}
TITLE_REACH = 3  # words before a name that may be its title ("his daughter Linda Wu")


@lru_cache(maxsize=4)
def load_gender_words(path: Path = GENDER_WORDS_PATH) -> dict[str, str]:
    """Honorifics and gendered titles (lower-cased) → "he" or "she"."""
    rows = read_data_table(path, GENDER_WORD_COLUMNS, ("word", "gender"))
    return {row["word"].lower(): check_choice(path, row, "gender", GENDERS) for row in rows}


def pronoun_gender(pronoun: Token) -> str:
    """"he" for he/him/his, "she" for she/her/hers, else ""."""
    return PRONOUN_GENDERS.get(pronoun.lower_, "")


def person_genders(doc: Doc, persons: list[ActorMention]) -> dict[Actor, str]:
    """The gender ("he"/"she") the article gives each person of `persons` (named mentions), when it
    gives one and only one."""
    told: dict[Actor, set[str]] = {}
    words = load_gender_words()
    for mention in persons:
        for token in _title_words(doc, mention):
            if token.lower_ in words:
                told.setdefault(mention.actor, set()).add(words[token.lower_])
    by_token = {i: m for m in persons for i in range(m.start, m.end)}
    for token in doc:
        speaker = _reporting_speaker(token)
        if speaker is not None and speaker.i in by_token:
            told.setdefault(by_token[speaker.i].actor, set()).add(pronoun_gender(token))
    return {actor: next(iter(found)) for actor, found in told.items() if len(found) == 1}


def _title_words(doc: Doc, mention: ActorMention) -> list[Token]:
    """The words that may title a person: inside the mention, the few words before it that hang on
    its name ("Mrs.", "spokeswoman"), its appositions ("Ana Ruiz, a spokeswoman") and the noun it is
    in apposition to ("his daughter, Linda Wu")."""
    root = doc[mention.start:mention.end].root
    before = [t for t in doc[max(mention.start - TITLE_REACH, 0):mention.start] if t.head == root]
    inside = list(doc[mention.start:mention.end])
    appositions = [c for c in root.children if c.dep_ == "appos"]
    described = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
    return before + inside + appositions + described


def _reporting_speaker(pronoun: Token) -> Token | None:
    """"Ruiz said she would resign": the subject of the speech verb whose reported clause has this
    he/she as its subject, when the speaker is no pronoun itself."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or not speech_verb(clause.head):
        return None
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if not speakers or _other_antecedents(pronoun, speakers[0]):
        return None
    return speakers[0]


def _other_antecedents(pronoun: Token, speaker: Token) -> bool:
    """"Calling the mother of Elian … Castro said Friday she had been kidnapped": a noun or another
    person's name before the pronoun in its sentence, outside the speaker's name, may be what the
    pronoun names; only "NAME said she …" with no other noun before it tells NAME's gender."""
    name = {t.i for t in speaker.subtree}
    return any(t.pos_ == "NOUN" or (t.ent_type_ == "PERSON" and t.i not in name)
               for t in pronoun.sent if t.i < pronoun.i and t.i not in name)
