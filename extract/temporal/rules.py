"""Loading the temporal rules and normalisation tables (data files) into compiled patterns.

Rules live in `extract/rules/timex/rules.toml`, building blocks in `placeholders.toml`, and the
normalisation tables (word → value, each row with an example) in `extract/rules/normalization/`.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
TIMEX_DIR = RULES_DIR / "timex"
TABLES_DIR = RULES_DIR / "normalization"

_RECIPE = re.compile(r"^(\w+)\((.*)\)$")
_PLACEHOLDER = re.compile(r"(?<!\?P)<(\w+)(?::(\w+))?>")


@dataclass(frozen=True)
class TableRow:
    """One normalisation entry: a word, its value, and an example sentence with the expected value."""

    word: str
    value: str
    example: str
    expected: str


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    type: str
    value: str
    example: str
    expected: str
    mod: str = ""
    published: str = ""
    comment: str = ""  # said of every value the rule gives ("fiscal year")
    also: tuple[tuple[str, str], ...] = ()  # more (example, expected) pairs, run like `example`
    flags: frozenset[str] = frozenset()  # declared in rules.toml, plus those its recipe brings (registry.py)
    regex: re.Pattern = field(repr=False, compare=False, default=None)  # type: ignore[assignment]
    group_kinds: dict[str, str] = field(repr=False, compare=False, default_factory=dict)
    recipe: str = ""  # the function `value` names ...
    args: tuple[str, ...] = ()  # ... and its arguments (group names or literals)


def read_normalization_table(path: Path) -> list[TableRow]:
    """Read a tab-separated normalisation table; lines starting with '#' are comments."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [TableRow(*row[:4]) for row in csv.reader(lines, delimiter="\t")]


@lru_cache(maxsize=1)
def load_tables() -> dict[str, dict[str, str]]:
    """Each table as {word (lower case): value}."""
    spec = tomllib.loads((TIMEX_DIR / "placeholders.toml").read_text(encoding="utf-8"))
    return {
        name: {row.word.lower(): row.value for row in read_normalization_table(TABLES_DIR / file)}
        for name, file in spec["tables"].items()
    }


@cache
def kinds_of(behaviour: str) -> frozenset[str]:
    """The placeholder kinds placeholders.toml lists under [kinds] for a behaviour ('capitalised',
    'plural', 'abbreviated')."""
    spec = tomllib.loads((TIMEX_DIR / "placeholders.toml").read_text(encoding="utf-8"))
    return frozenset(spec["kinds"][behaviour])


@lru_cache(maxsize=1)
def load_regex_placeholders() -> dict[str, str]:
    spec = tomllib.loads((TIMEX_DIR / "placeholders.toml").read_text(encoding="utf-8"))
    return dict(spec["regex"])


def _table_alternation(name: str, words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    alternatives = []
    for word in ordered:
        escaped = re.escape(word)
        if name in kinds_of("abbreviated") and len(word) <= 4:
            escaped += r"\.?"  # "Wed." keeps its period inside the group
        if name in kinds_of("plural"):
            escaped = escaped[:-1] + "(?:y|ies)" if word.endswith("y") and word != "day" else escaped + "s?"
        alternatives.append(escaped)
    return "(?:" + "|".join(alternatives) + ")"


def expand_pattern(pattern: str) -> tuple[str, dict[str, str]]:
    """Replace `<kind>` / `<kind:group>` placeholders by named groups; return the regex and group kinds."""
    tables = load_tables()
    regexes = load_regex_placeholders()
    kinds: dict[str, str] = {}

    def substitute(match: re.Match) -> str:
        kind, group = match[1], match[2] or match[1]
        kinds[group] = kind
        if kind in tables:
            body = _table_alternation(kind, list(tables[kind]))
        elif kind in regexes:
            body = regexes[kind]
        else:
            raise KeyError(f"unknown placeholder <{kind}> in pattern {pattern!r}")
        return f"(?P<{group}>{body})"

    return _PLACEHOLDER.sub(substitute, pattern), kinds


def parse_recipe(recipe: str) -> tuple[str, tuple[str, ...]]:
    """'rel(week, -1)' → ('rel', ('week', '-1'))."""
    match = _RECIPE.match(recipe.strip())
    if not match:
        raise ValueError(f"bad value recipe: {recipe!r}")
    args = tuple(arg.strip() for arg in match[2].split(",")) if match[2].strip() else ()
    return match[1], args


_LITERAL_WORDS = {"today", "yesterday", "tomorrow", "none"}


def is_literal(arg: str) -> bool:
    """A recipe argument that is a value, not a group: -1, X, PRESENT_REF, week, next, today."""
    from extract.temporal.calendar import UNIT_NAMES

    return (arg.lstrip("-").isdigit() or arg.isupper() or arg in _LITERAL_WORDS or arg in UNIT_NAMES.values()
            or arg in load_tables()["direction"])


def compile_rule(raw: dict) -> Rule:
    """One rule of rules.toml, compiled and checked (RuleError, coded, when it cannot work)."""
    from extract.temporal.recipes import RECIPES, check_rule

    body, kinds = expand_pattern(raw["pattern"])
    regex = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w-])", re.IGNORECASE)
    fields = {key: raw.get(key, "") for key in ("name", "pattern", "type", "value", "example", "expected")}
    recipe, args = parse_recipe(raw["value"])
    declared = tuple(raw.get("flags", ()))
    check_rule(fields["name"], recipe, args, set(regex.groupindex), is_literal, declared)
    return Rule(**fields, mod=raw.get("mod", ""), published=raw.get("published", ""),
                comment=raw.get("comment", ""), regex=regex,
                also=tuple((extra["example"], extra["expected"]) for extra in raw.get("also", ())),
                group_kinds=kinds, recipe=recipe, args=args,
                flags=RECIPES[recipe].flags | frozenset(declared))


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """All temporal rules, compiled, in priority order."""
    spec = tomllib.loads((TIMEX_DIR / "rules.toml").read_text(encoding="utf-8"))
    return tuple(compile_rule(raw) for raw in spec["rule"])


def table_rows() -> dict[str, list[TableRow]]:
    """Every normalisation table with its rows (for the example tests)."""
    spec = tomllib.loads((TIMEX_DIR / "placeholders.toml").read_text(encoding="utf-8"))
    return {name: read_normalization_table(TABLES_DIR / file) for name, file in spec["tables"].items()}


@lru_cache(maxsize=1)
def load_context() -> dict[str, dict]:
    """The context lists of context.toml: {name: {"words": [...], "examples": [...]}}."""
    return tomllib.loads((TIMEX_DIR / "context.toml").read_text(encoding="utf-8"))


@cache
def context_words(name: str) -> frozenset[str]:
    """The words of one context list (KeyError when the list does not exist)."""
    return frozenset(load_context()[name]["words"])
