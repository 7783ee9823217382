"""Story linking: event rows of different articles that report the same occurrence share a story_id.

`link_stories(events)` returns the story id of every row (the smallest event_id of its story, so
ids are stable across runs). Steps: rows reduced to what is compared (rows.py), candidate pairs by
blocking (blocking.py), articles grouped in threads (threads.py), evidence per pair (evidence.py),
stories merged strongest first with a check against the whole story (clustering.py). Weights and
thresholds: data/linking/evidence.toml.
"""

from __future__ import annotations

import pandas as pd

from extract.linking.blocking import candidate_pairs
from extract.linking.clustering import CONFLICT, story_ids
from extract.linking.evidence import ArticleContext, accepted, pair_score
from extract.linking.rows import link_rows
from extract.linking.settings import LinkSettings, default_settings
from extract.linking.threads import threads

__all__ = ["LinkSettings", "default_settings", "link_stories"]


def link_stories(events: pd.DataFrame, settings: LinkSettings | None = None) -> pd.Series:
    """The story id of each row of an events table (same index as `events`)."""
    settings = settings or default_settings()
    if events.empty:
        return pd.Series([], index=events.index, dtype=object, name="story_id")
    rows = link_rows(events)
    context = ArticleContext(rows)
    scores: dict[int, dict[int, float]] = {}
    links: list[tuple[float, int, int]] = []
    candidates = candidate_pairs(rows, (settings.full_block, settings.neighbours, settings.day_slack))
    context.thread = threads(
        context.vectors,
        ((rows[i].doc_id, rows[j].doc_id) for i, j in candidates),
        context.similarity,
        settings.thread_similarity,
    )
    for i, j in sorted(candidates):
        score = pair_score(rows[i], rows[j], context, settings)
        known = CONFLICT if score is None else score  # a conflicting pair vetoes merging its stories
        scores.setdefault(i, {})[j] = known
        scores.setdefault(j, {})[i] = known
        if accepted(rows[i], rows[j], score, settings):
            links.append((score, i, j))
    return pd.Series(
        story_ids(rows, links, scores, settings.cluster_average, settings.day_slack),
        index=events.index,
        name="story_id",
        dtype=object,
    )
