"""The linking settings, read once from `data/linking/evidence.toml` (weights are data, not code)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.messages import E320

SETTINGS_PATH = Path(__file__).resolve().parents[2] / "data" / "linking" / "evidence.toml"
WEIGHT_NAMES = (
    "same_trigger",
    "different_trigger",
    "shared_participant",
    "participants_apart",
    "targets_apart",
    "same_place",
    "different_place",
    "same_day",
    "overlapping_time",
    "similar_sentence",
    "similar_article",
    "same_thread",
    "different_type",
)


@dataclass(frozen=True)
class LinkSettings:
    """Evidence weights, decision thresholds and blocking limits."""

    weights: dict[str, float]
    link_threshold: float
    same_article_threshold: float
    cluster_average: float
    thread_similarity: float
    day_slack: int
    full_block: int
    neighbours: int
    separate_in_article: frozenset[str] = frozenset()  # event types never linked within one article
    attach_size: int = 0  # a thread of at most this many articles may join its most similar larger one
    attach_similarity: float = 1.0  # ... when their mean article similarity reaches this


def parse_settings(data: dict, path: Path = SETTINGS_PATH) -> LinkSettings:
    """Settings from the parsed TOML; a missing weight or threshold stops with a coded message."""
    weights = data.get("weights", {})
    missing = [name for name in WEIGHT_NAMES if name not in weights]
    if missing:
        raise ValueError(E320.format(path=path, problem="[weights] lacks " + ", ".join(missing)))
    try:
        thresholds, blocking = data["thresholds"], data["blocking"]
        return LinkSettings(
            {name: float(weights[name]) for name in WEIGHT_NAMES},
            float(thresholds["link_threshold"]),
            float(thresholds["same_article_threshold"]),
            float(thresholds["cluster_average"]),
            float(thresholds["thread_similarity"]),
            int(blocking["day_slack"]),
            int(blocking["full_block"]),
            int(blocking["neighbours"]),
            frozenset(str(t) for t in thresholds["separate_in_article"]),
            int(thresholds["attach_size"]),
            float(thresholds["attach_similarity"]),
        )
    except KeyError as err:
        raise ValueError(E320.format(path=path, problem=f"missing setting {err.args[0]!r}")) from None


@lru_cache(maxsize=1)
def default_settings() -> LinkSettings:
    """The settings in data/linking/evidence.toml."""
    with SETTINGS_PATH.open("rb") as handle:
        return parse_settings(tomllib.load(handle))
