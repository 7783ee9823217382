"""Which country an actor belongs to, for grouping lanes (data in `data/actor_countries.tsv`)."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "actor_countries.tsv"
UNKNOWN = "Other"


@lru_cache(maxsize=1)
def actor_countries() -> dict[str, str]:
    """The actor -> country table (comment lines start with '#')."""
    with TABLE.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return {row["actor"]: row["country"] for row in csv.DictReader(lines, delimiter="\t")}


def country_of(actor: str) -> str:
    """The actor's country; a country name is its own country; unknown actors go to 'Other'."""
    table = actor_countries()
    if actor in table:
        return table[actor]
    return actor if actor in set(table.values()) else UNKNOWN
