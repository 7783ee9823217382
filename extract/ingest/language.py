"""A cheap, deterministic English check: the share of English stop words among alphabetic words.

Running text in English is about half function words ("the", "of", "and", "to", …); French, German
or Spanish text shares only a few short words with that list ("a", "on", "in", "an").
No model, no randomness: the same text always gets the same answer.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.ingest.limits import ENGLISH_STOP_SHARE, MIN_WORDS_FOR_LANGUAGE

_WORD = re.compile(r"[^\W\d_]+")  # runs of letters, any script


def english_share(text: str) -> tuple[float, int]:
    """(share of English stop words among the words, number of words)."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w in STOP_WORDS)
    return hits / len(words), len(words)


def looks_english(text: str) -> bool:
    """True for English text and for texts too short to judge."""
    share, words = english_share(text)
    return words < MIN_WORDS_FOR_LANGUAGE or share >= ENGLISH_STOP_SHARE
