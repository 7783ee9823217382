"""Normalising the text a pattern group matched ("Sept.", "twenty-four", "'98") to its value."""

from __future__ import annotations

import re

from extract.temporal.rules import load_tables


def parse_number(text: str) -> str:
    """A number written in digits or words as a string ("X" when unspecified: "several"); the words
    and their values are numbers.tsv ("twenty-four" is its two rows added)."""
    words = text.lower().replace(",", "").strip()
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", words):
        return words
    table = load_tables()["word_number"]
    if words in table:
        return table[words]
    tens, _, unit = words.replace("-", " ").partition(" ")
    return str(int(table[tens]) + int(table[unit]))


def short_year(text: str) -> int:
    """'98 → 1998, '05 → 2005 (a two-digit year below 50 is read in the 2000s)."""
    value = int(text[-2:])
    return 2000 + value if value < 50 else 1900 + value


_CONVERTERS = {
    "day": lambda text: int(re.match(r"[0-9]+", text)[0]),
    "year": int,
    "short_year": short_year,
    "mm": int,
    "hour": int,
    "minute": int,
    "num": parse_number,
    "ampm": lambda text: "pm" if text.lower().startswith("p") else "am",
    "yearend": lambda text: "END",
    "prepost": lambda text: "BEFORE" if text.lower() == "pre" else "AFTER",
    "month_name": lambda text: int(load_tables()["month"][text.lower().rstrip(".")]),
    "month": lambda text: int(load_tables()["month"][text.lower().rstrip(".")]),
    "weekday": lambda text: int(load_tables()["weekday"][text.lower().rstrip(".")]),
    "ordinal": lambda text: int(load_tables()["ordinal"][text.lower()]),
}


def normalise_group(kind: str, text: str) -> object:
    """The value of a matched group of the given placeholder kind; raw lower-case text for free groups."""
    if kind in _CONVERTERS:
        return _CONVERTERS[kind](text)
    tables = load_tables()
    if kind in tables:
        return tables[kind][singular(text.lower().rstrip("."))] if kind == "unit" else tables[kind][
            text.lower().rstrip(".")]
    return text.lower()


def singular(word: str) -> str:
    """'weeks' → 'week', 'centuries' → 'century' (for unit words)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and word not in load_tables()["unit"]:
        return word[:-1]
    return word
