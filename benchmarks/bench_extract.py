"""extract_articles words/second and peak memory, against bare spaCy in the same run.

    python benchmarks/bench_extract.py VOA_JSONL [--repeat N] [--min-seconds S] [--tracemalloc]
                                       [--spacy-batch-size B]

The bar: extract_articles at >= 0.7x the words/second of bare spaCy (`extract.nlp.load_pipeline()`
with `nlp.pipe` over the same texts). Each of the two runs happens in its own fresh process
(spawned one after the other, never at the same time) so that its peak resident set size
(ru_maxrss) is its own. Besides wall time, each run's CPU time (time.process_time) is reported with
the load average: on a shared machine the CPU-time ratio is the one to compare. Reported memory:
- maxRSS: the process's peak RSS, model loading included;
- RSS growth: peak RSS at the end minus peak RSS after loading and a one-story warm-up, i.e.
  what the timed passes added on top;
- tracemalloc (only with --tracemalloc): peak of Python-allocator memory during one extra pass
  traced after the timed ones (tracing slows the pass, so it is not part of the timing).
"""

from __future__ import annotations

import argparse
import multiprocessing
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import pandas as pd
from harness import Measure, corpus_parser, cpu_ratio, load_corpus, maxrss_mib, print_table, timed_passes

from extract.evaluate.stories import Story

RUNS = ("extract_articles", "bare spaCy")


def articles_frame(stories: list[Story]) -> pd.DataFrame:
    """The articles table extract_articles takes: id, title, published, source, url, text."""
    return pd.DataFrame(
        {
            "id": [s.id for s in stories],
            "title": [s.title for s in stories],
            "published": [s.published_raw for s in stories],
            "source": ["VOA"] * len(stories),
            "url": [s.url for s in stories],
            "text": [s.text for s in stories],
        }
    )


def make_pass(
    run: str, stories: list[Story], batch_size: int | None
) -> tuple[Callable[[], object], Callable[[], str]]:
    """The function doing one pass for `run`, and one describing its last result."""
    last: list[str] = [""]
    if run == "extract_articles":
        import extract

        frame = articles_frame(stories)

        def one_pass() -> None:
            result = extract.extract_articles(frame)
            last[0] = f"{len(result.events)} events, {len(result.problems)} problems per pass"
            last[0] += f"; pipeline {extract.events.build_pipeline().pipe_names}"

    else:
        from extract.nlp import load_pipeline

        nlp = load_pipeline()
        texts = [s.text for s in stories]
        size = batch_size or nlp.batch_size

        def one_pass() -> None:
            for _ in nlp.pipe(texts, batch_size=size):
                pass
            last[0] = f"pipeline {nlp.pipe_names}, batch size {size}"

    return one_pass, lambda: last[0]


def measure(run: str, args: argparse.Namespace) -> Measure:
    """One run, meant to execute in a fresh process."""
    stories = load_corpus(args.corpus)
    words = sum(s.words for s in stories)
    warm_pass, _ = make_pass(run, stories[:1], args.spacy_batch_size)
    warm_pass()  # loads the pipeline(s) before timing
    baseline = maxrss_mib()
    one_pass, describe = make_pass(run, stories, args.spacy_batch_size)
    timing = timed_passes(one_pass, args.repeat, args.min_seconds)
    result = Measure(run, timing.passes, words * timing.passes, timing.seconds, maxrss_mib(),
                     maxrss_mib() - baseline, cpu_seconds=timing.cpu_seconds, load=timing.load)
    result.note = describe()
    if args.tracemalloc:
        tracemalloc.start()
        one_pass()
        result.tracemalloc_mib = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return result


def arguments() -> argparse.Namespace:
    parser = corpus_parser(__doc__, "JSON Lines with id, title, published, url, text")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace one extra pass")
    parser.add_argument("--spacy-batch-size", type=int, metavar="B",
                        help="nlp.pipe batch size of the bare spaCy run (default: the pipeline's own)")
    return parser.parse_args()


def main() -> None:
    args = arguments()
    stories = load_corpus(args.corpus)
    print(f"corpus {args.corpus}: {len(stories)} stories, {sum(s.words for s in stories):,} words")
    measures = []
    for run in RUNS:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            job = pool.submit(measure, run, args)
            measures.append(job.result())
    print_table(measures)
    ratio = measures[0].words_per_second / measures[1].words_per_second if measures[1].seconds else 0.0
    print(f"bar: >= 0.70x bare spaCy -> {'met' if ratio >= 0.7 else 'NOT met'} ({ratio:.2f}x)")
    cpu = cpu_ratio(measures[0], measures[1])
    print(f"bar on CPU time (load-independent): {'met' if cpu >= 0.7 else 'NOT met'} ({cpu:.2f}x)")


if __name__ == "__main__":
    main()
