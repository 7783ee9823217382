"""Past acts timed from an earlier event the text does not date ("Several months later, North Korea
invaded", data/lexicon/unplaced.tsv): they happened some unknown time before publication, not on its
day. timing.clause_time reads it."""

from __future__ import annotations

from extract.events.lexicon import LEXICON_DIR
from extract.events.time_index import table_words
from extract.temporal import Timex

UNPLACED_PATH = LEXICON_DIR / "unplaced.tsv"
RELATIVE_VALUES = ("FUTURE_REF", "PAST_REF")  # what the temporal engine gives a count it cannot place


def unplaced(timexes: list[Timex]) -> Timex | None:
    """The first of a clause's timexes that counts from an event with no date ("Several months
    later" with no date before it: no calendar span); None when there is none."""
    words = table_words(UNPLACED_PATH)
    for timex in timexes:
        last = timex.text.split()[-1].lower() if timex.text.strip() else ""
        if timex.type == "DATE" and timex.date_start is None and timex.value in RELATIVE_VALUES \
                and last in words:
            return timex
    return None
