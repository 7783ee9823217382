"""Threads: articles of one run grouped by what they tell (average-link over article similarity).

Two reports of one event usually sit in articles that tell the same story, so "same thread" is
evidence for linking their rows; reports of a similar but different event (another earthquake,
another arrest) sit in articles about that other event. Only article pairs that share a candidate
row pair are compared (blocking keeps this sparse); pairs never compared count as similarity 0 in
the averages. Merging goes strongest pair first; two threads merge when the mean similarity over
all their article pairs reaches the threshold.

Only pairs at or above the threshold can start a merge, so threads never reach beyond the groups
of articles those strong pairs join. The pairs are walked twice: first to find those groups, then
to keep the similarities of the pairs inside one group — the only ones the averages ever read — so
memory follows the strongly similar pairs, not every compared pair.

A strict merge threshold keeps two look-alike stories apart but leaves the short reports of a story
on their own. So, last, a small thread (at most `attach_size` articles) joins the larger thread it
is most similar to on average, when that average reaches `attach_similarity`, a lower bar (a third
walk over the pairs; the distinct article pairs between a small and a larger thread are kept as one
integer array, 8 bytes a pair).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator

import numpy as np

from extract.linking.disjoint import DisjointSet


def _strong_groups(articles: list[str], pairs: Iterable[tuple[str, str]],
                   similarity: Callable[[str, str], float], threshold: float) -> dict[str, str]:
    """Each article's group: articles joined by a chain of pairs at or above the threshold."""
    sets = DisjointSet(articles)
    for a, b in pairs:
        if a != b and not sets.same(a, b) and similarity(a, b) >= threshold:
            sets.union(a, b)
    return {a: sets.find(a) for a in articles}


def _edges_by_group(pairs: Iterable[tuple[str, str]], names: list[str],
                    group: dict[str, str]) -> Iterator[list[tuple[str, str]]]:
    """The distinct article pairs inside each strong group, one list per group; kept meanwhile as
    one integer array (8 bytes a pair), not as Python tuples."""
    number = {a: k for k, a in enumerate(names)}
    keys = array("q")
    for a, b in pairs:
        if a != b and group[a] == group[b]:
            low, high = sorted((number[a], number[b]))
            keys.append(low * len(names) + high)
    edges = np.unique(np.frombuffer(keys, dtype=np.int64)) if keys else np.empty(0, dtype=np.int64)
    low, high = edges // len(names), edges % len(names)
    owners = np.asarray([number[group[a]] for a in names], dtype=np.int64)[low] if len(edges) else low
    order = np.argsort(owners, kind="stable")
    starts = np.flatnonzero(np.diff(owners[order])) + 1
    for chunk in np.split(order, starts) if len(order) else []:
        yield [(names[i], names[j]) for i, j in zip(low[chunk].tolist(), high[chunk].tolist(), strict=True)]


def threads(
    articles: Iterable[str],
    pairs: Iterable[tuple[str, str]],
    similarity: Callable[[str, str], float],
    threshold: float,
    attach: tuple[int, float] = (0, 1.0),
) -> dict[str, str]:
    """The thread of each article, named by its smallest article id. `pairs` is walked twice (a
    list, or any iterable whose __iter__ starts again), three times when `attach` = (attach_size,
    attach_similarity) lets small threads join larger ones; the groups are merged one at a time."""
    names = sorted(set(articles))
    members = {a: [a] for a in names}
    owner = {a: a for a in names}
    links: dict[str, dict[str, float]] = {a: {} for a in names}  # thread → neighbour → summed similarity
    group = _strong_groups(names, pairs, similarity, threshold)
    for edges in _edges_by_group(pairs, names, group):
        weighted = sorted(((similarity(a, b), a, b) for a, b in edges), key=lambda e: (-e[0], e[1], e[2]))
        for value, a, b in weighted:
            links[a][b] = links[a].get(b, 0.0) + value
            links[b][a] = links[b].get(a, 0.0) + value
        for value, a, b in weighted:
            if value < threshold:
                break
            first, second = owner[a], owner[b]
            if first == second:
                continue
            total = links[first].get(second, 0.0)
            if total / (len(members[first]) * len(members[second])) >= threshold:
                _merge(first, second, members, owner, links)
        for a, b in edges:  # this group is done: its sums are no longer needed
            links[owner[a]], links[owner[b]] = {}, {}
    if attach[0] > 0:
        _attach_small(pairs, similarity, members, owner, attach)
    return {a: min(members[owner[a]]) for a in owner}


def _attach_small(pairs: Iterable[tuple[str, str]], similarity: Callable[[str, str], float],
                  members: dict[str, list[str]], owner: dict[str, str], attach: tuple[int, float]) -> None:
    """Fold each thread of at most `size` articles into the larger thread with the highest mean
    similarity over all their article pairs (pairs never compared count 0), when it reaches `bar`."""
    size, bar = attach
    small = {t for t, m in members.items() if len(m) <= size}
    if not small or len(small) == len(members):
        return
    names = sorted(owner)
    number = {a: k for k, a in enumerate(names)}
    keys = array("q")  # distinct article pairs between a small and a larger thread, 8 bytes a pair
    for a, b in pairs:
        first, second = owner[a], owner[b]
        if first != second and (first in small) != (second in small):
            low, high = sorted((number[a], number[b]))
            keys.append(low * len(names) + high)
    sums: dict[str, dict[str, float]] = {}  # small thread → larger thread → summed similarity
    for key in np.unique(np.frombuffer(keys, dtype=np.int64)).tolist() if keys else []:
        a, b = names[key // len(names)], names[key % len(names)]
        little, large = (owner[a], owner[b]) if owner[a] in small else (owner[b], owner[a])
        totals = sums.setdefault(little, {})
        totals[large] = totals.get(large, 0.0) + similarity(a, b)
    for little, totals in sorted(sums.items()):
        means = {t: total / (len(members[little]) * len(members[t])) for t, total in totals.items()}
        best = max(sorted(means), key=means.__getitem__)
        if means[best] >= bar:
            for article in members[little]:
                owner[article] = best
            members[best].extend(members.pop(little))


def _merge(
    keep: str,
    gone: str,
    members: dict[str, list[str]],
    owner: dict[str, str],
    links: dict[str, dict[str, float]],
) -> None:
    """Fold thread `gone` into `keep`, summing their similarities to every neighbour."""
    for article in members[gone]:
        owner[article] = keep
    members[keep].extend(members.pop(gone))
    for neighbour, value in links.pop(gone).items():
        if neighbour == keep:
            continue
        links[keep][neighbour] = links[keep].get(neighbour, 0.0) + value
        links[neighbour][keep] = links[neighbour].get(keep, 0.0) + value
        del links[neighbour][gone]
    links[keep].pop(gone, None)
