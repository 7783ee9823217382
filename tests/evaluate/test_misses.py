"""The grep-friendly miss listing."""

from __future__ import annotations

import pytest

from extract.evaluate.misses import miss_lines
from extract.evaluate.timeml import GoldTimex

FRIDAY = GoldTimex(0, 6, "Friday", "DATE", "1998-11-20")


@pytest.mark.parametrize(
    ("system", "gold", "lines"),
    [
        ([FRIDAY], [FRIDAY], []),
        (
            [GoldTimex(0, 6, "Friday", "DATE", "1998-11-13")],
            [GoldTimex(0, 6, "Friday", "DATE", "1998-11-20")],
            ["VALUE\td\tFriday\tFriday\t1998-11-13\t1998-11-20\t0"],
        ),
        (
            [GoldTimex(0, 10, "Friday at", "TIME", "1998-11-20")],
            [GoldTimex(0, 6, "Friday", "DATE", "1998-11-20")],
            ["SPAN\td\tFriday at\tFriday\t0-10\t0-6\t0", "TYPE\td\tFriday at\tFriday\tTIME\tDATE\t0"],
        ),
        (
            [GoldTimex(20, 24, "noon", "TIME", "T12")],
            [GoldTimex(0, 13, "two\tweeks\nago", "DURATION", "P2W")],
            ["FN\td\t\ttwo weeks ago\t\tP2W\t0", "FP\td\tnoon\t\tT12\t\t20"],
        ),
    ],
)
def test_miss_lines(system, gold, lines):
    assert miss_lines("d", system, gold) == lines
