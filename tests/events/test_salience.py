"""he/she resolve to the salient person before them (extract/events/salience.py): the main-line
subject or a speaker, not merely the last name read. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a speaker at the end of the sentence, with an appositive the parser leaves the verb without
        ("Ana Silva, a senator, doubts the plan. \"It will fail,\" Silva said. Schools in Nepal are running "
         "short of insufficient funding, Ram Thapa, an official of UNICEF Nepal, told VOA in an email. "
         "\"The crisis has grown,\" he wrote.", "wrote", "Ram Thapa"),
        # the subject of a speech verb joined to the story before it
        ("Olaf Brandt praised the new budget. Like Brandt, Lena Fischer, the finance minister, stressed "
         "the deficit in an interview. \"We will cut spending,\" she said.", "said", "Lena Fischer"),
        # the main-line subject, not a person named inside reported words
        ("Anna Kowalski said on Sunday that Piotr Nowak had resigned. She told reporters she was sad.",
         "told", "Anna Kowalski"),
        # a name opening the sentence before a comma, which the parser may hang on the verb as no argument
        ("Marta Lind said exports would fall. Jonas Berg, in a long interview with Radio Sweden, dodged a "
         "question about the budget. \"There could be some pain,\" he said about the losses.", "said",
         "Jonas Berg"),
        # the subject pronoun of a speech verb is no one named inside the words it reports, and their
        # subject is not who the text is about (binding principle C)
        ("Prime Minister Olaf Brandt spoke to reporters on Sunday. Finance Minister Lena Fischer, he "
         "said, \"will present the budget.\" He said taxes would not rise.", "said", "Olaf Brandt"),
    ],
)
def test_pronoun_is_the_salient_person(all_events, text, trigger, actor):
    rows = [r for r in all_events(text) if r["trigger"] == trigger]
    assert rows and rows[-1]["actors"] == [actor]


def test_speaker_inside_reported_words_is_not_salient(all_events):
    text = ("Karl Weber said that Ines Roth told him the deal was dead. \"It is over,\" he said.")
    rows = [r for r in all_events(text) if r["trigger"] == "said"]
    assert rows[-1]["actors"] == ["Karl Weber"]


@pytest.mark.parametrize(
    ("text", "start", "end", "person"),
    [
        ("Nong Prasert, who heads a rights forum, echoed his concerns.", 0, 2, True),
        ("The Refugee Council, which runs the camps, echoed his concerns.", 1, 3, False),
        ("Nong Prasert echoed his concerns.", 0, 2, False),
    ],
)
def test_name_a_who_clause_describes_is_a_person(nlp, text, start, end, person):
    """The parser may label a person's name ORG; a "who" clause says it is a person's."""
    from spacy.tokens import Span

    from extract.events.component import _named_with_who

    assert _named_with_who(Span(nlp(text), start, end, label="ORG")) is person


def test_reported_name_is_not_its_own_speaker(nlp):
    doc = nlp("Prime Minister Olaf Brandt spoke on Sunday. Finance Minister Lena Fischer, he said, "
              "\"will present the budget.\"")
    assert [m.actor.name for m in doc._.actors if m.how == "pronoun"] == ["Olaf Brandt"]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # a capitalised name the entity recogniser left out, joined to a person's name in one list
        ("Senators Grassley, Shaheen and Risch criticized the move.", "criticized",
         ["Grassley", "Shaheen", "Risch"]),
    ],
)
def test_names_listed_with_a_person_are_persons(all_events, text, trigger, actors):
    rows = [r for r in all_events(text) if r["trigger"] == trigger]
    assert rows and rows[0]["actors"] == actors
