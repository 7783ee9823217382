"""Which country an actor belongs to, for grouping lanes.

The engine's actor table (`extract.actor_info`) knows the actors it extracts; `data/actor_countries.tsv`
covers the synthetic tables' actors; a country's name is its own country; the rest is "Other".
International organisations without a country go to "International".
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from extract import actor_info

TABLE = Path(__file__).parent / "data" / "actor_countries.tsv"
UNKNOWN = "Other"
INTERNATIONAL = "International"


@lru_cache(maxsize=1)
def actor_countries() -> dict[str, str]:
    """The actor -> country table (comment lines start with '#')."""
    with TABLE.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return {row["actor"]: row["country"] for row in csv.DictReader(lines, delimiter="\t")}


def country_of(actor: str) -> str:
    """The actor's country; a country name is its own country; unknown actors go to 'Other'."""
    known = actor_info(actor)
    if known is not None and known.country:
        return known.country
    if known is not None and known.kind == "organisation":
        return INTERNATIONAL
    table = actor_countries()
    if actor in table:
        return table[actor]
    return actor if actor in set(table.values()) else UNKNOWN
