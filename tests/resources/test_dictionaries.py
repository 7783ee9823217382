"""The PETRARCH2 dictionary readers on small hand-written dictionary snippets (same formats)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.resources.__main__ import convert
from extract.resources.agents import read_agents
from extract.resources.cameo import pattern_rows, read_synsets, read_verbs
from extract.resources.phoenix import Role, day, read_actors, role
from extract.resources.plover import plover

ACTORS = """# comment
RURITANIA_  [RUR]
+RURITANIAN
+STRELSAU  # the capital
RUDOLF_RASSENDYLL_  # an office holder
\t[RURELI 590101-600505]
\t[RURGOV 600505-630101]
RUPERT_HENTZAU_\t[RURREB] # one line
"""

VERBS = """####### SYNONYM SETS #######
&TREATY
+TREATY
+ACCORD

####### VERB PATTERNS #######
---  SEAL   [---]  ---
SEAL
CLINCH {CLINCHES CLINCHED}
- * &TREATY                                   [032]  # SEAL
- * (WITH REBELS)                             [040]  # SEAL
---  STORM   [190]  ---
STORM
RAID [180]
- * {PRESIDENTIAL PALACE}                     [181]  # STORM
######## TRANSFORMATIONS ##########
"""

AGENTS = """!PERSON! = MAN, WOMAN
POLICE {} [~COP]
MILITIA!PERSON! [~UAF]
"""


@pytest.mark.parametrize(("raw", "expected"), [("830505", "1983-05-05"), ("050101", "2005-01-01"),
                                               ("20070101", "2007-01-01"), ("991399", "")])
def test_phoenix_day(raw, expected):
    assert day(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("ISRGOV 000801-070701", Role("ISRGOV", "2000-08-01", "2007-07-01")),
    ("PSEGOV >19940913", Role("PSEGOV", "1994-09-13", "")), ("~COP", Role("COP")), ("---", None)])
def test_phoenix_role(raw, expected):
    assert role(raw) == expected


@pytest.mark.parametrize("unused", [None])
def test_read_actors_entries(tmp_path: Path, unused):
    path = tmp_path / "x.actors.txt"
    path.write_text(ACTORS)
    entries = list(read_actors(path))
    assert [e.phrases for e in entries] == [["ruritania", "ruritanian", "strelsau"], ["rudolf rassendyll"],
                                            ["rupert hentzau"]]
    assert entries[1].roles == [Role("RURELI", "1959-01-01", "1960-05-05"),
                                Role("RURGOV", "1960-05-05", "1963-01-01")]


@pytest.mark.parametrize(("code", "expected"), [("0871", "RETREAT"), ("083", "CONCEDE"), ("190", "ASSAULT"),
                                                ("037", "AGREE"), ("020", ""), ("1711", "COERCE")])
def test_cameo_to_plover(code, expected):
    assert plover(code) == expected


@pytest.mark.parametrize("unused", [None])
def test_read_verbs_and_patterns(tmp_path: Path, unused):
    path = tmp_path / "CAMEO.txt"
    path.write_text(VERBS)
    verbs, raw = read_verbs(path)
    found = [(v.lemma, v.block, v.code) for v in verbs]
    assert found == [("seal", "seal", ""), ("clinch", "seal", ""),
                     ("storm", "storm", "190"), ("raid", "storm", "180")]
    rows = pattern_rows(raw, read_synsets(path))
    assert [(r.block, r.noun, r.preposition, r.code) for r in rows] == [
        ("seal", "treaty", "", "032"), ("seal", "accord", "", "032"), ("seal", "rebels", "with", "040"),
        ("storm", "palace", "", "181")]


@pytest.mark.parametrize("unused", [None])
def test_read_agents_expands_sets(tmp_path: Path, unused):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS)
    expected = [("police", "COP", 2), ("militiaman", "UAF", 3), ("militiawoman", "UAF", 3)]
    assert list(read_agents(path)) == expected


@pytest.mark.parametrize("unused", [None])
def test_convert_writes_every_table_with_provenance(tmp_path: Path, unused):
    source = tmp_path / "dicts"
    source.mkdir()
    (source / "CAMEO.2.0.txt").write_text(VERBS)
    (source / "Phoenix.agents.txt").write_text(AGENTS)
    (source / "LICENSE").write_text("MIT")
    for name in ("Countries", "International", "MilNonState"):
        (source / f"Phoenix.{name}.actors.txt").write_text(ACTORS if name == "Countries" else "")
    counts = convert(source, tmp_path / "out")
    assert counts["verbs.tsv"] == 4  # seal and clinch without a code: their patterns still need the block
    assert (tmp_path / "out" / "LICENSE").read_text() == "MIT"
    countries = (tmp_path / "out" / "countries.tsv").read_text().splitlines()
    assert countries[1:] == ["ruritania\tRUR\truritania\tPhoenix.Countries.actors.txt:2",
                             "ruritanian\tRUR\truritania\tPhoenix.Countries.actors.txt:2",
                             "strelsau\tRUR\truritania\tPhoenix.Countries.actors.txt:2"]


@pytest.mark.parametrize("present", [(), ("CAMEO.2.0.txt",)])
def test_converter_names_missing_files(tmp_path: Path, capsys, present):
    from extract.resources.__main__ import main

    for name in present:
        (tmp_path / name).write_text("")
    assert main([str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("RS001") and "Phoenix.agents.txt" in err
    assert ("CAMEO.2.0.txt" in err) == (not present)
