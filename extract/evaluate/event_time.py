"""`python -m extract.evaluate event-time DIR`: are events dated where TimeML gold dates them?

Gold: every EVENT of a TimeML document linked by a TLINK of type IS_INCLUDED, DURING,
SIMULTANEOUS, BEGINS or ENDS (either direction of the link, inverse types turned round) to a TIMEX3
with a calendar value (a day, week, month, quarter, season, half, year, decade or century; the
creation time counts). The system is `extract.extract_events` on the document's plain text.

- coverage: the share of gold events on whose token the system puts an event (its trigger overlaps)
- accuracy: of the covered ones, the share whose date interval contains a linked timex's interval
- within: of the covered ones, the share whose interval lies inside a linked timex's (consistent, finer)
"""

from __future__ import annotations

import datetime as dt
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import extract
from extract.evaluate.errors import EvaluationInputError, message
from extract.evaluate.timeline_eval import event_offset
from extract.evaluate.timeml import element_spans, local_name, open_document, tml_paths
from extract.temporal.calendar import interval_of

RELATIONS = {"IS_INCLUDED": "IS_INCLUDED", "DURING": "DURING", "SIMULTANEOUS": "SIMULTANEOUS",
             "BEGINS": "BEGINS", "ENDS": "ENDS"}
INVERSE = {"INCLUDES": "IS_INCLUDED", "DURING_INV": "DURING", "SIMULTANEOUS": "SIMULTANEOUS",
           "BEGUN_BY": "BEGINS", "ENDED_BY": "ENDS"}
Interval = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class GoldEvent:
    doc: str
    start: int
    end: int
    text: str
    intervals: tuple[Interval, ...]  # of every timex the event is linked to


@dataclass
class Counts:
    gold: int = 0
    covered: int = 0
    containing: int = 0
    within: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "covered", "containing", "within"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _spans(text_node: ET.Element) -> tuple[str, dict[str, tuple[int, int, str]]]:
    """Plain text of <TEXT> and the offsets of its EVENT elements by eid."""
    text, spans = element_spans(text_node, "EVENT")
    events = {node.get("eid", ""): (start, end, text[start:end])
              for start, end, node in spans if node.get("eid")}
    return text, events


def _links(root: ET.Element) -> Iterator[tuple[str, str]]:
    """(event instance id, timex id) of every event–time link of a wanted type."""
    for node in root.iter():
        if local_name(node.tag) != "TLINK":
            continue
        relation, instance = node.get("relType", ""), node.get("eventInstanceID")
        if instance and node.get("relatedToTime") and relation in RELATIONS:
            yield instance, node.get("relatedToTime", "")
        elif node.get("timeID") and node.get("relatedToEventInstance") and relation in INVERSE:
            yield node.get("relatedToEventInstance", ""), node.get("timeID", "")


def gold_events(path: Path, name: str) -> tuple[str, dt.date | None, list[GoldEvent]]:
    """The plain text, creation date and linked gold events of one TimeML file."""
    root, dct, text_node, _ = open_document(path)
    text, events = _spans(text_node)
    nodes = [(local_name(n.tag), n) for n in root.iter()]
    times = {n.get("tid", ""): interval_of(n.get("value", "")) for tag, n in nodes if tag == "TIMEX3"}
    instances = {n.get("eiid", ""): n.get("eventID", "") for tag, n in nodes if tag == "MAKEINSTANCE"}
    linked: dict[str, list[Interval]] = {}
    for instance, tid in _links(root):
        interval, eid = times.get(tid), instances.get(instance)
        if interval is not None and eid in events:
            linked.setdefault(eid, []).append(interval[:2])
    found = [GoldEvent(name, *events[eid], tuple(spans)) for eid, spans in linked.items()]
    return text, dct, sorted(found, key=lambda e: e.start)


def _system_spans(text: str, dct: dt.date | None) -> list[tuple[int, int, Interval | None]]:
    table = extract.extract_events(text, dct, clean=False)  # gold offsets index the text as given
    spans = []
    for row in table.to_dict("records"):
        offset = event_offset(row["sentence_start"], row["sentence"], row["trigger"])
        dates = (row["date_start"], row["date_end"])
        interval = (dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[1])) if all(dates) else None
        spans.append((offset, offset + len(str(row["trigger"])), interval))
    return spans


def score(events: list[GoldEvent], system: list[tuple[int, int, Interval | None]]) -> Counts:
    counts = Counts(gold=len(events))
    for event in events:
        hits = [s for s in system if s[0] < event.end and event.start < s[1]]
        if not hits:
            continue
        counts.covered += 1
        dated = [s[2] for s in hits if s[2] is not None]
        counts.containing += any(d[0] <= g[0] and g[1] <= d[1] for d in dated for g in event.intervals)
        counts.within += any(g[0] <= d[0] and d[1] <= g[1] for d in dated for g in event.intervals)
    return counts


def main(directory: Path, limit: int | None = None) -> int:
    """Score every document under `directory`; print the table."""
    total = Counts()
    for path in tml_paths(directory)[:limit]:
        name = str(path.relative_to(directory))
        try:
            text, dct, events = gold_events(path, name)
        except EvaluationInputError as err:
            print(err, file=sys.stderr)
            continue
        total.add(score(events, _system_or_nothing(text, dct, name)))
    print(report(total))
    return 0


def _system_or_nothing(text: str, dct: dt.date | None, name: str) -> list[tuple[int, int, Interval | None]]:
    try:
        return _system_spans(text, dct)
    except Exception as err:  # noqa: BLE001 - a failing system is scored as empty and reported
        print(message("EV016", doc=name, detail=f"{type(err).__name__}: {err}"), file=sys.stderr)
        return []


def report(counts: Counts) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part / whole:.4f}" if whole else "-"
    return "\n".join([
        f"gold events linked to a calendar timex: {counts.gold}",
        f"coverage (an event on the token):      {share(counts.covered, counts.gold)} ({counts.covered})",
        f"accuracy (interval contains timex):    {share(counts.containing, counts.covered)} "
        f"({counts.containing})",
        f"within (interval inside timex):        {share(counts.within, counts.covered)} ({counts.within})",
    ])
