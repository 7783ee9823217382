"""PLOVER gold standard records (openeventdata/PLOVER `gold_standard_records/`, JSON list).

Each record: one sentence (`text`), its PLOVER 0.5b1 `event`, `source` and `target` actors
(`actorText`, `code`), and `textInfo.markup` with the event words marked `(EVT: ...)`. Categories are
mapped to PLOVER 2021 (DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from extract.evaluate.errors import EvaluationInputError

TO_2021 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
EVENT_WORDS = re.compile(r"\(EVT:\s*([^)]*)\)")


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: dt.date | None
    event: str
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]
    event_words: str


def _actors(value: object) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(GoldActor(a.get("actorText", ""), a.get("code", "")) for a in value if isinstance(a, dict))


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def record(raw: dict) -> GoldRecord:
    markup = raw.get("textInfo", {}).get("markup", "")
    event = str(raw.get("event", ""))
    return GoldRecord(
        str(raw.get("id", "")), str(raw.get("text", "")), _date(raw.get("date")), TO_2021.get(event, event),
        _actors(raw.get("source")), _actors(raw.get("target")), " ".join(EVENT_WORDS.findall(markup)),
    )


def read_records(path: Path) -> list[GoldRecord]:
    """Every event record of the file (the DOCUMENT records that document it are skipped)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise EvaluationInputError("EV021", path=path, detail=str(err)) from None
    if not isinstance(data, list):
        raise EvaluationInputError("EV021", path=path, detail="not a JSON list of records")
    found = [record(r) for r in data if isinstance(r, dict) and r.get("event") != "DOCUMENT"]
    return [r for r in found if r.text]
