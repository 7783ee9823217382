"""Short names of people named in full earlier in the article (within-article name coreference).

A person named once in full ("Vladimir Putin", "Steve Jobs") is then often named by one part of
the name: the surname ("Putin", "Jobs"), or, in less formal stories, the given name ("Steve").
Both stand for the full-name person, so every event of that person carries one canonical actor:
- a surname stands for the full-name person with that surname anywhere in the article (the
  longest full name wins: "Mohammed bin Salman" over "Mohammed Salman");
- a given name stands for the last full-name person with that given name named before it (two
  people may share one: "Steve Jobs" … "Steve" … "Steve Ballmer" … "Steve" is Ballmer again);
- spaCy often does not see a short name as an entity, mostly when it is also an English word at
  the start of a sentence ("Jobs welcomed everyone", tagged a common noun): a capitalised word
  equal to a short name of the article's people, outside every entity, is that person too, unless
  it modifies a noun ("Cook County"), runs on into a longer name, is a plural subject ("Jobs are
  scarce"), or is a given name spaCy reads as a common noun ("Faith in the process has faded").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from extract.events.actors import Actor, ActorMention

NAME_POS = ("PROPN", "NOUN")  # spaCy tags a surname that is also a word ("Jobs", "Cook") a noun
MODIFIER_DEPS = ("compound", "amod", "nmod")


@dataclass(frozen=True)
class Person:
    """A full-name person mention: where it starts, and who it is."""

    start: int
    actor: Actor


class ShortNames:
    """The short names of one article's full-name people."""

    def __init__(self, people: list[Person]):
        people = sorted((p for p in people if _parts(p.actor)), key=lambda p: p.start)
        self.surnames: dict[str, Actor] = {}
        for person in sorted(people, key=lambda p: len(p.actor.name)):
            self.surnames[_parts(person.actor)[-1]] = person.actor
        self.given: dict[str, list[Person]] = {}
        for person in people:
            self.given.setdefault(_parts(person.actor)[0], []).append(person)

    def __bool__(self) -> bool:
        return bool(self.surnames)

    def surname(self, word: str) -> Actor | None:
        """The full-name person whose surname is `word`, or None."""
        return self.surnames.get(word)

    def given_name(self, word: str, at: int) -> Actor | None:
        """The last full-name person with given name `word` named before token `at`, or None."""
        earlier = self.given.get(word, [])
        before = earlier[: bisect_left([p.start for p in earlier], at)]
        return before[-1].actor if before else None

    def person(self, word: str, at: int) -> Actor | None:
        """The person a one-word name at token `at` stands for (surname first), or None."""
        return self.surname(word) or self.given_name(word, at)

    def unseen(self, doc: Doc, covered: set[int]) -> list[ActorMention]:
        """Short names spaCy did not take as entities ("Jobs welcomed everyone"); `covered` holds the
        tokens of every entity, of any label ("in May" is a month, not Theresa May)."""
        found = []
        for token in doc:
            if token.i in covered or not _name_like(token):
                continue
            # a given name read as a common noun is one ("Hope remains"); a surname may be ("Jobs")
            actor = self.surname(token.text) if token.pos_ == "NOUN" else self.person(token.text, token.i)
            if actor is not None:
                found.append(ActorMention(token.i, token.i + 1, actor, "surname"))
        return found


def _parts(actor: Actor) -> list[str]:
    """The words of a person's full name (none for one-word names and non-persons)."""
    words = actor.name.split()
    return words if actor.kind == "person" and len(words) > 1 else []


def _name_like(token: Token) -> bool:
    """A capitalised word standing alone as a name: not a modifier, not part of a longer name, not
    a plural subject ("Jobs are scarce")."""
    if not token.is_title or token.pos_ not in NAME_POS or token.dep_ in MODIFIER_DEPS:
        return False
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and after.is_title and after.pos_ == "PROPN":
        return False
    return not _plural_subject(token)


def _plural_subject(token: Token) -> bool:
    """A subject whose verb agrees with a plural ("are", "were", "say"): a common noun, not a person."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [token.head, *(c for c in token.head.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)
