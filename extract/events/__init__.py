"""Events layer: who did what, with whom, where and when.

`build_pipeline()` is the base English pipeline plus the `dateline_actors` component;
`events_from_doc()` turns one parsed article into event rows; `extract_events()` does both for one text.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from extract.events import (
    component,  # noqa: F401 - registers the dateline_actors factory
    repairs,  # noqa: F401 - registers the dateline_repairs component
)
from extract.events.actors import Actor, actor_info
from extract.events.document import events_of
from extract.events.errors import E304
from extract.ingest.clean import Cleaned, clean_text
from extract.ingest.dates import evening_before as published_evening_before
from extract.nlp import new_pipeline
from extract.schema import EVENT_COLUMNS
from extract.temporal import find_timexes
from extract.temporal.date_order import source_day_first

__all__ = ["Actor", "actor_info", "build_pipeline", "events_from_doc", "extract_events"]


def as_date(value: object) -> dt.date | None:
    """A publication date from a date, a datetime or an ISO date string (E304 otherwise)."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(E304.format(value=value)) from None


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """The spaCy pipeline events are extracted with (base English model + Dateline components)."""
    nlp = new_pipeline()  # our own copy: the shared bare pipeline stays bare
    nlp.add_pipe("dateline_repairs", last=True)
    nlp.add_pipe("dateline_actors", last=True)
    return nlp


def events_from_doc(doc: Doc, published: dt.date | None, meta: dict[str, str],
                    day_first: bool | None = None, evening_before: bool = False) -> list[dict]:
    """Event rows (dicts with every column of EVENT_COLUMNS) of one parsed article.

    `meta` carries doc_id, title, url and source. `day_first` says how to read a slash date that reads
    both ways ("03/04/2025") when the text does not show its order; None: as the source writes them
    (`source_day_first`: "BBC", ".co.uk" day first), else month first. `evening_before`: the
    article was published in the small hours UTC (`extract.ingest.dates.evening_before`), so an event
    dated only by its publication day may be of the day before and is dated from that day.
    """
    if day_first is None:
        day_first = source_day_first(meta.get("url", ""), meta.get("source", ""))
    timexes = find_timexes(doc.text, published, doc=doc, day_first=day_first)
    return events_of(doc, published, meta, timexes, evening_before=evening_before)


def extract_events(text: str, published: dt.date | None, doc_id: str | None = None,
                   clean: bool = True, day_first: bool | None = None) -> pd.DataFrame:
    """The events of one article as a DataFrame with EVENT_COLUMNS.

    The text is cleaned first (markup, teasers, captions, bylines, wire dateline: see
    extract/ingest/clean.py), so `sentence` and `sentence_start` refer to the clean text; pass
    `clean=False` for text that is already clean and whose offsets must stay as given.
    `published` may also be a datetime (its date is used) or an ISO date string; anything else
    raises ValueError with code E304. A UTC instant in the small hours ("2025-03-13T02:40Z") dates
    what is dated only by publication from the day before (see `events_from_doc`). `day_first`
    True reads "03/04/2025" as 3 April (see `events_from_doc`)."""
    cleaned = clean_text(text or "") if clean else Cleaned(text or "")
    doc = build_pipeline()(cleaned.text)
    meta = {"doc_id": doc_id or "", "title": "", "url": "", "source": ""}
    rows = events_from_doc(doc, as_date(published), meta, day_first, published_evening_before(published))
    for row in rows:
        row["location"] = row["location"] or cleaned.place
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
