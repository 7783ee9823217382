"""Office holders from the Phoenix person entries (`Phoenix.Countries.actors.txt`).

A person entry's synonyms often carry the person's title ("+ISRAELI_PRIME_MINISTER_BENJAMIN_NETANYAHU"),
and its government roles carry dates (`[ISRGOV 960618-990706]`, `[ISRGOV >090401]`). When an entry's
synonyms name exactly one title (data/actors/roles.tsv) and that title is held by one person at a
time (roles.tsv `single`), each dated government role becomes a row "who held TITLE of COUNTRY from
START to END". An entry whose synonyms name two titles ("president" and "prime minister") is left
out: its roles do not say which range is which office. A range still open in the dictionary ends at
the dictionary's own date (the latest date it names), so later articles do not get its holders.
"""

from __future__ import annotations

from collections.abc import Iterable

from extract.resources.phoenix import ActorEntry

GOVERNMENT = "GOV"
COUNTRY_CODE_LENGTH = 3


def titles_in(phrase: str, roles: dict[str, str]) -> list[str]:
    """The titles a phrase names, longest role first at each word ('israeli vice president x' →
    ['Vice President'], not also 'President')."""
    words, found, i = phrase.split(), [], 0
    ordered = sorted(roles, key=lambda r: -len(r.split()))
    while i < len(words):
        role = next((r for r in ordered if words[i:i + len(r.split())] == r.split()), None)
        if role is None:
            i += 1
            continue
        found.append(roles[role])
        i += len(role.split())
    return found


def holder_rows(entries: Iterable[ActorEntry], roles: dict[str, str], single: set[str], cap: str,
                file: str) -> list[tuple[str, str, str, str, str, str]]:
    """(title, country code, holder, start, end, source): for every person entry with one
    single-holder title (see the module docstring), its last dated government role (the one the
    title names: Shimon Peres's earlier ranges are his premierships, his synonyms say "president"),
    open ends becoming `cap`; then overlapping holders of one office are settled (`settle`)."""
    rows = []
    for entry in entries:
        if not entry.phrases or titles_in(entry.phrases[0], roles):  # the entry is an office itself
            continue
        titles = {t for p in entry.phrases[1:] for t in titles_in(p, roles)}
        government = [(r.end or cap, r.start) for r in entry.roles
                      if r.code[COUNTRY_CODE_LENGTH:] == GOVERNMENT and (r.start or r.end) and r.start < cap]
        if len(titles) != 1 or not titles <= single or not government:
            continue
        end, start = max(government)
        code = next(r.code for r in entry.roles if (r.end or cap, r.start) == (end, start))
        rows.append((titles.pop(), code[:COUNTRY_CODE_LENGTH], entry.phrases[0], start, min(end, cap),
                     f"{file}:{entry.line}"))
    return settle(rows)


def settle(rows: list[tuple]) -> list[tuple]:
    """One holder at a time: where another holder's range lies inside a holder's, the holder took
    the office after it (Hassan Rouhani's government range from 2000 holds Ahmadinejad's presidency
    2005-2013: Rouhani is president from 2013); where two ranges overlap at the edge, the earlier
    holder's ends when the later one's starts."""
    rows = sorted(rows, key=lambda r: (r[0], r[1], r[3]))
    for _ in range(len(rows)):
        changed = False
        for i, a in enumerate(rows):
            for b in rows:
                if a[:2] != b[:2] or a[2] == b[2] or not (a[3] <= b[3] < a[4]):
                    continue
                a = (*a[:3], b[4], a[4], a[5]) if b[4] <= a[4] else (*a[:4], b[3], a[5])
                rows[i], changed = a, True
        if not changed:
            break
    return sorted(r for r in rows if r[3] < r[4])


def dictionary_date(actor_rows: Iterable[tuple]) -> str:
    """The latest date the dictionary names (its rows' start and end dates): what it knew up to."""
    return max((d for row in actor_rows for d in row[2:4] if d), default="")
