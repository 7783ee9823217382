"""Numeric and abbreviated forms: 2019-06, 5/6/19, 19Q2, FY2024, "the 15th of next month".

Slash dates whose numbers could be either day or month are read in the order the text shows with its
unambiguous slash dates, else the order its caller or source gives, else month first like publication
dates at ingest (extract/temporal/date_order.py). The comment of such a value gives the other reading.
"""

from __future__ import annotations

import datetime as dt

from extract.temporal import calendar as cal
from extract.temporal.recipes.base import Context, Resolution, _explicit, step_of
from extract.temporal.recipes.registry import recipe


def _full_year(digits: str) -> int:
    """'19' → 2019, '98' → 1998, '2019' → 2019 (two digits below 50 are read in the 2000s)."""
    value = int(digits)
    if len(digits) == 4:
        return value
    return 2000 + value if value < 50 else 1900 + value


@recipe("date_order")
def slashdate(ctx: Context, first: str, second: str, year_digits: str) -> Resolution:
    """'5/6/19' → 2019-05-06 (month first unless the text or its source writes day first; the other
    reading in the comment); '14/3/2025' day first whatever the order."""
    year, a, b = _full_year(year_digits), int(first), int(second)
    day_first = a > 12 or (ctx.day_first is True and b <= 12)
    month, day = (b, a) if day_first else (a, b)
    value = dt.date(year, month, day).isoformat()  # raises ValueError on 14/14/19: not a date
    if a <= 12 and b <= 12 and a != b:
        read, other = ("day", "month") if day_first else ("month", "day")
        return Resolution(value, "explicit", comment=f"ambiguous: read {read} first; {other} first is "
                                                      f"{dt.date(year, day, month).isoformat()}")
    return _explicit(value)


@recipe()
def numericmonth(ctx: Context, year: int, month: str) -> Resolution:
    """'2019-06', '2019/6', '06/2019'; '2009-10' (a season, 2009 to 2010) is not a month."""
    if len(month) == 2 and int(month) == (int(year) + 1) % 100:
        raise ValueError("a span of two years, not a month")
    return _explicit(f"{int(year):04d}-{int(month):02d}")


@recipe()
def quarternum(ctx: Context, *numbers: str | None) -> Resolution:
    """'Q2 2019', '19Q2', '2Q19' (quarter, year pairs, the first pair present wins); 'Q3' alone is
    a quarter of the publication year."""
    pairs = [numbers[i:i + 2] for i in range(0, len(numbers), 2)]
    number, year_digits = next(pair for pair in pairs if pair[0])
    year_digits = None if year_digits == "none" else year_digits
    if year_digits:
        return _explicit(f"{_full_year(year_digits):04d}-Q{int(number)}")
    if ctx.published is None:
        return Resolution(f"XXXX-Q{int(number)}", "unresolved")
    return Resolution(f"{ctx.published.year:04d}-Q{int(number)}", "publication")


@recipe()
def fiscalyear(ctx: Context, year_digits: str | None, short: str | None = None) -> Resolution:
    """'FY2024', 'FY24', 'fiscal 2024': the year's number; the comment says it is a fiscal year."""
    year_digits = year_digits or short
    return Resolution(f"{_full_year(year_digits):04d}", "explicit", comment="fiscal year")


@recipe()
def dayofmonth(ctx: Context, day: int, direction: str) -> Resolution:
    """'the 15th of next month', 'the 3rd of last month', 'the 1st of this month'."""
    if ctx.published is None:
        return Resolution(f"XXXX-XX-{int(day):02d}", "unresolved")
    month = cal.add_months(ctx.published.replace(day=1), step_of(direction)[0])
    return Resolution(month.replace(day=int(day)).isoformat(), "publication")


@recipe()
def sametime(ctx: Context, unit: str, direction: str) -> Resolution:
    """'this time next year', 'this time last week': the publication day moved by one unit."""
    if ctx.published is None:
        return Resolution("XXXX-XX-XX", "unresolved")
    return Resolution(cal.shift(ctx.published, unit, step_of(direction)[0]).isoformat(), "publication")
