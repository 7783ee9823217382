"""An event's time once its mode is known: an asserted past event never ends after its article's
publication, and a plan with no time of its own starts on the day it is told of, its end not known.

`timing.clause_time` reads the time a clause's words carry; `settled` applies what the clause's mode
(asserted, reported, future …) says about it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from extract.events.time_index import pluperfect
from extract.events.timing import EventTime

PAST_MODES = ("asserted", "reported", "negated")


def settled(time: EventTime, mode: str, published: dt.date | None, head: Token | None = None) -> EventTime:
    """An asserted (or reported, or denied) past event never ends after its article's publication
    (one in the pluperfect, "had said earlier this month", ends before it): a span running past it
    ends there; a duration read forward from it ("following two years of war") is the same length
    ending there. A future event does not start before publication ("later this week")."""
    if mode == "future" and planned_only(time, published):
        now = published is not None and time.anchor == "previous-date" and _told_now(head)
        return planned(replace(time, start=published, anchor="publication") if now else time)
    if published is None or time.end is None or time.start is None:
        return time
    if mode == "future":  # "later this week" counts from publication; a plan set earlier keeps its start
        later = time.anchor == "explicit" and time.start < published <= time.end
        return replace(time, start=published) if later else time
    last = published - dt.timedelta(days=1) if head is not None and pluperfect(head) else published
    if mode not in PAST_MODES or time.end <= last:
        return time
    if time.start <= last:
        return replace(time, end=last)
    if time.value.startswith("P") and time.start == published:
        return replace(time, start=last - (time.end - time.start), end=last)
    return time


def planned_only(time: EventTime, published: dt.date | None) -> bool:
    """A planned event without a time of its own ("Modi will soon also visit the Maldives", "would
    support a planned deal"): its date is only when it was announced or reported. The time of
    another clause that lies ahead is the plan's own ("will travel on March 12 to submit it")."""
    if time.start is None:
        return False
    announced = time.inherited and published is not None and time.end is not None and time.end <= published
    return (time.anchor in ("publication", "previous-date") and not time.text) or announced


PRESENT_FUTURE = ("will", "shall", "'ll", "wo")  # "wo" of "won't"


def _told_now(head: Token | None) -> bool:
    """"The ministers will travel to world capitals": a plan told in the present is told of at
    publication, not on the narrative's last date ("said they would travel" is told of then)."""
    while head is not None:  # "will travel … to press for a ceasefire": the purpose shares the plan's
        if any(c.dep_ == "aux" and c.lower_ in PRESENT_FUTURE for c in head.children):
            return head.dep_ != "ccomp"  # "Kariuki said Britain will take …": told when he said it
        head = head.head if head.dep_ in ("xcomp", "advcl", "conj") and head.head != head else None
    return False


def planned(time: EventTime) -> EventTime:
    """A planned event lies after the day it is told of (the announcing clause's date, the narrative's
    or publication): an interval starting then, its end not known. The anchor says where the start
    comes from ("event": the clause that announces it)."""
    anchor = "event" if time.inherited else time.anchor
    return EventTime("", "FUTURE_REF", time.start, None, "", anchor)
