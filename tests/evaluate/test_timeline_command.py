"""`python -m extract.evaluate timeline` end to end, with a stand-in for extract_events."""

from __future__ import annotations

import pandas as pd
import pytest

import extract
from extract.evaluate.__main__ import main
from extract.schema import EVENT_COLUMNS

DOC = (
    "<TimeML><DOCID>7</DOCID><DCT><TIMEX3 functionInDocument='CREATION_TIME' value='2006-01-05'>"
    "x</TIMEX3></DCT><TEXT><s id='1'>Jobs unveiled it today .</s>"
    "<s id='2'>Sales rose in January .</s></TEXT></TimeML>"
)
# text: "Jobs unveiled it today .\nSales rose in January ." - sentence 2 starts at offset 25
GOLD = "Steve Jobs\n0\t2006-01-05\t7-1-unveiled\n1\t2006-01\t7-2-rose\n"


def event(sentence_start, sentence, date_start, date_end, granularity, actors=(), trigger=""):
    row = dict.fromkeys(EVENT_COLUMNS, "")
    row.update(
        doc_id="7", sentence_start=sentence_start, sentence=sentence, actors=list(actors), targets=[],
        date_start=date_start, date_end=date_end, granularity=granularity, trigger=trigger,
    )
    return row


@pytest.mark.parametrize(
    ("rows", "day", "month"),
    [
        ([], ("2", "0", "0.0000"), ("2", "0", "0.0000")),
        (  # both right: the second is month-level, so undated at day level while gold is too
            [
                event(0, "Jobs unveiled it today .", "2006-01-05", "2006-01-05", "day"),
                event(25, "Sales rose in January .", "2006-01-01", "2006-01-31", "month", ["Steve Jobs"]),
            ],
            ("2", "2", "1.0000"),
            ("2", "2", "1.0000"),
        ),
        (  # wrong day, right month; an event not about the entity is ignored
            [
                event(0, "Jobs unveiled it today .", "2006-01-04", "2006-01-04", "day"),
                event(25, "Sales rose in January .", "2006-01-01", "2006-01-31", "month"),
            ],
            ("2", "1", "0.0000"),
            ("2", "1", "0.6667"),
        ),
        (  # the system joined both sentences: the trigger puts the event in sentence 2
            [event(0, "Jobs unveiled it today .\nSales rose in January .", "2006-01-01", "2006-01-31",
                   "month", ["Steve Jobs"], trigger="rose")],
            ("2", "1", "0.6667"),
            ("2", "1", "0.6667"),
        ),
    ],
)
def test_scores(monkeypatch, capsys, write_file, rows, day, month):
    calls = []

    def extract_events(text, published=None, doc_id=None, clean=True):
        calls.append((text, str(published), doc_id))
        return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))

    monkeypatch.setattr(extract, "extract_events", extract_events)
    docs, gold = write_file("docs/7.tml", DOC).parent, write_file("gold/jobs.txt", GOLD).parent
    assert main(["timeline", str(docs), str(gold)]) == 0
    out = capsys.readouterr().out
    cells = next(line for line in out.splitlines() if line.startswith("Steve Jobs")).split()[2:]
    assert (cells[0], cells[1], cells[4]) == day
    assert (cells[5], cells[6], cells[9]) == month
    assert calls == [("Jobs unveiled it today .\nSales rose in January .", "2006-01-05", "7")]
    assert "micro-average" in out


def test_unmappable_event_is_reported(monkeypatch, capsys, write_file):
    table = pd.DataFrame([event(999, "?", "", "", "")], columns=list(EVENT_COLUMNS))
    monkeypatch.setattr(extract, "extract_events", lambda *args, **kwargs: table)
    docs, gold = write_file("docs/7.tml", DOC).parent, write_file("gold/jobs.txt", GOLD).parent
    main(["timeline", str(docs), str(gold)])
    expected = "EV017: 7, event row 1: sentence_start 999 is not an offset into the text"
    assert expected in capsys.readouterr().err


@pytest.mark.parametrize(("make", "code"), [("docs", "EV010"), ("gold", "EV018"), ("", "EV006")])
def test_bad_directories(tmp_path, write_file, capsys, make, code):
    if make == "docs":
        write_file("docs/7.tml", DOC)
        (tmp_path / "gold").mkdir()
    elif make == "gold":
        write_file("gold/jobs.txt", GOLD)
        (tmp_path / "docs").mkdir()
    assert main(["timeline", str(tmp_path / "docs"), str(tmp_path / "gold")]) == 2
    assert capsys.readouterr().err.startswith(f"{code}: ")


def test_events_table_without_contract_columns_is_reported(monkeypatch, capsys, write_file):
    monkeypatch.setattr(extract, "extract_events", lambda *args, **kwargs: pd.DataFrame({"doc_id": ["7"]}))
    docs, gold = write_file("docs/7.tml", DOC).parent, write_file("gold/jobs.txt", GOLD).parent
    assert main(["timeline", str(docs), str(gold)]) == 0
    assert "EV019: 7: the events table lacks column(s) sentence_start, sentence," in capsys.readouterr().err


def test_misses_list_false_positives_and_negatives(monkeypatch, capsys, write_file):
    rows = [event(0, "Jobs unveiled it today .", "2006-01-04", "2006-01-04", "day")]
    table = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    monkeypatch.setattr(extract, "extract_events", lambda *args, **kwargs: table)
    docs, gold = write_file("docs/7.tml", DOC).parent, write_file("gold/jobs.txt", GOLD).parent
    main(["timeline", str(docs), str(gold), "--misses"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[:5] == [
        "FP\tSteve Jobs\tday\t7\t1\t2006-01-04",
        "FN\tSteve Jobs\tday\t7\t1\t2006-01-05",
        "FN\tSteve Jobs\tday\t7\t2\tXXXX-XX-XX",
        "FN\tSteve Jobs\tmonth\t7\t2\t2006-01",
        "documents 1  entities 1  events 1",
    ]
