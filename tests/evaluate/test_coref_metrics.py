"""Coreference metrics against scores computed by hand (worked out in the comments)."""

import pytest

from extract.evaluate.assignment import hungarian_max, max_weight_matching
from extract.evaluate.coref_metrics import b_cubed, ceaf_e, muc, score_all

KEY = [{1, 2, 3}, {4, 5}]
RESPONSE = [{1, 2}, {3, 4, 5}]


@pytest.mark.parametrize(
    ("metric", "precision", "recall"),
    [
        # MUC: key {1,2,3} is cut in 2 parts (1 link kept of 2), {4,5} in 1 (1 of 1): R = 2/3;
        # response {1,2} 1 part (1 of 1), {3,4,5} 2 parts (1 of 2): P = 2/3.
        (muc, 2 / 3, 2 / 3),
        # B³ recall per mention 2/3, 2/3, 1/3, 1, 1 → 11/15; precision 1, 1, 1/3, 2/3, 2/3 → 11/15.
        (b_cubed, 11 / 15, 11 / 15),
        # CEAF-e: φ4({1,2,3},{1,2}) = 4/5, φ4({4,5},{3,4,5}) = 4/5 → 8/5 over 2 and 2 clusters.
        (ceaf_e, 4 / 5, 4 / 5),
    ],
)
def test_coref_metrics_hand_computed(metric, precision, recall):
    score = metric(KEY, RESPONSE)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)


@pytest.mark.parametrize(
    ("key", "response", "muc_pr", "b3_pr", "ceaf_pr"),
    [
        # One response cluster joins a key pair and a key singleton. MUC: R = 1/1, P = 1/2.
        # B³: R = 1,1,1 → 1; P = 2/3, 2/3, 1/3 → 5/9. CEAF-e: best φ4 = 4/5 ({1,2} with {1,2,3}),
        # P = 4/5 over 1 response cluster, R = 4/5 over 2 key clusters = 2/5.
        ([{1, 2}, {3}], [{1, 2, 3}], (1 / 2, 1.0), (5 / 9, 1.0), (4 / 5, 2 / 5)),
        # All singletons on both sides: no links for MUC (0, 0); B³ and CEAF-e perfect.
        ([{1}, {2}], [{1}, {2}], (0.0, 0.0), (1.0, 1.0), (1.0, 1.0)),
        # Identical clusterings.
        ([{1, 2}, {3, 4}], [{3, 4}, {1, 2}], (1.0, 1.0), (1.0, 1.0), (1.0, 1.0)),
    ],
)
def test_coref_metrics_small_cases(key, response, muc_pr, b3_pr, ceaf_pr):
    scores = score_all(key, response)
    for got, want in ((scores.muc, muc_pr), (scores.b_cubed, b3_pr), (scores.ceaf_e, ceaf_pr)):
        assert (got.precision, got.recall) == pytest.approx(want)


@pytest.mark.parametrize("expected", [(2 / 3 + 11 / 15 + 4 / 5) / 3])
def test_coref_metrics_conll_is_mean_f1(expected):
    assert score_all(KEY, RESPONSE).conll_f1 == pytest.approx(expected)


@pytest.mark.parametrize(
    ("matrix", "best"),
    [
        ([[3.0, 1.0], [3.0, 2.0]], 5.0),  # 1 + 3 would be 4; 3 + 2 is best
        ([[1.0, 5.0, 0.0]], 5.0),  # rectangular
        ([[0.5], [0.9], [0.1]], 0.9),
    ],
)
def test_assignment_hungarian(matrix, best):
    assert hungarian_max(matrix) == pytest.approx(best)


@pytest.mark.parametrize(
    ("weights", "best"),
    [({("a", 1): 0.5, ("a", 2): 0.8, ("b", 1): 0.7, ("c", 3): 0.2}, 0.8 + 0.7 + 0.2)],
)
def test_assignment_sparse_components(weights, best):
    assert max_weight_matching(weights) == pytest.approx(best)
