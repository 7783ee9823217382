"""Fixtures for the corpus-input tests: a tokenizer-only pipeline and a stand-in events layer."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import events as events_layer
from extract.nlp import blank_english
from extract.schema import EVENT_COLUMNS

TRIGGER = "met"  # the fake events layer makes one event per sentence containing this word
FAIL_EVENTS = "EXPLODE"  # an article containing this makes the fake events layer raise
FAIL_PARSE = "CRASH"  # an article containing this makes the parser component raise


@Language.component("dateline_test_crash")
def _crash_component(doc):
    if FAIL_PARSE in doc.text:
        raise RuntimeError("parser component failed")
    return doc


def fake_events_from_doc(doc, published, meta, day_first=None, evening_before=False):
    if FAIL_EVENTS in doc.text:
        raise ValueError("events layer failed")
    rows = []
    for sent in doc.sents:
        if TRIGGER in sent.text.split():
            row = dict.fromkeys(EVENT_COLUMNS, "")
            row.update(meta, sentence=sent.text, trigger=TRIGGER, actors=["A", "B"], targets=[])
            rows.append(row)
    return rows


@pytest.fixture
def blank_nlp() -> Language:
    """Tokenizer + sentencizer + a component that fails on FAIL_PARSE: fast, no model."""
    nlp = blank_english()
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("dateline_test_crash")
    return nlp


@pytest.fixture
def fake_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the events layer with `fake_events_from_doc` for the test."""
    monkeypatch.setattr(events_layer, "events_from_doc", fake_events_from_doc)
