"""Past acts told as recent ("The minister recently visited Cairo", data/lexicon/recent.tsv): they
happened a short, unsaid time up to publication, not on its day. timing.clause_time reads it."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from extract.events.lexicon import LEXICON_DIR
from extract.events.tables import read_data_table
from extract.temporal import Timex

RECENT_PATH = LEXICON_DIR / "recent.tsv"
RECENT_COLUMNS = ("word", "days", "example", "trigger", "date_start", "date_end")


@lru_cache(maxsize=4)
def recent_days(path: Path = RECENT_PATH) -> dict[str, int]:
    """How many days before publication each adverb of the table reaches."""
    rows = read_data_table(path, RECENT_COLUMNS, ("word", "days"))
    return {r["word"].lower(): int(r["days"]) for r in rows}


def recent_span(timexes: list[Timex], published: dt.date | None) -> tuple[Timex, dt.date] | None:
    """The first of a clause's timexes that is a recent-past adverb of the table ("recently"), with the
    first day it reaches back to; None without one or without a publication date."""
    if published is None:
        return None
    days = recent_days()
    for timex in timexes:
        if timex.value == "PAST_REF" and timex.text.lower() in days:
            return timex, published - dt.timedelta(days=days[timex.text.lower()])
    return None
