"""Extraction jobs that outlive a script run: a worker thread per job, kept in the user's session.

Streamlit reruns the page script on every widget change; an extraction run inside the script would
be thrown away by the rerun. A job runs `extraction.extract` in its own thread instead, publishes its
progress, and keeps its result until the page collects it. Cancelling stops it at the end of the part
in hand (at most `extraction.PART` articles); the articles done are kept as a smaller dataset. No
Streamlit import here: the page polls `progress()` and `finished`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from dashboard.codec import normalise_events
from dashboard.extraction import Extracted, Report, Stop, extract
from dashboard.loading import problems_table
from dashboard.messages import message
from extract.ingest import ColumnMapping

Extractor = Callable[[pd.DataFrame, ColumnMapping | None, Report, list[dict], Stop], Extracted]


@dataclass(frozen=True)
class Progress:
    """Articles done out of total, and seconds since the job started."""

    done: int
    total: int
    seconds: float


class ExtractionJob:
    """One extraction of an articles table in a daemon thread. `result` is set once it has finished."""

    def __init__(self, name: str, articles: pd.DataFrame, mapping: ColumnMapping | None = None,
                 read_problems: list[dict] | None = None, run: Extractor = extract, start: int = 0,
                 total: int | None = None) -> None:
        self.name = name
        self.inputs = (articles, mapping, read_problems, run)  # to resume the job when cancelled
        self._extract = run
        self.result: Extracted | None = None
        self.cancelled = False
        # `start` of `total`: a resumed job's articles done before, of the whole file's
        self._done, self._total = start, len(articles) if total is None else total
        self._started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(articles, mapping, read_problems or []),
                                        name=f"dateline-extract-{name[:40]}", daemon=True)
        self._thread.start()

    def _report(self, done: int, total: int, _seconds: float) -> None:
        self._done, self._total = done, total

    def _run(self, articles: pd.DataFrame, mapping: ColumnMapping | None, read_problems: list[dict]) -> None:
        try:
            self.result = self._extract(articles, mapping, self._report, read_problems, self._stop.is_set)
            self.cancelled = self._stop.is_set() and self.result.done < self.result.total
        except Exception as error:  # noqa: BLE001 - reported on the page, never a traceback
            empty = normalise_events(pd.DataFrame())
            self.result = Extracted(empty, problems_table(read_problems), self.progress().seconds,
                                    message("D501", reason=f"{type(error).__name__}: {error}"))

    def progress(self) -> Progress:
        return Progress(self._done, self._total, time.monotonic() - self._started)

    @property
    def finished(self) -> bool:
        return not self._thread.is_alive()

    def cancel(self) -> None:
        """Ask the worker to stop after the part it is parsing (the articles done are kept)."""
        self._stop.set()

    def wait(self, seconds: float) -> bool:
        """Block up to `seconds` for the job to finish; whether it has (for tests and benchmarks)."""
        self._thread.join(seconds)
        return self.finished


@dataclass(frozen=True)
class Outcome:
    """What the page does with a finished job: store and open its events or not, and what to say."""

    keep: bool
    alerts: tuple[tuple[str, str], ...]  # (level: "error" | "warning" | "info", text)


def _reasons(problems: pd.DataFrame, shown: int = 3) -> str:
    texts = [str(m) for m in problems.get("message", pd.Series(dtype=str)) if str(m)]
    if not texts:
        return "no events were found in its articles."
    more = f" (+{len(texts) - shown} more)" if len(texts) > shown else ""
    return "; ".join(texts[:shown]) + more + "."


def outcome(job: ExtractionJob) -> Outcome:
    """The verdict on a finished job: nothing usable or failed → keep the current view; cancelled →
    keep the articles done as a dataset of their own (D505), or the current view when none was done."""
    result = job.result
    if result is None or (job.cancelled and result.events.empty):
        now = job.progress()
        return Outcome(False, (("warning", message("D508", name=job.name, done=now.done, total=now.total)),))
    if result.error:
        return Outcome(False, (("error", result.error),))
    if job.cancelled:
        kept = message("D505", name=job.name, done=result.done, total=result.total)
        return Outcome(True, (("warning", kept),))
    if result.events.empty:
        return Outcome(False, (("error", message("D504", name=job.name, reasons=_reasons(result.problems))),))
    undated = result.problems["message"].str.startswith("E128").any() if len(result.problems) else False
    return Outcome(True, (("info", message("D506", name=job.name)),) if undated else ())


def can_resume(job: ExtractionJob) -> bool:
    result = job.result
    return bool(job.cancelled and result is not None and not result.error and 0 < result.done < result.total)


def kept_name(job: ExtractionJob) -> str:
    """The name a finished job's dataset is stored under (a cancelled one says how much it holds)."""
    result = job.result
    if job.cancelled and result is not None:
        return f"{job.name} (first {result.done} of {result.total} articles)"
    return job.name
