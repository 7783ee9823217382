"""What a text has said so far, as find_timexes walks it: the story's latest date (what "the following
day" hangs on), the quarter it last reported on, and the year a background passage tells of."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from extract.temporal.filters import alternation
from extract.temporal.recipes import Resolution
from extract.temporal.rules import context_words
from extract.temporal.timex import Timex

SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    return {
        "bound": re.compile(rf"\b(?:{alternation('bound_before')})\s+$", re.IGNORECASE),
        "compared": re.compile(rf"\b(?:{alternation('compared_before')})(?!\w)[^.;]{{0,50}}$"),
        "passage_bound": re.compile(rf"\b(?:{alternation('passage_bounds')})\s+$", re.IGNORECASE),
        "attributive": re.compile(rf"\b(?:{alternation('attributive')})\s+$", re.IGNORECASE),
    }


def _not_the_passage_time(text: str, timex: Timex) -> bool:
    """'since 1990', 'dating to 1994' bound a state; 'the Dec. 21, 1988, bombing', 'the August 1988
    cease-fire' name an event inside a noun phrase: neither says when the passage is set."""
    before = text[max(0, timex.start - 20):timex.start]
    if _patterns()["passage_bound"].search(before):
        return True
    return timex.granularity in ("day", "month") and bool(_patterns()["attributive"].search(before))


def _tells_of_now(root: Token) -> bool:
    """A sentence root in the present ("Beijing denies it") or the present perfect ("has been")."""
    if root.tag_ in ("VBZ", "VBP"):
        return True
    return root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                      for c in root.children)


class Story:
    """The story so far: its latest date, the quarter it last reported on, its passage's year."""

    NEAR = 200  # characters within which a quarter is what "a year ago" compares with, and a
    # background passage's day what a weekday counts from
    BACKGROUND_YEARS = 2  # a year this far from publication makes a passage background

    def __init__(self, text: str, published: dt.date | None, doc: Doc | None = None) -> None:
        self.text, self.published, self.doc = text, published, doc
        self.reference: tuple[dt.date, str] | None = None
        self.reference_end = -10**9  # where the expression that set `reference` ends
        self.last_quarter: dt.date | None = None
        self.last_quarter_end = -10**9
        self.year_said: tuple[int, int] | None = None  # (year, end offset) of the passage's last dated timex
        self.written_year: tuple[int, int] | None = None  # (year, end offset) of the last year written

    def quarter_near(self, offset: int) -> dt.date | None:
        return self.last_quarter if offset - self.last_quarter_end < self.NEAR else None

    def passage_year(self, offset: int) -> int | None:
        """The year the passage at `offset` tells of, when it is not publication's: the last dated
        expression named a year at least `BACKGROUND_YEARS` from publication (or there is no publication
        date), and no paragraph break came since."""
        if self.year_said is None:
            return None
        year, said_at = self.year_said
        if "\n" in self.text[said_at:offset] or self._back_to_now(said_at, offset):
            return None
        if self.published is not None and abs(self.published.year - year) < self.BACKGROUND_YEARS:
            return None
        return year

    def _back_to_now(self, said_at: int, offset: int) -> bool:
        """Whether a whole sentence between the passage's year and `offset` tells of the present ("In
        2017, China gave 7%. Mahathir has been more outspoken. In April he called on …": April of the
        story's year): its main verb is in the present or the present perfect. Needs the parse."""
        if self.doc is None or offset - said_at < 2:
            return False
        span = self.doc.char_span(said_at, offset, alignment_mode="contract")
        if span is None:
            return False
        return any(sent.start >= span.start and sent.end <= span.end and _tells_of_now(sent.root)
                   for sent in span.sents)

    def passage_day(self, offset: int) -> dt.date | None:
        """The day a background passage has just told of: the story's latest date, when it is
        day-precise, in the passage's year, and named within `NEAR` characters before `offset`
        (a weekday further on is more often news again: "… in 1978. On Friday, Netanyahu said")."""
        year = self.passage_year(offset)
        if year is None or self.reference is None or offset - self.reference_end > self.NEAR:
            return None
        day, granularity = self.reference
        return day if granularity in ("day", "time") and day.year == year else None

    def _under_passage_head(self, timex: Timex) -> bool:
        """A year inside a phrase that a `passage_heads` word opens, however far from it ("had held them
        since arresting them for illegal entry in 2014, Thailand turned 40 over on Feb. 27"): the phrase
        bounds a state that runs up to the present, so the story is not set in that year. Needs the parse."""
        if self.doc is None:
            return False
        span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        heads = context_words("passage_heads")
        return any(h.lower_ in heads and h.dep_ in ("prep", "mark") for h in span.root.ancestors)

    def _note_year(self, timex: Timex, resolution: Resolution) -> None:
        coarse = timex.granularity in ("decade", "century")
        if not timex.date_start or coarse or not resolution.sets_reference:
            return
        if timex.anchor == "publication":
            self.year_said = None  # the story is back near publication ("last week", "on Tuesday")
        elif timex.anchor in ("explicit", "previous-date") and timex.date_start.year == timex.date_end.year:
            if not _not_the_passage_time(self.text, timex) and not self._under_passage_head(timex) \
                    and self._can_set_year(timex):
                self.year_said = None if self._chronology(timex) else (timex.date_start.year, timex.end)

    def _chronology(self, timex: Timex) -> bool:
        """A sentence that names one year after another ("announced a separation in 2016, accepted
        funding in 2019, and the vaccines arrived on March 29") runs through a history up to the
        present: its last year sets no passage, and the dates after it are news again."""
        if timex.anchor != "explicit":
            return False
        prior, self.written_year = self.written_year, (timex.date_start.year, timex.end)
        if prior is None or prior[0] == timex.date_start.year:
            return False
        return not SENTENCE_END.search(self.text[prior[1]:timex.start])

    def _can_set_year(self, timex: Timex) -> bool:
        """A year written in the text starts a passage; an anaphoric one ("the previous year", "two
        days later") only carries on a passage already running. After "warned in July …, attacks it had
        carried out the previous year", "in December" is news again, not December of that year."""
        return timex.anchor == "explicit" or self.passage_year(timex.start) is not None

    def update(self, timex: Timex, resolution: Resolution, flags: frozenset[str]) -> None:
        """Move the story to the timex's date, unless it is a comparison or the bound of a state."""
        if not timex.date_start or timex.type not in ("DATE", "TIME") or timex.anchor == "unresolved":
            return
        self._note_year(timex, resolution)
        before = self.text[max(0, timex.start - 60):timex.start]
        if not resolution.sets_reference:  # a comparison ("a year earlier") does not move the story
            return
        if _patterns()["bound"].search(before):  # "said that from the following day ships would…"
            return
        if "comparison" in flags and _patterns()["compared"].search(before):
            return  # "up 39% from $388.5 million a year earlier": a comparison, not the story moving on
        self.reference, self.reference_end = (timex.date_start, timex.granularity or "day"), timex.end
        if timex.granularity == "quarter":
            self.last_quarter, self.last_quarter_end = timex.date_start, timex.end
