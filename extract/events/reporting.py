"""Reporting verbs (data/lexicon/reporting.tsv): "Moskal said …" with no time of its own is the
reporting of the day, not the date the story last told of (timing.clause_time)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extract.events.lexicon import LEXICON_DIR
from extract.events.tables import read_data_table

REPORTING_PATH = LEXICON_DIR / "reporting.tsv"
REPORTING_COLUMNS = ("lemma", "example", "trigger")


@lru_cache(maxsize=4)
def reporting_verbs(path: Path = REPORTING_PATH) -> frozenset[str]:
    """The lemmas of the table."""
    return frozenset(row["lemma"].lower() for row in read_data_table(path, REPORTING_COLUMNS, ("lemma",)))
