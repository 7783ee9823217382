"""Dateline's engine: news text in, a tidy table of dated events out."""

from extract.corpus import ExtractionResult, extract_articles
from extract.events import actor_info, extract_events
from extract.ingest import ColumnMapping, IngestError, read_table
from extract.linking import link_stories
from extract.linking.story_table import stories
from extract.temporal import EventAnchor, Timex, find_timexes

__all__ = [
    "ColumnMapping",
    "EventAnchor",
    "ExtractionResult",
    "IngestError",
    "Timex",
    "actor_info",
    "extract_articles",
    "extract_events",
    "find_timexes",
    "link_stories",
    "read_table",
    "stories",
]
