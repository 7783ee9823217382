"""Candidate pairs without comparing every pair, streamed: blocks by (event type, trigger stem) and
by (event type, participant), and inside a large block only near neighbours in time.

Every block is sorted the same way: by the first day of each row's window (undated rows last), then
by article and row. A block holding no more rows than `full_block` is compared in full. In a larger
one each row is compared with at most `neighbours` rows after it, and a dated row only with rows
whose window starts before its own ends (plus `slack` days: sorted-neighbourhood blocking).

Pairs are produced row by row (in that order): a row's partners are the rows after it in each of
its blocks, gathered in one small set, so each pair comes out once and nothing that grows with the
number of pairs is kept. The work is O(rows × keys per row × neighbours); the memory is the blocks
(O(rows × keys per row)) and one row's partners.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from extract.linking.rows import LinkRow

UNDATED = float("inf")
Limits = tuple[int, int, int]  # full_block, neighbours, day_slack


def block_keys(row: LinkRow) -> set[tuple[str, str]]:
    """The blocks a row falls in."""
    keys = {(row.event_type, "p:" + name) for name in row.actors | row.targets}
    if row.stem:  # one trigger may be typed two ways by its context ("issued" a patch: AID or not)
        keys.add(("", "t:" + row.stem))
    return keys


def blocks(rows: Sequence[LinkRow]) -> dict[tuple[str, str], list[int]]:
    """Row positions per block key."""
    grouped: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in rows:
        for key in block_keys(row):
            grouped[key].append(row.index)
    return grouped


def _start(row: LinkRow) -> float:
    return UNDATED if row.window is None else row.window[0]


def ordered(rows: Sequence[LinkRow]) -> list[int]:
    """Row positions in blocking order: first day (undated last), article, row."""
    return sorted(range(len(rows)), key=lambda k: (_start(rows[k]), rows[k].doc_id, k))


def _places(rows: Sequence[LinkRow], rank: list[int]) -> list[list[tuple[list[int], int]]]:
    """For each row, (its block's members in blocking order, its position there) for every block of
    two rows or more."""
    places: list[list[tuple[list[int], int]]] = [[] for _ in rows]
    for members in blocks(rows).values():
        if len(members) < 2:
            continue
        members.sort(key=rank.__getitem__)
        for position, member in enumerate(members):
            places[member].append((members, position))
    return places


def _after(members: list[int], position: int, rows: Sequence[LinkRow], limits: Limits) -> Iterator[int]:
    """The rows of one block that the row at `position` is compared with (all later ones in a small
    block; in a large one the next `neighbours`, stopping at the first that starts too late)."""
    full_block, neighbours, slack = limits
    if len(members) <= full_block:
        yield from members[position + 1 :]
        return
    window = rows[members[position]].window
    for j in members[position + 1 : position + 1 + neighbours]:
        if window is not None and rows[j].window is not None and rows[j].window[0] > window[1] + slack:
            break
        yield j


def candidate_pairs(rows: Sequence[LinkRow], limits: Limits) -> Iterator[tuple[int, int]]:
    """Every (i, j) with i < j that shares a block and passes the neighbourhood limits, once each."""
    order = ordered(rows)
    rank = [0] * len(rows)
    for position, index in enumerate(order):
        rank[index] = position
    places = _places(rows, rank)
    for i in order:
        partners: set[int] = set()
        for members, position in places[i]:
            partners.update(_after(members, position, rows, limits))
        for j in sorted(partners):
            yield (i, j) if i < j else (j, i)
