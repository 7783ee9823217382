"""Numeric, abbreviated and spelled-out forms as a user would type them (issue 9's list)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import find_timexes

PUBLISHED = dt.date(2025, 11, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "timex_text", "value", "comment"),
    [
        ("see you next friday", "next friday", "2025-11-14", ""),
        ("they met on june 5 2019", "june 5 2019", "2019-06-05", ""),
        ("sales in the next qtr", "next qtr", "2026-Q1", ""),
        ("figures for 2019-06", "2019-06", "2019-06", ""),
        ("filed 2019/06", "2019/06", "2019-06", ""),
        ("filed 06/2019", "06/2019", "2019-06", ""),
        ("signed 2019-6-5", "2019-6-5", "2019-06-05", ""),
        ("signed 5/6/19", "5/6/19", "2019-05-06", "ambiguous: read month first; day first is 2019-06-05"),
        ("signed 14/3/25", "14/3/25", "2025-03-14", ""),
        ("signed 3/3/25", "3/3/25", "2025-03-03", ""),
        ("results for 19q2", "19q2", "2019-Q2", ""),
        ("results for Q2 2019", "Q2 2019", "2019-Q2", ""),
        ("results for 2nd qtr 2019", "2nd qtr 2019", "2019-Q2", ""),
        ("the FY2024 budget", "FY2024", "2024", "fiscal year"),
        ("the FY24 budget", "FY24", "2024", "fiscal year"),
        ("revenue fell in Q3 FY2024", "Q3 FY2024", "2024-Q3", "fiscal quarter"),
        ("in the upcoming month", "upcoming month", "2025-12", ""),
        ("in the coming week", "coming week", "2025-W47", ""),
        ("on the 15th of next month", "the 15th of next month", "2025-12-15", ""),
        ("back June in a year", "June in a year", "2026-06", ""),
        ("by this time next year", "this time next year", "2026-11-12", ""),
        ("in two thousand and five", "two thousand and five", "2005", ""),
        ("since nineteen ninety", "nineteen ninety", "1990", ""),
        ("in twenty nineteen", "twenty nineteen", "2019", ""),
        ("by the year two thousand has it gone", "the year two thousand", "2000", ""),
    ],
)
def test_numeric_and_abbreviated_forms(text, timex_text, value, comment):
    found = [(t.text, t.value, t.comment) for t in find_timexes(text, PUBLISHED)]
    assert found == [(timex_text, value, comment)]


@pytest.mark.parametrize(
    "text",
    [
        "two thousand prisoners were freed",
        "some two thousand were killed",
        "two thousand and five prisoners were freed",
        "nineteen hundred troops crossed",
        "the 2009-10 season ended",
        "Q1: what did the minister say?",
    ],
)
def test_counts_and_codes_are_not_dates(text):
    assert find_timexes(text, PUBLISHED) == []
