"""Reading Phoenix / TABARI `.actors` dictionaries: names, aliases and date-ranged codes.

An entry is a name line (`MOSHE_KATSAV_  # comment`), `+ALIAS` lines and code lines
(`\t[ISRGOV 000801-070701]`); a code may also stand on the name line (`ISRAEL_  [ISR]`). Names given
before any code share the codes that follow them. Dates are YYMMDD (two-digit years up to 30 are
20xx) or YYYYMMDD; `>D` is from D on, `<D` until D.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CODE = re.compile(r"\[([^\]]*)\]")
PIVOT_YEAR = 30


@dataclass(frozen=True)
class Role:
    """One code of an actor, with the days it held (ISO dates, '' for open)."""

    code: str
    start: str = ""
    end: str = ""


@dataclass
class ActorEntry:
    """One dictionary entry: its phrases (name first, then aliases) and roles; `line` of the name."""

    line: int
    phrases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


def phrase(raw: str) -> str:
    """A dictionary phrase as words: 'UNITED_STATES_' -> 'united states'."""
    return " ".join(raw.replace("_", " ").split()).lower()


def day(raw: str) -> str:
    """'830505' -> '1983-05-05', '20070101' -> '2007-01-01'; '' when unreadable."""
    digits = raw.strip()
    if len(digits) == 6 and digits.isdigit():
        year = int(digits[:2])
        digits = ("20" if year <= PIVOT_YEAR else "19") + digits
    if len(digits) != 8 or not digits.isdigit():
        return ""
    month, date = int(digits[4:6]), int(digits[6:8])
    if not (1 <= month <= 12 and 1 <= date <= 31):
        return ""
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


def role(raw: str) -> Role | None:
    """'ISRGOV 000801-070701' -> Role('ISRGOV', '2000-08-01', '2007-07-01'); None for '---'."""
    parts = raw.split()
    if not parts or parts[0].startswith("-"):
        return None
    code, span = parts[0].lstrip("~"), "".join(parts[1:])
    if span.startswith(">"):
        return Role(code, day(span[1:]), "")
    if span.startswith("<"):
        return Role(code, "", day(span[1:]))
    if "-" in span:
        start, end = span.split("-", 1)
        return Role(code, day(start), day(end))
    return Role(code)


def _codes(text: str) -> list[Role]:
    return [r for r in (role(m) for m in CODE.findall(text)) if r is not None]


def read_actors(path: Path) -> Iterator[ActorEntry]:
    """Every entry of an `.actors` file that has at least one code."""
    pending: list[ActorEntry] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        text = raw.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        if text[0] in " \t" or text.startswith("["):
            roles = _codes(text)
        elif text.startswith("+"):
            if pending:
                pending[-1].phrases.append(phrase(CODE.sub("", text[1:])))
            roles = _codes(text)
        else:
            if pending and pending[-1].roles:
                yield from pending
                pending = []
            pending.append(ActorEntry(number, [phrase(CODE.sub("", text))]))
            roles = _codes(text)
        for entry in pending:
            entry.roles.extend(roles)
    yield from (e for e in pending if e.roles)
