"""TempEval-3 timex scoring, as pure functions.

System and gold timexes of one document are paired one-to-one, greedily left to right: each
system timex, in text order, takes the first still-unpaired gold timex whose span overlaps it.
A pair counts for `relaxed`; for `strict` when the two spans are identical (same offsets, hence
the same text of the document: the offsets decide, not the `text` field a system reports); for
`type` / `value` when the TIMEX3 type / value strings are identical. Counts are summed over all
documents and each measure is F1 = 2k / (|system| + |gold|), P = k / |system|, R = k / |gold|;
a zero denominator gives 0.0 (no output means no precision, not perfect precision).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

MEASURES: tuple[str, ...] = ("strict", "relaxed", "type", "value")


class Span(Protocol):
    """What scoring needs of a timex: both `Timex` and `GoldTimex` qualify."""

    start: int
    end: int
    text: str
    type: str
    value: str


def overlaps(a: Span, b: Span) -> bool:
    """True when the half-open spans [start, end) share at least one character."""
    return a.start < b.end and b.start < a.end


def pair_timexes(system: Sequence[Span], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """Greedy left-to-right one-to-one pairing by overlap, as (system index, gold index) pairs."""
    sys_order = sorted(range(len(system)), key=lambda i: (system[i].start, system[i].end))
    gold_order = sorted(range(len(gold)), key=lambda j: (gold[j].start, gold[j].end))
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i in sys_order:
        for j in gold_order:
            if j not in taken and overlaps(system[i], gold[j]):
                taken.add(j)
                pairs.append((i, j))
                break
    return pairs


def pair_successes(sys_span: Span, gold_span: Span) -> dict[str, bool]:
    """Which measures a pair counts for."""
    return {
        "strict": (sys_span.start, sys_span.end) == (gold_span.start, gold_span.end),
        "relaxed": True,
        "type": sys_span.type == gold_span.type,
        "value": sys_span.value == gold_span.value,
    }


@dataclass
class Counts:
    """Summed counts: system and gold totals and successes per measure."""

    system: int = 0
    gold: int = 0
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))

    def __add__(self, other: Counts) -> Counts:
        hits = {m: self.hits[m] + other.hits[m] for m in MEASURES}
        return Counts(self.system + other.system, self.gold + other.gold, hits)


def count_document(system: Sequence[Span], gold: Sequence[Span]) -> Counts:
    """The counts of one document."""
    counts = Counts(len(system), len(gold))
    for i, j in pair_timexes(system, gold):
        for measure, ok in pair_successes(system[i], gold[j]).items():
            counts.hits[measure] += ok
    return counts


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, or 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 = 2k / (|system| + |gold|)."""
    return ratio(hits, system), ratio(hits, gold), ratio(2 * hits, system + gold)


def score(counts: Counts) -> dict[str, tuple[float, float, float]]:
    """P, R, F1 of every measure."""
    return {m: prf(counts.hits[m], counts.system, counts.gold) for m in MEASURES}


def total(per_document: Iterable[Counts]) -> Counts:
    """The counts summed over documents."""
    return sum(per_document, Counts())
