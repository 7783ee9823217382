"""The runner without a cluster: a failed partition is redone article by article; totals add up."""

from __future__ import annotations

import pandas as pd
import pytest

from extract.bulk.engines import LocalEngine
from extract.bulk.runner import MemorySink, run_corpus, settle
from extract.bulk.sources import expand_inputs, partitions


@pytest.mark.parametrize("size", [3])
def test_runner_failed_partition_redone_article_by_article(corpus, size: int) -> None:
    engine = LocalEngine()
    partition = next(partitions([corpus / "a.csv"], size, {}))
    whole_events, whole_problems = settle(partition, engine.run_one(partition), engine)
    events, problems = settle(partition, RuntimeError("KilledWorker: lost 3 times"), engine)
    pd.testing.assert_frame_equal(events, whole_events)
    assert problems == whole_problems == []
    assert len(events) > 0


@pytest.mark.parametrize("size", [2, 50])
def test_runner_totals_account_for_every_row(corpus, size: int) -> None:
    result = run_corpus(partitions(expand_inputs([str(corpus)]), size, {}), MemorySink(), LocalEngine())
    skipped = result.problems["message"].str.contains("row skipped")
    assert result.rows == 11 and result.articles == 10 and int(skipped.sum()) == 1
    assert result.events_count == len(result.events) > 0
    assert result.events["event_id"].is_unique
    assert list(result.events["doc_id"].drop_duplicates()) == \
        ["d0", "d1", "d2", "d3", "d4", "d0-2", "d1-2", "d0-3", "x1", "x2"]
