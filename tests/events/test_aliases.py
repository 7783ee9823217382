"""Every alias, role and institution in data/actors/ resolves as its example says."""

from __future__ import annotations

import pytest

from extract.events.actors import (
    ALIAS_COLUMNS,
    ALIASES_PATH,
    COUNTRY_NOUNS_PATH,
    INSTITUTION_COLUMNS,
    INSTITUTIONS_PATH,
    PAST_OFFICE_COLUMNS,
    PAST_OFFICES_PATH,
    QUALIFIER_COLUMNS,
    QUALIFIERS_PATH,
    ROLE_COLUMNS,
    ROLES_PATH,
    STAFF_COLUMNS,
    STAFF_PATH,
    STORY_BODIES_PATH,
    STORY_BODY_COLUMNS,
)
from extract.events.tables import read_data_table

ALIASES = read_data_table(ALIASES_PATH, ALIAS_COLUMNS)
ROLES = read_data_table(ROLES_PATH, ROLE_COLUMNS)
INSTITUTIONS = read_data_table(INSTITUTIONS_PATH, INSTITUTION_COLUMNS)
STORY_BODIES = read_data_table(STORY_BODIES_PATH, STORY_BODY_COLUMNS)
COUNTRY_NOUNS = read_data_table(COUNTRY_NOUNS_PATH, STORY_BODY_COLUMNS)


@pytest.mark.parametrize("row", ALIASES, ids=[r["alias"] for r in ALIASES])
def test_alias_example_resolves_to_canonical(actor_names, row):
    assert row["alias"].lower() in row["example"].lower()
    assert row["canonical"] in actor_names(row["example"])


@pytest.mark.parametrize("row", ROLES, ids=[r["role"] for r in ROLES])
def test_role_example_resolves_to_role_actor(actor_names, row):
    assert actor_names(row["example"]) == [row["expected"]]


@pytest.mark.parametrize("row", INSTITUTIONS, ids=[r["phrase"] for r in INSTITUTIONS])
def test_institution_stands_for_its_owner(events, row):
    rows = [r for r in events(row["example"]) if r["trigger"] == "condemned"]
    assert [r["actors"] for r in rows] == ([[row["expected"]]] if row["expected"] else [])


@pytest.mark.parametrize("row", STORY_BODIES, ids=[r["phrase"] for r in STORY_BODIES])
def test_story_body_is_the_story_country_s(events, row):
    rows = [r for r in events(row["example"]) if r["trigger"] == row["trigger"]]
    assert [r["actors"] for r in rows] == [[row["expected"]]]


@pytest.mark.parametrize("row", COUNTRY_NOUNS, ids=[r["phrase"] for r in COUNTRY_NOUNS])
def test_country_noun_owner_is_the_last_country_named(events, row):
    rows = [r for r in events(row["example"]) if r["trigger"] == row["trigger"]]
    assert [r["actors"] for r in rows] == [[row["expected"]]]


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    # the story's country when the sentence names none; a country of its own wins; "a country's" is none
    ("Somali officials met in Mogadishu. Somalia asked for aid. The country's troops killed 20 militants.",
     "killed", ["Somalia (military)"]),
    ("Somalia's agency said Kenya's security forces killed 20 militants.", "killed", ["Kenya (military)"]),
    ("Somalia's agency said a country's security forces killed 20 militants.", "killed", ["security forces"]),
])
def test_country_noun_owner_in_context(events, text, trigger, actors):
    assert [r["actors"] for r in events(text) if r["trigger"] == trigger] == [actors]


@pytest.mark.parametrize("text", [
    # two countries as often: whose army is not told
    "Israeli and Egyptian officials met. Israel and Egypt agreed. The army called up reservists on Sunday.",
    # an owner of its own, or a body that is not "the" body, is read as before
    "Israeli officials said 40 people died in Israel. An army called up reservists on Sunday.",
    # inside a quotation "the government" is the speaker's, whichever it is
    "Israeli officials said 40 people died in Israel. \"The army called up reservists,\" Jane Doe said.",
])
def test_story_body_needs_one_story_country(events, text):
    assert [r["actors"] for r in events(text) if r["trigger"] == "called up"] == []


def test_story_body_coordinated_with_other_bodies(events):
    """"the army, the navy and police": the body is the story country's with the others beside it."""
    text = ("Kenyan officials said 40 people died in Kenya. The army and the police attacked the camp "
            "on Sunday.")
    rows = [r for r in events(text) if r["trigger"] == "attacked"]
    assert rows and "Kenya" in rows[0]["actors"]


def test_story_body_makes_no_row_for_an_untyped_act(events):
    """Read from "the government" alone, an untyped act is no row (as for a generic agent)."""
    text = "Israeli officials said 40 people died in Israel. The government is pursuing the loan facility."
    assert [r["trigger"] for r in events(text) if r["actors"]] == ["said"]


STAFF = read_data_table(STAFF_PATH, STAFF_COLUMNS)


@pytest.mark.parametrize("row", STAFF, ids=[r["noun"] for r in STAFF])
def test_staff_act_for_their_leader_s_country(events, row):
    rows = [r for r in events(row["example"]) if r["trigger"] == "condemned"]
    assert [r["actors"] for r in rows] == [[row["expected"]]]


@pytest.mark.parametrize(("text", "actors"), [
    # the leader's own office speaks for the leader; the leader alone is the leader
    ("Erdogan's office condemned the attack.", ["Recep Tayyip Erdogan"]),
    ("Erdogan condemned the attack.", ["Recep Tayyip Erdogan"]),
])
def test_staff_only_for_staff_nouns(events, text, actors):
    assert [r["actors"] for r in events(text) if r["trigger"] == "condemned"] == [actors]


def test_staff_keep_a_leader_named_beside_them(events):
    text = "Erdogan and other Turkish officials condemned the attack."
    rows = [r for r in events(text) if r["trigger"] == "condemned"]
    assert "Recep Tayyip Erdogan" in rows[0]["actors"]


QUALIFIERS = read_data_table(QUALIFIERS_PATH, QUALIFIER_COLUMNS)


@pytest.mark.parametrize("row", QUALIFIERS, ids=[r["word"] for r in QUALIFIERS])
def test_qualified_title_is_another_office(events, row):
    rows = [r for r in events(row["example"]) if r["trigger"] == "condemned"]
    assert [r["actors"] for r in rows] == [[row["expected"]]]


PAST_OFFICES = read_data_table(PAST_OFFICES_PATH, PAST_OFFICE_COLUMNS)


@pytest.mark.parametrize("row", PAST_OFFICES, ids=[r["word"] for r in PAST_OFFICES])
def test_past_office_names_back_the_person_named_before(events, row):
    rows = [r for r in events(row["example"]) if r["trigger"] == row["trigger"]]
    assert [r["actors"] for r in rows] == [[row["expected"]]]


def test_past_office_of_another_country_stays_a_role(events):
    text = "Benjamin Netanyahu spoke on Monday. The former Brazilian president condemned the attack."
    rows = [r for r in events(text) if r["trigger"] == "condemned"]
    assert [r["actors"] for r in rows] == [["Former President of Brazil"]]


@pytest.mark.parametrize(("text", "actors"), [
    # the possessive owner holds the office; the organisation before the title is where it serves
    ("Iran's U.N. ambassador condemned the attack on Monday.", ["Ambassador of Iran"]),
])
def test_possessive_owner_holds_the_office(events, text, actors):
    assert [r["actors"] for r in events(text) if r["trigger"] == "condemned"] == [actors]


def test_qualified_role_keeps_its_country():
    from extract.events.actors import actor_info

    assert actor_info("Former President of Brazil").country == "Brazil"
