"""Text without letter case reads like edited text: dates found, homographs left as words."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import find_timexes
from extract.temporal.rules import table_rows
from extract.temporal.truecase import caseless, truecase

PUBLISHED = dt.date(2025, 11, 12)
HOMOGRAPHS = table_rows()["homograph"]


@pytest.mark.parametrize("row", HOMOGRAPHS, ids=[row.word for row in HOMOGRAPHS])
@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_homograph_is_a_date_only_where_its_context_says_so(row, case):
    timexes = find_timexes(case(row.example), PUBLISHED)
    assert [timex.value for timex in timexes] == [row.expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("the talks resumed on friday. they may end in may.", True),
        ("TALKS RESUME FRIDAY", True),
        ("The talks resumed on Friday in Doha. NATO said so.", False),
        ("2025-11-12", False),
    ],
)
def test_caseless_line(line, expected):
    assert caseless(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i met him on friday.", "I met him on Friday."),
        ("THE MARCH ENDED ON MAY 5.\nThe talks went on.", "The march ended on May 5.\nThe talks went on."),
        ("As written, May stays.", "As written, May stays."),
    ],
)
def test_truecase_keeps_length_and_cases_like_an_editor(text, expected):
    assert truecase(text) == expected


@pytest.mark.parametrize(
    ("text", "texts", "values"),
    [
        ("the ministers met last friday and will meet again next tuesday.", ["last friday", "next tuesday"],
         ["2025-11-07", "2025-11-18"]),
        ("THE ENVOY ARRIVED ON NOV. 3 AND LEFT IN LATE MARCH.", ["NOV. 3", "LATE MARCH"],
         ["2025-11-03", "2025-03"]),
    ],
)
def test_timex_text_is_the_text_as_written(text, texts, values):
    timexes = find_timexes(text, PUBLISHED)
    assert [t.text for t in timexes] == texts
    assert [t.value for t in timexes] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May I ask about the talks?", []),  # a sentence start capitalises the modal in edited text too
        ("may i ask about the talks?", []),
        ("MAY WE MEET IN MAY?", [("MAY", "2026-05")]),
        ("Talks may resume; the envoys sat down.", []),
        ("In May, the talks resumed.", [("May", "2025-05")]),
        ("May was a hard month for the talks.", [("May", "2025-05")]),
        ("March saw the largest protests.", [("March", "2025-03")]),
    ],
)
def test_homograph_the_parse_reads_as_a_verb_is_no_date(text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, dt.date(2025, 11, 12))] == expected
