"""Past acts timed from an earlier event the text does not date ("Several months later, North Korea
invaded", data/lexicon/unplaced.tsv): they happened some unknown time before publication, not on its
day. timing.clause_time reads it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extract.events.lexicon import LEXICON_DIR
from extract.events.tables import read_data_table
from extract.temporal import Timex

UNPLACED_PATH = LEXICON_DIR / "unplaced.tsv"
UNPLACED_COLUMNS = ("word", "example", "trigger", "date_start", "date_end")
RELATIVE_VALUES = ("FUTURE_REF", "PAST_REF")  # what the temporal engine gives a count it cannot place


@lru_cache(maxsize=2)
def unplaced_words(path: Path = UNPLACED_PATH) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_data_table(path, UNPLACED_COLUMNS, ("word",)))


def unplaced(timexes: list[Timex]) -> Timex | None:
    """The first of a clause's timexes that counts from an event with no date ("Several months
    later" with no date before it: no calendar span); None when there is none."""
    words = unplaced_words()
    for timex in timexes:
        last = timex.text.split()[-1].lower() if timex.text.strip() else ""
        if timex.type == "DATE" and timex.date_start is None and timex.value in RELATIVE_VALUES \
                and last in words:
            return timex
    return None
