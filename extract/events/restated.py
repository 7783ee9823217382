"""A meeting told twice in one article: "Netanyahu met Kushner in Jerusalem to discuss the ceasefire.
… According to his spokesperson, the two men discussed the first phase …" is one consultation.

A later clause restates an earlier event when both are of a kind an article re-describes rather than
repeats (meetings, talks, calls: CONSULT), the earlier names at least two participants, the later
names no one else, and the later has no time of its own that differs. Two agreements, attacks or
statements by the same parties are often two events, so they are never merged here; nor are two
meetings of the same people on different days ("met on Monday … met again on Friday").
"""

from __future__ import annotations

from extract.events.clauses import Clause
from extract.events.timing import EventTime

RESTATED_TYPES = frozenset({"CONSULT"})  # kinds of event an article re-describes
OWN_TIME = ("explicit", "event", "previous-date")  # a time the text gives the clause itself
AGAIN = frozenset({"again", "later", "afterwards", "subsequently"})  # a further meeting, not the same


def may_restate(earlier: Clause, later: Clause) -> bool:
    """Whether `later` can be `earlier` told again, by kind and participants (see the module
    docstring); `same_time` decides the rest."""
    if later.event_type not in RESTATED_TYPES or later.event_type != earlier.event_type:
        return False
    if any(c.lower_ in AGAIN for c in later.head.children if c.dep_ == "advmod"):
        return False  # "the two met again"
    before, again = participants(earlier), participants(later)
    return len(before) >= 2 and bool(again) and again <= before


def participants(clause: Clause) -> set[str]:
    """The names of a clause's actors and targets."""
    return {m.actor.name for m in clause.actors + clause.targets}


def same_time(earlier: EventTime, later: EventTime) -> bool:
    """A later mention without a time of its own, or with the same interval."""
    if later.anchor not in OWN_TIME:
        return True
    return (later.start, later.end) == (earlier.start, earlier.end)
