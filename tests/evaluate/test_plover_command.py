"""`python -m extract.evaluate plover` on a hand-written gold file (the real pipeline)."""

from __future__ import annotations

import json

import pytest

from extract.evaluate.__main__ import main
from extract.evaluate.plover_gold import read_records

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT"},
    {"id": "A1", "date": "2024-03-02", "event": "FIGHT", "text": "Israeli troops attacked Japan on Monday.",
     "source": [{"actorText": "Israeli troops", "code": "ISR"}],
     "target": [{"actorText": "Japan", "code": "JAP"}],
     "textInfo": {"markup": "(SRC: Israeli troops) (EVT: attacked) (TAR: Japan) on Monday."}},
    {"id": "A2", "date": "2024-03-02", "event": "AGREE", "text": "Norway condemned Sweden.",
     "source": [{"actorText": "Norway", "code": "NOR"}], "target": "",
     "textInfo": {"markup": "(SRC: Norway) (EVT: condemned) Sweden."}},
]


@pytest.mark.parametrize("unused", [None])
def test_reader_maps_categories_and_skips_documentation(tmp_path, unused):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS))
    records = read_records(path)
    found = [(r.id, r.event, r.event_words) for r in records]
    assert found == [("A1", "ASSAULT", "attacked"), ("A2", "AGREE", "condemned")]
    assert records[1].targets == ()


@pytest.mark.parametrize(("measure", "line"), [("found", "found       2        2  1.0000"),
                                               ("type", "type        1        2  0.5000"),
                                               ("targets", "targets     1        1  1.0000")])
def test_command_table(tmp_path, capsys, measure, line):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS))
    assert main(["plover", str(path)]) == 0
    out = capsys.readouterr().out
    assert line in out.splitlines()


@pytest.mark.parametrize("content", ["{not json", '{"a": 1}'])
def test_bad_file_is_a_coded_error(tmp_path, capsys, content):
    path = tmp_path / "gold.json"
    path.write_text(content)
    assert main(["plover", str(path)]) == 2
    assert capsys.readouterr().err.startswith("EV021")
