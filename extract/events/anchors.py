"""Events dated from another event: "one month after the mobilization, Russia invaded" dates the
*mobilization* one month before the clause that contains the phrase (the invasion)."""

from __future__ import annotations

import re

from dateutil.relativedelta import relativedelta

from extract.events.timing import EventTime, from_timex, usable
from extract.temporal import EventAnchor, Timex
from extract.temporal.calendar import value_at

DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def offset_delta(offset: str) -> relativedelta | None:
    """A TIMEX3 duration ("P1M", "P2W", "P1Y6M") as a calendar offset; None for vague ones ("PXM")."""
    match = DURATION.match(offset)
    if match is None or not any(match.groups()):
        return None
    years, months, weeks, days = (int(g or 0) for g in match.groups())
    return relativedelta(years=years, months=months, weeks=weeks, days=days)


def anchored_time(timex: Timex, host: EventTime | None) -> EventTime | None:
    """The time of the event a timex is anchored on, given the time of the clause holding the phrase."""
    anchor: EventAnchor | None = timex.event_anchor
    delta = offset_delta(anchor.offset) if anchor else None
    base = from_timex(timex) if usable(timex) else host
    if anchor is None or delta is None or base is None or base.start is None or base.end is None:
        return None
    sign = -1 if anchor.direction == "after" else 1
    start, end = base.start + sign * delta, base.end + sign * delta
    granularity = base.granularity or "day"
    return EventTime(timex.text, value_at(start, granularity), start, end, granularity, "event")
