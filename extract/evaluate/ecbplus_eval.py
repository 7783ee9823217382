"""`python -m extract.evaluate stories ECBPLUS_DIR`: story linking scored as cross-document event
coreference on ECB+, beside the same-lemma-within-topic baseline on the same mentions.

Each topic's documents are detokenised and run as one upload (no publication dates: ECB+ has
none) through `extract.extract_articles`, which links stories. Rows map to gold action mentions of
the selected sentences (`ecbplus_match`); MUC, B³, CEAF-e and CoNLL F1 are computed on the
mentions both sides have, with gold singletons as their own chains. Coverage is the share of gold
chained mentions (in a within- or cross-document chain) that some row maps to.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import pandas as pd
from spacy.language import Language

import extract
from extract.evaluate.coref_metrics import CorefScores, score_all
from extract.evaluate.ecbplus_data import EcbDoc, SentenceKey, read_selected, read_topics
from extract.evaluate.ecbplus_match import MatchedMention, clusters, match_rows, scored_mentions
from extract.evaluate.tables import format_table
from extract.events import build_pipeline
from extract.nlp import new_pipeline

DEV_TOPICS = frozenset({"2", "5", "12", "18", "21", "23", "34", "35"})  # the common ECB+ split


@dataclass
class TopicRun:
    """One topic: its documents, the events table with story ids, the gold mentions scored."""

    topic: str
    docs: list[EcbDoc]
    events: pd.DataFrame
    gold_chained: int


def run_topic(topic: str, docs: list[EcbDoc], nlp: Language, selected: set[SentenceKey]) -> TopicRun:
    """Extract (and link) one topic's articles as one upload."""
    frame = pd.DataFrame({"id": [d.name for d in docs], "text": [d.text for d in docs]})
    events = extract.extract_articles(frame, nlp=nlp).events
    chained = sum(m.chained for d in docs for m in scored_mentions(d, selected))
    return TopicRun(topic, docs, events, chained)


def lemma_of(doc: EcbDoc, start: int, lemmatiser: Language, cache: dict) -> str:
    """The lemma of the token at `start` in the document (the parse is cached per document)."""
    if doc.name not in cache:
        parsed = lemmatiser(doc.text)
        cache.clear()
        cache[doc.name] = {token.idx: token.lemma_.lower() for token in parsed}
    return cache[doc.name].get(start, "")


def matched(run: TopicRun, selected: set[SentenceKey], lemmatiser: Language) -> list[MatchedMention]:
    """The gold mentions of a topic that some row reaches, with story and lemma keys."""
    docs = {d.name: d for d in run.docs}
    found = match_rows(run.events, docs, selected)
    cache: dict = {}
    items = sorted(found.values(), key=lambda pair: pair[0].mention_id)
    return [
        MatchedMention(
            mention,
            run.topic,
            story,
            lemma_of(docs[mention.mention_id.split(":")[0]], mention.start, lemmatiser, cache),
        )
        for mention, story in items
    ]


def scores(items: Sequence[MatchedMention]) -> tuple[CorefScores, CorefScores]:
    """(system, lemma baseline) scores on the same mentions."""
    gold = clusters(items, "gold")
    return score_all(gold, clusters(items, "system")), score_all(gold, clusters(items, "lemma"))


def score_rows(name: str, items: Sequence[MatchedMention], gold_chained: int) -> list[list[object]]:
    """Two table rows (system and baseline) for one split."""
    chained_found = sum(item.mention.chained for item in items)
    coverage = chained_found / gold_chained if gold_chained else 0.0
    rows = []
    for label, result in zip(("stories", "lemma baseline"), scores(items), strict=True):
        rows.append(
            [
                f"{name}: {label}",
                len(items),
                coverage,
                result.muc.precision,
                result.muc.recall,
                result.muc.f1,
                result.b_cubed.f1,
                result.ceaf_e.f1,
                result.conll_f1,
            ]
        )
    return rows


HEADER = [
    "split: clustering",
    "mentions",
    "coverage",
    "MUC P",
    "MUC R",
    "MUC F1",
    "B3 F1",
    "CEAF-e F1",
    "CoNLL F1",
]


def report(runs: Sequence[TopicRun], selected: set[SentenceKey], lemmatiser: Language) -> str:
    """The score table for all topics, the train topics and the dev topics."""
    per_topic = {run.topic: (matched(run, selected, lemmatiser), run.gold_chained) for run in runs}
    rows: list[list[object]] = []
    for name, keep in (
        ("all", lambda t: True),
        ("train", lambda t: t not in DEV_TOPICS),
        ("dev", lambda t: t in DEV_TOPICS),
    ):
        chosen = [value for topic, value in per_topic.items() if keep(topic)]
        if chosen:
            items = [item for found, _ in chosen for item in found]
            rows += score_rows(name, items, sum(chained for _, chained in chosen))
    return format_table(HEADER, rows)


def main(directory: Path, topics: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command; returns the process exit status."""
    out = out or sys.stdout
    started = time.perf_counter()
    selected = read_selected(directory / "selected_sentences.csv")
    grouped = read_topics(directory)
    wanted = [t for t in grouped if not topics or t in topics]
    nlp, lemmatiser = build_pipeline(), new_pipeline(("parser", "ner"))
    runs = [run_topic(t, grouped[t], nlp, selected) for t in wanted]
    events = sum(len(run.events) for run in runs)
    print(f"topics {len(runs)}  documents {sum(len(r.docs) for r in runs)}  event rows {events}", file=out)
    print(report(runs, selected, lemmatiser), file=out)
    print(f"total {time.perf_counter() - started:.2f} s", file=out)
    return 0
