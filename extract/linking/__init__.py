"""Story linking: event rows of different articles that report the same occurrence share a story_id.

`link_stories(events)` returns the story id of every row (the smallest event_id of its story, so
ids are stable across runs). Steps: rows reduced to what is compared (rows.py), candidate pairs by
blocking (blocking.py), articles grouped in threads (threads.py), evidence per pair (evidence.py),
stories merged strongest first with a check against the whole story (clustering.py). Weights and
thresholds: data/linking/evidence.toml.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from extract.linking.blocking import candidate_pairs
from extract.linking.clustering import CONFLICT, linked_groups, story_ids
from extract.linking.evidence import ArticleContext, accepted, pair_score
from extract.linking.rows import LinkRow, link_rows
from extract.linking.settings import LinkSettings, default_settings
from extract.linking.threads import threads

__all__ = ["LinkSettings", "default_settings", "link_stories"]


class _ArticlePairs:
    """The article pairs of the candidate row pairs, streamed afresh on each walk."""

    def __init__(self, rows: list[LinkRow], limits: tuple[int, int, int]) -> None:
        self.rows, self.limits = rows, limits

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for i, j in candidate_pairs(self.rows, self.limits):
            if self.rows[i].doc_id != self.rows[j].doc_id:
                yield self.rows[i].doc_id, self.rows[j].doc_id


def link_stories(events: pd.DataFrame, settings: LinkSettings | None = None) -> pd.Series:
    """The story id of each row of an events table (same index as `events`).

    Candidate pairs are streamed (blocking.py) and walked three times, so that nothing the size of
    the candidate pairs is kept: twice for the article threads (threads.py), once to score every pair and keep
    only the accepted links, and once more to keep the scores that merging can ask for — those of
    pairs inside one group of rows joined by accepted links, since stories only ever merge there.
    """
    settings = settings or default_settings()
    if events.empty:
        return pd.Series([], index=events.index, dtype=object, name="story_id")
    rows = link_rows(events)
    context = ArticleContext(rows)
    limits = (settings.full_block, settings.neighbours, settings.day_slack)
    context.thread = threads(context.vectors, _ArticlePairs(rows, limits), context.similarity,
                             settings.thread_similarity)
    links: list[tuple[float, int, int]] = []
    for i, j in candidate_pairs(rows, limits):
        score = pair_score(rows[i], rows[j], context, settings)
        if accepted(rows[i], rows[j], score, settings):
            links.append((score, i, j))
    group = linked_groups(len(rows), links)
    scores: dict[int, dict[int, float]] = {}
    for i, j in candidate_pairs(rows, limits):
        if group[i] == group[j]:
            score = pair_score(rows[i], rows[j], context, settings)
            known = CONFLICT if score is None else score  # a conflicting pair vetoes merging its stories
            scores.setdefault(i, {})[j] = known
            scores.setdefault(j, {})[i] = known
    return pd.Series(
        story_ids(rows, links, scores, settings.cluster_average, settings.day_slack),
        index=events.index,
        name="story_id",
        dtype=object,
    )
