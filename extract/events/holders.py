"""Office holders by date: "the Israeli prime minister" in an article published on 2024-05-02 is
Benjamin Netanyahu. Only role actors the article could not name itself ("Prime Minister of Israel",
roles.py) are replaced, and only when exactly one holder is known on the publication date; otherwise
the role actor stays. The hand table (data/actors/office_holders.tsv: recent holders, corrections)
wins; failing it, the holders imported from the Phoenix dictionary (data/petrarch2/office_holders.tsv,
written by extract/resources/holders.py: its ranges end at the dictionary's date, 2015).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from extract.events.actors import Actor, ActorMention, actor_info, load_aliases
from extract.events.imported import IMPORTED_DIR, country_name
from extract.events.tables import DATA_DIR, read_data_table

HOLDERS_PATH = DATA_DIR / "actors" / "office_holders.tsv"
HOLDER_COLUMNS = ("office", "holder", "start", "end", "example", "published", "expected", "source")
IMPORTED_HOLDERS_PATH = IMPORTED_DIR / "office_holders.tsv"
IMPORTED_HOLDER_COLUMNS = ("title", "code", "holder", "start", "end", "source")


@lru_cache(maxsize=2)
def load_holders(path: Path = HOLDERS_PATH) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Office (role actor name) → (start, end, holder) rows; ISO dates, '' for open."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_data_table(path, HOLDER_COLUMNS, ("office", "holder", "start")):
        found.setdefault(row["office"], []).append((row["start"], row["end"], row["holder"]))
    return {office: tuple(rows) for office, rows in found.items()}


@lru_cache(maxsize=2)
def imported_holders(path: Path = IMPORTED_HOLDERS_PATH) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Office ("Chancellor of Germany") → (start, end, holder) rows from the Phoenix dictionary,
    holders named as the hand alias table names them, else in title case ("angela merkel")."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    people = {alias.lower(): a.name for alias, a in load_aliases().items() if a.kind == "person"}
    for row in read_data_table(path, IMPORTED_HOLDER_COLUMNS, ("title", "code", "holder", "end")):
        country = country_name(row["code"])
        if country:
            holder = people.get(row["holder"], row["holder"].title())
            found.setdefault(f"{row['title']} of {country}", []).append((row["start"], row["end"], holder))
    return {office: tuple(rows) for office, rows in found.items()}


def _held(rows: tuple[tuple[str, str, str], ...], day: str) -> set[str]:
    """The holders whose [start, end) range holds the ISO `day` (start empty: since ever)."""
    return {holder for start, end, holder in rows if start <= day and (not end or day < end)}


def holder_on(office: Actor, day: dt.date | None) -> Actor | None:
    """Who held `office` on `day`, as an actor (None when unknown, two are known, or no day)."""
    if day is None:
        return None
    text = day.isoformat()
    held = _held(load_holders().get(office.name, ()), text)
    held = held or _held(imported_holders().get(office.name, ()), text)  # the hand table wins
    if len(held) != 1:
        return None
    holder = held.pop()
    known = load_aliases().get(holder)
    country = office.country or (actor_info(office.name) or office).country
    return known or Actor(holder, "person", country)


def at_date(mentions: list[ActorMention], day: dt.date | None) -> list[ActorMention]:
    """The mentions with every role actor replaced by its holder on `day` where known."""
    found = []
    for mention in mentions:
        holder = holder_on(mention.actor, day) if mention.how == "role" else None
        found.append(replace(mention, actor=holder) if holder else mention)
    return found
