"""`python -m extract.evaluate timeml DIR`: score extract.find_timexes against TimeML gold."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import extract
from extract.evaluate.errors import EvaluationInputError, message
from extract.evaluate.misses import KINDS, miss_lines
from extract.evaluate.scoring import MEASURES, Counts, count_document, score
from extract.evaluate.tables import format_table
from extract.evaluate.timeml import TimemlDoc, read_corpus


@dataclass
class TimemlRun:
    """Results of one evaluation run over a directory."""

    counts: Counts = field(default_factory=Counts)
    documents: int = 0
    skipped: int = 0
    words: int = 0
    system_seconds: float = 0.0
    misses: list[str] = field(default_factory=list)


def recase(text: str, case: str | None) -> str:
    """The text in another letter case, same length (so gold offsets still hold); None leaves it."""
    if not case:
        return text
    convert = str.lower if case == "lower" else str.upper
    changed = convert(text)
    if len(changed) == len(text):
        return changed
    # 'ß'.upper() is 'SS': a character whose case change has another length stays as written
    return "".join(ch if len(convert(ch)) != 1 else convert(ch) for ch in text)


def system_timexes(doc: TimemlDoc, problems: TextIO, case: str | None = None) -> list:
    """find_timexes on the document (called as find_timexes(text, dct, doc=None)), in `case` if given."""
    try:
        return list(extract.find_timexes(recase(doc.text, case), doc.dct, doc=None))
    except Exception as err:  # noqa: BLE001 - a failing system is scored as empty and reported
        print(message("EV016", doc=doc.name, detail=f"{type(err).__name__}: {err}"), file=problems)
        return []


def evaluate_directory(directory: Path, limit: int | None, problems: TextIO,
                       case: str | None = None) -> TimemlRun:
    """Run the system on every document under `directory` and sum the counts."""
    run = TimemlRun()
    for doc in read_corpus(directory, limit):
        if isinstance(doc, EvaluationInputError):
            print(doc, file=problems)
            run.skipped += 1
            continue
        for problem in doc.problems:
            print(problem, file=problems)
        started = time.perf_counter()
        system = system_timexes(doc, problems, case)
        run.system_seconds += time.perf_counter() - started
        run.counts = run.counts + count_document(system, doc.timexes)
        run.misses.extend(miss_lines(doc.name, system, doc.timexes))
        run.documents += 1
        run.words += len(doc.text.split())
    return run


def miss_summary(lines: list[str]) -> str:
    """How many misses of each kind ("FP 3  FN 2  SPAN 0  TYPE 1  VALUE 4")."""
    kinds = Counter(line.split("\t", 1)[0] for line in lines)
    return "  ".join(f"{kind} {kinds[kind]}" for kind in KINDS)


def report(run: TimemlRun, elapsed: float) -> str:
    """The summary table and the run figures."""
    scores = score(run.counts)
    rows = [
        [m, scores[m][0], scores[m][1], scores[m][2], run.counts.hits[m]] for m in MEASURES
    ]
    table = format_table(["measure", "P", "R", "F1", "k"], rows)
    rate = run.words / run.system_seconds if run.system_seconds else 0.0
    return (
        f"documents {run.documents}  skipped {run.skipped}  gold {run.counts.gold}  "
        f"system {run.counts.system}\n{table}\n"
        f"misses {miss_summary(run.misses)}\n"
        f"words {run.words}  find_timexes {run.system_seconds:.2f} s incl. model loading "
        f"({rate:,.0f} words/s)  total {elapsed:.2f} s"
    )


def main(directory: Path, limit: int | None, show_misses: bool, out: TextIO | None = None,
         case: str | None = None) -> int:
    """Run the command; returns the process exit status."""
    out = out or sys.stdout
    started = time.perf_counter()
    run = evaluate_directory(directory, limit, sys.stderr, case)
    if show_misses:
        for text in run.misses:
            print(text, file=out)
    print(report(run, time.perf_counter() - started), file=out)
    return 0
