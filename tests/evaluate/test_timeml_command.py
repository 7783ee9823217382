"""`python -m extract.evaluate timeml` end to end, with a stand-in for find_timexes."""

from __future__ import annotations

import datetime as dt

import pytest

import extract
from extract.evaluate.__main__ import main
from extract.temporal.timex import Timex

BODY = (
    'Rain <TIMEX3 tid="t1" type="DATE" value="1998-11-20">Friday</TIMEX3> and '
    '<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.'
)
# plain text: "Rain Friday and two days later."


def fake_system(answers):
    """A find_timexes stand-in that returns `answers` and records its calls."""
    calls = []

    def find_timexes(text, published=None, doc=None):
        calls.append((text, published, doc))
        return answers

    return find_timexes, calls


@pytest.mark.parametrize(
    ("answers", "relaxed_f1", "value_f1"),
    [
        ([], "0.0000", "0.0000"),
        ([Timex(5, 11, "Friday", "DATE", "1998-11-20")], "0.6667", "0.6667"),
        ([Timex(5, 11, "Friday", "DATE", "1998-11-13"), Timex(16, 24, "two days", "DURATION", "P2D")],
         "1.0000", "0.5000"),
    ],
)
def test_table_figures(monkeypatch, capsys, write_timeml, answers, relaxed_f1, value_f1):
    system, calls = fake_system(answers)
    monkeypatch.setattr(extract, "find_timexes", system)
    path = write_timeml("docs/a.tml", BODY, dct="1998-11-20T10:00")
    assert main(["timeml", str(path.parent)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line}
    assert rows["relaxed"][3] == relaxed_f1
    assert rows["value"][3] == value_f1
    assert calls == [("Rain Friday and two days later.", dt.date(1998, 11, 20), None)]


def test_misses_are_listed(monkeypatch, capsys, write_timeml):
    system, _ = fake_system([Timex(5, 11, "Friday", "DATE", "1998-11-13")])
    monkeypatch.setattr(extract, "find_timexes", system)
    path = write_timeml("docs/a.tml", BODY)
    main(["timeml", str(path.parent), "--misses"])
    out = capsys.readouterr().out.splitlines()
    assert "VALUE\ta.tml\tFriday\tFriday\t1998-11-13\t1998-11-20\t5" in out
    assert "FN\ta.tml\t\ttwo days\t\tP2D\t16" in out
    assert "misses FP 0  FN 1  SPAN 0  TYPE 0  VALUE 1" in out


def test_failing_system_is_reported_and_scored_empty(monkeypatch, capsys, write_timeml):
    def broken(text, published=None, doc=None):
        raise ValueError("boom")

    monkeypatch.setattr(extract, "find_timexes", broken)
    path = write_timeml("docs/a.tml", BODY)
    assert main(["timeml", str(path.parent)]) == 0
    captured = capsys.readouterr()
    assert "EV016: a.tml: the system failed on this document (ValueError: boom)" in captured.err
    assert "gold 2  system 0" in captured.out


@pytest.mark.parametrize(("make_dir", "code"), [(False, "EV006"), (True, "EV005")])
def test_bad_directory_exits_2_with_a_coded_message(tmp_path, capsys, make_dir, code):
    target = tmp_path / "corpus"
    if make_dir:
        target.mkdir()
    assert main(["timeml", str(target)]) == 2
    assert capsys.readouterr().err.startswith(f"{code}: ")


def test_unreadable_document_is_skipped_and_counted(monkeypatch, capsys, write_file, write_timeml):
    monkeypatch.setattr(extract, "find_timexes", fake_system([])[0])
    path = write_timeml("docs/a.tml", BODY)
    write_file("docs/b.tml", "<TimeML><TEXT>")
    main(["timeml", str(path.parent)])
    captured = capsys.readouterr()
    assert "documents 1  skipped 1" in captured.out
    assert "EV001:" in captured.err


@pytest.mark.parametrize("limit", ["0", "-1", "two"])
def test_limit_must_be_positive(tmp_path, capsys, limit):
    with pytest.raises(SystemExit) as stopped:
        main(["timeml", str(tmp_path), "--limit", limit])
    assert stopped.value.code == 2
    assert "EV020: --limit must be a whole number of at least 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("case", "text"),
    [
        (None, "Rain Friday and two days later."),
        ("lower", "rain friday and two days later."),
        ("upper", "RAIN FRIDAY AND TWO DAYS LATER."),
    ],
)
def test_case_changes_only_the_letter_case(monkeypatch, capsys, write_timeml, case, text):
    system, calls = fake_system([Timex(5, 11, text[5:11], "DATE", "1998-11-20")])
    monkeypatch.setattr(extract, "find_timexes", system)
    path = write_timeml("docs/a.tml", BODY, dct="1998-11-20T10:00")
    assert main(["timeml", str(path.parent)] + (["--case", case] if case else [])) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines() if line}
    assert calls[0][0] == text
    assert rows["value"][3] == "0.6667"  # gold offsets still pair with the re-cased text


@pytest.mark.parametrize(("text", "case", "expected"),
                         [("Straße 5", "upper", "STRAßE 5"), ("İstanbul Mai", "lower", "İstanbul mai")])
def test_recase_keeps_the_length(text, case, expected):
    from extract.evaluate.timeml_eval import recase

    assert len(recase(text, case)) == len(text)
    assert recase(text, case) == expected
