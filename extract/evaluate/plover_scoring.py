"""Scoring event rows against one PLOVER gold record.

The rows scored are those whose trigger shares a content word with the marked event words. A gold
actor is found when a row's actor (for sources) or target (for targets) has its country/IGO code
(data/petrarch2 codes, the publication day choosing among an office holder's roles) or shares a
content word with the gold actor's text ("President Kagame" ~ "Paul Kagame"). Type: one of the rows
has the gold type; sources: every gold source is among the rows' actors; targets: every gold target
is among the rows' targets (records without gold targets are not counted for targets); all: the three
together.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from extract.evaluate.plover_gold import GoldActor, GoldRecord
from extract.events.actors import actor_info
from extract.events.imported import code_of, same_code

MEASURES = ("found", "type", "sources", "targets", "all")
WORD = re.compile(r"[a-z0-9]+")
TITLE_WORDS = frozenset({"president", "prime", "minister", "leader", "king", "secretary", "general"})


def words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOP_WORDS}


def actor_code(name: str, day: dt.date | None) -> str:
    """The code of a system actor: its own, else its country's."""
    code = code_of(name, day)
    info = actor_info(name)
    if not code and info is not None and info.country:
        code = code_of(info.country, day)
    return code


def found_actor(gold: GoldActor, names: list[str], day: dt.date | None) -> bool:
    gold_words = words(gold.text) - TITLE_WORDS
    for name in names:
        if gold.code and same_code(gold.code) == actor_code(name, day):
            return True
        if gold_words & words(name):
            return True
    return False


@dataclass
class RecordScore:
    record: GoldRecord
    hits: dict[str, bool]
    rows: list[dict]


def score_record(record: GoldRecord, rows: list[dict]) -> RecordScore:
    """Which measures the record meets with the event rows of its sentence."""
    marked = words(record.event_words)
    chosen = [r for r in rows if words(str(r["trigger"])) & marked]
    hits = dict.fromkeys(MEASURES, False)
    hits["found"] = bool(chosen)
    actors = [name for row in chosen for name in row["actors"]]
    targets = [name for row in chosen for name in row["targets"]]
    hits["type"] = any(row["event_type"] == record.event for row in chosen)
    hits["sources"] = bool(chosen) and all(found_actor(g, actors, record.date) for g in record.sources)
    hits["targets"] = bool(chosen) and all(found_actor(g, targets, record.date) for g in record.targets)
    hits["all"] = hits["type"] and hits["sources"] and hits["targets"]
    return RecordScore(record, hits, chosen)
