"""Maximum-weight one-to-one matching of a sparse bipartite graph (for CEAF's cluster alignment).

The graph is cut into connected components first (clusters of different topics never share a
mention, so components stay small); each component is solved exactly by the Hungarian method.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

from extract.linking.disjoint import DisjointSet

Edge = tuple[Hashable, Hashable]


def components(weights: dict[Edge, float]) -> list[dict[Edge, float]]:
    """The edges of each connected component of the bipartite graph."""
    sets = DisjointSet([("L", left) for left, _ in weights] + [("R", right) for _, right in weights])
    for left, right in weights:
        sets.union(("L", left), ("R", right))
    grouped: dict[tuple[str, Hashable], dict[Edge, float]] = defaultdict(dict)
    for edge, weight in weights.items():
        grouped[sets.find(("L", edge[0]))][edge] = weight
    return list(grouped.values())


def hungarian_max(matrix: list[list[float]]) -> float:
    """The largest total weight of a one-to-one assignment in a rectangular weight matrix."""
    rows, cols = len(matrix), len(matrix[0])
    size = max(rows, cols)
    cost = [[-(matrix[i][j] if i < rows and j < cols else 0.0) for j in range(size)] for i in range(size)]
    return -_min_cost(cost)


def _min_cost(cost: list[list[float]]) -> float:
    """Minimum cost of a perfect assignment in a square matrix (potentials, O(n³))."""
    n = len(cost)
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    match, way = [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        slack, used = [inf] * (n + 1), [False] * (n + 1)
        while match[j0] != 0:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    current = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if current < slack[j]:
                        slack[j], way[j] = current, j0
                    if slack[j] < delta:
                        delta, j1 = slack[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    return sum(cost[match[j] - 1][j - 1] for j in range(1, n + 1))


def max_weight_matching(weights: dict[Edge, float]) -> float:
    """Total weight of the best one-to-one matching; `weights` maps (left, right) to a weight ≥ 0."""
    total = 0.0
    for part in components(weights):
        lefts = sorted({e[0] for e in part}, key=repr)
        rights = sorted({e[1] for e in part}, key=repr)
        matrix = [[part.get((a, b), 0.0) for b in rights] for a in lefts]
        total += hungarian_max(matrix)
    return total
