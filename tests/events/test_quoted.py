"""First persons inside a quotation (extract/events/quoted.py): "I" is the speaker, "we" the
speaker's side, for acts the lexicon types; sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "attributed_to"),
    [
        ('Zelensky said: "We have rejected the proposal."', "rejected", ["Ukraine"], ["Volodymyr Zelensky"]),
        ('"I met the Emir this morning," Blinken told reporters in Doha.', "met", ["Antony Blinken"],
         ["Antony Blinken"]),
        ('"We condemn the attack," the Qatari foreign ministry said in a statement.', "condemn", ["Qatar"],
         ["Qatar"]),
        # a typed speech act of the quoted first person is the speaker's own (the appeal is the event)
        ('"I urge the Taliban to reverse their decision," Blinken said.', "urge", ["Antony Blinken"],
         ["Antony Blinken"]),
        ('"We urge the Taliban to reverse their decision," Blinken said.', "urge", ["United States"],
         ["Antony Blinken"]),
    ],
)
def test_first_person_in_a_quotation_is_the_speaker(events, text, trigger, actors, attributed_to):
    rows = [r for r in events(text) if r["trigger"] == trigger]
    assert [(r["actors"], r["attributed_to"]) for r in rows] == [(actors, attributed_to)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"Without this deal, we cannot move forward," the Egyptian finance minister said.', "move"),
        ('"I am not allowed to travel," the Iranian activist said.', "allowed"),
        ("Hamas said we should wait for the mediators.", "wait"),  # no quotation marks
        ('"We did not ask for sanctions," Blinken said.', "ask for"),  # a denied appeal
    ],
)
def test_first_person_without_a_typed_act_or_quotation_gives_no_row(events, text, trigger):
    assert not [r for r in events(text) if r["trigger"] == trigger]


def test_a_quoted_we_said_makes_no_second_statement(events):
    rows = [r for r in events('"We said that many times," Blinken said.') if r["trigger"] == "said"]
    assert [r["actors"] for r in rows] == [["Antony Blinken"]]
