"""The progress line: done / total (estimated until the input is read), rate, ETA."""

from __future__ import annotations

import io

import pytest

from extract.bulk.progress import CorpusProgress, format_seconds


@pytest.mark.parametrize(
    ("reads", "finished", "reading_done", "expected"),
    [
        ([(100, 250)], [100], False, "articles 100/~400, 10.0/s, ETA 30s"),
        ([(100, 250), (100, 1000)], [100, 100], True, "articles 200/200, 20.0/s"),
        ([(100, 250)], [], False, "articles 0/~400, 0.0/s"),
    ],
)
def test_progress_line(reads, finished, reading_done, expected: str) -> None:
    progress = CorpusProgress(bytes_total=1000, stream=io.StringIO(), started=0.0)
    for rows, position in reads:
        progress.read(rows, position)
    for rows in finished:
        progress.finish(rows)
    progress.reading_done = reading_done
    assert progress.line(now=10.0) == expected


@pytest.mark.parametrize("skipped", [300])
def test_progress_rate_leaves_out_resumed_partitions(skipped: int) -> None:
    progress = CorpusProgress(bytes_total=1000, stream=io.StringIO(), started=0.0)
    progress.read(400, 1000)
    progress.reading_done = True
    progress.finish(skipped, skipped=True)
    progress.finish(50)
    assert progress.line(now=10.0) == "articles 350/400, 5.0/s, ETA 10s"


@pytest.mark.parametrize(("seconds", "expected"), [(42.4, "42s"), (185, "3m 05s"), (7800, "2h 10m")])
def test_progress_format_seconds(seconds: float, expected: str) -> None:
    assert format_seconds(seconds) == expected
