"""A crude, dependency-free stem for trigger words, so "attacked", "attacks" and "attack" compare equal.

Linking runs on exported tables too (no parse at hand), so it cannot ask spaCy for lemmas. The
stem is the last word of the trigger ("held talks" → "talk"), lower-cased, with one inflectional
suffix removed and a doubled final consonant undone. Irregular forms ("met", "struck") stay apart;
the other evidence (participants, time, sentence) still links them.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[a-z]+")
SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
MIN_STEM = 3
KEEP_S = ("ss", "us", "is")  # "talks" → "talk", but "crisis", "census", "press" keep their s


def trigger_stem(trigger: str) -> str:
    """The stem of a trigger's last word ("" when it has no letters)."""
    words = WORD.findall(str(trigger).lower())
    return stem(words[-1]) if words else ""


def stem(word: str) -> str:
    """One inflectional suffix off (else a final e dropped) and a doubled final consonant undone."""
    stripped = False
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            if suffix == "s" and word.endswith(KEEP_S):
                break
            word, stripped = word[: len(word) - len(suffix)] + replacement, True
            break
    if not stripped and word.endswith("e") and len(word) > MIN_STEM:
        word = word[:-1]  # "hope" meets "hoped" → "hop"
    if len(word) > MIN_STEM and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word
