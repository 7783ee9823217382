"""Publication dates in any common format and time zone → a calendar date.

A timestamp with a time zone gives the day as written in that zone ("2025-03-14T23:30-05:00" is
14 March), not the UTC day. Epoch numbers are read as UTC. Slash dates are month first
("03/04/2025" is 4 March) unless the first number cannot be a month ("14/03/2025"), or the caller
says the dates are day first (`day_first=True`, the CLI's `--date-order day-first`). Nothing is
read relative to today: "yesterday" or "March 2025" are not publication dates.

`evening_before` says whether a publication instant written in UTC falls in the small hours of its
UTC day (before EVENING_BEFORE_UTC_HOUR), when it is still the day before in the Americas: a story
published "2025-03-13 02:40Z" was written late on 12 March in Washington, so what it reports
without a date of its own may have happened on the 12th (see extract/events/timing.py).
"""

from __future__ import annotations

import datetime as dt
import math
import re

import dateparser
import pandas as pd

DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "MDY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
DAY_FIRST_SETTINGS = {**DATEPARSER_SETTINGS, "DATE_ORDER": "DMY"}
_COMPACT = re.compile(r"\d{8}")  # 20250314
# An epoch number written as text: 9-13 digits, with or without a fraction; what it
# counts is decided by its size alone (MILLISECONDS_FROM), for text and numbers alike.
_EPOCH_TEXT = re.compile(r"\d{9,13}(\.\d+)?")
# An epoch number this large or larger counts milliseconds: as seconds it would be after the year
# 5138, as milliseconds it is 3 March 1973 or later (one rule, so "100000000000" and 1e11 agree).
MILLISECONDS_FROM = 1e11
# Before 08:00 UTC it is still the previous calendar day across the contiguous United States (Los
# Angeles in winter is UTC-8) and not yet 03:00 in Washington (04:00 in summer): a story published
# then was written in the American evening or night before ("00:31 Washington time" is 05:31Z).
EVENING_BEFORE_UTC_HOUR = 8
_UTC_WORDS = re.compile(r"\s*(UTC|GMT)$", re.IGNORECASE)


def is_blank(value: object) -> bool:
    """None, NaN/NaT or a string of spaces."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if value is pd.NaT:
        return True
    return isinstance(value, str) and not value.strip()


def parse_publication_date(value: object, day_first: bool | None = None) -> dt.date | None:
    """The calendar date `value` names, or None when it names none (blank or not understood).
    `day_first` True reads a slash date that reads both ways ("03/04/2025") day first."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):  # includes pandas.Timestamp
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    return _from_text(str(value).strip(), day_first)


def _from_text(text: str, day_first: bool | None = None) -> dt.date | None:
    if _COMPACT.fullmatch(text):
        try:
            return dt.datetime.strptime(text, "%Y%m%d").date()
        except ValueError:
            return None
    if _EPOCH_TEXT.fullmatch(text):
        return _from_epoch(float(text))
    try:
        return dt.datetime.fromisoformat(text).date()  # fast path: ISO 8601, "Z" and offsets
    except ValueError:
        pass
    settings = DAY_FIRST_SETTINGS if day_first else DATEPARSER_SETTINGS
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _from_epoch(number: float) -> dt.date | None:
    """Seconds since 1970 (UTC), or milliseconds from MILLISECONDS_FROM on (_epoch_instant)."""
    instant = _epoch_instant(number)
    return instant.date() if instant else None


def evening_before(value: object) -> bool:
    """True when `value` is a publication instant in UTC (a "Z" or +00:00 timestamp, "… UTC/GMT",
    an epoch number, a UTC-aware datetime) whose time of day is after midnight and before
    EVENING_BEFORE_UTC_HOUR: the evening of the day before in the Americas. A timestamp without a
    zone, in another zone, or at exactly midnight (a date written as a timestamp) is read as its day."""
    instant = _utc_instant(value)
    if instant is None or instant.time() == dt.time(0, 0):
        return False
    return instant.hour < EVENING_BEFORE_UTC_HOUR


def _utc_instant(value: object) -> dt.datetime | None:
    """`value` as a naive UTC datetime when it is written in UTC, else None."""
    if is_blank(value) or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        offset = value.utcoffset()
        return value.replace(tzinfo=None) if offset == dt.timedelta(0) else None
    if isinstance(value, int | float):
        return _epoch_instant(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _EPOCH_TEXT.fullmatch(text):
        return _epoch_instant(float(text))
    named = _UTC_WORDS.search(text)
    try:
        parsed = dt.datetime.fromisoformat(text[:named.start()] + "+00:00" if named else text)
    except ValueError:
        return None
    return _utc_instant(parsed) if parsed.tzinfo is not None else None


def _epoch_instant(number: float) -> dt.datetime | None:
    """An epoch number as a naive UTC datetime: seconds since 1970, or milliseconds from
    MILLISECONDS_FROM on. The only place an epoch number is scaled."""
    seconds = number / 1000 if number >= MILLISECONDS_FROM else number
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        return None
