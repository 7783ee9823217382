"""Story linking after a corpus run: rows of different partitions that report one event share a
story_id (real Dask cluster), the same table as one process; workers with several threads refused."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from distributed import LocalCluster

from dashboard.codec import from_csv_text, normalise_events
from extract.__main__ import main
from extract.bulk.dataset import COUNTS_KEY, read_events
from tests.bulk.conftest import TEXTS, write_csv

MEETING_1 = ("Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo "
             "on Tuesday to discuss the ceasefire in Gaza.")
MEETING_2 = ("Jordanian Foreign Minister Ayman Safadi held talks with Egyptian Foreign Minister "
             "Sameh Shoukry in Cairo on Tuesday about the Gaza ceasefire.")


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """Two reports of one meeting with another article between them: with partitions of one row,
    the two reports are extracted in different partitions (on different workers)."""
    rows = [["id", "text", "date", "source"], ["a", MEETING_1, "2025-01-15", "Ahram"],
            ["b", TEXTS[4], "2025-01-15", "IRNA"], ["c", MEETING_2, "2025-01-15", "Petra"]]
    return write_csv(tmp_path / "reports.csv", rows)


def _meeting_story(events: pd.DataFrame) -> set[str]:
    """The story ids that rows of both reports (a and c) carry."""
    stories = events.groupby("story_id")["doc_id"].agg(set)
    return {story for story, docs in stories.items() if {"a", "c"} <= docs}


@pytest.mark.parametrize("partition_size", ["1"])
def test_dask_run_links_stories_across_partitions(tmp_path, reports, dask_client, partition_size) -> None:
    one, cluster, table = tmp_path / "one.csv", tmp_path / "dask.parquet", tmp_path / "stories.csv"
    assert main([str(reports), "-o", str(one)]) == 0
    address = dask_client.scheduler.address
    assert main([str(reports), "-o", str(cluster), "--dask", address, "--partition-size", partition_size,
                 "--stories", str(table)]) == 0
    expected = from_csv_text(one.read_text(encoding="utf-8"))
    linked = normalise_events(read_events(cluster))
    assert len(list(cluster.glob("part-*.parquet"))) == 3
    assert len(_meeting_story(linked)) == 1  # one story across two partitions
    pd.testing.assert_frame_equal(linked, expected)  # the single-process table, story_ids included
    stories = pd.read_csv(table)
    assert stories["reports"].max() == 2 and stories.loc[stories["reports"].idxmax(), "story_id"] in \
        _meeting_story(linked)
    for part in cluster.glob("part-*.parquet"):  # a rewritten part keeps the counts --resume reads
        assert json.loads(pq.read_schema(part).metadata[COUNTS_KEY])["rows"] == 1


@pytest.mark.parametrize("partition_size", ["1"])
def test_resumed_run_links_again_and_no_link_keeps_row_ids(tmp_path, reports, partition_size) -> None:
    output = tmp_path / "events.parquet"
    assert main([str(reports), "-o", str(output), "--partition-size", partition_size, "--no-link"]) == 0
    unlinked = read_events(output)
    assert (unlinked["story_id"] == unlinked["event_id"]).all()
    assert main([str(reports), "-o", str(output), "--partition-size", partition_size, "--resume"]) == 0
    assert len(_meeting_story(read_events(output))) == 1
    assert read_events(output).drop(columns="story_id").equals(unlinked.drop(columns="story_id"))


@pytest.mark.parametrize("threads", [2])
def test_workers_with_several_threads_refused(tmp_path, reports, capsys, threads) -> None:
    settings = {"n_workers": 1, "threads_per_worker": threads, "processes": False,
                "dashboard_address": ":0", "silence_logs": logging.ERROR}
    with LocalCluster(**settings) as cluster:
        code = main([str(reports), "-o", str(tmp_path / "e.parquet"), "--dask", cluster.scheduler_address])
    assert code == 2
    error = capsys.readouterr().err
    assert "E147" in error and f"run {threads} threads" in error and "--nthreads 1" in error
