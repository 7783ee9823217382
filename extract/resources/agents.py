"""Reading the Phoenix generic-agents dictionary (`Phoenix.agents.txt`): 'POLICE [~COP]'.

Substitution sets (`!PERSON! = MAN, MEN, ...`) are expanded; the sector code loses its '~'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from extract.resources.phoenix import phrase

AGENT = re.compile(r"^([^\[{]+?)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]+)\]")
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def read_agents(path: Path) -> Iterator[tuple[str, str, int]]:
    """(phrase, sector code, line) for every agent, substitution sets expanded."""
    sets: dict[str, list[str]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        text = raw.split("#", 1)[0].strip()
        substitution = SUBSTITUTION.match(text)
        if substitution:
            sets[substitution.group(1)] = [w.strip() for w in substitution.group(2).split(",")]
            continue
        found = AGENT.match(text)
        if not found:
            continue
        for name in _expand(found.group(1), sets):
            yield phrase(name), found.group(2), number


def _expand(name: str, sets: dict[str, list[str]]) -> list[str]:
    for marker, words in sets.items():
        if marker in name:
            return [n for w in words for n in _expand(name.replace(marker, w, 1), sets)]
    return [name]
