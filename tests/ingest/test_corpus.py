"""extract_articles: batching, progress, per-article failure isolation, stamping of article fields.

Runs on a tokenizer-only pipeline with a stand-in events layer (see conftest.py), so it tests the
corpus plumbing, not event extraction.
"""

from __future__ import annotations

import pandas as pd
import pytest

from extract import extract_articles
from extract.ingest import IngestError
from extract.schema import EVENT_COLUMNS, PROBLEM_COLUMNS

from .conftest import FAIL_EVENTS, FAIL_PARSE


def _articles(texts: list[str], **columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"text": texts, **columns})


def _met(n: int) -> str:
    return f"Envoys met in Doha for round {n}. Nothing else happened."


@pytest.mark.parametrize(
    ("texts", "batch_size", "workers", "expected_docs", "expected_problem_rows"),
    [
        ([_met(1), _met(2), _met(3)], 2, 1, ["a1", "a2", "a3"], []),
        ([_met(1), f"{FAIL_EVENTS} {_met(2)}", _met(3)], 2, 1, ["a1", "a3"], [2]),
        # the parser fails inside a batch of 4: the batch is redone one article at a time
        ([_met(1), f"{FAIL_PARSE} {_met(2)}", _met(3), _met(4), _met(5)], 4, 1,
         ["a1", "a3", "a4", "a5"], [2]),
        ([f"{FAIL_PARSE} {_met(1)}", _met(2), _met(3)], 1, 1, ["a2", "a3"], [1]),
        ([_met(1), "", _met(3), _met(4)], 2, 2, ["a1", "a3", "a4"], [2]),  # two worker processes
        ([_met(1), f"{FAIL_PARSE} {_met(2)}", _met(3)], 2, 2, ["a1", "a3"], [2]),
    ],
)
def test_extract_articles_isolates_failures(blank_nlp, fake_events, texts, batch_size, workers, expected_docs,
                                            expected_problem_rows) -> None:
    ids = [f"a{i}" for i in range(1, len(texts) + 1)]
    result = extract_articles(_articles(texts, id=ids), batch_size=batch_size, workers=workers, nlp=blank_nlp)
    assert list(result.events.columns) == list(EVENT_COLUMNS)
    assert list(result.problems.columns) == list(PROBLEM_COLUMNS)
    assert result.events["doc_id"].tolist() == expected_docs
    assert result.problems["row"].dropna().tolist() == expected_problem_rows  # + E128: no date column
    assert result.articles == len(expected_docs) and result.rows == len(texts)


@pytest.mark.parametrize(
    ("fail", "expected_message"),
    [
        (FAIL_EVENTS, "E127: row 2: extraction failed (ValueError: events layer failed); row skipped"),
        (FAIL_PARSE, "E127: row 2: extraction failed (RuntimeError: parser component failed); row skipped"),
    ],
)
def test_extract_articles_failure_message(blank_nlp, fake_events, fail: str, expected_message: str) -> None:
    result = extract_articles(_articles([_met(1), f"{fail} {_met(2)}"]), nlp=blank_nlp)
    assert result.problems["message"].tolist()[-1].startswith(expected_message)


@pytest.mark.parametrize(
    ("texts", "expected_calls"),
    [
        ([_met(1), _met(2), _met(3)], [(1, 3), (2, 3), (3, 3)]),
        ([_met(1), "", f"{FAIL_PARSE} x"], [(1, 2), (2, 2)]),  # empty text: reported, never parsed
        (["", ""], []),
    ],
)
def test_extract_articles_reports_progress(blank_nlp, fake_events, texts, expected_calls) -> None:
    calls: list[tuple[int, int]] = []
    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    extract_articles(_articles(texts), progress=progress, nlp=blank_nlp)
    assert calls == expected_calls


@pytest.mark.parametrize(
    ("frame", "columns", "expected"),
    [
        (pd.DataFrame({"Body": [_met(1)], "Headline": ["T"], "Link": ["http://x"], "Outlet": ["VOA"],
                       "PubDate": ["Fri, 14 Mar 2025 23:30:00 -0500"], "ID": ["k9"]}),
         None, {"doc_id": "k9", "title": "T", "url": "http://x", "source": "VOA", "published": "2025-03-14"}),
        (pd.DataFrame({"words": [_met(1)], "when": ["14 March 2025"], "id": ["z"]}),
         {"text": "words", "published": "when"}, {"doc_id": "z", "title": "", "published": "2025-03-14"}),
        (pd.DataFrame({"text": [_met(1)], "date": ["??"], "id": ["q"]}), None,
         {"doc_id": "q", "published": ""}),
    ],
)
def test_extract_articles_stamps_article_fields(blank_nlp, fake_events, frame, columns, expected) -> None:
    result = extract_articles(frame, columns=columns, nlp=blank_nlp)
    row = result.events.iloc[0].to_dict()
    assert {key: row[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("frame", "columns", "code"),
    [
        (pd.DataFrame({"headline": ["x"], "date": ["2025-01-01"]}), None, "E102"),
        (pd.DataFrame({"text": ["x"]}), {"text": "body"}, "E108"),
    ],
)
def test_extract_articles_unusable_frame(blank_nlp, frame, columns, code: str) -> None:
    with pytest.raises(IngestError) as caught:
        extract_articles(frame, columns=columns, nlp=blank_nlp)
    assert caught.value.code == code
