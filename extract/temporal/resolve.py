"""Value recipes: the functions a rule's `value` names, turning matched groups into a TIMEX3 value.

Every recipe receives a `Context` (publication date, the most recent date of the narrative, the tense
of the clause) and returns a `Resolution`. Nothing here reads the clock: an expression relative to a
missing publication date stays unresolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from extract.temporal import calendar as cal

UNIT_NAMES = {"TS": "second", "TM": "minute", "TH": "hour", "D": "day", "W": "week", "2W": "fortnight",
              "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"}
_DIRECTIONS = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "next": 1, "coming": 1,
               "following": 1, "this": 0, "current": 0, "same": 0, "-1": -1, "1": 1, "0": 0}
_AFTER_WORDS = {"later", "after", "afterward", "afterwards", "on", "into", "following", "since"}
_SET_VALUES = {"day": "P1D", "daily": "P1D", "nightly": "P1D", "week": "P1W", "weekly": "P1W",
               "month": "P1M", "monthly": "P1M", "year": "P1Y", "annually": "P1Y", "yearly": "P1Y",
               "quarter": "P3M", "quarterly": "P3M", "hourly": "PT1H"}
_PAST_SPANS = {"past", "last", "previous", "recent", "latest", "preceding", "final"}
_FUTURE_SPANS = {"next", "coming", "following"}
_ANAPHORIC = {"following", "previous", "preceding", "prior", "same"}
_COARSE = ("quarter", "half", "season")


@dataclass(frozen=True)
class Context:
    """What an expression is resolved against."""

    published: dt.date | None
    reference: tuple[dt.date, str] | None = None  # most recent date in the narrative, with granularity
    tense: str | None = None  # "past", "present", "progressive", "future", "conditional" or None
    follows_of: bool = False  # the expression is followed by "of" ("two years of war")
    last_quarter: dt.date | None = None  # first day of the quarter the text last named
    near_quarter: dt.date | None = None  # the same, when named just before this expression


@dataclass(frozen=True)
class Resolution:
    value: str
    anchor: str
    implied: tuple[dt.date, dt.date] | None = None
    offset_direction: str | None = None  # set for event-anchored offsets: "after" / "before"
    sets_reference: bool = True  # False for comparisons ("a year earlier") that do not move the story
    story_span: tuple[str, str] | None = None  # (num, unit) of "two days of talks": the story bounds it


UNRESOLVED_DATE = Resolution("XXXX-XX-XX", "unresolved")
# Values of a unit-long span whose date is unknown (no publication date): "last week" → XXXX-WXX.
_UNKNOWN = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "half": "XXXX-HX", "year": "XXXX", "decade": "XXXX", "century": "XXXX"}


def _explicit(value: str) -> Resolution:
    return Resolution(value, "explicit")


def _narrative(ctx: Context) -> tuple[dt.date, str, str] | None:
    """The date anaphoric expressions hang on: the narrative's latest date, else publication."""
    if ctx.reference:
        return ctx.reference[0], ctx.reference[1], "previous-date"
    if ctx.published:
        return ctx.published, "day", "publication"
    return None


def _choose_year(published: dt.date, month: int, day: int, tense: str | None) -> int:
    """The year of a month/day written without one: tense decides; else the closest to publication."""
    year = published.year
    candidate = dt.date(year, month, min(day, 28 if month == 2 else day))
    # A tense misread by the parser must not move a date a whole year: allow two months of slack.
    if tense == "past" and (candidate - published).days > 60:
        return year - 1
    if tense == "future" and (published - candidate).days > 60:
        return year + 1
    if tense in (None, "present", "progressive", "conditional"):
        distance = (candidate - published).days
        if distance > 183:
            return year - 1
        if distance < -183:
            return year + 1
    return year


def date(ctx: Context, year: int, month: int, day: int) -> Resolution:
    dt.date(int(year), int(month), int(day))  # raises ValueError on 30 February
    return _explicit(f"{int(year):04d}-{int(month):02d}-{int(day):02d}")


def monthday(ctx: Context, month: int, day: int) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{month:02d}-{day:02d}", "unresolved")
    year = _choose_year(ctx.published, month, day, ctx.tense)
    return Resolution(date(ctx, year, month, day).value, "publication")


def month(ctx: Context, month: int) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{month:02d}", "unresolved")
    year = _choose_year(ctx.published, month, 15, ctx.tense)
    return Resolution(f"{year:04d}-{month:02d}", "publication")


def monthyear(ctx: Context, year: int, month: int) -> Resolution:
    return _explicit(f"{int(year):04d}-{int(month):02d}")


def year(ctx: Context, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}")


def decade(ctx: Context, decade: str) -> Resolution:
    return _explicit(decade[:3] + "X")


def decade2(ctx: Context, decade2: str) -> Resolution:
    century = "19" if int(decade2) >= 30 else "20"
    return _explicit(century + decade2[0] + "X")


def _reference_year(ctx: Context) -> tuple[int, str] | None:
    if ctx.reference:
        return ctx.reference[0].year, "previous-date"
    if ctx.published:
        return ctx.published.year, "publication"
    return None


def quarter(ctx: Context, ordinal: int | None, adjectival: int | None = None,
            fiscal: int | None = None) -> Resolution:
    """'the third quarter': of the publication year (financial news reports the current year)."""
    ordinal = ordinal or adjectival or fiscal
    ref = (ctx.published.year, "publication") if ctx.published else _reference_year(ctx)
    if ref is None:
        return Resolution(f"XXXX-Q{ordinal}", "unresolved")
    return Resolution(f"{ref[0]:04d}-Q{ordinal}", ref[1])


def quarteryear(ctx: Context, ordinal: int, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}-Q{ordinal}")


def lastquarter(ctx: Context) -> Resolution:
    """'the latest quarter': the quarter last named in the narrative, else the last completed one.

    A quarter still running at publication cannot be the one just reported on.
    """
    ended = ctx.published is None or ctx.last_quarter and cal.shift(ctx.last_quarter, "quarter", 1) <= (
        ctx.published)
    if ctx.last_quarter and ended:
        return Resolution(cal.value_at(ctx.last_quarter, "quarter"), "previous-date")
    if ctx.published is None:
        return Resolution("XXXX-QX", "unresolved")
    return Resolution(cal.value_at(cal.shift(ctx.published, "quarter", -1), "quarter"), "publication")


def yearperiod(ctx: Context, year_: int) -> Resolution:
    """'the 1988 period': in a quarterly report, the quarter under discussion in that year."""
    if ctx.last_quarter:  # a comparison with the quarter reported: it does not become the story's quarter
        return Resolution(f"{int(year_):04d}-Q{cal.quarter_of(ctx.last_quarter)}", "explicit",
                          sets_reference=int(year_) >= ctx.last_quarter.year)
    return _explicit(f"{int(year_):04d}")


def half(ctx: Context, half: str) -> Resolution:
    ref = _reference_year(ctx)
    number = 1 if half == "first" else 2
    if ref is None:
        return Resolution(f"XXXX-H{number}", "unresolved")
    return Resolution(f"{ref[0]:04d}-H{number}", ref[1])


def halfyear(ctx: Context, half: str, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}-H{1 if half == 'first' else 2}")  # second, last, latter: H2


def _season_year(published: dt.date, code: str, tense: str | None) -> int:
    first_month = cal.SEASON_MONTHS[code][0]
    return _choose_year(published, first_month, 15, tense)


def season(ctx: Context, season: str) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{season}", "unresolved")
    return Resolution(f"{_season_year(ctx.published, season, ctx.tense):04d}-{season}", "publication")


def seasonyear(ctx: Context, season: str, year: int) -> Resolution:
    return _explicit(f"{int(year):04d}-{season}")


def seasonrel(ctx: Context, season: str, direction: str) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{season}", "unresolved")
    step = _DIRECTIONS[direction]
    year = ctx.published.year
    start, end = cal._season_interval(year, season)
    if step < 0 and end >= ctx.published:
        year -= 1
    elif step > 0 and start <= ctx.published:
        year += 1
    return Resolution(f"{year:04d}-{season}", "publication")


def rel(ctx: Context, unit: str, amount: str) -> Resolution:
    """The `unit` containing publication date shifted by `amount` units ('last week' = rel(week, -1))."""
    step = _DIRECTIONS.get(str(amount), None)
    step = int(amount) if step is None else step
    if ctx.published is None:
        return Resolution(_UNKNOWN.get(unit, "XXXX-XX-XX"), "unresolved")
    return Resolution(cal.value_at(cal.shift(ctx.published, unit, step), unit), "publication")


def deictic(ctx: Context, unit: str, direction: str) -> Resolution:
    """'last week', 'next month', 'this year'; 'following week' hangs on the narrative instead."""
    if direction in _ANAPHORIC:
        return anaph(ctx, unit, direction)
    return rel(ctx, unit, direction)


def anaph(ctx: Context, unit: str, direction: str) -> Resolution:
    """'the following day', 'that week': the narrative's latest date shifted by whole units."""
    base = _narrative(ctx)
    if base is None:
        return Resolution(_UNKNOWN.get(unit, "XXXX-XX-XX"), "unresolved")
    day, _, anchor = base
    return Resolution(cal.value_at(cal.shift(day, unit, _DIRECTIONS[direction]), unit), anchor)


def _weekday_near(published: dt.date, weekday: int, tense: str | None) -> dt.date:
    delta = weekday - published.isoweekday()
    if tense == "future":
        return published + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if tense == "progressive":  # "is meeting on Friday", "meet separately Monday": a plan
        return published + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    if tense == "conditional":  # "said he would leave on Monday": the nearer Monday
        nearest = delta if -3 <= delta <= 3 else (delta - 7 if delta > 0 else delta + 7)
        return published + dt.timedelta(days=nearest)
    return published + dt.timedelta(days=delta if delta <= 0 else delta - 7)


def weekday(ctx: Context, weekday: int) -> Resolution:
    """A bare weekday: past clause → latest on or before publication; future → the next one."""
    if ctx.published is None:
        return Resolution(f"XXXX-WXX-{weekday}", "unresolved")
    return Resolution(_weekday_near(ctx.published, weekday, ctx.tense).isoformat(), "publication")


def weekdayrel(ctx: Context, weekday: int, direction: str) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-WXX-{weekday}", "unresolved")
    step = _DIRECTIONS[direction]
    if step == 0:
        monday = ctx.published - dt.timedelta(days=ctx.published.isoweekday() - 1)
        return Resolution((monday + dt.timedelta(days=weekday - 1)).isoformat(), "publication")
    if direction in _ANAPHORIC:
        return anaph_weekday(ctx, weekday, step)
    day = _weekday_near(ctx.published, weekday, "future" if step > 0 else "past")
    if step < 0 and day == ctx.published:
        day -= dt.timedelta(days=7)
    return Resolution(day.isoformat(), "publication")


def anaph_weekday(ctx: Context, weekday: int, step: int) -> Resolution:
    base = _narrative(ctx)
    if base is None:
        return Resolution(f"XXXX-WXX-{weekday}", "unresolved")
    day = _weekday_near(base[0], weekday, "future" if step > 0 else "past")
    if day == base[0]:  # "the previous Friday" said of a Friday is the one a week before
        day += dt.timedelta(weeks=step)
    return Resolution(day.isoformat(), base[2])


def daybeside(ctx: Context, weekday_: int, sign: str, direction: str | None) -> Resolution:
    """'the day before last Tuesday': that weekday, resolved as usual, then one day off."""
    named = weekdayrel(ctx, weekday_, direction) if direction else weekday(ctx, weekday_)
    if named.anchor == "unresolved":
        return named
    day = dt.date.fromisoformat(named.value) + dt.timedelta(days=1 if sign == "after" else -1)
    return Resolution(day.isoformat(), named.anchor)


def monthrel(ctx: Context, month_name: int, direction: str) -> Resolution:
    if ctx.published is None:
        return Resolution(f"XXXX-{month_name:02d}", "unresolved")
    step, year = _DIRECTIONS[direction], ctx.published.year
    if step < 0 and month_name >= ctx.published.month:
        year -= 1
    elif step > 0 and month_name <= ctx.published.month:
        year += 1
    return Resolution(f"{year:04d}-{month_name:02d}", "publication")


def _calendar_unit(unit: str) -> str:
    name = UNIT_NAMES.get(unit, unit)
    return "week" if name == "fortnight" else name


def _shift_amount(num: str, unit: str) -> int:
    return int(float(num)) * (2 if unit == "2W" else 1)


def ago(ctx: Context, num: str, unit: str) -> Resolution:
    """'two weeks ago': publication date shifted back, at the granularity of the unit.

    'a year ago' right after a quarter ("third-quarter profit ... a year ago") is that quarter a year
    earlier, as in financial news.
    """
    base = ctx.published and (ctx.published, "day", "publication")
    if base and _calendar_unit(unit) == "year" and ctx.near_quarter:
        base = (ctx.near_quarter, "quarter", "publication")
    return _offset(ctx, num, unit, -1, base)


def yearago(ctx: Context) -> Resolution:
    """'the year-earlier period': the quarter just reported on, a year before.

    Such phrases belong to financial reports: the quarter is the one named just before, else the
    last quarter completed before publication.
    """
    if ctx.near_quarter:
        shifted_ = cal.shift(ctx.near_quarter, "year", -1)
        return Resolution(cal.value_at(shifted_, "quarter"), "previous-date", sets_reference=False)
    if ctx.published is None:
        return UNRESOLVED_DATE
    reported = cal.shift(ctx.published, "quarter", -1)
    return Resolution(cal.value_at(cal.shift(reported, "year", -1), "quarter"), "publication",
                      sets_reference=False)


def ahead(ctx: Context, num: str, unit: str) -> Resolution:
    return _offset(ctx, num, unit, 1, ctx.published and (ctx.published, "day", "publication"))


def _offset(ctx: Context, num: str, unit: str, sign: int, base) -> Resolution:
    name = _calendar_unit(unit)
    if num == "X" or name in ("hour", "minute", "second"):
        return Resolution("PAST_REF" if sign < 0 else "FUTURE_REF", base[2] if base else "unresolved")
    if not base:
        return Resolution(_UNKNOWN.get(name, "XXXX-XX-XX"), "unresolved")
    day, granularity, anchor = base
    shifted = cal.shift(day, name, sign * _shift_amount(num, unit))
    comparison = granularity in _COARSE and name == "year"
    same_day = anchor == "previous-date" and granularity == "day" and name in ("year", "month")
    return Resolution(cal.value_at(shifted, granularity if comparison or same_day else name), anchor,
                      sets_reference=not comparison)


def shifted(ctx: Context, num: str, unit: str, sign: str | None, sign2: str | None = None) -> Resolution:
    """'two days later', 'a year earlier': the narrative's latest date shifted."""
    sign = sign or sign2 or "later"
    direction = 1 if sign in _AFTER_WORDS else -1
    code = unit if unit in UNIT_NAMES else _unit_code(unit)
    return _offset(ctx, str(num), code, direction, _narrative(ctx))


def _unit_code(name: str) -> str:
    return {value: key for key, value in UNIT_NAMES.items()}.get(name, name)


def duration_value(num: str, unit: str) -> str:
    """TIMEX3 duration: P2Y, PT3H, PXW; decades and centuries in years, as TimeBank writes them."""
    if unit == "2W":
        return "PXW" if num == "X" else f"P{2 * int(float(num))}W"
    if unit in ("DE", "CE") and num != "X":
        factor = 10 if unit == "DE" else 100
        return f"P{int(float(num) * factor)}Y"
    if unit in ("DE", "CE"):
        return "PXE" if unit == "DE" else "PXC"
    if unit.startswith("T"):
        return f"PT{num}{unit[1:]}"
    return f"P{num}{unit}"


def _implied(base: dt.date, num: str, unit: str, sign: int) -> tuple[dt.date, dt.date] | None:
    name = _calendar_unit(unit)
    if num == "X" or name in ("hour", "minute", "second"):
        return None
    other = cal.shift(base, name, sign * _shift_amount(num, unit))
    return (other, base) if sign < 0 else (base, other)


def _singular_unit(word: str) -> str:
    """'centuries' → 'century', 'weeks' → 'week'."""
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


def dur(ctx: Context, num: str, unit: str) -> Resolution:
    """A duration; 'two years of war' also implies an interval, which the engine ends where the story does."""
    unit = unit if unit in UNIT_NAMES else _unit_code(_singular_unit(unit))
    if not ctx.follows_of:
        return _explicit(duration_value(num, unit))
    implied = _implied(ctx.published, num, unit, -1) if ctx.published else None
    return Resolution(duration_value(num, unit), "explicit" if implied is None else "publication", implied,
                      story_span=(num, unit))


def _duration_parts(value: str) -> tuple[str, str]:
    """'P1Y6M' → ('1Y6M', ''), 'PT1H' → ('', '1H'), 'P1DT12H' → ('1D', '12H')."""
    date_part, _, time_part = value[1:].partition("T")
    return date_part, time_part


def durcompound(ctx: Context, num: str, unit: str, n2: str, u2: str) -> Resolution:
    """'an hour and forty minutes' → PT1H40M, 'two years and three months' → P2Y3M."""
    codes = [unit if unit in UNIT_NAMES else _unit_code(unit), u2 if u2 in UNIT_NAMES else _unit_code(u2)]
    parts = [_duration_parts(duration_value(n, code)) for n, code in zip((num, n2), codes, strict=True)]
    date_part = "".join(part[0] for part in parts)
    time_part = "".join(part[1] for part in parts)
    return _explicit("P" + date_part + ("T" + time_part if time_part else ""))


_HALF_UNITS = {"Y": "6M", "M": "15D", "D": "12H", "TH": "30M", "TM": "30S", "W": "3D12H"}


def durhalf(ctx: Context, num: str, unit: str) -> Resolution:
    """'two and a half years' → P2Y6M, '5 1/2 hours' → PT5H30M."""
    whole = duration_value(num, unit)
    half = _HALF_UNITS.get(unit)
    if num == "X" or half is None:
        return Resolution(whole, "explicit")
    if unit.startswith("T") or "H" in half and "T" not in whole:
        half = half if whole.startswith("PT") else half.replace("12H", "T12H").replace("3DT", "3DT")
    return Resolution(whole + half, "explicit")


def durspan(ctx: Context, num: str, unit: str | None, span: str | None, unit2: str | None = None,
            span2: str | None = None) -> Resolution:
    """'the past two years', 'within two weeks': a duration bounded by publication (or the narrative).

    `unit2`/`span2` are the same groups in a rule's second alternative ("in coming weeks").
    """
    unit, span = unit or unit2 or "D", span or span2 or "next"
    unit = unit if unit in UNIT_NAMES else _unit_code(unit.rstrip("s"))
    base = _narrative(ctx) if span in ("following", "preceding", "previous") else (
        ctx.published and (ctx.published, "day", "publication"))
    sign = -1 if span in _PAST_SPANS else (1 if span in _FUTURE_SPANS else 0)
    if not base or sign == 0:
        return Resolution(duration_value(num, unit), "explicit" if sign == 0 else "unresolved")
    return Resolution(duration_value(num, unit), base[2], _implied(base[0], num, unit, sign))


def eventoffset(ctx: Context, num: str, unit: str, sign: str) -> Resolution:
    """'one month after the mobilization': the offset; the engine attaches the anchor event."""
    direction = "after" if sign in _AFTER_WORDS else "before"
    return Resolution(duration_value(num, unit), "event", None, direction)


def weekend(ctx: Context) -> Resolution:
    if ctx.published is None:
        return Resolution("XXXX-WXX-WE", "unresolved")
    day = ctx.published
    if ctx.tense == "future" and day.isoweekday() < 6:
        return Resolution(cal.value_at(day, "weekend"), "publication")
    if ctx.tense != "future" and day.isoweekday() < 6:
        day -= dt.timedelta(weeks=1)
    return Resolution(cal.value_at(day, "weekend"), "publication")


def part(ctx: Context, base: str, part: str) -> Resolution:
    """'this morning', 'last night', 'Tuesday evening': a day plus a TIMEX3 part of day."""
    if ctx.published is None:
        return Resolution(f"XXXX-XX-XXT{part}", "unresolved")
    if isinstance(base, int) or base.isdigit():
        day = dt.date.fromisoformat(weekday(ctx, int(base)).value)
    else:
        day = ctx.published + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[base])
    if part == "NI" and base == "today" and ctx.tense == "past":
        day -= dt.timedelta(days=0)
    return Resolution(f"{day.isoformat()}T{part}", "publication")


def anaphpart(ctx: Context, part: str, direction: str = "same") -> Resolution:
    """'that evening', 'the next morning': a part of the narrative's day (or of the day after)."""
    base = _narrative(ctx)
    if base is None:
        return Resolution(f"XXXX-XX-XXT{part}", "unresolved")
    day = base[0] + dt.timedelta(days=1 if direction in ("the following", "the next") else 0)
    return Resolution(f"{day.isoformat()}T{part}", base[2])


def _clock_text(hour: int, minute: int | str | None, ampm: str) -> str:
    hour24 = int(hour) % 12 + (12 if ampm == "pm" else 0) if ampm in ("am", "pm") else int(hour)
    return f"{hour24:02d}:{int(minute) if minute not in (None, '') else 0:02d}"


def _at(day: Resolution, clock_text: str) -> Resolution:
    return Resolution(f"{day.value}T{clock_text}", day.anchor)


def clock(ctx: Context, hour: int, minute: int | str | None, ampm: str) -> Resolution:
    """'8:30 a.m.': a clock time on the day the story is at (its latest day-precise date), else on
    the publication day."""
    if ctx.reference and ctx.reference[1] in ("day", "time"):
        day = Resolution(ctx.reference[0].isoformat(), "previous-date")
    else:
        day = rel(ctx, "day", "0") if ctx.published else Resolution("XXXX-XX-XX", "unresolved")
    return _at(day, _clock_text(hour, minute, ampm))


def clockday(ctx: Context, hour: int, minute, ampm: str, weekday_: int) -> Resolution:
    return _at(weekday(ctx, weekday_), _clock_text(hour, minute, ampm))


def clockdate(ctx: Context, hour: int, minute, ampm: str, month_: int, day: int) -> Resolution:
    return _at(monthday(ctx, month_, day), _clock_text(hour, minute, ampm))


def clocknoon(ctx: Context, noon: str | None, noon2: str | None = None) -> Resolution:
    noon = noon or noon2 or "noon"
    return clock(ctx, 0 if noon == "midnight" else 12, 0, "")


def clockpart(ctx: Context, hour: int, dayhalf: str) -> Resolution:
    """'4 in the morning' → 04:00, '8 in the evening' → 20:00 (on the publication day)."""
    afternoon = dayhalf in ("afternoon", "evening") or dayhalf == "night" and int(hour) >= 6
    return clock(ctx, hour, 0, "pm" if afternoon and int(hour) < 12 else "am")


def noonday(ctx: Context, noon: str, weekday_: int) -> Resolution:
    return _at(weekday(ctx, weekday_), "12:00" if noon == "noon" else "24:00")


def every(ctx: Context, cal_unit: str) -> Resolution:
    return _explicit(_SET_VALUES[cal_unit])


def everyweekday(ctx: Context, weekday: int | None, w2: int | None = None,
                 part: str | None = None) -> Resolution:
    """'every Saturday' → XXXX-WXX-6; 'Tuesday nights' → XXXX-WXX-2TNI."""
    return _explicit(f"XXXX-WXX-{weekday or w2}" + (f"T{part}" if part else ""))


def literal(ctx: Context, value: str) -> Resolution:
    return Resolution(value, "publication" if ctx.published else "unresolved")


def yearend(ctx: Context) -> Resolution:
    if ctx.published is None:
        return Resolution("XXXX-12-31", "unresolved")
    return Resolution(f"{ctx.published.year:04d}-12-31", "publication")


def spelledyear(ctx: Context, spelled: str) -> Resolution:
    """'nineteen ninety-six' → 1996, 'two thousand' → 2000 (broadcast transcripts spell years out)."""
    from extract.temporal.groups import parse_number

    words = spelled.replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return _explicit(f"{2000 + (int(parse_number(' '.join(rest))) if rest else 0):04d}")
    rest = words[1:]
    if rest == ["hundred"]:
        return _explicit("1900")
    return _explicit(f"{1900 + int(parse_number(' '.join(rest))):04d}")


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _election_day(year: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)


_MOVABLE = {"thanksgiving": _thanksgiving, "election": _election_day}
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "boxing day": (12, 26)}


def holiday(ctx: Context, holiday: str) -> Resolution:
    """Fixed-date holidays, US Thanksgiving and Election Day, in the year the tense points to."""
    if ctx.published is None:
        return UNRESOLVED_DATE
    key = holiday.replace("’", "'").lower()
    movable = _MOVABLE.get(key.split()[0])
    if movable:
        day = movable(ctx.published.year)
        if ctx.tense == "past" and day > ctx.published:
            day = movable(ctx.published.year - 1)
        return Resolution(day.isoformat(), "publication")
    month_, day_ = _HOLIDAYS[key]
    return Resolution(date(ctx, _choose_year(ctx.published, month_, day_, ctx.tense), month_, day_).value,
                      "publication")


def holidayrel(ctx: Context, holiday_: str, direction: str) -> Resolution:
    """'last Thanksgiving': the latest one before publication; 'next Christmas' the first after it."""
    if ctx.published is None:
        return UNRESOLVED_DATE
    for year_ in ((ctx.published.year, ctx.published.year - 1) if direction == "last" else
                  (ctx.published.year, ctx.published.year + 1)):
        day = dt.date.fromisoformat(holiday(Context(dt.date(year_, 7, 1)), holiday_).value)
        if (day < ctx.published) if direction == "last" else (day > ctx.published):
            return Resolution(day.isoformat(), "publication")
    return UNRESOLVED_DATE


def _year_by_direction(ctx: Context, direction: str) -> int | None:
    if ctx.published is None:
        return None
    return ctx.published.year + _DIRECTIONS[direction]


def monthofyear(ctx: Context, month_name: int, ydir: str) -> Resolution:
    """'February last year', 'July this year'."""
    year_ = _year_by_direction(ctx, ydir)
    if year_ is None:
        return Resolution(f"XXXX-{month_name:02d}", "unresolved")
    return Resolution(f"{year_:04d}-{month_name:02d}", "publication")


def quarterofyear(ctx: Context, ordinal: int, ydir: str) -> Resolution:
    """'next year's first quarter', 'the year-earlier third quarter'."""
    year_ = _year_by_direction(ctx, ydir)
    if year_ is None:
        return Resolution(f"XXXX-Q{ordinal}", "unresolved")
    return Resolution(f"{year_:04d}-Q{ordinal}", "publication", sets_reference=ydir != "last")


def weekof(ctx: Context, month_: int, day: int, year_: int | None) -> Resolution:
    """'the week of March 6': the ISO week containing that day."""
    resolved = date(ctx, year_, month_, day) if year_ else monthday(ctx, month_, day)
    if resolved.anchor == "unresolved":
        return Resolution("XXXX-WXX", "unresolved")
    return Resolution(cal.week_value(dt.date.fromisoformat(resolved.value)), resolved.anchor)


def century(ctx: Context, cent: str) -> Resolution:
    return _explicit(f"{int(cent) - 1:02d}")


def everymonth(ctx: Context, month_name: int) -> Resolution:
    return _explicit(f"XXXX-{month_name:02d}")


RECIPES: dict[str, Callable[..., Resolution]] = {
    fn.__name__: fn
    for fn in (date, monthday, month, monthyear, year, decade, decade2, quarter, quarteryear,
               lastquarter, half, halfyear, season, seasonyear, seasonrel, rel, deictic, anaph, weekday,
               weekdayrel, daybeside, monthrel, ago, yearago, ahead, shifted, dur, durhalf, durcompound,
               durspan, eventoffset, weekend, part, anaphpart, monthofyear, quarterofyear, yearperiod,
               weekof, century, everymonth, clock, clockday, clockdate, clocknoon, clockpart, noonday,
               every, everyweekday, literal, yearend, spelledyear, holiday, holidayrel)
}
# Recipes whose result depends on the tense of the clause.
TENSE_SENSITIVE = {"monthday", "month", "season", "weekday", "weekend", "part", "holiday", "clockday",
                   "clockdate", "noonday", "daybeside"}
