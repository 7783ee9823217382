"""Corpus runs: words/second in one process and on a local Dask cluster, worker memory as the corpus
grows, time to the first finished partition, and a projection for a million articles.

    python benchmarks/bench_corpus.py VOA_JSONL [--articles 10000] [--checkpoints 2500,5000,10000]
                                      [--workers 2] [--single-articles N] [--partition-size 250]

A corpus of --articles articles is generated from the VOA stories (story k of round r gets the id
"ID-r" and its publication date moved r days later) and written as JSON Lines in a temporary folder.
Both runs go through the same code as `python -m extract CORPUS -o EVENTS.parquet [--dask local]`:
- one process: `LocalEngine` (the pipeline is loaded before the clock starts);
- cluster: a `LocalCluster` of --workers processes, one thread each, started and its workers'
  pipelines loaded (worker plugin) before the clock starts.
"First partition" is timed from before the cluster starts, so it includes start-up and model loads.
Worker memory is each worker process's peak RSS (VmHWM) so far, read when the run passes each
checkpoint: flat figures mean memory does not grow with the corpus. The reading process's CPU time
during the cluster run shows whether reading and validation (done there) could hold the cluster back.
The projection assumes the per-worker rate measured here and linear scaling (no shared-disk or
scheduler limits), so it is an upper bound on speed.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from harness import corpus_parser, load_corpus

from extract.bulk.dataset import Dataset
from extract.bulk.engines import DaskEngine, LocalEngine
from extract.bulk.runner import run_corpus
from extract.bulk.sources import partitions
from extract.evaluate.tables import format_table
from extract.events import build_pipeline

PROJECTED_ARTICLES = 1_000_000
PROJECTED_WORKERS = (1, 2, 8, 32, 128)


def parse_args():
    parser = corpus_parser(__doc__.split("\n\n")[0], "VOA stories (JSON Lines)")
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the generated corpus")
    parser.add_argument("--checkpoints", default="2500,5000,10000",
                        help="articles done at which worker memory is read (comma-separated)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument("--single-articles", type=int, default=None,
                        help="articles for the one-process run (default: all; fewer saves time)")
    parser.add_argument("--partition-size", type=int, default=250)
    return parser.parse_args()


def write_corpus(stories, count: int, path: Path) -> int:
    """`count` articles cycling through the stories, ids and dates varied; returns their words."""
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            story, round_ = stories[index % len(stories)], index // len(stories)
            published = (story.published or dt.date(2025, 1, 1)) + dt.timedelta(days=round_)
            record = {"id": f"{story.id}-{round_}", "title": story.title, "url": story.url,
                      "published": published.isoformat(), "text": story.text}
            out.write(json.dumps(record) + "\n")
            words += story.words
    return words


def peak_rss_mib() -> float:
    """This process's own peak RSS (VmHWM). Not ru_maxrss: Linux carries that across exec, so a
    spawned worker would start with its parent's peak."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_run(corpus: Path, output: Path, engine, size: int, checkpoints: list[int], memory):
    """(seconds, seconds to the first finished partition, memory readings by checkpoint, result)."""
    readings: dict[int, object] = {}
    done, first = [0], [None]
    started = time.perf_counter()

    def finished(partition) -> None:
        first[0] = first[0] or time.perf_counter() - started
        done[0] += partition.rows
        for mark in checkpoints:
            if mark not in readings and done[0] >= mark:
                readings[mark] = memory()
                elapsed = time.perf_counter() - started
                print(f"checkpoint {mark:,} articles at {elapsed:.0f} s, load {os.getloadavg()}: "
                      f"{readings[mark]}", file=sys.stderr, flush=True)

    jobs = partitions([corpus], size, {})
    result = run_corpus(jobs, Dataset(output, {"corpus": str(corpus)}, False), engine, on_finished=finished)
    return time.perf_counter() - started, first[0], readings, result


def one_process(corpus: Path, out: Path, args, checkpoints: list[int]) -> dict:
    build_pipeline()  # loaded before the clock starts, as a worker's is
    seconds, first, readings, result = timed_run(corpus, out / "one.parquet", LocalEngine(),
                                                 args.partition_size, checkpoints, peak_rss_mib)
    return {"seconds": seconds, "first": first, "memory": readings, "result": result}


def cluster(corpus: Path, out: Path, args, checkpoints: list[int]) -> dict:
    started = time.perf_counter()
    engine = DaskEngine.connect("local", args.workers)
    logging.getLogger("distributed").setLevel(logging.ERROR)
    startup = time.perf_counter() - started
    cpu_before = os.times()
    try:
        def memory() -> dict:
            return {"workers": engine.client.run(peak_rss_mib), "reader": peak_rss_mib()}

        seconds, first, readings, result = timed_run(corpus, out / "cluster.parquet", engine,
                                                     args.partition_size, checkpoints, memory)
    finally:
        engine.close()
    cpu = os.times()
    driver_cpu = (cpu.user - cpu_before.user) + (cpu.system - cpu_before.system)
    return {"seconds": seconds, "first": first + startup, "startup": startup, "memory": readings,
            "result": result, "driver_cpu": driver_cpu}


def _mib(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def report(args, words: int, single_words: int, one: dict, many: dict) -> None:
    one_rate, many_rate = single_words / one["seconds"], words / many["seconds"]
    rows = [["one process", one["result"].articles, f"{one['seconds']:.1f}", f"{one_rate:,.0f}",
             f"{one['first']:.1f}"],
            [f"local cluster, {args.workers} workers", many["result"].articles, f"{many['seconds']:.1f}",
             f"{many_rate:,.0f}", f"{many['first']:.1f} (start-up {many['startup']:.1f})"]]
    print(format_table(["run", "articles", "seconds", "words/s", "first partition s"], rows))
    print(f"ratio cluster / one process: {many_rate / one_rate:.2f}x (aim >= 1.7x)")
    print(f"reading process CPU during the cluster run: {many['driver_cpu']:.1f} s "
          f"({many['driver_cpu'] / max(many['result'].articles, 1) * 1000:.1f} s per 1,000 articles)")
    print()
    memory_rows = [[f"{mark:,}", ", ".join(f"{v:,.0f}" for v in sorted(reading["workers"].values())),
                    f"{reading['reader']:,.0f}", _mib(one["memory"].get(mark))]
                   for mark, reading in sorted(many["memory"].items())]
    header = ["articles done", "peak RSS per worker MiB", "reading process MiB", "one process MiB"]
    print(format_table(header, memory_rows))
    print()
    per_article = words / max(many["result"].articles, 1)
    per_worker = many_rate / args.workers
    projection = [[n, f"{PROJECTED_ARTICLES * per_article / (n * per_worker) / 3600:,.1f}"]
                  for n in PROJECTED_WORKERS]
    print(f"projection: {PROJECTED_ARTICLES:,} articles of {per_article:,.0f} words at "
          f"{per_worker:,.0f} words/s per worker (measured above), linear scaling assumed")
    print(format_table(["workers", "hours"], projection))


def main() -> None:
    args = parse_args()
    checkpoints = [int(c) for c in args.checkpoints.split(",") if c.strip()]
    stories = load_corpus(args.corpus)
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as folder:
        out = Path(folder)
        corpus, single = out / "corpus.jsonl", out / "single.jsonl"
        words = write_corpus(stories, args.articles, corpus)
        single_words = write_corpus(stories, args.single_articles or args.articles, single)
        one = one_process(single, out, args, checkpoints)
        print(f"one process: {one['result'].articles} articles in {one['seconds']:.1f} s, "
              f"{single_words / one['seconds']:,.0f} words/s, load {os.getloadavg()}",
              file=sys.stderr, flush=True)
        many = cluster(corpus, out, args, checkpoints)
    print(f"load average after: {os.getloadavg()}")
    report(args, words, single_words, one, many)


if __name__ == "__main__":
    main()
