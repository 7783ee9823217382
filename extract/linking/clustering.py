"""Stories from scored pairs: accepted pairs merged strongest first, each merge checked against
the two whole stories (not only the pair), so a chain A~B~C cannot join two different events.

A merge needs: every dated row of the two stories within `day_slack` days of every other, and
the mean score of every scored pair between them reaches `cluster_average` (average link over
the pairs blocking produced; pairs never compared do not count, a pair that cannot be one event
— two rows of one sentence — vetoes the merge).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from extract.linking.disjoint import DisjointSet
from extract.linking.rows import LinkRow, Window, common_core, fits

CONFLICT = float("-inf")  # the score of a pair that cannot be one event: any such pair blocks a merge


class Stories:
    """Union-find over rows, with each story's members and the common core of their time windows."""

    def __init__(self, rows: Sequence[LinkRow], scores: dict[int, dict[int, float]], slack: int) -> None:
        self.parent = list(range(len(rows)))
        self.members = {row.index: [row.index] for row in rows}
        self.window: dict[int, Window] = {row.index: row.window for row in rows}
        self.scores = scores
        self.slack = slack

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def average(self, a: int, b: int) -> float:
        """Mean score of the scored pairs between stories a and b (0 when there is none)."""
        small, large = (a, b) if len(self.members[a]) <= len(self.members[b]) else (b, a)
        found = [
            s for i in self.members[small] for j, s in self.scores.get(i, {}).items() if self.find(j) == large
        ]
        return sum(found) / len(found) if found else 0.0

    def try_merge(self, i: int, j: int, cluster_average: float) -> bool:
        """Merge the stories of rows i and j when the whole stories agree."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        window = common_core(self.window[a], self.window[b])
        if not fits(window, self.slack) or self.average(a, b) < cluster_average:
            return False
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))
        self.window[a] = window
        del self.window[b]
        return True


def linked_groups(count: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """For each of `count` rows, a label shared by exactly the rows joined by a chain of `pairs`."""
    sets = DisjointSet(range(count))
    for i, j in pairs:
        sets.union(i, j)
    return [sets.find(i) for i in range(count)]


Group = tuple[list[tuple[float, int, int]], dict[int, dict[int, float]]]  # accepted links, pair scores


def story_ids(
    rows: Sequence[LinkRow], groups: Iterable[Group], cluster_average: float, slack: int
) -> list[str]:
    """The story id of every row: the smallest event_id of its story (stable across runs).

    `groups` gives, for each group of rows joined by accepted links, those links and the scores of
    the scored pairs inside it; stories never merge across groups, so each is merged on its own
    (strongest link first) and only one group's scores are held at a time."""
    stories = Stories(rows, {}, slack)
    for accepted, scores in groups:
        stories.scores = scores
        ordered = sorted(
            accepted, key=lambda p: (-round(p[0], 9), *sorted((rows[p[1]].event_id, rows[p[2]].event_id)))
        )
        for _, i, j in ordered:
            stories.try_merge(i, j, cluster_average)
    ids = {
        root: min(rows[m].event_id or f"row{m}" for m in members) for root, members in stories.members.items()
    }
    return [ids[stories.find(row.index)] for row in rows]
