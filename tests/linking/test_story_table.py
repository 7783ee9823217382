"""extract.stories: one row per story, its best date, reports, sources and disagreements."""

import pytest

import extract
from extract.schema import STORY_COLUMNS
from tests.linking.events import event, table

REPORT_A = event(
    "a1",
    "d1",
    "met",
    "CONSULT",
    ["Antony Blinken"],
    "2025-01-15",
    "Antony Blinken met Wang Yi in Beijing on Wednesday.",
    ["Wang Yi"],
    location="Beijing",
    source="AP",
)
REPORT_B = event(
    "b1",
    "d2",
    "meeting",
    "CONSULT",
    ["Antony Blinken"],
    "2025-01-16",
    "The meeting of Antony Blinken and Wang Yi in Beijing.",
    ["Wang Yi"],
    location="Beijing",
    anchor="publication",
    source="Reuters",
)


@pytest.mark.parametrize(
    ("rows", "field", "expected"),
    [
        ((REPORT_A, REPORT_B), "reports", 2),
        ((REPORT_A, REPORT_B), "sources", 2),
        ((REPORT_A, REPORT_B), "outlets", ["AP", "Reuters"]),
        # the explicit date wins over the publication-anchored one; half the dated reports contain it
        ((REPORT_A, REPORT_B), "date_start", "2025-01-15"),
        ((REPORT_A, REPORT_B), "date_agreement", 0.5),
        ((REPORT_A, REPORT_B), "disagreement", ["date: 2025-01-15 / 2025-01-16"]),
        ((REPORT_A, REPORT_B), "first_reported", "2025-01-15"),
        ((REPORT_A, {**REPORT_B, "date_start": "2025-01-15", "date_end": "2025-01-15"}), "disagreement", []),
        ((REPORT_A,), "reports", 1),
        # a report of the meeting as planned (from the day it was told of, no end) gives no date
        ((REPORT_A, {**REPORT_B, "date_start": "2025-01-14", "date_end": ""}), "disagreement", []),
        ((REPORT_A, {**REPORT_B, "date_start": "2025-01-14", "date_end": ""}), "date_agreement", 1.0),
    ],
)
def test_story_table_fields(rows, field, expected):
    stories = extract.stories(table(*rows))
    assert list(stories.columns) == list(STORY_COLUMNS)
    assert stories.loc[0, field] == expected


@pytest.mark.parametrize(
    ("actors_b", "type_b", "expected"),
    [
        (["Wang Yi"], "CONSULT", ["participants: Antony Blinken / Wang Yi"]),
        (["Antony Blinken"], "ACCUSE", ["type: CONSULT / ACCUSE"]),
    ],
)
def test_story_table_disagreement_on_given_story_ids(actors_b, type_b, expected):
    # story ids given (as an exported table carries them): the reports disagree on who or what
    rows = table(
        {**REPORT_A, "story_id": "s1"},
        {
            **REPORT_B,
            "story_id": "s1",
            "actors": actors_b,
            "targets": [],
            "event_type": type_b,
            "date_start": "2025-01-15",
            "date_end": "2025-01-15",
        },
    )
    assert extract.stories(rows).loc[0, "disagreement"] == expected
