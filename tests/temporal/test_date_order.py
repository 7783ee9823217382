"""Day first or month first: slash dates that read both ways follow the text, then the caller or the
source, then month first (extract/temporal/date_order.py)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract import extract_articles, find_timexes
from extract.temporal.date_order import (
    SOURCES_TABLE,
    only_reading,
    parse_order,
    source_day_first,
)
from extract.temporal.rules import read_normalization_table

PUBLISHED = dt.date(2025, 11, 12)
SOURCE_ROWS = read_normalization_table(SOURCES_TABLE)


@pytest.mark.parametrize(("first", "second", "expected"),
                         [(14, 3, True), (3, 14, False), (3, 4, None), (3, 3, None), (14, 14, None),
                          (31, 12, True), (12, 31, False), (32, 3, None)])
def test_only_reading_of_two_numbers(first, second, expected):
    assert only_reading(first, second) is expected


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("The memo dated 03/04/2025 leaked.", None, "2025-03-04"),  # month first, as at ingest
        ("The memo dated 03/04/2025 leaked.", True, "2025-04-03"),
        ("The memo dated 03/04/2025 leaked.", False, "2025-03-04"),
        # the text shows its order: a day above 12 first, or a month first
        ("The memo dated 03/04/2025 leaked; the reply of 14/04/2025 denied it.", None, "2025-04-03"),
        ("The memo dated 03/04/2025 leaked; the reply of 03/14/2025 denied it.", None, "2025-03-04"),
        # what the text shows beats the caller's or the source's default
        ("The memo dated 03/04/2025 leaked; the reply of 03/14/2025 denied it.", True, "2025-03-04"),
        ("The memo dated 03/04/2025 leaked; the reply of 14/04/2025 denied it.", False, "2025-04-03"),
        # a text showing both orders shows none: the default decides
        ("Dated 03/04/2025; replies of 14/04/2025 and 04/15/2025.", True, "2025-04-03"),
        ("Dated 03/04/2025; replies of 14/04/2025 and 04/15/2025.", None, "2025-03-04"),
        ("the memo dated 03/04/25 leaked; the reply of 25/04/25 denied it.", None, "2025-04-03"),
    ],
)
def test_ambiguous_slash_date_follows_the_order(text, day_first, expected):
    first = find_timexes(text, PUBLISHED, day_first=day_first)[0]
    assert (first.text.startswith("03/04"), first.value) == (True, expected)


@pytest.mark.parametrize(("day_first", "comment"),
                         [(None, "ambiguous: read month first; day first is 2025-04-03"),
                          (True, "ambiguous: read day first; month first is 2025-03-04")])
def test_ambiguous_slash_date_comment_gives_the_other_reading(day_first, comment):
    assert find_timexes("Dated 03/04/2025.", PUBLISHED, day_first=day_first)[0].comment == comment


@pytest.mark.parametrize("day_first", [None, True, False])
def test_unambiguous_slash_date_reads_its_only_way(day_first):
    found = find_timexes("Dated 14/03/2025 and 03/14/2025.", PUBLISHED, day_first=day_first)
    assert [(t.value, t.comment) for t in found] == [("2025-03-14", ""), ("2025-03-14", "")]


@pytest.mark.parametrize("row", SOURCE_ROWS, ids=[row.word for row in SOURCE_ROWS])
def test_source_table_example_gives_its_order(row):
    url, source = (row.example, "") if "/" in row.example else ("", row.example)
    assert source_day_first(url, source) is parse_order(row.expected)
    assert row.value == row.expected and row.word.lower() in row.example.lower()


@pytest.mark.parametrize(
    ("url", "source", "expected"),
    [("https://www.bbc.co.uk/news", "", True), ("www.lemonde.fr/international", "", True),
     ("https://apnews.com/article/1", "", None), ("", "Associated Press", None), ("", " bbc ", True),
     ("https://www.state.gov/x", "The Guardian", True), ("", "", None), ("not a url at all", "", None),
     ("http://[::1", "", None), ("https://news.example.fr:8080/a", "", True)],
)
def test_source_day_first(url, source, expected):
    assert source_day_first(url, source) is expected


@pytest.mark.parametrize(("value", "expected"),
                         [("day-first", True), ("Month-First", False), ("day_first", True), ("", None),
                          ("  ", None), (None, None)])
def test_parse_order(value, expected):
    assert parse_order(value) is expected


@pytest.mark.parametrize("value", ["dmy", "first"])
def test_parse_order_refuses_with_a_coded_message(value):
    with pytest.raises(ValueError, match="E148"):
        parse_order(value)


ARTICLE = "Russia and Ukraine signed a ceasefire agreement in Istanbul on 03/04/2025."


@pytest.mark.parametrize(
    ("url", "day_first", "expected"),
    [("https://www.bbc.co.uk/news/1", None, "2025-04-03"), ("https://apnews.com/1", None, "2025-03-04"),
     ("https://apnews.com/1", True, "2025-04-03"), ("https://www.bbc.co.uk/news/1", False, "2025-03-04")],
)
def test_extract_articles_reads_dates_as_the_source_or_the_option_says(url, day_first, expected):
    frame = pd.DataFrame({"text": [ARTICLE], "published": ["2025-11-12"], "url": [url]})
    events = extract_articles(frame, day_first=day_first, link=False).events
    assert set(events["time_value"]) == {expected}
