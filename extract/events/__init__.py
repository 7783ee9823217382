"""Events layer: who did what, with whom, where and when. (Interface; being built.)"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from extract.nlp import load_pipeline
from extract.schema import EVENT_COLUMNS


def build_pipeline() -> Language:
    """The spaCy pipeline events are extracted with (base English model + Dateline components)."""
    return load_pipeline()


def events_from_doc(doc: Doc, published: dt.date | None, meta: dict[str, str]) -> list[dict]:
    """Event rows (dicts with every column of EVENT_COLUMNS) of one parsed article.

    `meta` carries doc_id, title, url and source.
    """
    return []


def extract_events(text: str, published: dt.date | None, doc_id: str | None = None) -> pd.DataFrame:
    """The events of one article as a DataFrame with EVENT_COLUMNS."""
    doc = build_pipeline()(text)
    rows = events_from_doc(doc, published, {"doc_id": doc_id or "", "title": "", "url": "", "source": ""})
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
