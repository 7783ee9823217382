"""Dateline's engine: news text in, a tidy table of dated events out."""

from extract.corpus import ExtractionResult, extract_articles
from extract.events import extract_events
from extract.temporal import EventAnchor, Timex, find_timexes

__all__ = ["EventAnchor", "ExtractionResult", "Timex", "extract_articles", "extract_events", "find_timexes"]
