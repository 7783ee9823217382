"""Synthetic events tables for the linking benchmark: real occurrences reported by several articles.

Each occurrence has a type, a trigger family, two to three participants out of a pool, a place
and a day over two years; it is reported by 1-6 articles, each with its own event_id, an outlet,
a publication date the same day or the next, and a trigger and sentence worded a little
differently. Participants come from a small pool (rows / 500 names), so look-alike occurrences
(same type, same people, days apart) are common: the hard case of real news. Seeded: the same
arguments give the same table.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from extract.schema import EVENT_COLUMNS

TRIGGERS = {
    "CONSULT": ("met", "meeting", "held talks"),
    "AGREE": ("signed", "agreed", "signing"),
    "ACCUSE": ("accused", "accuses", "blamed"),
    "ASSAULT": ("attacked", "attack", "struck"),
    "COERCE": ("arrested", "arrest", "detained"),
    "AID": ("sent aid", "delivered", "aid"),
}
PLACES = ("Cairo", "Doha", "Geneva", "Kyiv", "Riyadh", "Ankara", "Beijing", "Brussels", "Nairobi", "Lima")
OUTLETS = ("Reuters", "AP", "AFP", "BBC", "Al Jazeera", "DW", "NHK", "Xinhua")
START = dt.date(2024, 1, 1)


def _occurrence(rng: random.Random, actors: list[str], number: int) -> dict:
    event_type = rng.choice(sorted(TRIGGERS))
    return {
        "type": event_type,
        "who": rng.sample(actors, 2 + (number % 2)),
        "place": rng.choice(PLACES),
        "day": START + dt.timedelta(days=rng.randrange(730)),
        "id": number,
    }


def _report(rng: random.Random, occurrence: dict, article: int) -> dict:
    row = dict.fromkeys(EVENT_COLUMNS, "")
    published = occurrence["day"] + dt.timedelta(days=rng.choice((0, 0, 1)))
    trigger = rng.choice(TRIGGERS[occurrence["type"]])
    actors, targets = occurrence["who"][:1], occurrence["who"][1:]
    row.update(
        event_id=f"{rng.getrandbits(64):016x}",
        doc_id=f"art{article}",
        source=rng.choice(OUTLETS),
        published=published.isoformat(),
        trigger=trigger,
        event_type=occurrence["type"],
        mode="asserted",
        sentence=f"{actors[0]} {trigger} {' and '.join(targets)} in {occurrence['place']}.",
        sentence_start=0,
        actors=actors,
        targets=targets,
        location=occurrence["place"],
        date_start=occurrence["day"].isoformat(),
        date_end=occurrence["day"].isoformat(),
        granularity="day",
        time_anchor=rng.choice(("explicit", "publication")),
        confidence=0.8,
        attributed_to=[],
        story_id="",
    )
    return row


def synthetic_events(rows: int, seed: int = 7) -> tuple[pd.DataFrame, list[int]]:
    """About `rows` event rows, and the true occurrence number of each row."""
    rng = random.Random(seed)
    actors = [f"Actor {k}" for k in range(max(50, rows // 500))]
    records, truth, article, number = [], [], 0, 0
    while len(records) < rows:
        occurrence = _occurrence(rng, actors, number)
        for _ in range(rng.randint(1, 6)):
            article += 1
            records.append(_report(rng, occurrence, article))
            truth.append(number)
        number += 1
    return pd.DataFrame(records[:rows], columns=list(EVENT_COLUMNS)), truth[:rows]
