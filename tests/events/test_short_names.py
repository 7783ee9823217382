"""Within-article names: a person named in full, then by surname or given name, is one actor
(extract/events/names.py); pronouns: an object pronoun is not its own verb's subject, a subject pronoun after
a fronted clause is that clause's subject (component.py)."""

from __future__ import annotations

import pytest


def _resolved(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc[m.start:m.end].text, m.actor.name) for m in doc._.actors]


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        # a given name after the full name
        ("Maria Lopez met the finance minister on Monday. Maria said the talks went well.", "Maria",
         "Maria Lopez"),
        # two people share a given name: the last one named before it
        ("Anna Berg spoke first at the summit. Anna Kovac, the envoy, replied. Later Anna left for Rome.",
         "Anna", "Anna Kovac"),
        # a surname spaCy reads as a common noun at the start of a sentence
        ("Tom Banks met the trade minister in Beijing. Banks welcomed the delegates and announced a plant.",
         "Banks", "Tom Banks"),
        ("Mark Fields visited Detroit on Monday. Fields said the plant would stay open.", "Fields",
         "Mark Fields"),
    ],
)
def test_short_name_is_the_full_name_person(nlp, text, word, person):
    later = text.index(word, text.index(".") + 1)
    doc = nlp(text)
    mentions = [m for m in doc._.actors if doc[m.start].idx == later]
    assert [m.actor.name for m in mentions] == [person]


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        # a given name before any full name with it stays as written
        ("Anna said the talks went well. Anna Berg is the envoy.", "Anna", "Anna Berg"),
        # a plural subject is a common noun
        ("Tom Banks spoke in Lagos. Banks are closed on Fridays, the minister said.", "Banks", "Tom Banks"),
        # a month is no person
        ("Jane May met the envoy on Friday. In May the two sides agreed to meet again.", "May", "Jane May"),
        # a given name spaCy reads as a common noun is that noun
        ("Faith Achieng met the envoy on Friday. Faith in the process has faded, the minister said.", "Faith",
         "Faith Achieng"),
        # a modifier of another name is part of that name
        ("Tim Cook visited Chicago. Cook County officials said the visit went well.", "Cook", "Tim Cook"),
    ],
)
def test_word_that_is_not_the_person_stays_apart(nlp, text, word, person):
    pairs = _resolved(nlp, text)
    assert person in [name for _, name in pairs]  # the full name is read
    assert (word, person) not in pairs


@pytest.mark.parametrize(
    ("text", "pronoun", "person"),
    [
        # object of a verb whose subject is the last person named
        ("Maria Lopez resigned on Monday. Ahmed Khan thanked Lopez and praised her as a reformer.", "her",
         "Maria Lopez"),
        # the subject is a pronoun resolved to that person
        ("Ahmed Khan met Maria Lopez. He told her the talks would go on.", "her", "Maria Lopez"),
        # the subject is someone else: the last person named, as before
        ("Ahmed Khan arrived on Monday. The crowd cheered him.", "him", "Ahmed Khan"),
        # a subject pronoun after a fronted clause of its verb is that clause's subject
        ("Ahmed Khan met the envoy on Monday. When Omar Ali first visited Kabul, he praised the new road.",
         "he", "Omar Ali"),
        ("Ahmed Khan met the envoy on Monday. After Omar Ali arrived in Kabul, he met the governor.", "he",
         "Omar Ali"),
        # without one, the last main-clause subject, as before
        ("Ahmed Khan met Omar Ali on Monday. He said the talks went well.", "He", "Ahmed Khan"),
        # a subject inside what the main clause reports is not the main line's
        ("Ahmed Khan said that he was tired and that Omar Ali had left the talks. He told reporters the "
         "talks would go on.", "He", "Ahmed Khan"),
    ],
)
def test_pronoun_is_the_person_its_clause_allows(nlp, text, pronoun, person):
    assert (pronoun, person) in _resolved(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Jim Reeves, the chief executive of Northwind, opened the plant on Monday. "
         "Reeves welcomed the workers and announced 300 new jobs.", "announced", "Jim Reeves"),
        ("Sara Olsen, the mayor, met union leaders on Tuesday. Sara announced a new housing plan.",
         "announced", "Sara Olsen"),
    ],
)
def test_events_of_a_short_name_carry_the_full_name(event_for, text, trigger, actor):
    assert actor in event_for(text, trigger)["actors"]
