"""`python -m extract.resources PETRARCH_DICT_DIR [--out data/petrarch2]`: rewrite the imported tables.

Every row keeps its provenance (`source`: dictionary file and line). Rows are sorted so that a
re-run on the same dictionaries gives the same files (the diff shows what a dictionary update changed).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from extract.events.actors import load_roles, load_single_roles
from extract.events.tables import DATA_DIR
from extract.messages import RS001
from extract.resources.agents import read_agents
from extract.resources.cameo import PatternRow, pattern_rows, read_synsets, read_verbs
from extract.resources.holders import dictionary_date, holder_rows
from extract.resources.phoenix import read_actors
from extract.resources.plover import plover

OUT_DIR = DATA_DIR / "petrarch2"
VERBS, AGENTS, ACTORS = "CAMEO.2.0.txt", "Phoenix.agents.txt", "Phoenix.{}.actors.txt"
ACTOR_FILES = ("Countries", "International", "MilNonState")
COUNTRY_CODE_LENGTH = 3
VERB_COLUMNS = ("lemma", "forms", "block", "cameo", "plover", "source")
PATTERN_COLUMNS = ("block", "noun", "preposition", "cameo", "plover", "pattern", "source")
HOLDER_COLUMNS = ("title", "code", "holder", "start", "end", "source")


def write(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a TSV (header first); returns the number of rows."""
    rows = sorted({tuple(r) for r in rows})
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        out.writerow(header)
        out.writerows(rows)
    return len(rows)


def verb_rows(source: Path) -> tuple[list[tuple], list[tuple]]:
    verbs, raw = read_verbs(source)
    found = [(v.lemma, v.forms, v.block, v.code, plover(v.code), f"{VERBS}:{v.line}")
             for v in verbs if v.lemma]
    return found, _patterns(pattern_rows(raw, read_synsets(source)))


def _patterns(rows: list[PatternRow]) -> list[tuple]:
    """One row per (block, noun, preposition): the PLOVER category most of its patterns give (ties:
    the shortest pattern), with that pattern as provenance."""
    groups: dict[tuple[str, str, str], list[PatternRow]] = {}
    for row in rows:
        if plover(row.code) and row.noun.isalpha():
            groups.setdefault((row.block, row.noun, row.preposition), []).append(row)
    kept = []
    for (block, noun, preposition), group in groups.items():
        votes = Counter(plover(r.code) for r in group)
        best = max(group, key=lambda r: (votes[plover(r.code)], -len(r.pattern)))
        source = f"{VERBS}:{best.line}"
        kept.append((block, noun, preposition, best.code, plover(best.code), best.pattern, source))
    return kept


def actor_rows(directory: Path) -> tuple[list[tuple], list[tuple]]:
    """(country phrases with their code, every other actor phrase with its dated roles)."""
    countries, actors = [], []
    for name in ACTOR_FILES:
        file = ACTORS.format(name)
        for entry in read_actors(directory / file):
            for role in entry.roles:
                for text in entry.phrases:
                    if not text:
                        continue
                    row = (text, role.code, role.start, role.end, f"{file}:{entry.line}")
                    is_country = name == "Countries" and len(role.code) == COUNTRY_CODE_LENGTH
                    if is_country and not role.start:
                        countries.append((text, role.code, entry.phrases[0], f"{file}:{entry.line}"))
                    else:
                        actors.append(row)
    return countries, actors


def office_rows(directory: Path, actors: list[tuple]) -> list[tuple]:
    """Office holders by date from the country file's person entries (resources/holders.py), with
    the titles of the hand-written roles table."""
    file = ACTORS.format("Countries")
    single = {title for role, title in load_single_roles().items()}
    return holder_rows(read_actors(directory / file), load_roles(), single, dictionary_date(actors), file)


def convert(directory: Path, out: Path) -> dict[str, int]:
    """Write every imported table into `out`; returns rows written per file."""
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(directory / "LICENSE", out / "LICENSE")
    verbs, patterns = verb_rows(directory / VERBS)
    countries, actors = actor_rows(directory)
    agents = [(p, code, f"{AGENTS}:{line}") for p, code, line in read_agents(directory / AGENTS) if p]
    return {
        "verbs.tsv": write(out / "verbs.tsv", VERB_COLUMNS, verbs),
        "verb_patterns.tsv": write(out / "verb_patterns.tsv", PATTERN_COLUMNS, patterns),
        "countries.tsv": write(out / "countries.tsv", ("phrase", "code", "name", "source"), countries),
        "actors.tsv": write(out / "actors.tsv", ("phrase", "code", "start", "end", "source"), actors),
        "agents.tsv": write(out / "agents.tsv", ("phrase", "sector", "source"), agents),
        "office_holders.tsv": write(out / "office_holders.tsv", HOLDER_COLUMNS,
                                    office_rows(directory, actors)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    top = argparse.ArgumentParser(prog="python -m extract.resources", description=__doc__)
    top.add_argument("dictionaries", type=Path, help="the PETRARCH2 dictionaries folder")
    top.add_argument("--out", type=Path, default=OUT_DIR, help=f"output folder (default {OUT_DIR})")
    args = top.parse_args(argv)
    missing = [f for f in (VERBS, AGENTS, "LICENSE", *(ACTORS.format(n) for n in ACTOR_FILES))
               if not (args.dictionaries / f).exists()]
    if missing:
        print(RS001.format(folder=args.dictionaries, missing=", ".join(missing)), file=sys.stderr)
        return 2
    for name, count in convert(args.dictionaries, args.out).items():
        print(f"{name}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
