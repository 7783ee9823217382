"""Day first or month first: how a text writes numeric dates such as "03/04/2025".

A slash date whose two numbers can both be a month ("03/04/2025") is read in the order the text itself
shows with its unambiguous slash dates ("14/03/2025" is day first, "03/14/2025" month first); when the
text shows none (or both), in the order the caller gives (an option, or the source: a British or
European outlet writes day first, see `date_order_sources.tsv`); else month first, the policy of
publication dates at ingest (extract/ingest/dates.py). The value of an ambiguous date says in its
comment which reading was taken and what the other would be.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from extract import messages
from extract.temporal.rules import TABLES_DIR, read_normalization_table
from extract.temporal.tagger import Candidate

SOURCES_TABLE = TABLES_DIR / "date_order_sources.tsv"
ORDERS = {"day_first": True, "month_first": False}


def only_reading(first: int, second: int) -> bool | None:
    """True when only the day-first reading is a date (14/3), False when only month first (3/14),
    None when both or neither are."""
    day_first, month_first = second <= 12 < first <= 31, first <= 12 < second <= 31
    return True if day_first else False if month_first else None


def text_day_first(candidates: Iterable[Candidate]) -> bool | None:
    """The order the text's unambiguous slash dates show (rules flagged `date_order`, whose first two
    arguments are the two numbers); None when they show none, or both orders."""
    shown = set()
    for candidate in candidates:
        if "date_order" in candidate.rule.flags:
            first, second = (candidate.match.group(arg) for arg in candidate.rule.args[:2])
            shown.add(only_reading(int(first), int(second)))
    shown.discard(None)
    return shown.pop() if len(shown) == 1 else None


@lru_cache(maxsize=1)
def _sources() -> dict[str, bool]:
    return {row.word.lower(): ORDERS[row.value] for row in read_normalization_table(SOURCES_TABLE)}


def source_day_first(url: str = "", source: str = "") -> bool | None:
    """The order an outlet writes numeric dates in, from its name or its web address's domain
    (`date_order_sources.tsv`: "BBC", ".co.uk", ".fr"); None when the table does not say."""
    sources = _sources()
    if source and source.strip().lower() in sources:
        return sources[source.strip().lower()]
    host = _host(url)
    suffixes = sorted((word for word in sources if word.startswith(".")), key=len, reverse=True)
    return next((sources[suffix] for suffix in suffixes if host.endswith(suffix)), None)


def _host(url: str) -> str:
    """The host name of a web address, '' when there is none or it cannot be read ("http://[::1")."""
    try:
        return (urlsplit(url if "//" in url else f"//{url}").hostname or "") if url else ""
    except ValueError:
        return ""


def parse_order(value: str | None) -> bool | None:
    """'day-first' → True, 'month-first' → False, '' or None → None (ValueError otherwise)."""
    if not value or not value.strip():
        return None
    key = value.strip().lower().replace("-", "_")
    if key not in ORDERS:
        raise ValueError(messages.E148.format(value=value))
    return ORDERS[key]
