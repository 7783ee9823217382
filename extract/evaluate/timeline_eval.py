"""`python -m extract.evaluate timeline DOCS_DIR GOLD_DIR`: score extract.extract_events timelines.

See `timeline_scoring` for the scoring and `entity_match` for when an event joins an entity's
timeline. Each document is run through `extract.extract_events(text, dct, doc_id)`; each event is
mapped to its (doc id, sentence id) through its offset: `sentence_start` plus the position of its
`trigger` inside its `sentence` (just `sentence_start` when the trigger is not found there). The
trigger matters when the system's sentence splitter joins two source sentences (a dateline line
"June 8 , 2010" and the first sentence): the event then lands in the sentence its trigger is in.
The entity is looked for in the actors, the targets and the text of that source sentence.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import extract
from extract.evaluate.entity_match import event_mentions
from extract.evaluate.errors import EvaluationInputError, message
from extract.evaluate.tables import format_table
from extract.evaluate.timeline_data import GoldTimeline, TimelineDoc, read_gold_timeline, read_timeline_doc
from extract.evaluate.timeline_scoring import (
    LEVELS,
    SetCounts,
    at_level,
    compare,
    micro,
    prf,
    system_date_key,
    text,
)
from extract.schema import split_list

USED_COLUMNS = ("sentence_start", "sentence", "trigger", "actors", "targets", "date_start", "date_end",
                "granularity")


@dataclass(frozen=True)
class SystemEvent:
    """An event reduced to what timeline scoring needs."""

    doc_id: str
    sentence_id: str
    names: tuple[str, ...]  # actors and targets
    sentence: str
    keys: dict[str, str]  # date key per level


def doc_events(doc: TimelineDoc, problems: TextIO) -> list[SystemEvent]:
    """Run the system on one document and map its events to sentences."""
    try:
        table = extract.extract_events(doc.text, doc.dct, doc.doc_id, clean=False)  # gold text, gold offsets
    except Exception as err:  # noqa: BLE001 - a failing system is scored as empty and reported
        print(message("EV016", doc=doc.doc_id, detail=f"{type(err).__name__}: {err}"), file=problems)
        return []
    missing = [c for c in USED_COLUMNS if c not in table.columns]
    if missing:
        print(message("EV019", doc=doc.doc_id, columns=", ".join(missing)), file=problems)
        return []
    events = []
    for row_number, row in enumerate(table.to_dict("records"), start=1):
        offset = event_offset(row["sentence_start"], row["sentence"], row["trigger"])
        index = None if offset is None else doc.sentence_index(offset)
        if index is None:
            print(message("EV017", doc=doc.doc_id, row=row_number, got=row["sentence_start"]), file=problems)
            continue
        dates = (row["date_start"], row["date_end"], row["granularity"])
        keys = {level: system_date_key(*dates, level) for level in LEVELS}
        actors = (*split_list(row["actors"]), *split_list(row["targets"]))
        sentence = doc.sentence_texts[index]
        events.append(SystemEvent(doc.doc_id, doc.sentence_ids[index], actors, sentence, keys))
    return events


def event_offset(sentence_start: object, sentence: object, trigger: object) -> int | None:
    """The event's character offset: sentence start plus the trigger's place in the sentence."""
    try:
        start = int(sentence_start)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    word = text(trigger).strip()
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text(sentence)) if word else None
    return start + found.start() if found else start


def entity_sets(gold: GoldTimeline, events: Sequence[SystemEvent], level: str) -> tuple[set, set]:
    """One entity's system and gold tuple sets at `level`."""
    system = {
        (e.doc_id, e.sentence_id, e.keys[level])
        for e in events
        if event_mentions(gold.entity, e.names, (), e.sentence)
    }
    return system, at_level(gold.tuples, level)


def entity_counts(gold: GoldTimeline, events: Sequence[SystemEvent], level: str) -> SetCounts:
    """The counts of one entity's system timeline against its gold at `level`."""
    return compare(*entity_sets(gold, events, level))


def timeline_misses(golds: Sequence[GoldTimeline], events: Sequence[SystemEvent]) -> list[str]:
    """Tab-separated misses: FP or FN, entity, level, doc id, sentence id, date key."""
    lines = []
    for gold in golds:
        for level in LEVELS:
            system, wanted = entity_sets(gold, events, level)
            for kind, tuples in (("FP", system - wanted), ("FN", wanted - system)):
                lines += ["\t".join((kind, gold.entity, level, *t)) for t in sorted(tuples)]
    return lines


def read_all(
    docs_dir: Path, gold_dir: Path, problems: TextIO
) -> tuple[list[TimelineDoc], list[GoldTimeline]]:
    """Read every document and gold timeline, printing coded problems."""
    for directory, pattern, code in ((docs_dir, "*.tml", "EV018"), (gold_dir, "*.txt", "EV010")):
        if not directory.is_dir():
            raise EvaluationInputError("EV006", path=directory)
        if not any(directory.glob(pattern)):
            raise EvaluationInputError(code, path=directory)
    docs, golds = [], []
    for path in sorted(docs_dir.glob("*.tml")):
        try:
            docs.append(read_timeline_doc(path))
        except EvaluationInputError as err:
            print(err, file=problems)
    for path in sorted(gold_dir.glob("*.txt")):
        try:
            golds.append(read_gold_timeline(path))
        except EvaluationInputError as err:
            print(err, file=problems)
    for item in [*docs, *golds]:
        for problem in item.problems:
            print(problem, file=problems)
    return docs, golds


def score_table(golds: Sequence[GoldTimeline], events: Sequence[SystemEvent]) -> str:
    """Per-entity and micro-averaged P, R, F1 at day and month level."""
    header = ["entity"]
    for level in LEVELS:
        header += [f"{level} gold", f"{level} sys", f"{level} P", f"{level} R", f"{level} F1"]
    per_level = {lv: [entity_counts(g, events, lv) for g in golds] for lv in LEVELS}
    rows = []
    entities = [g.entity for g in golds] + ["micro-average"]
    for k, entity in enumerate(entities):
        counts = {lv: (per_level[lv][k] if k < len(golds) else micro(per_level[lv])) for lv in LEVELS}
        row: list[object] = [entity]
        for level in LEVELS:
            row += [counts[level].gold, counts[level].system, *prf(counts[level])]
        rows.append(row)
    return format_table(header, rows)


def main(docs_dir: Path, gold_dir: Path, show_misses: bool = False, out: TextIO | None = None) -> int:
    """Run the command; returns the process exit status."""
    out = out or sys.stdout
    started = time.perf_counter()
    docs, golds = read_all(docs_dir, gold_dir, sys.stderr)
    events: list[SystemEvent] = []
    for doc in docs:
        events.extend(doc_events(doc, sys.stderr))
    if show_misses:
        for line in timeline_misses(golds, events):
            print(line, file=out)
    print(f"documents {len(docs)}  entities {len(golds)}  events {len(events)}", file=out)
    print(score_table(golds, events), file=out)
    print(f"total {time.perf_counter() - started:.2f} s", file=out)
    return 0
