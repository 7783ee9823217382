"""The tables imported from the PETRARCH2 / Phoenix dictionaries (data/petrarch2/, MIT licence).

Written by `python -m extract.resources`; read here once into dicts. Hand-written tables
(data/lexicon/, data/actors/) are consulted first by their callers: these only fill gaps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.events.tables import DATA_DIR, read_data_table

IMPORTED_DIR = DATA_DIR / "petrarch2"
# Codes the CAMEO manual's examples still use beside the ISO ones.
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "GMY": "DEU", "UK": "GBR", "ANG": "AGO"}


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: str
    end: str

    def holds_on(self, day: dt.date | None) -> bool:
        """Whether the role held on `day` (an undated role always does; no day: any role)."""
        text = day.isoformat() if day else ""
        return not text or ((not self.start or self.start <= text) and (not self.end or text <= self.end))


def same_code(code: str) -> str:
    return CODE_ALIASES.get(code, code)


@lru_cache(maxsize=2)
def country_codes(directory: Path = IMPORTED_DIR) -> dict[str, str]:
    """Lower-case country name, demonym or alias → ISO-style code ('palestinians' → 'PSE')."""
    return {phrase: code for phrase, (code, _) in _country_entries(directory).items()}


@lru_cache(maxsize=2)
def actor_codes(directory: Path = IMPORTED_DIR) -> dict[str, tuple[DatedCode, ...]]:
    """Lower-case actor phrase → its codes with dates ('moshe katsav' → ISRGOV 2000-08-01..2007-07-01)."""
    found: dict[str, list[DatedCode]] = {}
    columns = ("phrase", "code", "start", "end", "source")
    for row in read_data_table(directory / "actors.tsv", columns, ("phrase", "code")):
        found.setdefault(row["phrase"], []).append(DatedCode(row["code"], row["start"], row["end"]))
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=2)
def agent_sectors(directory: Path = IMPORTED_DIR) -> dict[str, str]:
    """Lower-case generic agent ('police', 'rebel') → sector code ('COP', 'REB')."""
    rows = read_data_table(directory / "agents.tsv", ("phrase", "sector", "source"), ("phrase", "sector"))
    return {row["phrase"]: row["sector"] for row in rows}


def code_of(name: str, day: dt.date | None = None) -> str:
    """The country (or IGO/NGO) code of a name: a country phrase, else the first 3 letters of the
    role the actor held on `day` ('' when unknown)."""
    key = name.lower().removeprefix("the ")
    if key in country_codes():
        return same_code(country_codes()[key])
    roles = actor_codes().get(key) or actor_codes().get(name.lower()) or ()
    sectors = set(agent_sectors().values())
    owned = [r for r in roles if r.code[:3] not in sectors]
    held = [r for r in owned if r.holds_on(day)] or owned
    return same_code(held[0].code[:3]) if held else ""


# Categories a CAMEO verb alone may give. The cooperative families (03-07: 'pay', 'buy', 'send',
# 'respect', 'find') gather everyday verbs that are events only with the right object, so for them
# only the phrase patterns count ('pay * COMPENSATION').
BARE_VERB_TYPES = frozenset({"CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                             "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"})


def specific(code: str) -> bool:
    """A CAMEO sub-category ('1711' confiscate, '145' riot), not a root ('060' cooperate, '190' use
    force): the dictionary files whole families of loosely related verbs ('lead', 'serve', 'die')
    under a root code, meant to be read with their patterns, so a verb alone is typed only by a
    specific code."""
    return len(code) == 4 or (len(code) == 3 and code[2] != "0")


@dataclass(frozen=True)
class ImportedVerbs:
    """The CAMEO verb dictionary as lookups: word form → lemma, lemma → blocks and (particle, type),
    (block, noun, preposition) → type."""

    forms: dict[str, str]
    blocks: dict[str, frozenset[str]]
    types: dict[str, tuple[tuple[str, str], ...]]
    patterns: dict[tuple[str, str, str], str]


@lru_cache(maxsize=2)
def imported_verbs(directory: Path = IMPORTED_DIR) -> ImportedVerbs:
    forms: dict[str, str] = {}
    blocks: dict[str, set[str]] = {}
    types: dict[str, list[tuple[str, str]]] = {}
    columns = ("lemma", "forms", "block", "cameo", "plover", "source")
    for row in read_data_table(directory / "verbs.tsv", columns, ("lemma", "block")):
        lemma, _, particle = row["lemma"].partition(" ")
        if not particle:  # "take off" is in the CANCEL block, "take" is not
            blocks.setdefault(lemma, set()).add(row["block"])
        for form in row["forms"].split():
            forms.setdefault(form.split()[0], lemma)
        if row["plover"] in BARE_VERB_TYPES and specific(row["cameo"]):
            types.setdefault(lemma, []).append((particle, row["plover"]))
    columns = ("block", "noun", "preposition", "cameo", "plover", "pattern", "source")
    patterns = {(r["block"], r["noun"], r["preposition"]): r["plover"]
                for r in read_data_table(directory / "verb_patterns.tsv", columns, ("block", "plover"))}
    return ImportedVerbs(forms, {k: frozenset(v) for k, v in blocks.items()},
                         {k: tuple(sorted(v, key=lambda e: not e[0])) for k, v in types.items()}, patterns)


@lru_cache(maxsize=2)
def _country_entries(directory: Path = IMPORTED_DIR) -> dict[str, tuple[str, str]]:
    """Lower-case phrase → (code, the country entry's own name)."""
    columns = ("phrase", "code", "name", "source")
    rows = read_data_table(directory / "countries.tsv", columns, ("phrase", "code"))
    return {row["phrase"]: (row["code"], row["name"]) for row in rows}


@lru_cache(maxsize=1)
def _names_by_code() -> dict[str, str]:
    """Country code → the canonical name the hand-written alias table uses for that country."""
    from extract.events.actors import load_aliases  # the hand table names countries first

    names: dict[str, str] = {}
    codes = country_codes()
    for actor in load_aliases().values():
        key = actor.name.lower().removeprefix("the ")
        code = codes.get(key) or _dated_country_code(key)
        if actor.kind == "country":
            names.setdefault(same_code(code), actor.name)
    names.pop("", None)
    return names


def _dated_country_code(key: str) -> str:
    """The code of a country whose dictionary entry dates its codes (states formed since 1990:
    'ukraine' → [USRUKR <1991-08-24], [UKR >1991-12-21]): its latest three-letter code."""
    dated = [r for r in actor_codes().get(key, ()) if len(r.code) == 3]
    return max(dated, key=lambda r: r.start).code if dated else ""


def country_name(code: str) -> str:
    """The canonical name of the country a Phoenix code stands for ('DEU' → 'Germany'; '' if none)."""
    return _names_by_code().get(same_code(code), "")


def imported_country(text: str, label: str) -> str:
    """The canonical country a name the hand table lacks stands for: a demonym or alias of an
    NORP entity ("Fijian", "Burundian"), or a GPE that is a country's own name ("Fiji"); a GPE that
    the dictionary lists only as an alias (a city: "Kabul") is a place, not a country. '' if none."""
    found = _country_entries().get(text.lower().removeprefix("the "))
    if found is None or (label == "GPE" and text.lower().removeprefix("the ") != found[1]):
        return ""
    code, name = found
    return _names_by_code().get(same_code(code)) or name.title()
