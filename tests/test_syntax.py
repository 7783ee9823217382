"""Walking up the parse to the governing verb: one module (extract/syntax.py) for tense, event nouns
and event time."""

from __future__ import annotations

import pytest

from extract.nlp import load_pipeline
from extract.syntax import governing_verb, heads_above, is_verb


def _token(text: str, word: str):
    doc = load_pipeline(disable=("ner",))(text)
    return next(token for token in doc if token.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The ministers met on Tuesday in Cairo.", "Tuesday", "met"),
        ("Officials said the ministers will meet on Friday.", "Friday", "meet"),
        ("The strike on the morning of May 25 killed four people.", "May", "killed"),
        ("The invasion of Ukraine was condemned.", "invasion", "condemned"),
        ("Talks in Geneva.", "Geneva", None),  # no verb above it
    ],
)
def test_governing_verb_is_the_nearest_verb_above(text, word, expected):
    verb = governing_verb(_token(text, word))
    assert (verb.text if verb is not None else None) == expected


@pytest.mark.parametrize(("limit", "expected"), [(1, "on"), (2, "met"), (8, "met")])
def test_heads_above_stops_at_the_limit_or_the_root(limit, expected):
    heads = heads_above(_token("The ministers met on Tuesday.", "Tuesday"), limit)
    assert heads[-1].text == expected and len(heads) <= limit


@pytest.mark.parametrize(("word", "stop", "expected"), [("Tuesday", lambda t: t.text == "on", "on"),
                                                        ("Tuesday", is_verb, "met")])
def test_governing_verb_stops_where_the_caller_says(word, stop, expected):
    assert governing_verb(_token("The ministers met on Tuesday.", word), stop=stop).text == expected
