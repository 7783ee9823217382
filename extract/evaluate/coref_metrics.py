"""Coreference scores over clusters of mentions: MUC, B³, CEAF-e and CoNLL F1 (their mean).

Definitions as in the CoNLL-2011/2012 reference scorer (Pradhan et al. 2014):
- MUC (Vilain et al. 1995): recall = Σ_k (|K_k| − |p(K_k)|) / Σ_k (|K_k| − 1), where p(K_k) are the
  parts a key cluster is cut into by the response (mentions absent from the response count as
  their own parts); precision swaps key and response. Singletons contribute nothing.
- B³ (Bagga & Baldwin 1998): per mention, |K ∩ R| / |R| (precision) and / |K| (recall), averaged
  over the mentions of the response / of the key.
- CEAF-e (Luo 2005): the one-to-one alignment of key and response clusters maximising
  Σ φ4(K, R) = 2|K ∩ R| / (|K| + |R|); recall = that sum / #key clusters, precision = / #response.
Clusters are sets of hashable mention ids; a mention sits in at most one cluster per side.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from extract.evaluate.assignment import max_weight_matching

Cluster = frozenset[Hashable]


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one metric."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def _clusters(groups: Iterable[Iterable[Hashable]]) -> list[Cluster]:
    return [frozenset(g) for g in groups if g]


def _owner(clusters: Sequence[Cluster]) -> dict[Hashable, int]:
    return {mention: index for index, cluster in enumerate(clusters) for mention in cluster}


def _ratio(numerator: float, denominator: float) -> float:
    return 0.0 if denominator == 0 else numerator / denominator


def _muc_recall(key: Sequence[Cluster], response: Sequence[Cluster]) -> float:
    owner = _owner(response)
    numerator = denominator = 0
    for cluster in key:
        parts = {owner.get(m, ("alone", m)) for m in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return _ratio(numerator, denominator)


def muc(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """MUC link-based score."""
    key_c, response_c = _clusters(key), _clusters(response)
    return Score(_muc_recall(response_c, key_c), _muc_recall(key_c, response_c))


def _b_cubed_recall(key: Sequence[Cluster], response: Sequence[Cluster]) -> float:
    owner = _owner(response)
    total = sum(len(c) for c in key)
    credit = 0.0
    for cluster in key:
        for mention in cluster:
            index = owner.get(mention)  # a mention the other side lacks earns nothing
            if index is not None:
                credit += len(cluster & response[index]) / len(cluster)
    return _ratio(credit, total)


def b_cubed(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """B³ mention-based score."""
    key_c, response_c = _clusters(key), _clusters(response)
    return Score(_b_cubed_recall(response_c, key_c), _b_cubed_recall(key_c, response_c))


def ceaf_e(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """CEAF with the entity similarity φ4 and an optimal one-to-one cluster alignment."""
    key_c, response_c = _clusters(key), _clusters(response)
    owner = _owner(response_c)
    weights: dict[tuple[int, int], float] = {}
    for k, cluster in enumerate(key_c):
        for r in {owner[m] for m in cluster if m in owner}:
            other = response_c[r]
            weights[(k, r)] = 2 * len(cluster & other) / (len(cluster) + len(other))
    similarity = max_weight_matching(weights)
    return Score(_ratio(similarity, len(response_c)), _ratio(similarity, len(key_c)))


@dataclass(frozen=True)
class CorefScores:
    """The three metrics and CoNLL F1, their unweighted mean F1."""

    muc: Score
    b_cubed: Score
    ceaf_e: Score

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def score_all(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> CorefScores:
    """MUC, B³ and CEAF-e of one response against one key."""
    key_c, response_c = _clusters(key), _clusters(response)
    return CorefScores(muc(key_c, response_c), b_cubed(key_c, response_c), ceaf_e(key_c, response_c))
