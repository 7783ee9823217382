"""Shared pieces of the benchmark scripts: corpus loading, timed passes, memory, the table.

The scripts are run as files (`python benchmarks/bench_timex.py ...`), so this module puts the
repository root on sys.path before anything imports `extract`.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.evaluate.stories import Story, read_stories  # noqa: E402
from extract.evaluate.tables import format_table  # noqa: E402


@dataclass
class Measure:
    """One timed run: passes over the corpus, words processed, wall seconds, memory."""

    name: str
    passes: int
    words: int
    seconds: float
    maxrss_mib: float | None = None  # process peak resident set, whole life of the process
    rss_growth_mib: float | None = None  # peak RSS growth during the timed passes
    tracemalloc_mib: float | None = None  # Python-allocator peak during one extra traced pass
    note: str = ""
    cpu_seconds: float | None = None  # CPU time of the process during the passes (load-independent)
    load: str = ""  # load average (1 min) at the start and end of the passes

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu_seconds if self.cpu_seconds else 0.0


@dataclass
class Timing:
    """What timed_passes measured: passes, wall seconds, CPU seconds, load average before → after."""

    passes: int
    seconds: float
    cpu_seconds: float
    load: str


def corpus_parser(description: str | None, corpus_help: str) -> argparse.ArgumentParser:
    """The arguments every benchmark takes: the corpus, a minimum of passes and of seconds."""
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=description, formatter_class=raw)
    parser.add_argument("corpus", type=Path, help=corpus_help)
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="minimum passes (default 1)")
    parser.add_argument("--min-seconds", type=float, default=10.0, metavar="S", help="minimum run time")
    return parser


def load_corpus(path: Path) -> list[Story]:
    """The stories of a JSON Lines file; problems are printed, an empty corpus stops the script."""
    if not path.is_file():
        sys.exit(f"EV006: {path}: not a file")
    stories, problems = read_stories(path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not stories:
        sys.exit(f"{path}: no usable story")
    return stories


def timed_passes(run_pass: Callable[[], object], min_passes: int, min_seconds: float) -> Timing:
    """Run `run_pass` at least `min_passes` times and until `min_seconds` have passed. On a shared
    machine the CPU time (time.process_time) is the figure to compare: wall time grows with load."""
    load = f"{os.getloadavg()[0]:.1f}"
    passes, started, cpu = 0, time.perf_counter(), time.process_time()
    while passes < min_passes or time.perf_counter() - started < min_seconds:
        run_pass()
        passes += 1
    load += f" → {os.getloadavg()[0]:.1f}"
    return Timing(passes, time.perf_counter() - started, time.process_time() - cpu, load)


def cpu_ratio(system: Measure, bare: Measure) -> float:
    """Words per CPU second of `system` over those of `bare` (0 when either has none)."""
    if not (system.words_per_cpu_second and bare.words_per_cpu_second):
        return 0.0
    return system.words_per_cpu_second / bare.words_per_cpu_second


def maxrss_mib() -> float:
    """This process's peak resident set size so far, in MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mib(value: float | None) -> str:
    """A MiB figure for the table, or "-"."""
    return "-" if value is None else f"{value:,.0f}"


def print_table(measures: list[Measure]) -> None:
    """The figures of every run, then the ratio of the first to the last (bare spaCy)."""
    header = ["run", "passes", "words", "seconds", "words/s", "CPU s", "words/CPU s", "load"]
    rows = [
        [m.name, m.passes, f"{m.words:,}", f"{m.seconds:.2f}", f"{m.words_per_second:,.0f}",
         "-" if m.cpu_seconds is None else f"{m.cpu_seconds:.2f}", f"{m.words_per_cpu_second:,.0f}",
         m.load or "-"]
        for m in measures
    ]
    if any(m.maxrss_mib is not None for m in measures):
        header += ["maxRSS MiB", "RSS growth MiB", "tracemalloc MiB"]
        for row, m in zip(rows, measures, strict=True):
            row += [mib(m.maxrss_mib), mib(m.rss_growth_mib), mib(m.tracemalloc_mib)]
    print(format_table(header, rows))
    system, bare = measures[0], measures[-1]
    if bare.words_per_second:
        print(f"ratio {system.name} / {bare.name}: {system.words_per_second / bare.words_per_second:.2f}x")
    if bare.words_per_cpu_second:
        print(f"CPU-time ratio {system.name} / {bare.name}: {cpu_ratio(system, bare):.2f}x")
    for m in measures:
        if m.note:
            print(f"{m.name}: {m.note}")
