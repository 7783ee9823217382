"""One event row of a text through the public API (`extract_events`), for the event-time tests."""

from __future__ import annotations

import datetime as dt

from extract import extract_events

MONDAY = dt.date(2025, 5, 19)


def event_row(text: str, trigger: str, published: dt.date | None = MONDAY) -> dict:
    """The first row whose trigger is `trigger` (failing with the triggers found when there is none)."""
    table = extract_events(text, published)
    rows = table[table["trigger"] == trigger].to_dict("records")
    assert rows, f"no {trigger!r} event in {list(table['trigger'])}"
    return rows[0]
