"""The Timex record: one temporal expression found in a text, normalised to TIMEX3."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
ANCHORS = ("explicit", "publication", "previous-date", "event", "unresolved")


@dataclass(frozen=True)
class EventAnchor:
    """An offset from an event named in the text: "one month after the mobilization".

    `offset` is a TIMEX3 duration ("P1M"), `direction` is "after" or "before" (the anchored
    expression lies that far after/before the anchor event), `anchor_text` is the event phrase with
    its character offsets into the source text.
    """

    offset: str
    direction: str
    anchor_text: str
    anchor_start: int
    anchor_end: int


@dataclass(frozen=True)
class Timex:
    """A temporal expression.

    `start`/`end` are character offsets into the text (end exclusive); `value` is the TIMEX3 value.
    `date_start`/`date_end` are the first and last calendar day the expression denotes, when it
    denotes a span of the calendar (DATE and TIME); for a DURATION that bounds an event ("for the
    past two years", "within two weeks") `implied_start`/`implied_end` give the interval it implies.
    `anchor` says what the value was resolved against; `comment` what the value cannot say (a fiscal
    year is not the calendar year its value names; a slash date whose day and month could swap).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    granularity: str | None = None
    anchor: str = "explicit"
    mod: str | None = None
    implied_start: dt.date | None = None
    implied_end: dt.date | None = None
    event_anchor: EventAnchor | None = None
    rule: str = ""
    comment: str = ""  # what the value leaves unsaid: "fiscal year", "slash date read month first"

    @property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The calendar interval (first day, last day) denoted, or None."""
        if self.date_start is None or self.date_end is None:
            return None
        return (self.date_start, self.date_end)
