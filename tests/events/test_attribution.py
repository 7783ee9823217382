"""Who says so is not who did it: the attributed_to column."""

from __future__ import annotations

import pytest

from extract.events.actors import DISPUTING_COLUMNS, DISPUTING_PATH, SOURCE_COLUMNS, SOURCES_PATH
from extract.events.tables import read_data_table


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "attributed"),
    [
        ("According to Israeli officials, Hamas fired rockets at Sderot on Monday.", "fired", ["Hamas"],
         ["Israel"]),
        ("Russia's defence ministry said Ukraine attacked a refinery.", "attacked", ["Ukraine"], ["Russia"]),
        ("Hamas said it had accepted the proposal.", "accepted", ["Hamas"], ["Hamas"]),
        ("The spokesperson for the State Department, Matthew Miller, said Iran had rejected the offer.",
         "rejected", ["Iran"], ["Matthew Miller"]),
        # the speaker's own statement is the speaker's act, not attributed
        ("Russia's defence ministry said Ukraine attacked a refinery.", "said", ["Russia"], []),
        ("Israel struck Gaza on Monday.", "struck", ["Israel"], []),
        # "according to X" at the end or the start, "X said" after the clause, a body of the actor itself
        ("Hamas released two hostages on Sunday, according to the Israeli military.", "released", ["Hamas"],
         ["Israel Defense Forces"]),
        ("Israel killed a Hezbollah commander in Beirut, according to Lebanese state media.", "killed",
         ["Israel"], ["Lebanon"]),
        ("According to the Iranian foreign ministry, Abbas Araghchi will travel to Oman on Saturday.",
         "travel", ["Abbas Araghchi"], ["Iran"]),
        ("Ukraine shot down 40 drones overnight, the air force said.", "shot", ["Ukraine"], ["air force"]),
        # "according to X" on the main clause reports a relative clause too
        ("Hamas freed two hostages on Monday, which Qatar welcomed as a gesture of goodwill, according to "
         "Israeli officials.", "welcomed", ["Qatar"], ["Israel"]),
        ("The Kremlin said Russia had struck an energy plant in Kharkiv.", "struck", ["Russia"], ["Russia"]),
        ("Emmanuel Macron hosted Olaf Scholz in Paris. The two leaders agreed to coordinate their aid to "
         "Ukraine, a spokesman for the Elysee said.", "agreed", ["Emmanuel Macron", "Olaf Scholz"],
         ["France"]),
        # the spokesperson named after the phrase, not the person the spokesperson speaks for
        ("Benjamin Netanyahu met Jared Kushner. According to the Prime Minister's spokesperson, Shos "
         "Bedrosian, the two men agreed on a timetable.", "agreed",
         ["Benjamin Netanyahu", "Jared Kushner"],
         ["Shos Bedrosian"]),
    ],
)
def test_attribution_is_not_the_actor(event_for, text, trigger, actors, attributed):
    row = event_for(text, trigger)
    assert (row["actors"], row["attributed_to"]) == (actors, attributed)


SOURCES = read_data_table(SOURCES_PATH, SOURCE_COLUMNS)


@pytest.mark.parametrize("row", SOURCES, ids=[r["noun"] for r in SOURCES])
def test_unnamed_sources_are_the_attribution(event_for, row):
    found = event_for(row["example"], row["trigger"])
    assert (found["actors"] != [row["expected"]], found["attributed_to"]) == (True, [row["expected"]])


@pytest.mark.parametrize(
    ("text", "trigger", "attributed"),
    [
        # a known owner still names the source; a noun outside the table gives no source
        ("Pakistani security sources said militants attacked a convoy.", "attacked", ["Pakistan"]),
        ("Analysts said the rebels had seized the town.", "seized", []),
    ],
)
def test_unnamed_sources_only_when_nothing_names_them(event_for, text, trigger, attributed):
    assert event_for(text, trigger)["attributed_to"] == attributed


@pytest.mark.parametrize(
    ("text", "trigger", "attributed"),
    [
        # a clause setting the time or cause of a reported clause is reported by the same source
        ("Police said the gunmen fled after soldiers attacked the village.", "attacked", ["police"]),
        ("Rubio told reporters that Ukrainian officials would meet Russian negotiators after Witkoff "
         "returns from Moscow.", "returns", ["Marco Rubio"]),
        # the narrator's own setting is no one's report; "as" sets a reported scene only inside a quote
        ("Israel attacked Gaza after Hamas fired rockets.", "fired", []),
        ("Iran said it would keep enriching uranium, as Israel struck a depot near Tehran.", "struck", []),
        ("\u201cWe hear gunfire as rebels are still attacking the base,\u201d said John Okello, a resident.",
         "attacking", ["John Okello"]),
    ],
)
def test_setting_of_a_reported_clause_is_reported(event_for, text, trigger, attributed):
    assert event_for(text, trigger)["attributed_to"] == attributed


DISPUTING = read_data_table(DISPUTING_PATH, DISPUTING_COLUMNS)


@pytest.mark.parametrize("row", DISPUTING, ids=[r["verb"] for r in DISPUTING])
def test_a_speaker_disputing_a_clause_is_not_its_source(event_for, row):
    found = event_for(row["example"], row["trigger"])
    assert found["attributed_to"] == ([row["expected"]] if row["expected"] else [])


def test_a_denial_keeps_its_speaker_as_actor(event_for):
    row = event_for("Russia denied that its troops attacked the village.", "denied")
    assert (row["actors"], row["attributed_to"]) == (["Russia"], [])
