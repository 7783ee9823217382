"""Event rows reduced to what linking compares: type, trigger stem, participants, place, time, words."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from extract.linking.stems import trigger_class
from extract.schema import split_list

WORD = re.compile(r"[a-z][a-z'-]+")
MIN_WORD = 3
Window = tuple[int, int] | None
# Times a row takes over from an earlier sentence or event rather than reads in its own clause: often
# right, but a wrong guess there would keep two reports of one event apart, so they do not count.
INHERITED_ANCHORS = frozenset({"previous-date", "event"})


@dataclass(frozen=True)
class LinkRow:
    """One event row as linking sees it; `window` is (first day, last day) as ordinals, or None."""

    index: int
    event_id: str
    doc_id: str
    sentence_start: int
    event_type: str
    stem: str
    actors: frozenset[str]
    targets: frozenset[str]
    place: str
    window: tuple[int, int] | None
    day_precise: bool
    words: frozenset[str]


def content_words(sentence: str) -> frozenset[str]:
    """Lower-cased words of at least three letters that are not stop words."""
    return frozenset(w for w in WORD.findall(sentence.lower()) if len(w) >= MIN_WORD and w not in STOP_WORDS)


def _ordinal(value: object) -> int | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def time_window(start: object, end: object) -> Window:
    """The row's first and last day as ordinals (None when undated)."""
    first, last = _ordinal(start), _ordinal(end)
    if first is None:
        return None
    return first, first if last is None or last < first else last


def common_core(a: Window, b: Window) -> Window:
    """(latest first day, earliest last day) of two windows: the days both could be on, possibly
    "negative" (first > last) when they are apart; None when either is undated (it fits anything)."""
    if a is None or b is None:
        return a if b is None else b
    return max(a[0], b[0]), min(a[1], b[1])


def fits(core: Window, slack: int) -> bool:
    """Whether windows whose common core this is lie at most `slack` days apart."""
    return core is None or core[0] - core[1] <= slack


# The columns a LinkRow is made of: only these are turned into Python values (to_dict on every
# column was a third of the linking time).
LINK_COLUMNS = frozenset({"event_id", "doc_id", "sentence", "sentence_start", "event_type", "trigger",
                          "actors", "targets", "location", "date_start", "date_end", "granularity",
                          "time_anchor"})


def link_rows(events: pd.DataFrame) -> list[LinkRow]:
    """A LinkRow for every row of an events table (positions 0..n-1, in table order)."""
    words: dict[str, frozenset[str]] = {}
    rows = []
    used = events.loc[:, [name in LINK_COLUMNS for name in events.columns]]
    for index, row in enumerate(used.to_dict("records")):
        sentence = str(row.get("sentence") or "")
        if sentence not in words:
            words[sentence] = content_words(sentence)
        inherited = str(row.get("time_anchor") or "") in INHERITED_ANCHORS
        window = None if inherited else time_window(row.get("date_start"), row.get("date_end"))
        rows.append(
            LinkRow(
                index,
                str(row.get("event_id") or ""),
                str(row.get("doc_id") or ""),
                _int(row.get("sentence_start")),
                str(row.get("event_type") or "OTHER"),
                trigger_class(row.get("trigger") or ""),
                frozenset(split_list(row.get("actors"))),
                frozenset(split_list(row.get("targets"))),
                str(row.get("location") or "").strip().lower(),
                window,
                window is not None and str(row.get("granularity") or "") == "day",
                words[sentence],
            )
        )
    return rows


def _int(value: object) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
