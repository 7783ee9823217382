"""How long an act in the perfect progressive has gone on (data/lexicon/lasting.tsv): "told VOA on
Sunday it had been working with Thailand for years" is the years up to that Sunday, not the Sunday;
"have been negotiating for two months" the two months up to publication. timing.clause_time reads it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Token

from extract.events.lexicon import LEXICON_DIR
from extract.events.tables import read_data_table
from extract.temporal import Timex
from extract.temporal import calendar as cal
from extract.temporal.rules import load_tables

LASTING_PATH = LEXICON_DIR / "lasting.tsv"
LASTING_COLUMNS = ("word", "example", "trigger", "date_start", "date_end")
FUTURE = ("will", "shall", "'ll", "would", "wo")  # "will have been working for years": not yet


@lru_cache(maxsize=4)
def lasting_words(path: Path = LASTING_PATH) -> frozenset[str]:
    rows = read_data_table(path, LASTING_COLUMNS, ("word",))
    return frozenset(r["word"].lower() for r in rows)


def perfect_progressive(verb: Token) -> bool:
    """"has been working", "had been negotiating": an act going on up to the clause's time."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return (verb.tag_ == "VBG" and any(a.lemma_ == "have" for a in auxes)
            and any(a.lemma_ == "be" for a in auxes) and not any(a.lower_ in FUTURE for a in auxes))


def lasting(doc: Doc, words: set[int], timexes: list[Timex]) -> tuple[Timex, relativedelta] | None:
    """The duration a word of the table puts on a clause in the perfect progressive ("for years"),
    with the span it measures (a vague count as vague_counts.tsv reaches); None without one."""
    verbs = [doc[i] for i in words if perfect_progressive(doc[i])]
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if timex.type != "DURATION" or span is None or span.start == 0:
            continue
        if doc[span.start - 1].lower_ not in lasting_words():
            continue
        if not any(doc[span.start - 1].head == v or span.root.head == v for v in verbs):
            continue
        delta = measure(timex.value)
        if delta is not None:
            return timex, delta
    return None


def measure(value: str) -> relativedelta | None:
    """P2M → two months; PXY → as many years as vague_counts.tsv says (ten)."""
    delta = cal.duration_delta(value)
    if delta is not None or not value.startswith("PX"):
        return delta
    unit = cal.duration_unit(value)
    count = load_tables()["vague_count"].get(unit, "")
    return cal.duration_delta(value.replace("X", count)) if count.isdigit() else None

