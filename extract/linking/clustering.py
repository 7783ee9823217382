"""Stories from scored pairs: accepted pairs merged strongest first, each merge checked against
the two whole stories (not only the pair), so a chain A~B~C cannot join two different events.

A merge needs: the stories' time windows still overlap (the intersection of their dated rows), and
the mean score of every scored pair between them reaches `cluster_average` (average link over
the pairs blocking produced; pairs never compared do not count).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.linking.rows import LinkRow

Window = tuple[int, int] | None


def _intersect(a: Window, b: Window) -> Window | bool:
    """The common window, None when either is undated, False when they do not overlap."""
    if a is None or b is None:
        return a if b is None else b
    first, last = max(a[0], b[0]), min(a[1], b[1])
    return (first, last) if first <= last else False


class Stories:
    """Union-find over rows, with each story's members and common time window."""

    def __init__(self, rows: Sequence[LinkRow], scores: dict[int, dict[int, float]]) -> None:
        self.parent = list(range(len(rows)))
        self.members = {row.index: [row.index] for row in rows}
        self.window: dict[int, Window] = {row.index: row.window for row in rows}
        self.scores = scores

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def average(self, a: int, b: int) -> float:
        """Mean score of the scored pairs between stories a and b (0 when there is none)."""
        small, large = (a, b) if len(self.members[a]) <= len(self.members[b]) else (b, a)
        found = [s for i in self.members[small] for j, s in self.scores.get(i, {}).items() if self.find(j) == large]
        return sum(found) / len(found) if found else 0.0

    def try_merge(self, i: int, j: int, cluster_average: float) -> bool:
        """Merge the stories of rows i and j when the whole stories agree."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        window = _intersect(self.window[a], self.window[b])
        if window is False or self.average(a, b) < cluster_average:
            return False
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))
        self.window[a] = window
        del self.window[b]
        return True


def story_ids(rows: Sequence[LinkRow], accepted: list[tuple[float, int, int]],
              scores: dict[int, dict[int, float]], cluster_average: float) -> list[str]:
    """The story id of every row: the smallest event_id of its story (stable across runs)."""
    stories = Stories(rows, scores)
    ordered = sorted(accepted, key=lambda p: (-round(p[0], 9), *sorted((rows[p[1]].event_id, rows[p[2]].event_id))))
    for _, i, j in ordered:
        stories.try_merge(i, j, cluster_average)
    ids = {root: min(rows[m].event_id or f"row{m}" for m in members) for root, members in stories.members.items()}
    return [ids[stories.find(row.index)] for row in rows]
