"""The TimeML reader: plain text, gold offsets, DCT, and coded errors."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.evaluate.errors import EvaluationInputError
from extract.evaluate.timeml import read_corpus, read_timeml

T = '<TIMEX3 tid="t{n}" type="{type}" value="{value}">{text}</TIMEX3>'


def timex(n: int, text: str, value: str, type_: str = "DATE") -> str:
    return T.format(n=n, type=type_, value=value, text=text)


@pytest.mark.parametrize(
    ("body", "text", "gold"),
    [
        (
            f"It rained {timex(1, 'Friday', '1998-11-20')}.",
            "It rained Friday.",
            [(10, 16, "Friday", "DATE", "1998-11-20")],
        ),
        (  # entities are unescaped before offsets are counted
            f"AT&amp;T said &lt;b&gt; {timex(1, 'last month', '1998-10')}",
            "AT&T said <b> last month",
            [(14, 24, "last month", "DATE", "1998-10")],
        ),
        (  # other tags vanish, their text stays
            f'<EVENT eid="e1">fled</EVENT> {timex(1, "two weeks", "P2W", "DURATION")} ago',
            "fled two weeks ago",
            [(5, 14, "two weeks", "DURATION", "P2W")],
        ),
        (  # two timexes, the second after a multi-line stretch
            f"{timex(1, 'Monday', '1998-11-16')}\nand\n{timex(2, 'now', 'PRESENT_REF')}",
            "Monday\nand\nnow",
            [(0, 6, "Monday", "DATE", "1998-11-16"), (11, 14, "now", "DATE", "PRESENT_REF")],
        ),
        ("No time here.", "No time here.", []),
    ],
)
def test_text_and_gold_offsets(write_timeml, body, text, gold):
    doc = read_timeml(write_timeml("a.tml", body))
    assert doc.text == text
    assert [(t.start, t.end, t.text, t.type, t.value) for t in doc.timexes] == gold
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


@pytest.mark.parametrize(
    ("dct", "expected", "problem"),
    [
        ("1998-11-20", dt.date(1998, 11, 20), None),
        ("1998-11-20T19:30", dt.date(1998, 11, 20), None),
        ("1998-11", None, "EV004"),
        ("", None, "EV003"),
    ],
)
def test_creation_time(write_timeml, dct, expected, problem):
    doc = read_timeml(write_timeml("a.tml", "text", dct=dct))
    assert doc.dct == expected
    assert [p[:5] for p in doc.problems] == ([problem] if problem else [])


@pytest.mark.parametrize(
    ("content", "code", "fragment"),
    [
        ("<TimeML><TEXT>broken</TimeML>", "EV001", "line 1, column 23: mismatched tag"),
        ("<TimeML>\n<TEXT>a &bogus; b</TEXT></TimeML>", "EV001", "line 2, column 9: undefined entity"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "EV002", "no <TEXT>"),
    ],
)
def test_unusable_documents_raise_coded_errors(write_file, content, code, fragment):
    with pytest.raises(EvaluationInputError) as caught:
        read_timeml(write_file("bad.tml", content))
    assert caught.value.code == code
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("files", "limit", "names"),
    [
        ({"b.tml": "x", "sub/a.tml": "y", "c.txt": "z"}, None, ["b.tml", "sub/a.tml"]),
        ({"b.tml": "x", "sub/a.tml": "y"}, 1, ["b.tml"]),
    ],
)
def test_corpus_is_recursive_sorted_and_limited(write_timeml, files, limit, names):
    for relative, body in files.items():
        path = write_timeml(relative, body)
    root = path.parent if "/" not in relative else path.parent.parent
    docs = list(read_corpus(root, limit))
    assert [d.name for d in docs] == names


@pytest.mark.parametrize(("files", "code"), [({}, "EV005"), ({"a.txt": "x"}, "EV005")])
def test_corpus_without_documents(tmp_path, write_file, files, code):
    for relative, content in files.items():
        write_file(relative, content)
    with pytest.raises(EvaluationInputError) as caught:
        list(read_corpus(tmp_path))
    assert caught.value.code == code


def test_missing_directory_is_a_coded_error(tmp_path):
    with pytest.raises(EvaluationInputError) as caught:
        list(read_corpus(tmp_path / "nowhere"))
    assert caught.value.code == "EV006"


def test_bad_document_is_yielded_as_error_not_dropped(write_file, write_timeml):
    write_timeml("good.tml", "fine")
    write_file("zbad.tml", "<TimeML>")
    items = list(read_corpus(write_timeml("good.tml", "fine").parent))
    assert [type(i).__name__ for i in items] == ["TimemlDoc", "EvaluationInputError"]
