"""Union-find over hashable items: which items a chain of joins connects.

One implementation for grouping by chains of pairs: rows and articles in linking
(`clustering.linked_groups`, `threads._strong_groups`) and CEAF's components
(`evaluate/assignment.components`). `clustering.Stories` keeps its own, as it
also tracks each story's members and time window on every merge.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

Item = TypeVar("Item", bound=Hashable)


class DisjointSet(Generic[Item]):
    """Each item starts alone; `union(a, b)` puts a's set under b's root (path halving on `find`)."""

    def __init__(self, items: Iterable[Item]) -> None:
        self.parent: dict[Item, Item] = {item: item for item in items}

    def find(self, item: Item) -> Item:
        """The root of the item's set: the label every item of the set shares."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: Item, b: Item) -> None:
        self.parent[self.find(a)] = self.find(b)

    def same(self, a: Item, b: Item) -> bool:
        return self.find(a) == self.find(b)
