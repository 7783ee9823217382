"""Events dated from another event: "one month after the mobilization, Russia invaded" dates the
*mobilization* one month before the clause that contains the phrase (the invasion)."""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from extract.events.time_index import usable
from extract.events.timing import EventTime, from_timex
from extract.temporal import EventAnchor, Timex
from extract.temporal.calendar import clock_days, duration_delta, value_at


def anchored_time(timex: Timex, host: EventTime | None) -> EventTime | None:
    """The time of the event a timex is anchored on, given the time of the clause holding the phrase
    ("Three weeks after Egypt hosted a conference, Saudi Arabia brought together leaders", the summit
    being on Saturday: three weeks before that Saturday; with no time of the clause's own, before
    publication as the temporal engine counts it)."""
    anchor: EventAnchor | None = timex.event_anchor
    deltas = _deltas(anchor.offset) if anchor else None
    dated_host = host is not None and host.anchor in ("explicit", "event")
    base = host if dated_host or not usable(timex) else from_timex(timex)  # else counted from publication
    if anchor is None or deltas is None or base is None or base.start is None or base.end is None:
        return None
    near, far = deltas
    if anchor.direction == "after":
        start, end = base.start - far, base.end - near
    else:
        start, end = base.start + near, base.end + far
    granularity = base.granularity or "day"
    return EventTime(timex.text, value_at(start, granularity), start, end, granularity, "event")


def _deltas(offset: str) -> tuple[relativedelta, relativedelta] | None:
    """The nearest and farthest calendar offset an offset can mean: "two days" is two days; "48 hours"
    from a day is two days, "36 hours" one or two (an hour count gives whole days either side)."""
    delta = duration_delta(offset)
    if delta is not None:
        return delta, delta
    days = clock_days(offset)
    return None if days is None else (relativedelta(days=days[0]), relativedelta(days=days[1]))
