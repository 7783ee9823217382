"""Plain-text tables for the evaluation commands."""

from __future__ import annotations

from collections.abc import Sequence


def format_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Left-aligned first column, right-aligned others; floats printed with 4 decimals."""
    cells = [[str(h) for h in header]] + [[cell_text(c) for c in row] for row in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(header))]
    lines = []
    for r in cells:
        first = r[0].ljust(widths[0])
        rest = [c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def cell_text(value: object) -> str:
    """A float as 0.1234, anything else as str()."""
    return f"{value:.4f}" if isinstance(value, float) else str(value)
