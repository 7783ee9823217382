"""How strongly two event rows look like reports of the same occurrence, and what rules a link out.

`pair_score` returns None when the pair cannot be one event (different type, the same sentence,
dates more than `day_slack` days apart) and otherwise the sum of the evidence weights in
data/linking/evidence.toml. The article context (`ArticleContext`) compares whole articles: two
articles that tell the same story share many words, people and places, while reports of two
similar events (two earthquakes, two arrests) differ in exactly those.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from extract.linking.rows import LinkRow, common_core, fits
from extract.linking.settings import LinkSettings

Vector = dict[str, float]
CACHE_LIMIT = 200_000  # article pairs whose similarity is kept; the cache starts afresh beyond


class ArticleContext:
    """Each article as a unit-length TF-IDF vector of its event sentences' content words and the
    participants and places its rows name; `similarity` is their cosine (cached per pair, at most
    CACHE_LIMIT pairs at a time: pairs come in date order, so recent ones are the ones asked again)."""

    def __init__(self, rows: Sequence[LinkRow]) -> None:
        bags: dict[str, Counter[str]] = {}
        sentences: set[tuple[str, int]] = set()
        for row in rows:
            bag = bags.setdefault(row.doc_id, Counter())
            if (row.doc_id, row.sentence_start) not in sentences:
                sentences.add((row.doc_id, row.sentence_start))
                bag.update(row.words)
            bag.update("@" + name.lower() for name in row.actors | row.targets)
            if row.place:
                bag["@" + row.place] += 1
        frequency = Counter(word for bag in bags.values() for word in bag)
        self.vectors = {doc: _unit(bag, frequency, len(bags)) for doc, bag in bags.items()}
        self.cache: dict[tuple[str, str], float] = {}
        self.thread: dict[str, str] = {}  # article → thread, set once the candidate pairs are known

    def similarity(self, a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in self.cache:
            if len(self.cache) >= CACHE_LIMIT:
                self.cache.clear()
            small, large = sorted((self.vectors[a], self.vectors[b]), key=len)
            self.cache[key] = sum(weight * large.get(word, 0.0) for word, weight in small.items())
        return self.cache[key]


def _unit(bag: Counter[str], frequency: Counter[str], articles: int) -> Vector:
    vector = {
        word: count * (math.log((1 + articles) / (1 + frequency[word])) + 1) for word, count in bag.items()
    }
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {word: value / norm for word, value in vector.items()}


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return 0.0 if union == 0 else len(a & b) / union


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared items over the smaller set (0 when either is empty)."""
    smaller = min(len(a), len(b))
    return 0.0 if smaller == 0 else len(a & b) / smaller


def compatible(a: LinkRow, b: LinkRow, slack: int) -> bool:
    """False when the two rows cannot report one event: types differ (unless the trigger is the
    same: context may type one word two ways), one sentence, or dates apart."""
    if a.event_type != b.event_type and a.stem != b.stem:
        return False
    if a.doc_id == b.doc_id and a.sentence_start == b.sentence_start:
        return False
    return fits(common_core(a.window, b.window), slack)


def _participants(a: LinkRow, b: LinkRow, weights: dict[str, float]) -> float:
    """Shared people count for a link; actors (or targets) that the other row does not name at all,
    in either role, count against ("X met Y" and "Y held talks with X" name the same two people)."""
    people_a, people_b = a.actors | a.targets, b.actors | b.targets
    score = weights["shared_participant"] * overlap(people_a, people_b)
    if a.actors and b.actors and not (a.actors & people_b) and not (b.actors & people_a):
        score += weights["participants_apart"]
    if a.targets and b.targets and not (a.targets & people_b) and not (b.targets & people_a):
        score += weights["targets_apart"]
    return score


def _time(a: LinkRow, b: LinkRow, weights: dict[str, float]) -> float:
    core = common_core(a.window, b.window)
    if core is None or core[0] > core[1]:
        return 0.0  # undated, or a day or so apart: allowed, but no evidence
    if a.day_precise and b.day_precise:
        return weights["same_day"]
    return weights["overlapping_time"]


def _place(a: LinkRow, b: LinkRow, weights: dict[str, float]) -> float:
    if not a.place or not b.place:
        return 0.0
    return weights["same_place"] if a.place == b.place else weights["different_place"]


def pair_score(a: LinkRow, b: LinkRow, context: ArticleContext, settings: LinkSettings) -> float | None:
    """The evidence that `a` and `b` report one event; None when they cannot."""
    if not compatible(a, b, settings.day_slack):
        return None
    weights = settings.weights
    score = weights["same_trigger"] if a.stem and a.stem == b.stem else weights["different_trigger"]
    if a.event_type != b.event_type:
        score += weights["different_type"]
    score += _participants(a, b, weights) + _time(a, b, weights) + _place(a, b, weights)
    score += weights["similar_sentence"] * jaccard(a.words, b.words)
    if a.doc_id != b.doc_id:
        score += weights["similar_article"] * context.similarity(a.doc_id, b.doc_id)
        if context.thread.get(a.doc_id, a.doc_id) == context.thread.get(b.doc_id, b.doc_id):
            score += weights["same_thread"]
    return score


def accepted(a: LinkRow, b: LinkRow, score: float | None, settings: LinkSettings) -> bool:
    """Whether a scored pair is strong enough to link. Rows of one article need more: the same trigger,
    a type that may repeat (not a statement) and a higher score."""
    if score is None:
        return False
    if a.doc_id != b.doc_id:
        return score >= settings.link_threshold
    if a.stem != b.stem or a.event_type in settings.separate_in_article:
        return False
    return score >= settings.same_article_threshold
