"""Fixtures of the events-layer tests: the real pipeline (loaded once) and small helpers over it."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.events import build_pipeline
from extract.events.document import events_of

PUBLISHED = dt.date(2025, 1, 15)  # a Wednesday


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def actor_names(nlp):
    """text → canonical names of every actor the dateline_actors component resolves in it."""

    def names(text: str) -> list[str]:
        return [m.actor.name for m in nlp(text)._.actors]

    return names


@pytest.fixture(scope="session")
def events(nlp):
    """text (, timexes, published) → event rows; timexes default to the temporal engine's."""

    def rows(text: str, timexes=None, published=PUBLISHED) -> list[dict]:
        return events_of(nlp(text), published, {"doc_id": "test"}, timexes=timexes)

    return rows


@pytest.fixture(scope="session")
def all_events(nlp):
    """text → event rows including clauses an analyst would not code (hypotheses, habits, …)."""

    def rows(text: str, timexes=None, published=PUBLISHED) -> list[dict]:
        return events_of(nlp(text), published, {"doc_id": "test"}, timexes=timexes, coded_only=False)

    return rows


@pytest.fixture(scope="session")
def event_for(all_events):
    """(text, trigger word) → the one row whose trigger contains that word (fails when none). Rows of
    clauses an analyst would not code count too ("Israel could strike Iran": its mode, time, place):
    what stays off the table is tested through `events` (test_uncoded.py, test_arguments.py)."""

    def find(text: str, word: str, timexes=None, published=PUBLISHED) -> dict:
        found = all_events(text, timexes, published)
        rows = [r for r in found if word in r["trigger"].split()]
        assert rows, f"no event with trigger {word!r} in {text!r}: {[r['trigger'] for r in found]}"
        return rows[0]

    return find


@pytest.fixture(scope="session")
def timex():
    """(text, phrase, **fields) → a Timex over the first occurrence of `phrase` in `text`."""
    from extract.temporal import Timex

    def make(text: str, phrase: str, **fields) -> Timex:
        start = text.index(phrase)
        fields.setdefault("type", "DATE")
        fields.setdefault("value", fields["date_start"].isoformat() if fields.get("date_start") else "")
        return Timex(start=start, end=start + len(phrase), text=phrase, **fields)

    return make
