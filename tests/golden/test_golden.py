"""The full events tables of a few sample articles, column by column against the checked-in goldens.

After a deliberate change: `python -m tests.golden.regenerate`, then review the diff row by row."""

from __future__ import annotations

import pytest

from tests.golden.golden import articles, differences, events_of_article, golden_path, read_csv, to_csv

ARTICLES = articles().to_dict("records")


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_events_match_golden(article):
    golden = read_csv(golden_path(article["id"]).read_text(encoding="utf-8"))
    actual = read_csv(to_csv(events_of_article(article)))
    problems = differences(actual, golden)
    assert not problems, "\n".join(["events differ from the golden (regenerate if intended):", *problems])
