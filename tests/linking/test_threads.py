"""Threads of articles: average link over the article pairs that blocking compared."""

import pytest

from extract.linking.threads import threads

SIMILARITY = {("a", "b"): 0.5, ("b", "c"): 0.5, ("a", "c"): 0.0, ("c", "d"): 0.05}


def similarity(x: str, y: str) -> float:
    return SIMILARITY.get((min(x, y), max(x, y)), 0.0)


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [
        # a+b (0.5) join; c then averages (0.5 + 0.0) / 2 = 0.25 with them; d stays out at 0.05
        (0.2, {"a": "a", "b": "a", "c": "a", "d": "d"}),
        # at 0.3 c cannot join a+b on average, although it is close to b alone (no chaining)
        (0.3, {"a": "a", "b": "a", "c": "c", "d": "d"}),
        (0.6, {"a": "a", "b": "b", "c": "c", "d": "d"}),
    ],
)
def test_threads_average_link(threshold, expected):
    pairs = list(SIMILARITY)
    assert threads("abcd", pairs, similarity, threshold) == expected


SMALL = {("a", "b"): 0.5, ("b", "c"): 0.5, ("a", "c"): 0.4, ("c", "d"): 0.12, ("a", "d"): 0.0,
         ("e", "f"): 0.5, ("d", "e"): 0.01}


def small_similarity(x: str, y: str) -> float:
    return SMALL.get((min(x, y), max(x, y)), 0.0)


@pytest.mark.parametrize(
    ("attach", "expected"),
    [
        # no attaching: d (mean 0.04 with a+b+c) stays on its own
        ((0, 1.0), {"a": "a", "b": "a", "c": "a", "d": "d", "e": "e", "f": "e"}),
        # d is a thread of one article; its mean similarity with a+b+c is 0.12 / 3 = 0.04 and with
        # e+f 0.01 / 2: it joins a+b+c at a bar of 0.04, not at 0.05
        ((1, 0.04), {"a": "a", "b": "a", "c": "a", "d": "a", "e": "e", "f": "e"}),
        ((1, 0.05), {"a": "a", "b": "a", "c": "a", "d": "d", "e": "e", "f": "e"}),
        # with threads of two counted small, e+f would need a larger thread similar enough: it has none
        # (0.01 / (2 x 1) with d, which is small itself), so only d moves
        ((2, 0.04), {"a": "a", "b": "a", "c": "a", "d": "a", "e": "e", "f": "e"}),
    ],
)
def test_threads_small_thread_joins_most_similar_larger_one(attach, expected):
    assert threads("abcdef", list(SMALL), small_similarity, 0.3, attach) == expected
