"""The temporal engine: find time expressions and resolve them to the calendar."""

from extract.temporal.engine import find_timexes
from extract.temporal.timex import EventAnchor, Timex

__all__ = ["EventAnchor", "Timex", "find_timexes"]
