"""The events table: exact columns, stable ids, list columns, confidence, actor kinds."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract_events
from extract.events import actor_info
from extract.events.actors import Actor
from extract.events.records import event_id
from extract.schema import EVENT_COLUMNS, EVENT_TYPES, MODES

TEXT = "Blinken met Netanyahu in Jerusalem on Monday. Hamas said it had accepted the proposal."


@pytest.mark.parametrize("doc_id", ["a1", ""])
def test_extract_events_table(doc_id):
    table = extract_events(TEXT, dt.date(2025, 1, 15), doc_id)
    assert tuple(table.columns) == EVENT_COLUMNS
    assert len(table) == 3
    assert set(table["event_type"]) <= set(EVENT_TYPES) and set(table["mode"]) <= set(MODES)
    assert all(isinstance(v, list) for column in ("actors", "targets") for v in table[column])
    assert table["confidence"].between(0, 1).all()
    assert list(table["doc_id"]) == [doc_id] * 3


@pytest.mark.parametrize("doc_id", ["a1"])
def test_event_ids_stable_and_distinct(doc_id):
    first = extract_events(TEXT, dt.date(2025, 1, 15), doc_id)["event_id"].tolist()
    again = extract_events(TEXT, dt.date(2025, 1, 15), doc_id)["event_id"].tolist()
    other = extract_events(TEXT, dt.date(2025, 1, 15), "a2")["event_id"].tolist()
    assert first == again and len(set(first)) == len(first) and not set(first) & set(other)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [(("d1", 0, 5), ("d1", 0, 5), True), (("d1", 0, 5), ("d1", 0, 6), False),
     (("d1", 0, 5), ("d1", 1, 5), False), (("d1", 0, 5), ("d2", 0, 5), False)],
)
def test_event_id_is_a_hash_of_position(first, second, same):
    assert len(event_id(*first)) == 16
    assert (event_id(*first) == event_id(*second)) is same


@pytest.mark.parametrize(
    ("text", "trigger", "confidence"),
    [
        # resolved actor .3 + explicit-less publication time 0 + typed .1 + target .1 + base .3
        ("Blinken met Netanyahu.", "met", 0.8),
        # unresolved actor (not in the table): base .3 + typed .1
        ("Zorblax condemned the decision.", "condemned", 0.4),
        # pronoun actor: base .3 + resolved .3 + typed .1 + target .1 - .1
        ("Blinken arrived. He met Abbas.", "met", 0.7),
    ],
)
def test_confidence_factors(event_for, text, trigger, confidence):
    assert event_for(text, trigger)["confidence"] == confidence


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Israel", Actor("Israel", "country", "Israel")),
        ("Benjamin Netanyahu", Actor("Benjamin Netanyahu", "person", "Israel")),
        ("Hamas", Actor("Hamas", "group", "Palestine")),
        ("Israel Defense Forces", Actor("Israel Defense Forces", "organisation", "Israel")),
        ("Prime Minister of Qatar", Actor("Prime Minister of Qatar", "person", "Qatar")),
        ("Spokesperson of Hamas", Actor("Spokesperson of Hamas", "person", "Palestine")),
        ("Nobody Known", None),
    ],
)
def test_actor_info(name, expected):
    assert actor_info(name) == expected


@pytest.mark.parametrize(
    ("text", "published"), [("", dt.date(2025, 1, 15)), ("   \n", None), ("Hello.", None)]
)
def test_text_without_events_gives_empty_table(text, published):
    table = extract_events(text, published)
    assert tuple(table.columns) == EVENT_COLUMNS and table.empty


@pytest.mark.parametrize("text", ["Blinken met Netanyahu in Jerusalem on Monday."])
def test_doc_parsed_without_actor_component(nlp, text):
    """A Doc from a pipeline without dateline_actors gets its actors resolved on demand."""
    from extract.events import events_from_doc

    with nlp.select_pipes(disable=["dateline_actors"]):
        doc = nlp(text)
    assert doc._.actors is None
    rows = events_from_doc(doc, dt.date(2025, 1, 15), {"doc_id": "x"})
    assert [(r["actors"], r["targets"]) for r in rows] == [(["Antony Blinken"], ["Benjamin Netanyahu"])]


@pytest.mark.parametrize(
    ("published", "expected"),
    [(dt.date(2025, 1, 15), "2025-01-15"), (dt.datetime(2025, 1, 15, 23, 5), "2025-01-15"),
     ("2025-01-15", "2025-01-15"), ("2025-01-15T10:00:00Z", "2025-01-15"), (None, "")],
)
def test_published_forms(published, expected):
    table = extract_events("Blinken met Netanyahu.", published)
    assert list(table["published"]) == [expected]


@pytest.mark.parametrize("published", ["yesterday", 3.5, "15/01/2025"])
def test_published_not_a_date(published):
    with pytest.raises(ValueError, match=r"^E304: published must be a date"):
        extract_events("Blinken met Netanyahu.", published)
