"""Private persons' words and untyped doings give no row (data/lexicon/private.tsv, private.py)."""

from __future__ import annotations

import pytest

from extract.events.private import PRIVATE_COLUMNS, PRIVATE_PATH, person_standings
from extract.events.tables import read_data_table

ROWS = read_data_table(PRIVATE_PATH, PRIVATE_COLUMNS)


def _statements(rows: list[dict], person: str, event_type: str = "STATEMENT") -> list[dict]:
    return [r for r in rows if r["event_type"] == event_type and person in r["actors"]]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['rule']}-{r['word']}" for r in ROWS])
def test_private_words_keep_statements_off_and_offices_on(all_events, events, row):
    """Each example's row (a statement; for a `type` row, a row of that type) is made without the
    rule and kept off with it; an office keeps it on."""
    kind = row["word"] if row["rule"] == "type" else "STATEMENT"
    assert _statements(all_events(row["example"]), row["person"], kind), "without the rule it gives a row"
    found = _statements(events(row["example"]), row["person"], kind)
    # an office or party now, a leader's title, a post in a state body: public
    if row["rule"] in ("office", "affiliation", "leader", "statebody"):
        assert found
    else:
        assert not found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # nothing said of the person
        ("Jane Doe said the talks had failed.", "Jane Doe"),
        # a private word inside an organisation's name describes the organisation
        ("John Doe of the Refugee Council, a charity, said the camps were full.", "John Doe"),
        # a body word in the name of an organisation the PETRARCH2 dictionary codes as no NGO
        ("Jane Doe, the head of the Association of Southeast Asian Nations, said the talks had failed.",
         "Jane Doe"),
        # a title the roles table knows
        ("Prime Minister Jane Doe, 45, said the talks had failed.", "Jane Doe"),
        # "among" a rank, not a crowd: a superlative
        ("John Doe was among the boldest reformers of his time. Doe said the vote was a turning point.",
         "John Doe"),
        ("Jane Doe was among the most powerful envoys in Europe. Doe said the talks had failed.", "Jane Doe"),
    ],
)
def test_public_or_unknown_persons_are_not_private(nlp, text, person):
    """What private.py must not take for a private person (whether an unknown one speaks for a
    political actor is speakers.py's question)."""
    assert person_standings(nlp(text))[person] != "private"


def test_a_private_persons_typed_act_stays(events):
    rows = events("Jane Doe, a 34-year-old shopkeeper, staged a protest outside the parliament on Monday.")
    assert [r for r in rows if r["event_type"] == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "person", "standing"),
    [
        ("Jane Doe said the talks had failed.", "Jane Doe", "undescribed"),
        ("Prime Minister Jane Doe, 45, said the talks had failed.", "Jane Doe", "public"),
        ("Jane Doe, a 45-year-old beautician, said she felt left out.", "Jane Doe", "private"),
        # a title run the parser split: "for Myanmar" is no other person
        ("U.N. Resident Coordinator for Myanmar Andrew Kirkwood said the protests continued.",
         "Andrew Kirkwood", "public"),
        # an office at a body no table knows makes no one public; one at a body a table knows does
        ("White House aide Jane Doe said the talks would go on.", "Jane Doe", "public"),
        ("TechMoat Consulting owner Jane Doe said the market would grow.", "Jane Doe", "undescribed"),
        ("Russian chess player Jane Doe said the match would go on.", "Jane Doe", "undescribed"),
    ],
)
def test_person_standings(nlp, text, person, standing):
    assert person_standings(nlp(text))[person] == standing


@pytest.mark.parametrize(
    ("text", "person", "standing"),
    [
        # an office at an organisation the article describes elsewhere as a private body
        ("The data come from trade association WindEurope. WindEurope's CEO Jane Doe said the sector grew.",
         "Jane Doe", "private"),
        ("The figures come from WindEurope. WindEurope's CEO Jane Doe said the sector grew.",
         "Jane Doe", "public"),
    ],
)
def test_offices_at_described_bodies(nlp, text, person, standing):
    assert person_standings(nlp(text))[person] == standing


def test_a_think_tank_guests_demand_stays(events):
    """A guest of a think tank (private.tsv `venue`) gives views there, no row; a demand of theirs is
    their organisation's act and stays."""
    text = ("Speaking at the Cato Institute event, Jane Doe, president of the Committee for Freedom in "
            "Hong Kong, suggested that the U.S. government should use sanctions against Hong Kong officials. "
            "Doe said the talks had failed.")
    rows = events(text)
    assert [r for r in rows if r["event_type"] == "REQUEST" and "Jane Doe" in r["actors"]]
    assert not [r for r in rows if r["event_type"] == "STATEMENT" and "Jane Doe" in r["actors"]]
