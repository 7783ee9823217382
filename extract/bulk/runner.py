"""A corpus run: partitions in, finished partitions written (or collected), totals out.

A partition already in the output (an earlier, stopped run) is read and validated again, so ids
stay unique exactly as before, but not extracted again. A partition whose task fails even after
Dask's retries (a worker lost again and again) is retried article by article, so one article that
kills its worker costs that article only (E144), never the partition.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pandas as pd

from extract import messages
from extract.bulk.dataset import Dataset
from extract.bulk.engines import LocalEngine, Outcome
from extract.bulk.progress import CorpusProgress
from extract.bulk.sources import Partition
from extract.ingest.errors import problem
from extract.schema import CORPUS_PROBLEM_COLUMNS, EVENT_COLUMNS

Finished = Callable[[Partition], None]  # called after each partition is written (tests, tools)


@dataclass
class CorpusResult:
    """Totals of a run; `events` is the whole table only when it was collected in memory."""

    rows: int = 0
    articles: int = 0
    events_count: int = 0
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(CORPUS_PROBLEM_COLUMNS)))
    partitions: int = 0
    resumed: int = 0  # partitions finished by an earlier run
    redone: int = 0  # partitions whose task failed after Dask's retries, redone article by article
    events: pd.DataFrame | None = None


class MemorySink:
    """Collects partitions for a small run written as one CSV / JSON Lines file at the end."""

    def __init__(self) -> None:
        self.parts: dict[str, tuple[pd.DataFrame, list[dict], dict[str, int]]] = {}

    def finished(self) -> set[str]:
        return set()

    def write(self, key: str, events: pd.DataFrame, problems: list[dict], counts: dict[str, int]) -> None:
        self.parts[key] = (events, problems, counts)

    def counts(self, key: str) -> dict[str, int]:
        return self.parts[key][2]

    def problems(self) -> pd.DataFrame:
        rows = [p for key in sorted(self.parts) for p in self.parts[key][1]]
        return _problems_frame(rows)

    def events(self) -> pd.DataFrame:
        frames = [self.parts[key][0] for key in sorted(self.parts)]
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(EVENT_COLUMNS))


def _problems_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(CORPUS_PROBLEM_COLUMNS))
    frame["row"] = frame["row"].astype("Int64")
    return frame


def run_corpus(jobs: Iterable[Partition], sink: Dataset | MemorySink, engine: LocalEngine,
               progress: CorpusProgress | None = None, on_finished: Finished | None = None) -> CorpusResult:
    """Extract every partition of `jobs` not yet in `sink`, write each as it finishes, and total up."""
    result, earlier = CorpusResult(), sink.finished()
    keys: list[str] = []
    todo = _pending(jobs, earlier, keys, progress)
    for partition, outcome in engine.map(todo):
        result.redone += isinstance(outcome, BaseException)
        events, problems = settle(partition, outcome, engine)
        counts = _counts(partition, events, problems)
        sink.write(partition.key, events, partition.problems + problems, counts)
        if progress:
            progress.finish(partition.rows)
        if on_finished:
            on_finished(partition)
    for key in keys:
        _add(result, sink.counts(key))
    result.partitions, result.resumed = len(keys), len(earlier & set(keys))
    result.problems = sink.problems()
    if isinstance(sink, MemorySink):
        result.events = sink.events()
    return result


def _pending(jobs: Iterable[Partition], earlier: set[str], keys: list[str],
             progress: CorpusProgress | None) -> Iterator[Partition]:
    """The partitions still to extract; finished ones are only counted."""
    for partition in jobs:
        keys.append(partition.key)
        if progress:
            progress.read(partition.rows, partition.position)
        if partition.key in earlier:
            if progress:
                progress.finish(partition.rows, skipped=True)
            continue
        yield partition
    if progress:
        progress.reading_done = True


def settle(partition: Partition, outcome: Outcome, engine: LocalEngine) -> tuple[pd.DataFrame, list[dict]]:
    """The partition's events and extraction problems; a failed task is redone article by article."""
    if not isinstance(outcome, BaseException):
        return outcome[0], [{**p, "file": partition.file} for p in outcome[1]]
    frames, problems = [], []
    for index, article in enumerate(partition.articles):
        single = dataclasses.replace(partition, key=f"{partition.key}.{index}", articles=[article])
        alone = engine.run_one(single)
        if isinstance(alone, BaseException):
            error = f"{type(alone).__name__}: {alone}"[:200]
            where = f"{partition.unit} {article.row}"
            problems.append(problem(article.row, "", messages.E144.format(where=where, error=error)))
            continue
        frames.append(alone[0])
        problems.extend(alone[1])
    frames = [f for f in frames if len(f)]
    events = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(EVENT_COLUMNS))
    return events, [{**p, "file": partition.file} for p in problems]


def _counts(partition: Partition, events: pd.DataFrame, problems: list[dict]) -> dict[str, int]:
    return {"rows": partition.rows, "articles": len(partition.articles) - len(problems),
            "events": len(events), "problems": len(partition.problems) + len(problems)}


def _add(result: CorpusResult, counts: dict[str, int]) -> None:
    result.rows += counts.get("rows", 0)
    result.articles += counts.get("articles", 0)
    result.events_count += counts.get("events", 0)


def partitions_note(result: CorpusResult) -> str:
    resumed = f", {result.resumed} of them finished by an earlier run" if result.resumed else ""
    redone = f", {result.redone} redone article by article after failing on the cluster" * bool(result.redone)
    return f"{result.partitions} partitions{resumed}{redone}"
