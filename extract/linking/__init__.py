"""Story linking: event rows of different articles that report the same occurrence share a story_id.

`link_stories(events)` returns the story id of every row (the smallest event_id of its story, so
ids are stable across runs). Steps: rows reduced to what is compared (rows.py), candidate pairs by
blocking (blocking.py), articles grouped in threads (threads.py), evidence per pair (evidence.py),
stories merged strongest first with a check against the whole story (clustering.py). Weights and
thresholds: data/linking/evidence.toml.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import numpy as np
import pandas as pd

from extract.linking.blocking import candidate_pairs
from extract.linking.clustering import CONFLICT, Group, linked_groups, story_ids
from extract.linking.evidence import ArticleContext, accepted, pair_score
from extract.linking.rows import LinkRow, link_rows
from extract.linking.settings import LinkSettings, default_settings
from extract.linking.threads import threads

__all__ = ["LinkSettings", "LinkingStopped", "default_settings", "link_stories"]

STOP_EVERY = 4096  # candidate pairs (or story groups) between two questions to `stop`
Item = TypeVar("Item")


class LinkingStopped(Exception):
    """`link_stories` was asked to stop (its `stop()` said True) before it had finished."""


def _stoppable(items: Iterable[Item], stop: Callable[[], bool] | None) -> Iterator[Item]:
    """`items`, asking `stop()` before the first and then every STOP_EVERY items."""
    for count, item in enumerate(items):
        if stop is not None and count % STOP_EVERY == 0 and stop():
            raise LinkingStopped
        yield item


class _ArticlePairs:
    """The article pairs of the candidate row pairs, streamed afresh on each walk."""

    def __init__(self, rows: list[LinkRow], limits: tuple[int, int, int],
                 stop: Callable[[], bool] | None = None) -> None:
        self.rows, self.limits, self.stop = rows, limits, stop

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for i, j in _stoppable(candidate_pairs(self.rows, self.limits), self.stop):
            if self.rows[i].doc_id != self.rows[j].doc_id:
                yield self.rows[i].doc_id, self.rows[j].doc_id


def link_stories(events: pd.DataFrame, settings: LinkSettings | None = None,
                 stop: Callable[[], bool] | None = None) -> pd.Series:
    """The story id of each row of an events table (same index as `events`).

    Candidate pairs are streamed (blocking.py) and walked four times, so that nothing the size of
    the candidate pairs is kept as Python objects: twice for the article threads (threads.py), once
    to join rows by accepted links into groups, and once to list (as two integer arrays) the pairs
    inside a group — stories only ever merge there — which are then scored and merged group by group.
    `stop`: asked on every walk every STOP_EVERY pairs (and groups); True raises LinkingStopped, so a
    cancelled linking of a large table ends within moments instead of running to its end.
    """
    settings = settings or default_settings()
    if events.empty:
        return pd.Series([], index=events.index, dtype=object, name="story_id")
    rows = link_rows(events)
    context = ArticleContext(rows)
    limits = (settings.full_block, settings.neighbours, settings.day_slack)
    context.thread = threads(context.vectors, _ArticlePairs(rows, limits, stop), context.similarity,
                             settings.thread_similarity, (settings.attach_size, settings.attach_similarity))

    def links() -> Iterator[tuple[int, int]]:
        for i, j in _stoppable(candidate_pairs(rows, limits), stop):
            if accepted(rows[i], rows[j], pair_score(rows[i], rows[j], context, settings), settings):
                yield i, j

    group = linked_groups(len(rows), links())
    pairs = _pairs_by_group(_stoppable(candidate_pairs(rows, limits), stop), group)
    groups = _stoppable(_scored_groups(rows, pairs, context, settings), stop)
    return pd.Series(
        story_ids(rows, groups, settings.cluster_average, settings.day_slack),
        index=events.index,
        name="story_id",
        dtype=object,
    )


def _pairs_by_group(pairs: Iterable[tuple[int, int]], group: list[int]) -> Iterator[np.ndarray]:
    """The candidate pairs inside each group (an array of [i, j] rows per group), kept meanwhile as
    two integer arrays: 16 bytes a pair."""
    first, second = array("q"), array("q")
    for i, j in pairs:
        if group[i] == group[j]:
            first.append(i)
            second.append(j)
    both = np.stack([np.frombuffer(first, dtype=np.int64), np.frombuffer(second, dtype=np.int64)], axis=1)
    keys = np.asarray(group, dtype=np.int64)[both[:, 0]] if len(both) else np.empty(0, dtype=np.int64)
    both = both[np.argsort(keys, kind="stable")]
    starts = np.flatnonzero(np.diff(np.sort(keys))) + 1
    yield from np.split(both, starts) if len(both) else []


def _scored_groups(rows: list[LinkRow], grouped: Iterable[np.ndarray], context: ArticleContext,
                   settings: LinkSettings) -> Iterator[Group]:
    """For each group: its accepted links and the scores of its pairs (a conflict scores CONFLICT)."""
    for pairs in grouped:
        links: list[tuple[float, int, int]] = []
        scores: dict[int, dict[int, float]] = {}
        for i, j in pairs.tolist():
            score = pair_score(rows[i], rows[j], context, settings)
            known = CONFLICT if score is None else score  # a conflicting pair vetoes merging its stories
            scores.setdefault(i, {})[j] = known
            scores.setdefault(j, {})[i] = known
            if accepted(rows[i], rows[j], score, settings):
                links.append((score, i, j))
        yield links, scores
