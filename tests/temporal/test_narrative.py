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
    (  # a weekday in the passage is in the passage's week, from its latest day on (the story runs forward)
        "On June 25, 1950, troops crossed the border. On Tuesday, the council met, and on Friday "
        "morning the first ships sailed.",
        [("June 25, 1950", "1950-06-25", "explicit"), ("Tuesday", "1950-06-27", "previous-date"),
         ("Friday morning", "1950-06-30", "previous-date")],
    ),
    (  # the passage's day is itself that weekday: the same day
        "The canal was seized on Thursday, July 26, 1956. On Thursday night, crowds filled the square.",
        [("Thursday, July 26, 1956", "1956-07-26", "explicit"), ("Thursday night", "1956-07-26",
                                                                   "previous-date")],
    ),
    (  # a passage that named only its year gives a weekday no week: the weekday is news again
        "The resolution was adopted in 1978. On Friday, the minister said Israel would comply.",
        [("1978", "1978", "explicit"), ("Friday", "2025-11-07", "publication")],
    ),
    (  # nor does a passage's day named long before: the story is back near publication
        "The envoy was abducted on March 26, 1996, near the temple. His family has heard nothing since; "
        "officials have searched the area many times and found no trace of him or of his team. The "
        "charity he worked for has kept his post open. Officials said on Thursday that they had new leads.",
        [("March 26, 1996", "1996-03-26", "explicit"), ("Thursday", "2025-11-06", "publication")],
    ),
    (  # back near publication, a weekday is near publication again
        "The strike began on March 3, 2019. Last week the union met, and on Tuesday it voted.",
        [("March 3, 2019", "2019-03-03", "explicit"), ("Last week", "2025-W45", "publication"),
         ("Tuesday", "2025-11-11", "publication")],
    ),
    (  # a paragraph break ends the passage for weekdays too
        "The strike began on March 3, 2019.\n\nOn Tuesday, the union voted again.",
        [("March 3, 2019", "2019-03-03", "explicit"), ("Tuesday", "2025-11-11", "publication")],
    ),
    (  # last year is too close to publication to make a passage background
        "Exports fell in 2024. On March 3, the ministers met.",
        [("2024", "2024", "explicit"), ("March 3", "2025-03-03", "publication")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSAGES, ids=[f"passage{i}" for i in range(len(PASSAGES))])
def test_background_passage(text, expected):
    assert [(t.text, t.value, t.anchor) for t in find_timexes(text, PUBLISHED)] == expected


@pytest.mark.parametrize("index", [0, 5])  # a date that takes the passage's year; a weekday in its week
@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_background_passage_in_any_letter_case(case, index):
    text, expected = PASSAGES[index]
    found = [(t.value, t.anchor) for t in find_timexes(case(text), PUBLISHED)]
    assert found == [(value, anchor) for _, value, anchor in expected]


def test_background_passage_without_publication_date():
    found = [(t.text, t.value, t.anchor) for t in find_timexes(PASSAGES[0][0], None)]
    assert found[1] == ("May 25", "1950-05-25", "previous-date")


@pytest.mark.parametrize(("text", "december"), [
    # an anaphoric year ("the previous year") inside news does not start a background passage
    ("Officials warned in July that militants had carried out twice as many attacks as the previous year. "
     "More recently, in December, U.S. forces struck the group in Syria.", "2025-12"),
    # a year written out does; a relative year then carries the passage on
    ("The war began in 2019. The following year, the talks failed. In December, the army withdrew.",
     "2020-12"),
])
def test_only_a_written_year_starts_a_passage(text, december):
    found = {t.text: t.value for t in find_timexes(text, dt.date(2026, 3, 14))}
    assert found["December"] == december


@pytest.mark.parametrize(("text", "expected"), [
    # an anaphoric day after a year-only date: the day is not known, the year is
    ("The war began in 1950. Two days later the army retreated.", ("Two days later", "1950")),
    ("Jobs said in 2011 he would leave one day. Unfortunately, that day has come.", ("that day", "2011")),
    ("The strike began in March 2019. The following day the union met.", ("The following day", "2019-03")),
    # after a day-precise date it is a day, as before
    ("The truce was agreed on 21 November 2023 and took effect the following day.",
     ("the following day", "2023-11-22")),
])
def test_anaphoric_unit_finer_than_its_reference(text, expected):
    found = [(t.text, t.value) for t in find_timexes(text, PUBLISHED)]
    assert found[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence running through several years up to now: its last year starts no passage
    ("The minister announced a new policy in 2019, signed a loan in 2022, and the first ships arrived "
     "on March 29. The purchase came after the navy tested them in February.",
     [("2019", "2019"), ("2022", "2022"), ("March 29", "2025-03-29"), ("February", "2025-02")]),
    # one year, then a bare date: the passage of that year, as before
    ("The minister signed a loan in 2022. The first ships arrived on March 29.",
     [("2022", "2022"), ("March 29", "2022-03-29")]),
])
def test_a_chronology_sets_no_passage(text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, PUBLISHED)] == expected


@pytest.mark.parametrize(("text", "april"), [
    # a whole sentence in the present or present perfect between them: the story is back to now
    ("In 2021, the bank lent the port $2 billion. The premier has grown more critical of the loans. "
     "In April he asked the lenders to renegotiate.", "2025-04"),
    ("The ferry line was closed in 2019. Traders say the crossing is now busier than ever. In April "
     "the ministry reopened it.", "2025-04"),
    # a past sentence between them keeps the passage going, as before
    ("In 2021, the bank lent the port $2 billion. The premier grew more critical of the loans. "
     "In April he asked the lenders to renegotiate.", "2021-04"),
])
def test_a_sentence_of_the_present_ends_a_passage(text, april):
    found = {t.text: t.value for t in find_timexes(text, PUBLISHED)}
    assert found["April"] == april
