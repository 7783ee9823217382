"""Dateline's engine: news text in, a tidy table of dated events out."""

from extract.temporal import EventAnchor, Timex, find_timexes

__all__ = ["EventAnchor", "Timex", "find_timexes"]
