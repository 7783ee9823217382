"""One events-table row per clause: ids, names, location text, confidence.

Confidence (0..1) adds simple, documented factors:
  0.30  base: a trigger with at least one actor
+ 0.30  every actor resolved (alias table, surname, role or pronoun), 0.15 if only some are
+ 0.20  time from an expression governing the clause or in its sentence (0.15 event-anchored,
        0.10 the narrative's previous date, 0 publication date or none)
+ 0.10  a typed event (not OTHER)
+ 0.10  a target or a location named
- 0.10  an actor known only through a pronoun, or taken from elsewhere: the clause an anchored
        event sits in, or an earlier event of the article (context.py)
"""

from __future__ import annotations

import datetime as dt
import hashlib

from spacy.tokens import Span, Token

from extract.events.actors import ActorMention
from extract.events.clauses import Clause
from extract.events.timing import EventTime

TIME_WEIGHT = {"explicit": 0.2, "event": 0.15, "previous-date": 0.1}
PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def event_id(doc_id: str, sentence_start: int, trigger_offset: int) -> str:
    """Stable across runs: the same article text gives the same ids."""
    key = f"{doc_id}|{sentence_start}|{trigger_offset}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


def names(mentions: list[ActorMention], exclude: set[str] = frozenset()) -> list[str]:
    """Canonical names in order of mention, each once."""
    seen: list[str] = []
    for mention in mentions:
        if mention.actor.name not in seen and mention.actor.name not in exclude:
            seen.append(mention.actor.name)
    return seen


def location(clause: Clause) -> str:
    """The first place named with in/at/near (or a place as object): its name as written."""
    for place in clause.places:
        if isinstance(place, ActorMention):
            if place.actor.kind == "place":
                return place.actor.name
            return _text(clause.word.doc[place.start:place.end])
        if isinstance(place, Token):
            words = [c for c in place.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"] + [place]
            if any(w.ent_type_ in PLACE_ENTITIES for w in words):
                return _text(place.doc[words[0].i:place.i + 1])
    return ""


def _text(span: Span) -> str:
    words = [t for t in span if not (t.i == span.start and t.lower_ == "the") and t.tag_ != "POS"]
    return "".join(t.text_with_ws for t in words).strip()


def confidence(clause: Clause, time: EventTime, borrowed: bool) -> float:
    resolved = [m.resolved for m in clause.actors]
    score = 0.3 + (0.3 if all(resolved) else 0.15 if any(resolved) else 0.0)
    score += TIME_WEIGHT.get(time.anchor, 0.0)
    score += 0.1 if clause.event_type != "OTHER" else 0.0
    score += 0.1 if clause.targets or clause.places else 0.0
    if borrowed or any(m.how == "pronoun" for m in clause.actors):
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 2)


def make_row(clause: Clause, sent: Span, time: EventTime, mode: str, meta: dict, published: dt.date | None,
             borrowed: bool = False) -> dict:
    """The events-table row (every EVENT_COLUMNS key) of one clause."""
    actors = names(clause.actors)
    row_id = event_id(meta.get("doc_id", ""), sent.start_char, clause.word.idx)
    return {
        "event_id": row_id,
        "doc_id": meta.get("doc_id", ""), "title": meta.get("title", ""), "url": meta.get("url", ""),
        "source": meta.get("source", ""), "published": published.isoformat() if published else "",
        "sentence": sent.text.strip(), "sentence_start": sent.start_char, "trigger": clause.trigger,
        "event_type": clause.event_type, "mode": mode, "actors": actors,
        "targets": names(clause.targets, exclude=set(actors)), "location": location(clause),
        "time_text": time.text, "time_value": time.value,
        "date_start": time.start.isoformat() if time.start else "",
        "date_end": time.end.isoformat() if time.end else "",
        "granularity": time.granularity, "time_anchor": time.anchor,
        "confidence": confidence(clause, time, borrowed),
        "attributed_to": names(clause.attributed),
        "story_id": row_id,  # its own story until cross-article linking joins it to others
    }
