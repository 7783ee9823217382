"""TempEval-3 pairing and scoring on tiny hand-made spans."""

from __future__ import annotations

import pytest

from extract.evaluate.scoring import Counts, count_document, pair_timexes, prf, score, total
from extract.evaluate.timeml import GoldTimex


def span(start: int, end: int, type_: str = "DATE", value: str = "V", text: str = "") -> GoldTimex:
    return GoldTimex(start, end, text or f"{start}-{end}", type_, value)


@pytest.mark.parametrize(
    ("system", "gold", "pairs"),
    [
        ([span(0, 5)], [span(0, 5)], [(0, 0)]),
        ([span(0, 5)], [span(4, 9)], [(0, 0)]),  # one shared character is overlap
        ([span(0, 5)], [span(5, 9)], []),  # touching is not overlap (end exclusive)
        ([span(0, 20)], [span(0, 5), span(10, 15)], [(0, 0)]),  # one-to-one: the second gold stays
        ([span(0, 5), span(3, 12)], [span(0, 15)], [(0, 0)]),  # first system in text order wins
        ([span(3, 12), span(0, 5)], [span(0, 15)], [(1, 0)]),  # order is by offset, not list position
        ([span(0, 12)], [span(10, 15), span(0, 3)], [(0, 1)]),  # leftmost overlapping gold first
        ([span(0, 12), span(11, 20)], [span(0, 3), span(10, 15)], [(0, 0), (1, 1)]),
        ([], [span(0, 5)], []),
        ([span(0, 5)], [], []),
    ],
)
def test_greedy_left_to_right_pairing(system, gold, pairs):
    assert pair_timexes(system, gold) == pairs


@pytest.mark.parametrize(
    ("system", "gold", "expected"),
    [
        # identical: counts for every measure
        ([span(0, 5, "DATE", "1998")], [span(0, 5, "DATE", "1998")], (1, 1, 1, 1, 1, 1)),
        # longer span: relaxed only, plus type/value if they agree
        ([span(0, 9, "DATE", "1998")], [span(4, 9, "DATE", "1998")], (1, 1, 0, 1, 1, 1)),
        # right span, wrong type and value
        ([span(0, 5, "TIME", "1998-01")], [span(0, 5, "DATE", "1998")], (1, 1, 1, 1, 0, 0)),
        # strict compares extents (offsets): a system text field that disagrees does not matter
        ([span(0, 6, text="Friday ")], [span(0, 6, text="Friday")], (1, 1, 1, 1, 1, 1)),
        # false positive and false negative
        ([span(0, 5)], [span(8, 9)], (1, 1, 0, 0, 0, 0)),
        # empty system output
        ([], [span(0, 5), span(8, 9)], (0, 2, 0, 0, 0, 0)),
    ],
)
def test_count_document(system, gold, expected):
    counts = count_document(system, gold)
    hits = counts.hits
    got = (counts.system, counts.gold, hits["strict"], hits["relaxed"], hits["type"], hits["value"])
    assert got == expected


@pytest.mark.parametrize(
    ("hits", "system", "gold", "expected"),
    [
        (1, 2, 4, (0.5, 0.25, 1 / 3)),
        (0, 0, 5, (0.0, 0.0, 0.0)),  # no output: precision 0, no division error
        (0, 3, 0, (0.0, 0.0, 0.0)),  # no gold
        (0, 0, 0, (0.0, 0.0, 0.0)),  # nothing at all
        (3, 3, 3, (1.0, 1.0, 1.0)),
    ],
)
def test_prf(hits, system, gold, expected):
    assert prf(hits, system, gold) == pytest.approx(expected)


def test_counts_are_summed_over_documents_before_scoring():
    # doc 1: 1 of 1 right; doc 2: 0 of 3 found. Micro F1 = 2*1 / (1 + 4), not the mean of 1 and 0.
    counts = total([count_document([span(0, 5)], [span(0, 5)]), count_document([], [span(0, 1)] * 3)])
    assert (counts.system, counts.gold, counts.hits["relaxed"]) == (1, 4, 1)
    assert score(counts)["relaxed"] == pytest.approx((1.0, 0.25, 0.4))


def test_empty_total_scores_zero():
    assert score(Counts())["value"] == (0.0, 0.0, 0.0)
