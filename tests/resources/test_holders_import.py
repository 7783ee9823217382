"""Office holders read off the Phoenix person entries (extract/resources/holders.py), on small
hand-written entries in the dictionary's format."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.events.actors import load_single_roles
from extract.events.holders import IMPORTED_HOLDER_COLUMNS, IMPORTED_HOLDERS_PATH
from extract.events.imported import actor_codes, country_name
from extract.events.tables import read_data_table
from extract.resources.holders import holder_rows, settle, titles_in
from extract.resources.phoenix import read_actors

ROLES = {"president": "President", "vice president": "Vice President", "prime minister": "Prime Minister",
         "minister": "Minister"}
SINGLE = {"President", "Vice President", "Prime Minister"}
ENTRIES = """RUDOLF_RASSENDYLL_
+PRESIDENT_RUDOLF_RASSENDYLL
\t[RURELI 590101-600505]
\t[RURGOV 600505-630101]
\t[RURGOV 700101-800101]
RUPERT_HENTZAU_
+RURITANIAN_PRESIDENT_RUPERT_HENTZAU
\t[RURGOV >650101]
FLAVIA_
+PRIME_MINISTER_FLAVIA
+PRESIDENT_FLAVIA
\t[RURGOV 800101-900101]
SAPT_
+MINISTER_SAPT
\t[RURGOV 800101-900101]
PRESIDENT_OF_RURITANIA_
\t[RURGOV 800101-900101]
"""


@pytest.mark.parametrize(("phrase", "titles"), [
    ("ruritanian vice president rupert", ["Vice President"]),  # the longest title at each word
    ("prime minister flavia", ["Prime Minister"]), ("flavia", [])])
def test_titles_in(phrase, titles):
    assert titles_in(phrase, ROLES) == titles


@pytest.mark.parametrize("unused", [None])
def test_holder_rows_from_entries(tmp_path: Path, unused):
    path = tmp_path / "Phoenix.Countries.actors.txt"
    path.write_text(ENTRIES)
    rows = holder_rows(read_actors(path), ROLES, SINGLE, "2014-01-01", "C")
    # the last government range of a one-title entry; an open range ends at the dictionary's date,
    # and Rassendyll's 1970-1980 presidency inside Hentzau's open range moves Hentzau's start;
    # two titles (Flavia), a title held by many (Sapt) and an office entry are left out
    assert [r[:5] for r in rows] == [("President", "RUR", "rudolf rassendyll", "1970-01-01", "1980-01-01"),
                                     ("President", "RUR", "rupert hentzau", "1980-01-01", "2014-01-01")]


@pytest.mark.parametrize(("rows", "expected"), [
    ([("P", "X", "a", "2000-01-01", "2010-01-01", "s"), ("P", "X", "b", "2008-01-01", "2012-01-01", "s")],
     [("P", "X", "a", "2000-01-01", "2008-01-01", "s"), ("P", "X", "b", "2008-01-01", "2012-01-01", "s")]),
    ([("P", "X", "a", "2000-01-01", "2010-01-01", "s"), ("P", "Y", "b", "2008-01-01", "2012-01-01", "s")],
     [("P", "X", "a", "2000-01-01", "2010-01-01", "s"), ("P", "Y", "b", "2008-01-01", "2012-01-01", "s")])])
def test_settle_one_holder_at_a_time(rows, expected):
    assert settle(rows) == expected


@pytest.mark.parametrize("unused", [None])
def test_imported_holder_rows_are_sound(unused):
    """Every committed row names a single-holder title of a country, with start before end."""
    rows = read_data_table(IMPORTED_HOLDERS_PATH, IMPORTED_HOLDER_COLUMNS, ("title", "code", "holder", "end"))
    titles = set(load_single_roles().values())
    assert rows and all(r["title"] in titles and country_name(r["code"]) for r in rows)
    cap = max(d for codes in actor_codes().values() for c in codes for d in (c.start, c.end))
    assert all(r["start"] < r["end"] <= cap for r in rows)  # open ranges end at the dictionary's date
