"""Calendar arithmetic on TIMEX3 values: the interval a value denotes, and shifting a date by units.

A TIMEX3 DATE value names a span of the calendar at some granularity (`2025-11-10` a day, `2025-W45`
an ISO week, `2025-Q3` a quarter, `199X` a decade; TimeBank's `199` is read too). `interval_of` turns
any such value into its first and last day, so callers never parse TIMEX3 strings themselves.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

# Every granularity a Timex or an event time can have, finest first (the one copy in the project)
GRANULARITIES = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")
# TIMEX3 duration unit codes and the unit each names (the one copy of this map in the project)
UNIT_NAMES = {"TS": "second", "TM": "minute", "TH": "hour", "D": "day", "W": "week", "2W": "fortnight",
              "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"}
CLOCK_UNITS = ("hour", "minute", "second")
# granularities that a year-long offset compares with rather than moves to ("third-quarter profit … a
# year earlier" is that quarter a year before)
COMPARED_GRANULARITIES = ("quarter", "half", "season")
# The value of a unit-long span whose date is unknown (no publication date): "last week" → XXXX-WXX.
UNKNOWN_VALUES = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
                  "half": "XXXX-HX", "year": "XXXX", "decade": "XXXX", "century": "XXXX"}


def fineness(granularity: str | None) -> int:
    """Rank of a granularity, finest first; durations' empty or unknown granularities rank last."""
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES else len(GRANULARITIES)


def unknown_value(unit: str) -> str:
    """The TIMEX3 value of a `unit`-long span whose date is unknown; a day (XXXX-XX-XX) by default."""
    return UNKNOWN_VALUES.get(unit, "XXXX-XX-XX")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def week_start(year: int, week: int) -> dt.date:
    """Monday of ISO week `week` of ISO year `year`."""
    return dt.date.fromisocalendar(year, week, 1)


def week_value(day: dt.date) -> str:
    """The ISO week of a day as a TIMEX3 value, e.g. `2025-W45`."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _season_interval(year: int, code: str) -> tuple[dt.date, dt.date]:
    first, last = SEASON_MONTHS[code]
    if code == "WI":  # winter 2025 runs from December 2025 into February 2026
        return dt.date(year, 12, 1), month_end(year + 1, 2)
    return dt.date(year, first, 1), month_end(year, last)


def _interval_day(m: re.Match) -> tuple[dt.date, dt.date, str]:
    day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    return day, day, "time" if m[4] else "day"


def _interval_week(m: re.Match) -> tuple[dt.date, dt.date, str]:
    monday = week_start(int(m[1]), int(m[2]))
    if m[3]:  # the weekend of that week
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day"
    return monday, monday + dt.timedelta(days=6), "week"


def _interval_month(m: re.Match) -> tuple[dt.date, dt.date, str]:
    year, month = int(m[1]), int(m[2])
    return dt.date(year, month, 1), month_end(year, month), "month"


def _interval_quarter(m: re.Match) -> tuple[dt.date, dt.date, str]:
    year, q = int(m[1]), int(m[2])
    return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter"


def _interval_half(m: re.Match) -> tuple[dt.date, dt.date, str]:
    year, h = int(m[1]), int(m[2])
    return dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h), "half"


def _interval_season(m: re.Match) -> tuple[dt.date, dt.date, str]:
    return (*_season_interval(int(m[1]), m[2]), "season")


def _interval_year(m: re.Match) -> tuple[dt.date, dt.date, str]:
    year = int(m[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _interval_decade(m: re.Match) -> tuple[dt.date, dt.date, str]:
    first = int(m[1]) * 10
    return dt.date(max(first, 1), 1, 1), dt.date(first + 9, 12, 31), "decade"


def _interval_century(m: re.Match) -> tuple[dt.date, dt.date, str]:
    first = int(m[1]) * 100
    return dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "century"


_PARSERS = (
    (_DAY, _interval_day),
    (_WEEK, _interval_week),
    (_MONTH, _interval_month),
    (_QUARTER, _interval_quarter),
    (_HALF, _interval_half),
    (_SEASON, _interval_season),
    (_YEAR, _interval_year),
    (_DECADE, _interval_decade),
    (_CENTURY, _interval_century),
)


def interval_of(value: str) -> tuple[dt.date, dt.date, str] | None:
    """First day, last day and granularity of a TIMEX3 DATE/TIME value; None when it names no span.

    >>> interval_of("2025-W45")
    (datetime.date(2025, 11, 3), datetime.date(2025, 11, 9), 'week')
    """
    for pattern, build in _PARSERS:
        match = pattern.match(value)
        if match:
            try:
                return build(match)
            except ValueError:  # e.g. 2025-02-30 or week 54
                return None
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, _cal.monthrange(year, month + 1)[1]))


def calendar_unit(unit: str) -> str:
    """The calendar unit a duration code or unit name moves by ('2W' and 'fortnight' move by weeks)."""
    name = UNIT_NAMES.get(unit, unit)
    return "week" if name == "fortnight" else name


def unit_steps(num: str, unit: str) -> int:
    """How many calendar units `num` of a code make: 2 fortnights are 4 weeks."""
    return int(float(num)) * (2 if unit in ("2W", "fortnight") else 1)


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """Shift a day by `amount` calendar units.

    Units: day, week, weekend, month, quarter, half, season, year, decade, century.
    """
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120, "century": 1200}
    return add_months(day, amount * months[unit])


def season_value(day: dt.date) -> str:
    """The season holding a day: December 2025 to February 2026 is winter 2025 (`2025-WI`)."""
    if day.month in (12, 1, 2):
        return f"{day.year - (day.month < 12):04d}-WI"
    code = next(code for code, (first, last) in SEASON_MONTHS.items() if first <= day.month <= last)
    return f"{day.year:04d}-{code}"


_VALUE_FORMATS = {
    "day": lambda day: day.isoformat(),
    "time": lambda day: day.isoformat(),  # a clock time moved by calendar units keeps only its day
    "week": week_value,
    "weekend": lambda day: week_value(day) + "-WE",
    "month": lambda day: f"{day.year:04d}-{day.month:02d}",
    "season": season_value,
    "quarter": lambda day: f"{day.year:04d}-Q{quarter_of(day)}",
    "half": lambda day: f"{day.year:04d}-H{1 if day.month <= 6 else 2}",
    "year": lambda day: f"{day.year:04d}",
    "decade": lambda day: f"{day.year // 10:03d}X",
    "century": lambda day: f"{day.year // 100:02d}",
}


def value_at(day: dt.date, unit: str) -> str:
    """The TIMEX3 value of the `unit`-long calendar span containing `day` (any granularity of a Timex).

    This is the one place TIMEX3 DATE values are written; `interval_of` is the one place they are read.
    """
    if unit not in _VALUE_FORMATS:
        raise ValueError(f"unknown calendar unit: {unit}")
    return _VALUE_FORMATS[unit](day)


_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_LAST_UNIT = re.compile(r"^P(T?)[\dX.]*(?:[A-Z]+[\dX.]+)*([A-Z]+)$")


def duration_delta(value: str) -> relativedelta | None:
    """A TIMEX3 duration of calendar units ("P60D", "P2W", "P1Y6M") as a calendar offset; None for
    vague ones ("PXM"), clock units ("PT8H") and fractions."""
    match = _DURATION.match(value)
    if match is None or not any(match.groups()):
        return None
    years, months, weeks, days = (int(g or 0) for g in match.groups())
    return relativedelta(years=years, months=months, weeks=weeks, days=days)


_HOURS = re.compile(r"PT(\d+)H")


def clock_days(value: str) -> tuple[int, int] | None:
    """The whole days an hour count spans, fewest and most: PT48H → (2, 2), PT36H → (1, 2); None for
    what is no count of hours."""
    match = _HOURS.fullmatch(value)
    if match is None:
        return None
    hours = int(match[1])
    return hours // 24, -(-hours // 24)


def duration_unit(value: str) -> str:
    """The unit of a TIMEX3 duration's last part: P2Y → year, P3W → week, P2Q → quarter, PT8H → hour;
    '' for what is no duration."""
    match = _LAST_UNIT.match(value)
    if match is None:
        return ""
    name = UNIT_NAMES.get(("T" if match[1] else "") + match[2], "")
    return "" if name in CLOCK_UNITS and not match[1] else name  # "P2H" is no TIMEX3 duration
