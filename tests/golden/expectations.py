"""Score the engine against data/sample/expectations.tsv (hand-coded events of the sample corpus).

An expectation is met when one event of its article has the expectation's sentence snippet in its
sentence, shares its trigger word, has every expected actor, and has the expected type, mode and
dates (dates are only checked where the expectation gives them).

    python -m tests.golden.expectations            # prints each miss and the score
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "sample" / "articles.csv"
EXPECTATIONS = ROOT / "data" / "sample" / "expectations.tsv"
CHECKS = ("actors", "event_type", "mode", "date_start", "date_end")


@dataclass
class Outcome:
    expectation: dict
    failed: tuple[str, ...]  # checks the best matching event fails; ("no event",) when none matches

    @property
    def met(self) -> bool:
        return not self.failed


def _split(value: str) -> set[str]:
    return {v.strip() for v in str(value or "").split(";") if v.strip()}


def _same_trigger(expected: str, trigger: str) -> bool:
    words = set(trigger.lower().split())
    return bool(words & set(expected.lower().split()))


def _failures(expected: dict, event: pd.Series) -> tuple[str, ...]:
    failed = []
    if not _split(expected["actors"]) <= set(event["actors"]):
        failed.append("actors")
    for check in ("event_type", "mode", "date_start", "date_end"):
        want = str(expected[check] or "")
        if check.startswith("date") and not want:
            continue
        if want != str(event[check]):
            failed.append(check)
    return tuple(failed)


def score(events: pd.DataFrame, expectations: pd.DataFrame) -> list[Outcome]:
    """One outcome per expectation: the best-matching event and the checks it fails."""
    outcomes = []
    for expected in expectations.fillna("").to_dict("records"):
        snippet = " ".join(expected["sentence_snippet"].split())
        mask = (events["doc_id"] == expected["doc_id"]) & events["sentence"].map(
            lambda s, snip=snippet: snip in " ".join(s.split())
        )
        trigger = expected["event_trigger"]
        candidates = [e for _, e in events[mask].iterrows() if _same_trigger(trigger, e["trigger"])]
        if not candidates:
            outcomes.append(Outcome(expected, ("no event",)))
            continue
        outcomes.append(Outcome(expected, min((_failures(expected, e) for e in candidates), key=len)))
    return outcomes


def sample_events() -> pd.DataFrame:
    """The events of the whole sample corpus, through the same path the corpus extraction uses."""
    from extract.events import build_pipeline, events_from_doc

    articles = pd.read_csv(ARTICLES, dtype=str, keep_default_na=False)
    rows = []
    docs = build_pipeline().pipe(articles["text"].tolist())
    for doc, article in zip(docs, articles.to_dict("records"), strict=True):
        meta = {"doc_id": article["id"], **{k: article[k] for k in ("title", "url", "source")}}
        rows += events_from_doc(doc, dt.date.fromisoformat(article["published"]), meta)
    return pd.DataFrame(rows)


def main() -> None:
    outcomes = score(sample_events(), pd.read_csv(EXPECTATIONS, sep="\t", dtype=str))
    for outcome in outcomes:
        if not outcome.met:
            e = outcome.expectation
            failed = ", ".join(outcome.failed)
            print(f"MISS {e['doc_id']} {e['event_trigger']!r} ({failed}): {e['sentence_snippet']}")
    met = sum(o.met for o in outcomes)
    print(f"expectations met: {met}/{len(outcomes)}")
    for check in CHECKS + ("no event",):
        print(f"  failing {check}: {sum(check in o.failed for o in outcomes)}")


if __name__ == "__main__":
    main()
