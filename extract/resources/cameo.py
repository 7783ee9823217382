"""Reading the CAMEO verb dictionary (PETRARCH2 `CAMEO.2.0.txt`): synonym sets, verb blocks, patterns.

A block starts `---  KILL   [190]  ---`; its member lines are verbs (`HANG {HANGS HANGED}`,
`+SHOOT_DOWN {...}` for phrasal verbs), a member's own `[code]` overriding the block's; pattern lines
`- * ATTACK  [190]  # STAGE` give the code of the block's verbs with that object (`*` is the verb,
`(PREP NOUN)` a prepositional phrase, `{A B}` a compound, `&SET` a synonym set).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.resources.phoenix import phrase

BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE = re.compile(r"\[([^\]]*)\]")
PATTERN_MARKS = "$+%^"


@dataclass(frozen=True)
class VerbRow:
    lemma: str
    forms: str
    code: str
    block: str
    line: int


@dataclass(frozen=True)
class PatternRow:
    block: str
    noun: str
    preposition: str
    pattern: str
    code: str
    line: int


def cameo_code(raw: str) -> str:
    """'037:037' -> '037'; '---' and '' -> ''."""
    code = raw.split(":", 1)[0].strip()
    return code if code.isdigit() else ""


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    yield from enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)


def read_synsets(path: Path) -> dict[str, list[str]]:
    """'&FOOD' -> its members as phrases ('food', 'rice', ...)."""
    sets: dict[str, list[str]] = {}
    current = None
    for _, raw in _lines(path):
        text = raw.split("#", 1)[0].strip()
        if text.startswith("####### VERB PATTERNS"):
            break
        if text.startswith("&"):
            current = text.split()[0].rstrip("_")
            sets[current] = []
        elif text.startswith("+") and current:
            sets[current].append(phrase(text[1:]))
    return sets


def read_verbs(path: Path) -> tuple[list[VerbRow], list[tuple[str, str, str, int]]]:
    """(verb rows, raw patterns as (block, pattern text, code, line)) of the VERB PATTERNS section."""
    verbs, patterns, block, block_code, started = [], [], "", "", False
    for number, raw in _lines(path):
        if raw.startswith("####### VERB PATTERNS"):
            started = True
        elif raw.startswith("########"):
            started = False
        if not started or not raw.strip() or raw.startswith("#"):
            continue
        head = BLOCK.match(raw)
        if head:
            block, block_code = phrase(head.group(1)), cameo_code(head.group(2))
        elif raw.startswith("-"):
            text = raw.split("#", 1)[0]
            codes = CODE.findall(text)
            code = cameo_code(codes[0]) if codes else ""
            patterns.append((block, CODE.sub("", text)[1:].strip(), code, number))
        elif block:
            verbs.append(_member(raw, block, block_code, number))
    return verbs, patterns


def _member(raw: str, block: str, block_code: str, number: int) -> VerbRow:
    text = raw.split("#", 1)[0]
    codes = CODE.findall(text)
    forms = re.findall(r"\{([^}]*)\}", text)
    word = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", text).strip().lstrip("+")
    own = forms[0].replace("+", "").split() if forms else []
    code = cameo_code(codes[0]) if codes else block_code
    return VerbRow(phrase(word), " ".join(phrase(f) for f in own), code, block, number)


def pattern_rows(raw: list[tuple[str, str, str, int]], synsets: dict[str, list[str]]) -> list[PatternRow]:
    """Patterns reduced to (block, head noun, preposition): the first thing after the verb.

    '* {MASS RALLY}' -> noun 'rally'; '* (AGAINST) X' -> preposition 'against'; '* (TO BORDER)' ->
    'to' + 'border'; '* &FOOD' -> one row per member of the set. Patterns with words before the verb
    or nothing after it are left out (Dateline's arguments are read from the parse instead)."""
    rows = []
    for block, text, code, line in raw:
        if not code or not text.startswith("*"):
            continue
        for noun, preposition in _heads(text[1:].strip(), synsets):
            rows.append(PatternRow(block, noun, preposition, text, code, line))
    return rows


def _heads(rest: str, synsets: dict[str, list[str]]) -> list[tuple[str, str]]:
    rest = rest.lstrip(PATTERN_MARKS + " ")
    preposition = ""
    if rest.startswith("("):
        inner = rest[1:].split(")", 1)[0].replace("{", "").replace("}", "").split()
        if not inner:
            return []
        preposition, words = inner[0].lower(), inner[1:]
    elif rest.startswith("{"):
        words = rest[1:].split("}", 1)[0].split()[-1:]
    else:
        words = rest.split()[:1]
    if not words:
        return [("", preposition)] if preposition else []
    word = words[-1] if rest.startswith("{") else words[0]
    if word.startswith("&"):
        members = synsets.get(word.rstrip("_"), [])
        return [(m.split()[-1], preposition) for m in members if m]
    return [(phrase(word.strip("{}()$+")), preposition)]
