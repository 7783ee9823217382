"""find_timexes words/second on a JSON Lines corpus, against bare spaCy in the same run.

    python benchmarks/bench_timex.py VOA_JSONL [--repeat N] [--min-seconds S]

Each run passes over the whole corpus at least N times and until S seconds have passed, so short
corpora still give a stable figure. "bare spaCy" is `extract.nlp.load_pipeline()` with `nlp.pipe`
over the same texts. Words are whitespace-separated words of the story texts.
"""

from __future__ import annotations

import argparse

from harness import Measure, corpus_parser, load_corpus, print_table, timed_passes

import extract
from extract.nlp import load_pipeline


def arguments() -> argparse.Namespace:
    return corpus_parser(__doc__, "JSON Lines with id, published, text").parse_args()


def main() -> None:
    args = arguments()
    stories = load_corpus(args.corpus)
    words = sum(s.words for s in stories)
    nlp = load_pipeline()
    extract.find_timexes(stories[0].text, stories[0].published)  # warm-up: loads what it needs
    list(nlp.pipe([stories[0].text]))
    found: list[int] = []

    def timex_pass() -> None:
        found.append(sum(len(extract.find_timexes(s.text, s.published)) for s in stories))

    def spacy_pass() -> None:
        for _ in nlp.pipe(s.text for s in stories):
            pass

    run = timed_passes(timex_pass, args.repeat, args.min_seconds)
    system = Measure("find_timexes", run.passes, words * run.passes, run.seconds,
                     note=f"{found[-1]} timexes per pass", cpu_seconds=run.cpu_seconds, load=run.load)
    run = timed_passes(spacy_pass, args.repeat, args.min_seconds)
    bare = Measure("bare spaCy", run.passes, words * run.passes, run.seconds,
                   note=f"pipeline {nlp.pipe_names}", cpu_seconds=run.cpu_seconds, load=run.load)
    print(f"corpus {args.corpus}: {len(stories)} stories, {words:,} words")
    print_table([system, bare])


if __name__ == "__main__":
    main()
