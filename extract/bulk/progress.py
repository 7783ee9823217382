"""Progress of a corpus run on stderr: articles done / total, rate and ETA, across the cluster.

The total is exact once every input file has been read; before that it is estimated from the share
of input bytes read so far (shown with "~").
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

INTERVAL = 2.0  # seconds between lines when stderr is not a terminal


@dataclass
class CorpusProgress:
    bytes_total: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    rows_read: int = 0
    bytes_read: int = 0
    reading_done: bool = False
    done: int = 0
    skipped: int = 0  # rows of partitions finished by an earlier run (not counted in the rate)
    started: float = field(default_factory=time.monotonic)
    shown: float = 0.0

    def read(self, rows: int, bytes_read: int) -> None:
        self.rows_read += rows
        self.bytes_read = max(self.bytes_read, bytes_read)

    def finish(self, rows: int, skipped: bool = False) -> None:
        self.done += rows
        self.skipped += rows if skipped else 0
        self.show()

    def total(self) -> tuple[int, bool]:
        """(total rows, whether it is exact)."""
        if self.reading_done or not self.bytes_read:
            return self.rows_read, self.reading_done
        return max(self.rows_read, round(self.rows_read * self.bytes_total / self.bytes_read)), False

    def line(self, now: float | None = None) -> str:
        elapsed = (now if now is not None else time.monotonic()) - self.started
        total, exact = self.total()
        rate = (self.done - self.skipped) / elapsed if elapsed > 0 else 0.0
        parts = [f"articles {self.done:,}/{'' if exact else '~'}{total:,}", f"{rate:,.1f}/s"]
        if rate > 0 and total > self.done:
            parts.append(f"ETA {format_seconds((total - self.done) / rate)}")
        return ", ".join(parts)

    def show(self, final: bool = False) -> None:
        now = time.monotonic()
        tty = self.stream.isatty()
        if not final and now - self.shown < (0.2 if tty else INTERVAL):
            return
        self.shown = now
        end = "\n" if final or not tty else ""
        print(("\r" if tty else "") + self.line(now), end=end, file=self.stream, flush=True)


def format_seconds(seconds: float) -> str:
    """"42s", "3m 05s", "2h 10m"."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m {seconds % 60:02d}s"
    return f"{seconds // 3600}h {seconds % 3600 // 60:02d}m"
