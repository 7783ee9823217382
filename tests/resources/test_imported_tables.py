"""The committed tables in data/petrarch2/: every row parses, samples resolve, the dictionary test
data is in step with the converter (re-running it is the way to change these files)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.events.imported import IMPORTED_DIR, actor_codes, agent_sectors, code_of, country_codes
from extract.events.tables import read_data_table
from extract.resources.plover import plover
from extract.schema import PLOVER_TYPES

TABLES = {
    "verbs.tsv": ("lemma", "forms", "block", "cameo", "plover", "source"),
    "verb_patterns.tsv": ("block", "noun", "preposition", "cameo", "plover", "pattern", "source"),
    "countries.tsv": ("phrase", "code", "name", "source"),
    "actors.tsv": ("phrase", "code", "start", "end", "source"),
    "agents.tsv": ("phrase", "sector", "source"),
}


@pytest.mark.parametrize(("name", "columns"), sorted(TABLES.items()))
def test_every_row_has_provenance(name, columns):
    rows = read_data_table(IMPORTED_DIR / name, columns, required=(columns[0], "source"))
    assert rows
    assert all(":" in row["source"] and row["source"].split(":")[1].isdigit() for row in rows)


@pytest.mark.parametrize("name", ["verbs.tsv", "verb_patterns.tsv"])
def test_every_verb_row_maps_to_its_plover_type(name):
    for row in read_data_table(IMPORTED_DIR / name, TABLES[name]):
        assert row["plover"] in PLOVER_TYPES + ("",) and plover(row["cameo"]) == row["plover"], row


@pytest.mark.parametrize("unused", [None])
def test_licence_travels_with_the_tables(unused):
    assert "MIT License" in (IMPORTED_DIR / "LICENSE").read_text()


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [("Israel", None, "ISR"), ("Palestinians", None, "PSE"), ("the United Nations", None, "IGO"),
     ("Moshe Katsav", dt.date(2003, 1, 1), "ISR"), ("Hezbollah", None, "LBN"), ("Atlantis", None, "")],
)
def test_code_of(name, day, code):
    assert code_of(name, day) == code


@pytest.mark.parametrize(("phrase", "sector"), [("police", "COP"), ("rebel", "REB"), ("protester", "OPP")])
def test_agent_sectors(phrase, sector):
    assert agent_sectors()[phrase] == sector


@pytest.mark.parametrize("unused", [None])
def test_dated_roles_parse(unused):
    roles = actor_codes()["moshe katsav"]
    assert any(r.code == "ISRGOV" and r.holds_on(dt.date(2003, 1, 1)) for r in roles)
    assert not any(r.code == "ISRGOV" and r.holds_on(dt.date(2010, 1, 1)) for r in roles)
    assert all(len(code) == 3 for code in country_codes().values())
