"""Background passages: a yearless date in a passage about another year takes that year, and the
relative expressions after it follow; a passage back near publication, a clause about the future or a
paragraph break end the background. Passages written for these tests (published Wednesday 2025-11-12)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import find_timexes

PUBLISHED = dt.date(2025, 11, 12)

PASSAGES = [
    (
        "The war began in 1950. On May 25, troops crossed the river. Two days later they retreated.",
        [("1950", "1950", "explicit"), ("May 25", "1950-05-25", "previous-date"),
         ("Two days later", "1950-05-27", "previous-date")],
    ),
    (
        "The canal was nationalised in July 1956. By late October, British and French troops had landed, "
        "and on Nov. 6 a ceasefire was called. The next day the assembly met.",
        [("July 1956", "1956-07", "explicit"), ("late October", "1956-10", "previous-date"),
         ("Nov. 6", "1956-11-06", "previous-date"), ("The next day", "1956-11-07", "previous-date")],
    ),
    (  # back near publication: "last week" ends the background passage
        "Talks first collapsed in 2019. Last week the envoy returned, and on Nov. 3 he met the king.",
        [("2019", "2019", "explicit"), ("Last week", "2025-W45", "publication"),
         ("Nov. 3", "2025-11-03", "publication")],
    ),
    (  # a paragraph break ends it
        "The treaty was signed in 1994.\n\nOn March 3, the ministers met again in Geneva.",
        [("1994", "1994", "explicit"), ("March 3", "2025-03-03", "publication")],
    ),
    (  # a clause about the future is not part of the history
        "The dam was first planned in 1988. The minister will open it on May 25.",
        [("1988", "1988", "explicit"), ("May 25", "2026-05-25", "publication")],
    ),
    (  # last year is too close to publication to make a passage background
        "Exports fell in 2024. On March 3, the ministers met.",
        [("2024", "2024", "explicit"), ("March 3", "2025-03-03", "publication")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSAGES, ids=[f"passage{i}" for i in range(len(PASSAGES))])
def test_background_passage(text, expected):
    assert [(t.text, t.value, t.anchor) for t in find_timexes(text, PUBLISHED)] == expected


@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_background_passage_in_any_letter_case(case):
    text, expected = PASSAGES[0]
    found = [(t.value, t.anchor) for t in find_timexes(case(text), PUBLISHED)]
    assert found == [(value, anchor) for _, value, anchor in expected]


def test_background_passage_without_publication_date():
    found = [(t.text, t.value, t.anchor) for t in find_timexes(PASSAGES[0][0], None)]
    assert found[1] == ("May 25", "1950-05-25", "previous-date")
