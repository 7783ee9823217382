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
