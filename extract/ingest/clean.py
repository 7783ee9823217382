"""Article text as it arrives → the story's own text (one step, used by the CLI, the API and the app).

Scraped and fed text carries markup and page furniture that are not sentences of the story:
markdown and HTML, "Read: …" teasers, photo captions and credits, bylines, headings, and a wire
dateline ("JERUSALEM, Nov 10 (Reuters) -") whose place and date are kept as facts about the story.
The rules are the table `cleaning.tsv` beside this module (each row with an example a test runs);
the one rule in code is the heading: a short line without closing punctuation between paragraphs.
A text with nothing to clean comes back unchanged, character for character.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.messages import E130

RULES_PATH = Path(__file__).with_name("cleaning.tsv")
ACTIONS = ("inline", "drop", "dateline")
HEADING_MAX_WORDS = 12  # headings and crossheads are short; a sentence cut short by a line wrap is not alone
CLOSING = tuple('.!?:;"\'”’)]…')  # how a sentence (or a line introducing a quote) ends
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
EXTRA_SPACE = re.compile(r"[ \t\u00a0]{2,}")


@dataclass(frozen=True)
class Rule:
    name: str
    action: str
    pattern: re.Pattern
    replacement: str
    example: str
    expected: str


@dataclass(frozen=True)
class Cleaned:
    """The clean text, and what a wire dateline said (place as written, date as written)."""

    text: str
    place: str = ""
    date_text: str = ""


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES_PATH) -> tuple[Rule, ...]:
    """The cleaning rules in table order; a bad row stops the program with E130 naming it."""
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith(("#", "name\t")):
            continue
        cells = line.split("\t")
        if len(cells) != 6 or cells[1] not in ACTIONS:
            raise ValueError(E130.format(path=path.name, row=number, problem="expected 6 cells and an action "
                                         f"among {', '.join(ACTIONS)}"))
        name, action, pattern, replacement, example, expected = cells
        try:
            compiled = re.compile(pattern, re.MULTILINE if action == "inline" else 0)
        except re.error as err:
            bad = E130.format(path=path.name, row=number, problem=f"bad pattern ({err})")
            raise ValueError(bad) from None
        rules.append(Rule(name, action, compiled, replacement.replace("\\n", "\n"),
                          example.replace("\\n", "\n"), expected.replace("\\n", "\n")))
    return tuple(rules)


def clean_text(text: str) -> Cleaned:
    """The story's text without markup and page furniture; see the module docstring."""
    rules = load_rules()
    lines = [_inline(line, rules) for line in _unmarked(text, rules).split("\n")]
    lines = _drop_lines(lines, rules)
    lines, place, date_text = _dateline(lines, rules)
    return Cleaned("\n".join(lines), place, date_text)


def _unmarked(text: str, rules: tuple[Rule, ...]) -> str:
    """HTML tags and entities resolved over the whole text (a tag may break a line)."""
    if "<" not in text and "&" not in text:
        return text
    for rule in rules:
        if rule.action == "inline" and rule.name.startswith("html"):
            text = rule.pattern.sub(rule.replacement, text)
    return ENTITY.sub(lambda m: html.unescape(m.group()), text)


def _inline(line: str, rules: tuple[Rule, ...]) -> str:
    cleaned = line
    for rule in rules:
        if rule.action == "inline" and not rule.name.startswith("html"):
            cleaned = rule.pattern.sub(rule.replacement, cleaned)
    if cleaned == line:
        return line
    return EXTRA_SPACE.sub(" ", cleaned).strip()


def _drop_lines(lines: list[str], rules: tuple[Rule, ...]) -> list[str]:
    drops = [r for r in rules if r.action == "drop"]
    kept = [line for line in lines if not any(r.pattern.fullmatch(line) for r in drops)]
    return [line for k, line in enumerate(kept) if not _is_heading(kept, k)]


def _is_heading(lines: list[str], k: int) -> bool:
    """A short capitalised line without closing punctuation, after a finished paragraph (or first)
    and before another paragraph: "Gaza: About 200 fighters in tunnels beneath Rafah"."""
    line = lines[k].strip()
    if not line or line.endswith(CLOSING) or not line[0].isupper() or len(line.split()) > HEADING_MAX_WORDS:
        return False
    before = [x.strip() for x in lines[:k] if x.strip()]
    after = [x.strip() for x in lines[k + 1:] if x.strip()]
    if not after or (before and not before[-1].endswith(CLOSING)):
        return False
    return after[0][0].isupper() or after[0][0] in "\"'“‘"


def _dateline(lines: list[str], rules: tuple[Rule, ...]) -> tuple[list[str], str, str]:
    """The first line without its wire dateline; the dateline's place and date as written."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines, "", ""
    for rule in rules:
        found = rule.pattern.match(lines[first]) if rule.action == "dateline" else None
        if found and found.end() < len(lines[first]):
            lines = lines[:first] + [lines[first][found.end():]] + lines[first + 1:]
            return lines, _place_name(found.group("place")), found.group("date") or ""
    return lines, "", ""


def _place_name(written: str) -> str:
    """"GAZA CITY, Gaza Strip" → "Gaza City": the town, in the case the story writes names."""
    town = written.split(",")[0].strip()
    return town.title() if town.isupper() else town
