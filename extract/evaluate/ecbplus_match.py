"""Mapping event rows to ECB+ gold mentions, and the clusterings that get scored.

A row's trigger is located in its article (its sentence looked up in the document text, plus the
trigger's place in the sentence: `timeline_eval.event_offset`); the row maps to the gold action
mention of a selected sentence whose span overlaps the trigger most (ties: the earlier mention).
A gold mention reached by several rows keeps the first of them. Scoring uses only the mentions
both sides have.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from extract.evaluate.ecbplus_data import EcbDoc, GoldMention, SentenceKey
from extract.evaluate.timeline_eval import event_offset


@dataclass(frozen=True)
class MatchedMention:
    """A gold mention the system found: its gold chain, the row's story and the baseline's lemma key."""

    mention: GoldMention
    topic: str
    story_id: str
    lemma: str


def scored_mentions(doc: EcbDoc, selected: set[SentenceKey]) -> list[GoldMention]:
    """The document's gold mentions in sentences whose annotation is complete."""
    return [m for m in doc.mentions if (doc.topic, doc.file_key, m.sentence) in selected]


def best_mention(start: int, end: int, mentions: Sequence[GoldMention]) -> GoldMention | None:
    """The mention overlapping [start, end) the most; the earlier one on a tie."""
    best, best_overlap = None, 0
    for mention in mentions:
        shared = min(end, mention.end) - max(start, mention.start)
        if shared > best_overlap:
            best, best_overlap = mention, shared
    return best


def locate(text: str, sentence: str, hint: object) -> int | None:
    """Where the row's sentence starts in the document as given: the occurrence nearest `hint`.

    `sentence_start` counts in the text extraction saw, which cleaning may have shortened (a
    headline or byline line dropped), so the sentence is looked up in the original text instead.
    """
    try:
        near = int(hint)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        near = 0
    found, position = [], text.find(sentence) if sentence else -1
    while position >= 0:
        found.append(position)
        position = text.find(sentence, position + 1)
    return min(found, key=lambda p: abs(p - near)) if found else None


def match_rows(
    events: pd.DataFrame, docs: dict[str, EcbDoc], selected: set[SentenceKey]
) -> dict[str, tuple[GoldMention, str]]:
    """Gold mention id → (mention, story id of the first row mapped to it)."""
    mentions = {name: scored_mentions(doc, selected) for name, doc in docs.items()}
    found: dict[str, tuple[GoldMention, str]] = {}
    for row in events.to_dict("records"):
        if row["doc_id"] not in mentions:
            continue
        start = locate(docs[row["doc_id"]].text, str(row["sentence"]), row["sentence_start"])
        offset = None if start is None else event_offset(start, row["sentence"], row["trigger"])
        if offset is None:
            continue
        mention = best_mention(offset, offset + max(1, len(str(row["trigger"]))), mentions[row["doc_id"]])
        if mention is not None and mention.mention_id not in found:
            found[mention.mention_id] = (mention, str(row["story_id"]))
    return found


def clusters(matched: Iterable[MatchedMention], key: str) -> list[set[str]]:
    """Mention ids grouped by `key`: "gold" (chain), "system" (story) or "lemma" (topic + lemma)."""
    grouped: dict[str, set[str]] = defaultdict(set)
    for item in matched:
        label = {"gold": item.mention.chain, "system": item.story_id, "lemma": f"{item.topic}|{item.lemma}"}[
            key
        ]
        grouped[label].add(item.mention.mention_id)
    return list(grouped.values())
