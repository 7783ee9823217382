"""Normalising the text a pattern group matched ("Sept.", "twenty-four", "'98") to its value."""

from __future__ import annotations

import re

from extract.temporal.rules import load_tables

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_VAGUE_NUMBERS = {"a few", "few", "several", "many", "some"}
_MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
    "no fewer than": "EQUAL_OR_MORE",
}
_POSITIONS = {"early": "START", "the beginning of": "START", "the start of": "START", "mid": "MID",
              "the middle of": "MID", "late": "END", "the end of": "END"}


def parse_number(text: str) -> str:
    """A number written in digits or words as a string ("X" when unspecified: "several")."""
    words = text.lower().replace(",", "").strip()
    if words in _VAGUE_NUMBERS:
        return "X"
    if words == "a couple of":
        return "2"
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", words):
        return words
    parts = re.split(r"[- ]", words)
    if len(parts) == 2 and parts[0] in _TENS:
        return str(_TENS[parts[0]] + int(load_tables()["word_number"][parts[1]]))
    return load_tables()["word_number"][words]


def short_year(text: str) -> int:
    """'98 → 1998, '05 → 2005 (a two-digit year below 50 is read in the 2000s)."""
    value = int(text[-2:])
    return 2000 + value if value < 50 else 1900 + value


def _position(text: str) -> str:
    key = text.lower().strip(" -")
    return _POSITIONS.get(key, "")


_CONVERTERS = {
    "day": lambda text: int(re.match(r"[0-9]+", text)[0]),
    "year": int,
    "short_year": short_year,
    "mm": int,
    "hour": int,
    "minute": int,
    "num": parse_number,
    "ampm": lambda text: "pm" if text.lower().startswith("p") else "am",
    "modifier": lambda text: _MODIFIERS.get(text.lower(), ""),
    "position": _position,
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
