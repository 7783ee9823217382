"""A crude, dependency-free stem for trigger words, so "attacked", "attacks" and "attack" compare equal.

Linking runs on exported tables too (no parse at hand), so it cannot ask spaCy for lemmas. The
stem is the last word of the trigger that is not a particle ("held talks" → "talk", "checked in" →
"check"), lower-cased, irregular forms replaced by their base (data/linking/irregular_forms.tsv:
"met" → "meet"), then one inflectional suffix removed and a doubled final consonant undone.
`trigger_class` then maps the stem of a word that names the same kind of occurrence to the stem of
a common one (data/linking/synonyms.tsv: "held talks" → "meet", "nabbed" → "arrest"); reporting
verbs are left out of that table on purpose ("said" and "announced" are different statements).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

WORD = re.compile(r"[a-z]+")
SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
MIN_STEM = 3
PARTICLES = frozenset({"in", "out", "up", "down", "off", "on", "away", "over", "back", "into", "from", "to"})
IRREGULAR_PATH = Path(__file__).resolve().parents[2] / "data" / "linking" / "irregular_forms.tsv"
SYNONYMS_PATH = IRREGULAR_PATH.with_name("synonyms.tsv")
KEEP_S = ("ss", "us", "is")  # "talks" → "talk", but "crisis", "census", "press" keep their s


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, str]:
    """Irregular verb form → base, from data/linking/irregular_forms.tsv."""
    with IRREGULAR_PATH.open(encoding="utf-8", newline="") as handle:
        return {row["form"]: row["base"] for row in csv.DictReader(handle, delimiter="\t")}


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """Stem of a word → stem of the common word for the same kind of occurrence (synonyms.tsv)."""
    with SYNONYMS_PATH.open(encoding="utf-8", newline="") as handle:
        return {stem(row["word"]): stem(row["means"]) for row in csv.DictReader(handle, delimiter="\t")}


def trigger_class(trigger: str) -> str:
    """The trigger's stem, or the stem of its common synonym: what linking compares."""
    found = trigger_stem(trigger)
    return synonyms().get(found, found)


def trigger_stem(trigger: str) -> str:
    """The stem of a trigger's last word that is not a particle ("" when it has no letters)."""
    words = WORD.findall(str(trigger).lower())
    content = [w for w in words if w not in PARTICLES] or words
    return stem(content[-1]) if content else ""


def stem(word: str) -> str:
    """One inflectional suffix off (else a final e dropped) and a doubled final consonant undone."""
    word = irregular_forms().get(word, word)
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
