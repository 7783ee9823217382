"""Event rows reduced to what linking compares: type, trigger stem, participants, place, time window, words."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from extract.linking.stems import trigger_stem
from extract.schema import split_list

WORD = re.compile(r"[a-z][a-z'-]+")
MIN_WORD = 3
WIDENED_ANCHORS = ("publication",)  # "today" in articles published a day apart may be one day


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


def time_window(start: object, end: object, anchor: object, tolerance: int) -> tuple[int, int] | None:
    """The row's days as ordinals. A row dated only by its article's publication date happened that day
    or up to `tolerance` days before, so its window starts that much earlier."""
    first, last = _ordinal(start), _ordinal(end)
    if first is None:
        return None
    last = first if last is None or last < first else last
    return first - (tolerance if anchor in WIDENED_ANCHORS else 0), last


def link_rows(events: pd.DataFrame, tolerance: int) -> list[LinkRow]:
    """A LinkRow for every row of an events table (positions 0..n-1, in table order)."""
    words: dict[str, frozenset[str]] = {}
    rows = []
    for index, row in enumerate(events.to_dict("records")):
        sentence = str(row.get("sentence") or "")
        if sentence not in words:
            words[sentence] = content_words(sentence)
        window = time_window(row.get("date_start"), row.get("date_end"), row.get("time_anchor"), tolerance)
        rows.append(LinkRow(
            index, str(row.get("event_id") or ""), str(row.get("doc_id") or ""), _int(row.get("sentence_start")),
            str(row.get("event_type") or "OTHER"), trigger_stem(row.get("trigger") or ""),
            frozenset(split_list(row.get("actors"))), frozenset(split_list(row.get("targets"))),
            str(row.get("location") or "").strip().lower(), window,
            str(row.get("granularity") or "") == "day", words[sentence]))
    return rows


def _int(value: object) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
