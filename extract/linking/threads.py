"""Threads: articles of one run grouped by what they tell (average-link over article similarity).

Two reports of one event usually sit in articles that tell the same story, so "same thread" is
evidence for linking their rows; reports of a similar but different event (another earthquake,
another arrest) sit in articles about that other event. Only article pairs that share a candidate
row pair are compared (blocking keeps this sparse); pairs never compared count as similarity 0 in
the averages. Merging goes strongest pair first; two threads merge when the mean similarity over
all their article pairs reaches the threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


def threads(
    articles: Iterable[str],
    pairs: Iterable[tuple[str, str]],
    similarity: Callable[[str, str], float],
    threshold: float,
) -> dict[str, str]:
    """The thread of each article, named by its smallest article id."""
    members = {a: [a] for a in sorted(set(articles))}
    owner = {a: a for a in members}
    links: dict[str, dict[str, float]] = {
        a: {} for a in members
    }  # thread → neighbour thread → summed similarity
    edges = sorted({(min(a, b), max(a, b)) for a, b in pairs if a != b})
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
    return {a: min(members[owner[a]]) for a in owner}


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
