"""`python -m extract.evaluate plover GOLD.json`: event type and actors against PLOVER gold records."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import TextIO

from extract.evaluate.plover_gold import read_records
from extract.evaluate.plover_scoring import MEASURES, RecordScore, score_record
from extract.evaluate.tables import format_table
from extract.events import extract_events


def run(path: Path) -> list[RecordScore]:
    """Extract events from every record's sentence (published on the record's date) and score them."""
    scores = []
    for record in read_records(path):
        table = extract_events(record.text, record.date, record.id)
        scores.append(score_record(record, table.to_dict("records")))
    return scores


def _rate(scores: list[RecordScore], measure: str) -> tuple[int, int]:
    counted = [s for s in scores if measure != "targets" or s.record.targets]
    return sum(s.hits[measure] for s in counted), len(counted)


def report(scores: list[RecordScore]) -> str:
    """The overall table and the per-type table (rows: gold PLOVER category)."""
    overall = []
    for measure in MEASURES:
        hit, total = _rate(scores, measure)
        overall.append([measure, hit, total, hit / total if total else 0.0])
    by_type = []
    for event, count in sorted(Counter(s.record.event for s in scores).items()):
        group = [s for s in scores if s.record.event == event]
        rates = [_rate(group, m) for m in MEASURES]
        by_type.append([event, count] + [hit / max(1, total) for hit, total in rates])
    return (format_table(["measure", "hits", "records", "rate"], overall) + "\n\n"
            + format_table(["gold type", "records", *MEASURES], by_type))


def miss_lines(scores: list[RecordScore]) -> list[str]:
    """One tab-separated line per record missing any measure: id, misses, gold, what the rows said."""
    lines = []
    for s in scores:
        missed = [m for m in MEASURES if not s.hits[m] and (m != "targets" or s.record.targets)]
        if missed:
            said = " | ".join(f"{r['trigger']}:{r['event_type']} {list(r['actors'])}->{list(r['targets'])}"
                              for r in s.rows)
            sources, targets = [a.text for a in s.record.sources], [a.text for a in s.record.targets]
            gold = f"{s.record.event} {sources}->{targets}"
            lines.append("\t".join([s.record.id, ",".join(missed), gold, said, s.record.text]))
    return lines


def main(path: Path, show_misses: bool, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    started = time.perf_counter()
    scores = run(path)
    if show_misses:
        for line in miss_lines(scores):
            print(line, file=out)
    print(report(scores), file=out)
    print(f"records {len(scores)}  {time.perf_counter() - started:.1f} s", file=out)
    return 0
