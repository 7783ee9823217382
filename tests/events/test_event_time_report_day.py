"""The day a report is of: a story published in the small hours UTC is still the evening before in
the Americas (ingest/dates.py, timing.evening_widened); a speaker's undated words continue their dated
statement; a dated setting reached through a participle dates the clause."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract import extract_events
from extract.ingest.articles import prepare_articles
from extract.ingest.columns import ColumnMapping
from extract.ingest.dates import evening_before

SAID = '"This incident changes the rules of the game," military spokesman Ahmed Sharif Chaudhry said.'
DATED = "Military spokesman Ahmed Sharif Chaudhry said on Monday that the operation had ended."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-13 02:40:12Z", True),  # 22:40 on the 12th in Washington
        ("2025-03-13T02:40:12+00:00", True),
        ("2025-03-13 02:40 UTC", True),
        (1741833612, True),  # epoch seconds are UTC
        (dt.datetime(2025, 3, 13, 2, 40, tzinfo=dt.UTC), True),
        ("2021-02-27 05:31:35Z", True),  # 00:31 in Washington: the story of the evening before
        ("2025-03-13 07:59Z", True),  # still 23:59 on the 12th in Los Angeles
        ("2025-03-13 08:00Z", False),  # midnight in Los Angeles: the 13th across the United States
        ("2025-03-13 12:40Z", False),
        ("2025-03-13T00:00:00Z", False),  # a date written as a timestamp
        ("2025-03-13 02:40", False),  # no zone: the day as written
        ("2025-03-13T02:40-05:00", False),  # another zone: the day as written
        ("2025-03-13", False),
        (dt.date(2025, 3, 13), False),
        (None, False),
    ],
)
def test_evening_before(value, expected):
    assert evening_before(value) is expected


def test_ingest_keeps_the_evening_before():
    stamps = ["2025-03-13 02:40:12Z", "2025-03-13 12:40:12Z"]
    frame = pd.DataFrame({"text": [SAID, SAID], "published": stamps})
    prepared = prepare_articles(frame, ColumnMapping(text="text", published="published"))
    assert [a.evening_before for a in prepared.articles] == [True, False]
    assert [a.published for a in prepared.articles] == [dt.date(2025, 3, 13)] * 2


def _dates(text: str, published: object) -> list[tuple[str, str, str]]:
    rows = extract_events(text, published=published)
    return [(r.trigger, str(r.date_start), str(r.date_end)) for r in rows.itertuples()]


def test_undated_statement_in_the_small_hours_includes_the_day_before():
    assert _dates(SAID, "2025-03-13T02:40:12Z") == [("said", "2025-03-12", "2025-03-13")]
    assert _dates(SAID, "2025-03-13T14:40:12Z") == [("said", "2025-03-13", "2025-03-13")]
    assert _dates(SAID, dt.date(2025, 3, 13)) == [("said", "2025-03-13", "2025-03-13")]


def test_a_dated_statement_keeps_its_day():
    assert _dates(DATED, "2025-03-13T02:40:12Z")[0] == ("said", "2025-03-10", "2025-03-10")


SPEAKER = ("Special rapporteur Richard Bennett confirmed Wednesday that the Taliban had prohibited him from "
           "entering the country. Taliban spokesperson Zabihullah Mujahid disclosed the decision to TOLOnews "
           "late Tuesday. Bennett said the announcement is a step backwards.")
OTHER_SPEAKER = ("Apple announced on Friday that it would recall the phones. Chief executive Steve Jobs said "
                 "the company regretted the fault.")


def test_a_speakers_undated_words_continue_their_dated_statement():
    """A named speaker's undated past statement takes the day the story dated their earlier one, not
    another speaker's later-told day (timing._said_before_by_speaker)."""
    rows = extract_events(SPEAKER, published=dt.date(2025, 3, 14))
    said = rows[rows.trigger == "said"].iloc[0]
    assert (str(said.date_start), said.time_anchor) == ("2025-03-12", "previous-date")
    rows = extract_events(OTHER_SPEAKER, published=dt.date(2025, 3, 14))
    said = rows[rows.trigger == "said"].iloc[0]
    assert (str(said.date_start), said.time_anchor) == ("2025-03-14", "previous-date")


SETTING = ("In a joint statement issued at their Security Consultative Committee meeting in July, Tokyo and "
           "Washington shared concerns over China's nuclear arsenal and agreed to strengthen deterrence.")


def test_a_setting_dated_through_a_participle_dates_the_clause():
    """"In a statement issued at their meeting in July, X and Y agreed": the setting's meeting dates
    the acts, the coordinated one too (time_index._setting_host)."""
    rows = extract_events(SETTING, published=dt.date(2024, 10, 4))
    for trigger in ("shared concerns", "agreed"):
        row = rows[rows.trigger == trigger].iloc[0]
        assert (str(row.date_start), str(row.date_end)) == ("2024-07-01", "2024-07-31")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the participle of the setting's noun dates the setting, so the act set there
    ("In a statement emailed to VOA on Friday morning, Exantus described the jailbreak as deplorable.",
     "described", ("2025-03-07", "2025-03-07")),
    ("At a news conference held on Monday, Marco Rubio said the aid would resume.", "said",
     ("2025-03-10", "2025-03-10")),
])
def test_a_setting_dated_by_its_participle_dates_the_clause(text, trigger, expected):
    rows = extract_events(text, published=dt.date(2025, 3, 12))
    row = rows[rows.trigger == trigger].iloc[0]
    assert (str(row.date_start), str(row.date_end)) == expected


def test_another_named_speakers_undated_words_are_not_the_earlier_statement():
    """A named speaker's undated words do not continue the dated statement of another person
    (timing._another_speaker): they are the day's reporting (the same speaker's continue: above)."""
    other = ("A State Department spokesperson told VOA on Sunday that Washington had offered to resettle the "
             "Uyghurs. Thai Foreign Minister Maris Sangiampongsa said those countries should keep their "
             "offers open.")
    assert ("said", "2025-03-11", "2025-03-11") in _dates(other, dt.date(2025, 3, 11))
