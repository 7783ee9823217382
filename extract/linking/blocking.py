"""Candidate pairs without comparing every pair: blocks by (event type, trigger stem) and by
(event type, participant), and inside a large block only near neighbours in time.

A block holding no more rows than `full_block` is compared in full. A larger one is sorted by the
first day of each row's window (undated rows last), then by article; each row is compared with
at most `neighbours` rows after it, and a dated row only with rows whose window starts before its
own ends (plus `slack` days: sorted-neighbourhood blocking). The work is O(rows × keys per row × neighbours).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from extract.linking.rows import LinkRow

UNDATED = float("inf")


def block_keys(row: LinkRow) -> set[tuple[str, str]]:
    """The blocks a row falls in."""
    keys = {(row.event_type, "p:" + name) for name in row.actors | row.targets}
    if row.stem:
        keys.add((row.event_type, "t:" + row.stem))
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


def _block_pairs(
    members: list[int], rows: Sequence[LinkRow], limits: tuple[int, int, int]
) -> Iterator[tuple[int, int]]:
    full_block, neighbours, slack = limits
    if len(members) <= full_block:
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                yield i, j
        return
    ordered = sorted(members, key=lambda k: (_start(rows[k]), rows[k].doc_id, k))
    for position, i in enumerate(ordered):
        window = rows[i].window
        for j in ordered[position + 1 : position + 1 + neighbours]:
            if window is not None and rows[j].window is not None and rows[j].window[0] > window[1] + slack:
                break
            yield i, j


def candidate_pairs(rows: Sequence[LinkRow], limits: tuple[int, int, int]) -> set[tuple[int, int]]:
    """Every (i, j) with i < j that shares a block and passes the neighbourhood limits
    (full_block, neighbours, day_slack)."""
    pairs: set[tuple[int, int]] = set()
    for members in blocks(rows).values():
        if len(members) < 2:
            continue
        for i, j in _block_pairs(members, rows, limits):
            pairs.add((i, j) if i < j else (j, i))
    return pairs
