"""Where partitions run: in this process, or on a Dask cluster (a LocalCluster or a scheduler's address).

Both yield (partition, outcome) as partitions finish; an outcome is (events, problems) or the
exception that stopped the task. Dask does the scheduling, the retries and the data movement; the
only thing added here is a bound on partitions in flight, so the input is read no faster than the
cluster works through it and memory stays flat however large the corpus.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Iterable, Iterator

import pandas as pd
from distributed import Client, Future, LocalCluster, as_completed

from extract import messages
from extract.bulk.sources import Partition
from extract.bulk.tasks import PipelinePlugin, extract_partition
from extract.corpus import DEFAULT_BATCH_SIZE
from extract.ingest.errors import IngestError

Outcome = tuple[pd.DataFrame, list[dict]] | BaseException
IN_FLIGHT_PER_WORKER = 2  # one running, one waiting: workers never idle while the reader catches up
WORKERS_REFRESH_SECONDS = 5.0
TASK_RETRIES = 1  # on top of Dask's own resubmission of tasks lost with a worker


class ClusterError(IngestError):
    """The Dask scheduler named by --dask cannot be reached (message E145): unusable arguments."""


def check_one_thread(client: Client) -> None:
    """Refuse (E147) a cluster whose workers run several threads: the spaCy pipeline is one per
    process, so extra threads would only wait for it (tasks.py serialises them for workers that
    join later)."""
    workers = client.scheduler_info(n_workers=-1).get("workers", {})
    crowded = {address: info.get("nthreads", 1) for address, info in workers.items()
               if info.get("nthreads", 1) > 1}
    if crowded:
        threads = "/".join(str(n) for n in sorted(set(crowded.values())))
        raise ClusterError(messages.E147.format(workers=", ".join(sorted(crowded)), threads=threads))


class LocalEngine:
    """Partitions one after another in this process."""

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE, day_first: bool | None = None) -> None:
        self.batch_size, self.day_first = batch_size, day_first

    def map(self, jobs: Iterable[Partition]) -> Iterator[tuple[Partition, Outcome]]:
        for partition in jobs:
            yield partition, self.run_one(partition)

    def run_one(self, partition: Partition) -> Outcome:
        try:
            return extract_partition(partition.articles, partition.unit, self.batch_size, self.day_first)
        except Exception as err:  # reported by the runner, which retries article by article
            return err

    def close(self) -> None:
        pass


class DaskEngine(LocalEngine):
    """Partitions as tasks on a Dask cluster; each worker loads spaCy once (PipelinePlugin)."""

    def __init__(self, client: Client, batch_size: int = DEFAULT_BATCH_SIZE,
                 cluster: LocalCluster | None = None, day_first: bool | None = None) -> None:
        super().__init__(batch_size, day_first)
        self.client, self.cluster, self.run_id = client, cluster, uuid.uuid4().hex[:8]
        self._workers, self._asked = 1, -WORKERS_REFRESH_SECONDS
        client.register_plugin(PipelinePlugin())

    @classmethod
    def connect(cls, address: str, workers: int | None = None,
                batch_size: int = DEFAULT_BATCH_SIZE, day_first: bool | None = None) -> DaskEngine:
        """`address` "local" starts a LocalCluster of `workers` processes (default: one per core)."""
        if address == "local":
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=":0", silence_logs=logging.CRITICAL)
            return cls(Client(cluster), batch_size, cluster, day_first)
        try:
            client = Client(address, timeout="15s")
        except (OSError, TimeoutError, ValueError) as err:
            raise ClusterError(messages.E145.format(address=address, reason=err)) from err
        try:
            check_one_thread(client)
        except ClusterError:
            client.close()
            raise
        return cls(client, batch_size, day_first=day_first)

    def workers(self) -> int:
        """Workers in the cluster now (it may grow or lose some), asked at most every few seconds."""
        now = time.monotonic()
        if now - self._asked >= WORKERS_REFRESH_SECONDS:
            info = self.client.scheduler_info(n_workers=0)
            self._workers = max(1, info.get("n_workers") or len(info.get("workers", {})))
            self._asked = now
        return self._workers

    def map(self, jobs: Iterable[Partition]) -> Iterator[tuple[Partition, Outcome]]:
        finished, running = as_completed(), {}
        for partition in jobs:
            future = self._submit(partition)
            running[future.key] = partition
            finished.add(future)
            while finished.count() >= IN_FLIGHT_PER_WORKER * self.workers():
                yield self._outcome(next(finished), running)
        for future in finished:
            yield self._outcome(future, running)

    def _submit(self, partition: Partition) -> Future:
        key = f"dateline-{self.run_id}-{partition.key}"
        return self.client.submit(extract_partition, partition.articles, partition.unit, self.batch_size,
                                  self.day_first,
                                  key=key, retries=TASK_RETRIES)

    def run_one(self, partition: Partition) -> Outcome:
        return self._outcome(self._submit(partition), {})[1]

    @staticmethod
    def _outcome(future: Future, running: dict[str, Partition]) -> tuple[Partition | None, Outcome]:
        partition = running.pop(future.key, None)
        try:
            outcome: Outcome = future.result()
        except Exception as err:  # the task failed after Dask's retries (e.g. KilledWorker)
            outcome = err
        future.release()
        return partition, outcome

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
