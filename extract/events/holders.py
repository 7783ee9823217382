"""Office holders by date (data/actors/office_holders.tsv): "the Israeli prime minister" in an
article published on 2024-05-02 is Benjamin Netanyahu. Only role actors the article could not name
itself ("Prime Minister of Israel", roles.py) are replaced, and only when the table knows who held
the office on the publication date; otherwise the role actor stays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from extract.events.actors import Actor, ActorMention, actor_info, load_aliases
from extract.events.tables import DATA_DIR, read_data_table

HOLDERS_PATH = DATA_DIR / "actors" / "office_holders.tsv"
HOLDER_COLUMNS = ("office", "holder", "start", "end", "example", "published", "expected")


@lru_cache(maxsize=2)
def load_holders(path: Path = HOLDERS_PATH) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Office (role actor name) → (start, end, holder) rows; ISO dates, '' for open."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_data_table(path, HOLDER_COLUMNS, ("office", "holder", "start")):
        found.setdefault(row["office"], []).append((row["start"], row["end"], row["holder"]))
    return {office: tuple(rows) for office, rows in found.items()}


def holder_on(office: Actor, day: dt.date | None) -> Actor | None:
    """Who held `office` on `day`, as an actor (None when unknown or no day)."""
    if day is None:
        return None
    text = day.isoformat()
    for start, end, holder in load_holders().get(office.name, ()):
        if start <= text and (not end or text < end):
            known = load_aliases().get(holder)
            country = office.country or (actor_info(office.name) or office).country
            return known or Actor(holder, "person", country)
    return None


def at_date(mentions: list[ActorMention], day: dt.date | None) -> list[ActorMention]:
    """The mentions with every role actor replaced by its holder on `day` where known."""
    found = []
    for mention in mentions:
        holder = holder_on(mention.actor, day) if mention.how == "role" else None
        found.append(replace(mention, actor=holder) if holder else mention)
    return found
