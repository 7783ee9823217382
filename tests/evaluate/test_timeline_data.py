"""Reading TimeLine documents and gold timelines."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.evaluate.errors import EvaluationInputError
from extract.evaluate.timeline_data import read_gold_timeline, read_timeline_doc

DOC = (
    "<?xml version='1.0' encoding='utf-8'?>\n<TimeML><DOCID>2759</DOCID>\n"
    '<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2005-09-07">'
    "2005-09-07</TIMEX3></DCT>\n"
    '<TEXT><s id="1">September 7 , 2005</s><s id="2">Apple today <EVENT eid="e7">unveiled</EVENT>'
    ' the iPod nano .</s><s id="3">Jobs spoke .</s></TEXT></TimeML>'
)


def test_document_text_and_sentences(write_file):
    doc = read_timeline_doc(write_file("2759-x.tml", DOC))
    assert doc.doc_id == "2759"
    assert doc.dct == dt.date(2005, 9, 7)
    assert doc.text == "September 7 , 2005\nApple today unveiled the iPod nano .\nJobs spoke ."
    assert doc.sentence_starts == [0, 19, 56]
    assert doc.sentence_ids == ["1", "2", "3"]
    assert doc.sentence_texts == doc.text.split("\n")


@pytest.mark.parametrize(
    ("offset", "sentence"),
    [(0, "1"), (18, "1"), (19, "2"), (55, "2"), (56, "3"), (67, "3"), (68, None), (-1, None)],
)
def test_sentence_at(write_file, offset, sentence):
    assert read_timeline_doc(write_file("d.tml", DOC)).sentence_at(offset) == sentence


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("<TimeML><DOCID>1</DOCID><TEXT>no sentences</TEXT></TimeML>", "EV012"),
        ("<TimeML><DOCID>1</DOCID></TimeML>", "EV002"),
        ("<TimeML><TEXT><s id='1'>x</TEXT></TimeML>", "EV001"),
    ],
)
def test_unusable_documents(write_file, content, code):
    with pytest.raises(EvaluationInputError) as caught:
        read_timeline_doc(write_file("d.tml", content))
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("lines", "tuples", "codes"),
    [
        (
            ["0\tXXXX-XX-XX\t7539-14-sales", "1\t2006-01\t4678-5-use\t4678-6-used"],
            {("7539", "14", "XXXX-XX-XX"), ("4678", "5", "2006-01"), ("4678", "6", "2006-01")},
            [],
        ),
        (["1\t2006-01-05\t4678-9-built-in"], {("4678", "9", "2006-01-05")}, []),  # hyphen in the word
        (["1\t2006-01-05"], set(), ["EV007"]),
        (["1\t2006-01-05\tnonsense"], set(), ["EV008"]),
        (["1\tsoon\t4678-9-x"], {("4678", "9", "soon")}, ["EV011"]),  # kept (undated), but reported
        (["", "1\t2006\t1-2-x", ""], {("1", "2", "2006")}, []),
    ],
)
def test_gold_lines(write_file, lines, tuples, codes):
    gold = read_gold_timeline(write_file("g.txt", "\n".join(["iPod", *lines]) + "\n"))
    assert gold.entity == "iPod"
    assert gold.tuples == tuples
    assert [p[:5] for p in gold.problems] == codes


def test_gold_problem_names_file_and_line(write_file):
    path = write_file("g.txt", "iPod\n0\tXXXX-XX-XX\t1-1-a\n1\t2006\n")
    assert read_gold_timeline(path).problems == [
        f"EV007: {path}, line 3: expected ORDER<TAB>DATE<TAB>DOC-SENTENCE-WORD, got '1\\t2006'"
    ]


def test_empty_gold_file(write_file):
    with pytest.raises(EvaluationInputError) as caught:
        read_gold_timeline(write_file("g.txt", "\n"))
    assert caught.value.code == "EV009"
