"""The corpus runner on a real two-process Dask cluster: the same table as one process, a killed
worker, an interrupted run resumed."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import dask
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from dashboard.codec import from_csv_text, normalise_events
from extract import events as events_layer
from extract.__main__ import main
from extract.bulk.dataset import PROBLEMS, Dataset, read_events, read_problems
from extract.bulk.engines import DaskEngine
from extract.bulk.runner import run_corpus
from extract.bulk.sources import Partition, expand_inputs, partitions

PARTITION = 2  # rows per partition: several partitions from a dozen articles


def _events_csv(path: Path) -> pd.DataFrame:
    return from_csv_text(path.read_text(encoding="utf-8"))


def _run(corpus: Path, output: Path, engine, resume: bool = False, on_finished=None):
    files = expand_inputs([str(corpus)])
    dataset = Dataset(output, {"inputs": [str(f) for f in files], "partition_size": PARTITION}, resume)
    return run_corpus(partitions(files, PARTITION, {}), dataset, engine, on_finished=on_finished)


def _parts(output: Path) -> dict[str, tuple[int, int]]:
    """Part file → (inode, modification time): a rewritten part changes both."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in output.glob("part-*.parquet")}


@pytest.mark.parametrize("files", [["a.csv"]])
def test_dask_same_table_as_one_process_and_workers(tmp_path, corpus, dask_client, files) -> None:
    article_file = corpus / files[0]
    one, workers, cluster = tmp_path / "one.csv", tmp_path / "workers.csv", tmp_path / "dask.parquet"
    assert main([str(article_file), "-o", str(one)]) == 0
    assert main([str(article_file), "-o", str(workers), "--workers", "2"]) == 0
    address = dask_client.scheduler.address
    assert main([str(article_file), "-o", str(cluster), "--dask", address, "--partition-size", "2"]) == 0
    expected = _events_csv(one)
    assert len(expected) > 0 and expected["event_id"].is_unique
    pd.testing.assert_frame_equal(_events_csv(workers), expected)
    pd.testing.assert_frame_equal(normalise_events(read_events(cluster)), expected)
    assert len(list(cluster.glob("part-*.parquet"))) == 3  # 6 rows in partitions of 2
    loads = dask_client.run(lambda: events_layer.build_pipeline.cache_info().misses)
    assert list(loads.values()) == [1, 1]  # each worker built the pipeline once, for three partitions


@pytest.mark.parametrize("kill_after", [1])
def test_dask_killed_worker_every_article_accounted(tmp_path, corpus, dask_client, kill_after) -> None:
    reference = _run(corpus, tmp_path / "reference.parquet", _LocalEngine())
    killed: list[int] = []

    def kill_a_busy_worker(partition: Partition) -> None:
        if killed or len(_parts(tmp_path / "killed.parquet")) < kill_after:
            return
        busy = [address for address, keys in dask_client.processing().items() if keys]
        pids = dask_client.run(os.getpid, workers=busy[:1])
        for pid in pids.values():
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    engine = DaskEngine(dask_client)
    result = _run(corpus, tmp_path / "killed.parquet", engine, on_finished=kill_a_busy_worker)
    assert killed, "no worker was busy when the first partition finished"
    assert (result.rows, result.articles, result.events_count) == \
        (reference.rows, reference.articles, reference.events_count)
    assert result.articles + len(result.problems[result.problems["message"].str.contains("skipped")]) \
        == result.rows
    pd.testing.assert_frame_equal(read_events(tmp_path / "killed.parquet"),
                                  read_events(tmp_path / "reference.parquet"))


@pytest.mark.parametrize("allowed_failures", [0])
def test_dask_partition_failing_on_the_cluster_redone_article_by_article(tmp_path, corpus,
                                                                        allowed_failures: int) -> None:
    """With no retries allowed, killing the worker fails its partitions (KilledWorker): the runner
    redoes them one article per task and the table is still whole."""
    reference = _run(corpus, tmp_path / "reference.parquet", _LocalEngine())
    config = {"distributed.scheduler.allowed-failures": allowed_failures}
    settings = {"n_workers": 1, "threads_per_worker": 1, "processes": True, "dashboard_address": ":0",
                "silence_logs": logging.ERROR}
    with dask.config.set(config), LocalCluster(**settings) as cluster, Client(cluster) as client:
        killed: list[int] = []

        def kill_once(partition: Partition) -> None:
            if not killed and any(client.processing().values()):
                killed.extend(client.run(os.getpid).values())
                os.kill(killed[0], signal.SIGKILL)

        result = _run(corpus, tmp_path / "redone.parquet", DaskEngine(client), on_finished=kill_once)
    assert killed and result.redone >= 1
    pd.testing.assert_frame_equal(read_events(tmp_path / "redone.parquet"),
                                  read_events(tmp_path / "reference.parquet"))
    assert result.articles == reference.articles


class _Stop(KeyboardInterrupt):
    """Ctrl-C after some partitions."""


@pytest.mark.parametrize("stop_after", [2])
def test_dask_resumed_run_equals_uninterrupted(tmp_path, corpus, dask_client, stop_after) -> None:
    whole, stopped = tmp_path / "whole.parquet", tmp_path / "stopped.parquet"
    uninterrupted = _run(corpus, whole, DaskEngine(dask_client))

    def stop(partition: Partition) -> None:
        if len(_parts(stopped)) >= stop_after:
            raise _Stop

    with pytest.raises(_Stop):
        _run(corpus, stopped, DaskEngine(dask_client), on_finished=stop)
    before = _parts(stopped)
    assert 0 < len(before) < uninterrupted.partitions
    redone: list[str] = []
    resumed = _run(corpus, stopped, DaskEngine(dask_client), resume=True,
                   on_finished=lambda partition: redone.append(partition.key))
    assert resumed.resumed == len(before) and len(redone) == uninterrupted.partitions - len(before)
    assert not {f"part-{key}.parquet" for key in redone} & before.keys()
    assert {name: _parts(stopped)[name] for name in before} == before  # no finished part redone
    pd.testing.assert_frame_equal(read_events(stopped), read_events(whole))
    pd.testing.assert_frame_equal(read_problems(stopped), read_problems(whole))
    assert (resumed.rows, resumed.articles, resumed.events_count) == \
        (uninterrupted.rows, uninterrupted.articles, uninterrupted.events_count)
    assert sorted(p.name for p in (stopped / PROBLEMS).iterdir()) == \
        sorted(p.name for p in (whole / PROBLEMS).iterdir())


def _LocalEngine():  # noqa: N802 - reads as the class it builds
    from extract.bulk.engines import LocalEngine

    return LocalEngine()
