"""The cleaning step: every rule's example, headings, datelines, and clean text left untouched."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract import extract_articles
from extract.ingest.clean import clean_text, load_rules

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_clean_rule_example(rule):
    assert clean_text(rule.example).text == rule.expected


@pytest.mark.parametrize("text", [
    "Hamas accepted the plan. Israel rejected it.",
    "Hamas accepted the plan.\n\nIsrael rejected it on Friday, officials said.",
    "The 3*4 grid and snake_case_names stay; so does a ratio of 2 < 3 & 4 > 1.",
    "Talks resumed in Cairo\non Sunday after a pause",  # a hard-wrapped sentence is not a heading
])
def test_clean_text_without_furniture_is_unchanged(text):
    assert clean_text(text).text == text


@pytest.mark.parametrize("text, expected", [
    ("Netanyahu met Kushner.\nGaza: About 200 fighters in tunnels beneath Rafah\nThere are 200 fighters.",
     "Netanyahu met Kushner.\nThere are 200 fighters."),
    ("Talks in Cairo\nHamas accepted the plan.", "Hamas accepted the plan."),
])
def test_clean_heading_line_is_dropped(text, expected):
    assert clean_text(text).text == expected


@pytest.mark.parametrize("text, place, date", [
    ("JERUSALEM, Nov 10 (Reuters) - Netanyahu met Kushner.", "Jerusalem", "Nov 10"),
    ("Kyiv, November 3, 2025 (AFP) — Ukraine said it struck a refinery.", "Kyiv", "November 3, 2025"),
    ("WASHINGTON — Trump met Putin.", "Washington", ""),
    ("NATO allies met in Brussels.", "", ""),
])
def test_clean_dateline_place_and_date(text, place, date):
    cleaned = clean_text(text)
    assert (cleaned.place, cleaned.date_text) == (place, date)


@pytest.mark.parametrize("published, code, expected", [
    ("", "E131", "2025-11-03"),
    ("2025-11-04", None, "2025-11-04"),
])
def test_clean_dateline_date_when_date_column_is_empty(published, code, expected):
    frame = pd.DataFrame([{"id": "a", "published": published,
                           "text": "KYIV, Nov 3, 2025 (Reuters) - Ukraine's army struck a Russian refinery "
                                   "on Monday."}])
    result = extract_articles(frame)
    codes = [m.split(":")[0] for m in result.problems["message"]]
    assert codes == ([code] if code else [])
    assert set(result.events["published"]) == {expected}
    assert set(result.events["location"]) == {"Kyiv"}
    assert not result.events["sentence"].str.contains("Reuters").any()


@pytest.mark.parametrize("published", [dt.date(2025, 11, 10)])
def test_clean_seed_article_headline_event(published):
    text = ("In Jerusalem, **Israeli** Prime Minister **Benjamin Netanyahu** met with American envoy "
            "Jared Kushner to discuss the ceasefire.\n**Read: Netanyahu: Arrest warrant – Accused**\n"
            "The meeting took place on Monday.")
    from extract import extract_events
    events = extract_events(text, published)
    met = events[events["trigger"] == "met"].iloc[0]
    assert (met["actors"], met["targets"], met["location"]) == (["Benjamin Netanyahu"], ["Jared Kushner"],
                                                                "Jerusalem")
    assert not events["sentence"].str.contains(r"\*\*|Read:").any()
    start = met["sentence_start"]
    assert text.replace("**", "")[start:start + 14] == "In Jerusalem, "
