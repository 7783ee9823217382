"""Publication dates in many formats and time zones → the calendar day as written."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from extract.ingest import parse_publication_date

D = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-14", D),
        ("2025-03-14T23:30:00Z", D),
        ("2025-03-14 20:30:26Z", D),  # the VOA format
        ("2025-03-14T23:30:00-05:00", D),  # local day as written, not the UTC day (15 March)
        ("2025-03-15T01:30:00+09:00", dt.date(2025, 3, 15)),  # 14 March in UTC; written as the 15th
        ("2025-03-14T23:30:00.123+05:30", D),
        ("14 March 2025", D),
        ("March 14, 2025", D),
        ("Mar 14, 2025", D),
        ("14-Mar-2025", D),
        ("Friday 14th March 2025", D),
        ("Friday, March 14, 2025 11:30 PM EST", D),
        ("03/14/2025", D),
        ("14/03/2025", D),  # 14 cannot be a month
        ("03/04/2025", dt.date(2025, 3, 4)),  # ambiguous slash dates are month first
        ("2025/03/14", D),
        ("14.03.2025", D),
        ("20250314", D),
        ("Fri, 14 Mar 2025 23:30:00 -0500", D),  # RFC 2822
        ("Fri, 14 Mar 2025 23:30:00 GMT", D),
        ("1741995000", D),  # epoch seconds, UTC
        ("1741995000000", D),  # epoch milliseconds
        (1741995000, D),
        (1741995000.5, D),
        (dt.date(2025, 3, 14), D),
        (dt.datetime(2025, 3, 14, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))), D),
        (pd.Timestamp("2025-03-14 23:30", tz="America/New_York"), D),
        ("  2025-03-14  ", D),
    ],
)
def test_parse_publication_date_formats(value: object, expected: dt.date) -> None:
    assert parse_publication_date(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "   ", None, float("nan"), np.nan, pd.NaT, "not a date", "yesterday", "March 2025", "2025",
     "2025-02-30", "20251340", "14 mars 2025"],
)
def test_parse_publication_date_none_for_non_dates(value: object) -> None:
    assert parse_publication_date(value) is None


@pytest.mark.parametrize(
    ("value", "day_first", "expected"),
    [("03/04/2025", None, dt.date(2025, 3, 4)), ("03/04/2025", False, dt.date(2025, 3, 4)),
     ("03/04/2025", True, dt.date(2025, 4, 3)), ("14/03/2025", True, dt.date(2025, 3, 14)),
     ("03/14/2025", True, dt.date(2025, 3, 14)), ("2025-03-04", True, dt.date(2025, 3, 4)),
     ("March 4, 2025", True, dt.date(2025, 3, 4))],
)
def test_parse_publication_date_day_first(value: str, day_first: bool | None, expected: dt.date) -> None:
    assert parse_publication_date(value, day_first) == expected


# Epoch numbers: one rule for numbers and text (ingest/dates.MILLISECONDS_FROM = 1e11): below it
# seconds, from it on milliseconds. The publication day and the UTC instant (evening_before) agree.
EPOCH_BOUNDARIES = [
    # (number, UTC instant it names)
    (100_000_000, dt.datetime(1973, 3, 3, 9, 46, 40)),  # 9 digits: seconds
    (1_741_995_000, dt.datetime(2025, 3, 14, 23, 30)),  # seconds
    (99_999_999_999, dt.datetime(5138, 11, 16, 9, 46, 39)),  # last number read as seconds
    (100_000_000_000, dt.datetime(1973, 3, 3, 9, 46, 40)),  # exactly 1e11: milliseconds
    (100_000_000_001, dt.datetime(1973, 3, 3, 9, 46, 40, 1000)),
    (1_741_995_000_000, dt.datetime(2025, 3, 14, 23, 30)),  # milliseconds
]


@pytest.mark.parametrize(("number", "instant"), EPOCH_BOUNDARIES)
@pytest.mark.parametrize("form", [int, float, str])
def test_epoch_boundaries_one_rule(number: int, instant: dt.datetime, form) -> None:
    from extract.ingest.dates import _utc_instant

    value = form(number)
    assert parse_publication_date(value) == instant.date()
    assert _utc_instant(value) == instant
