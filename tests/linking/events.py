"""Hand-built events tables for the linking tests: only the columns linking reads, the rest empty."""

from __future__ import annotations

import pandas as pd

from extract.schema import EVENT_COLUMNS


def event(
    event_id: str,
    doc_id: str,
    trigger: str,
    event_type: str,
    actors: list[str],
    day: str,
    sentence: str = "",
    targets: list[str] | None = None,
    anchor: str = "explicit",
    location: str = "",
    sentence_start: int = 0,
    source: str = "",
    granularity: str = "day",
    end: str | None = None,
) -> dict:
    """One events-table row."""
    row = {column: "" for column in EVENT_COLUMNS}
    row.update(
        event_id=event_id,
        doc_id=doc_id,
        trigger=trigger,
        event_type=event_type,
        actors=actors,
        targets=targets or [],
        date_start=day,
        date_end=end or day,
        granularity=granularity if day else "",
        time_anchor=anchor if day else "unresolved",
        location=location,
        sentence_start=sentence_start,
        sentence=sentence or f"{', '.join(actors)} {trigger}.",
        source=source or doc_id,
        published=day,
        mode="asserted",
        confidence=0.8,
        attributed_to=[],
    )
    return row


def table(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(EVENT_COLUMNS))
