"""Grep-friendly error listing for timex scoring: one tab-separated line per miss.

Columns: KIND, doc, system text, gold text, system field, gold field, character offset.
KIND is FP (system timex not paired: field = its value), FN (gold not paired: field = value),
SPAN (paired, different extent: field = start-end), TYPE (paired, different type) or VALUE
(paired, different value). A pair wrong in several ways gives one line per way.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.evaluate.scoring import Span, pair_successes, pair_timexes

KINDS: tuple[str, ...] = ("FP", "FN", "SPAN", "TYPE", "VALUE")


def clean(text: str) -> str:
    """Text on one line: runs of whitespace (tabs, newlines) become one space."""
    return " ".join(text.split())


def line(kind: str, doc: str, sys_text: str, gold_text: str, sys_x: str, gold_x: str, offset: int) -> str:
    """One tab-separated miss line."""
    return "\t".join([kind, doc, clean(sys_text), clean(gold_text), sys_x, gold_x, str(offset)])


def pair_lines(doc: str, s: Span, g: Span) -> list[str]:
    """The lines of one pair that fails some measure (none when it is right on all)."""
    ok = pair_successes(s, g)
    fields = {
        "SPAN": ("strict", f"{s.start}-{s.end}", f"{g.start}-{g.end}"),
        "TYPE": ("type", s.type, g.type),
        "VALUE": ("value", s.value, g.value),
    }
    return [
        line(kind, doc, s.text, g.text, sys_x, gold_x, g.start)
        for kind, (measure, sys_x, gold_x) in fields.items()
        if not ok[measure]
    ]


def miss_lines(doc: str, system: Sequence[Span], gold: Sequence[Span]) -> list[str]:
    """Every miss of one document, in text order."""
    pairs = pair_timexes(system, gold)
    paired_sys = {i for i, _ in pairs}
    paired_gold = {j for _, j in pairs}
    found: list[tuple[int, str]] = []
    for i, s in enumerate(system):
        if i not in paired_sys:
            found.append((s.start, line("FP", doc, s.text, "", s.value, "", s.start)))
    for j, g in enumerate(gold):
        if j not in paired_gold:
            found.append((g.start, line("FN", doc, "", g.text, "", g.value, g.start)))
    for i, j in pairs:
        found.extend((gold[j].start, text) for text in pair_lines(doc, system[i], gold[j]))
    return [text for _, text in sorted(found, key=lambda item: item[0])]
