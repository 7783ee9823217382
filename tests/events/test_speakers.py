"""Speakers who are no political actors give no statement, request or untyped row (speakers.py,
data/lexicon/outlets.tsv): persons the article gives no office or affiliation, and news outlets."""

from __future__ import annotations

import pytest

from extract.events.speakers import OUTLET_COLUMNS, OUTLETS_PATH
from extract.events.tables import read_data_table

OUTLETS = read_data_table(OUTLETS_PATH, OUTLET_COLUMNS)


def _said(rows: list[dict], actor: str) -> list[dict]:
    return [r for r in rows if r["event_type"] in ("STATEMENT", "REQUEST", "OTHER") and actor in r["actors"]]


@pytest.mark.parametrize("row", OUTLETS, ids=[f"{r['rule']}-{r['word']}" for r in OUTLETS])
def test_a_news_outlet_reporting_is_no_actor(all_events, events, row):
    assert _said(all_events(row["example"]), row["outlet"]), "without the rule the example gives a row"
    found = _said(events(row["example"]), row["outlet"])
    assert found if row["rule"] == "state" else not found  # a state's news agency speaks for it


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jane Doe said the talks had failed.", "Jane Doe"),
        ("Jane Doe said the talks had failed. She urged both sides to return.", "Jane Doe"),
        ("Jane Doe sold his shop in 2019. Doe said the market had collapsed.", "Jane Doe"),
        # an agent as the next sentence's subject is no title of the person
        ('"They shot ten people," said Jane Doe. The militants then left the train.', "Jane Doe"),
        # a member of some group is no office named in the sentence before
        ("A member of a crime group told the court he was paid. John Doe said he watched her home.",
         "John Doe"),
    ],
)
def test_a_person_given_no_office_makes_no_statement_row(all_events, events, text, person):
    assert _said(all_events(text), person), "without the rule the example gives a row"
    assert not _said(events(text), person)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jane Doe, the U.N. special envoy for Syria, said the talks had failed.", "Jane Doe"),
        ("Republican Representative Jane Doe told VOA the freeze was lifted.", "Jane Doe"),
        # a title as the subject of the sentence before or after the first naming
        ("The U.N. special envoy for Syria is calling for calm. Jane Doe issued her appeal Friday.",
         "Jane Doe"),
        ('"We welcome the withdrawal," said Jane Doe. The Taliban chief was referring to the Doha deal.',
         "Jane Doe"),
        # a people the parser may take for a person
        ("Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.", "Bosnian Serbs"),
        # a political actor of the PETRARCH2 dictionary
        ("Fidel Castro invited John Paul to come to Havana.", "Fidel Castro"),
        # a spokesperson for someone, named in the next sentence
        ("A spokesman for President Jane Roe rejected the accusations. "
         "\"They must stop,\" John Doe told VOA.", "John Doe"),
        # a short name of a person the alias table knows
        ("Guterres urged Israel to allow aid into Gaza.", "Antonio Guterres"),
        # a short name the full name of a titled person ends with
        ("Minister of Justice Naser Eldin Abdel Bari said the law was passed. "
         "Abdel Bari says the law is fair.", "Abdel Bari"),
    ],
)
def test_a_person_given_an_office_keeps_the_row(events, text, person):
    assert _said(events(text), person)


def test_an_unvouched_speaker_stays_the_attribution_of_what_they_report(events):
    rows = events("Jane Doe said Russian forces attacked Kyiv on Monday.")
    attacks = [r for r in rows if r["event_type"] == "ASSAULT"]
    assert attacks and "Jane Doe" in attacks[0]["attributed_to"]
    assert not _said(rows, "Jane Doe")


def test_an_outlet_stays_the_attribution_of_what_it_reports(events):
    rows = events("CNN reported that Russian forces attacked Kyiv on Monday.")
    attacks = [r for r in rows if r["event_type"] == "ASSAULT"]
    assert attacks and "CNN" in attacks[0]["attributed_to"]


def test_a_typed_act_of_an_unvouched_person_stays(events):
    assert [r for r in events("Jane Doe staged a protest outside the parliament on Monday.")
            if r["event_type"] == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # the outlet that hears a statement is no target of it
        ("Secretary of State Marco Rubio told VOA on Friday that the talks would resume.", "told", []),
        # nor is a desk the outlet owns (outlets.tsv `desk`)
        ("A State Department spokesperson told VOA's Korean Service on Monday the U.N. must maintain "
         "sanctions on North Korea.", "told", []),
        # a typed act against an outlet keeps it
        ("The Taliban banned VOA on Monday.", "banned", ["Voice of America"]),
    ],
)
def test_an_outlet_hearing_a_statement_is_no_target(events, text, trigger, targets):
    assert [r["targets"] for r in events(text) if r["trigger"] == trigger] == [targets]


INTERVIEW = ("VOA spoke with Richard Armitage, former U.S. deputy secretary of state. "
             "VOA: China conducted military drills around Taiwan. What do you make of them? "
             "Armitage: Several months later, North Korea invaded. "
             "I think China will keep bullying Taiwan. "
             "VOA: Russia has violated the sovereignty of Ukraine. What should China do?")


def test_history_recalled_in_an_interview_answer_gives_no_row(all_events, events):
    recalled = [r for r in all_events(INTERVIEW) if r["trigger"] == "invaded"]
    assert recalled, "the answer's undated past act gives a row without the rule"
    triggers = [r["trigger"] for r in events(INTERVIEW)]
    assert "invaded" not in triggers  # background the interviewee recalls
    assert any("drills" in t for t in triggers)  # the interviewer's turns are no answer
    assert "violated" in triggers


def test_an_article_with_no_outlet_turn_has_no_answers(events):
    text = "Armitage: Several months later, North Korea invaded."
    assert [r["trigger"] for r in events(text)] == ["invaded"]
