"""Fixtures for the corpus-runner tests: small corpora on disk and a real two-process Dask cluster."""

from __future__ import annotations

import csv
import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

# Short news texts (written for these tests): each has actors, a trigger and a time expression.
TEXTS = (
    "Qatari and Egyptian mediators met Hamas officials in Doha on Monday to discuss a ceasefire.",
    "The Israeli prime minister said on Tuesday that talks with Hamas would resume next week.",
    "Russian and Ukrainian delegations met in Istanbul on Friday and agreed to exchange prisoners.",
    "The foreign ministers of Egypt and Jordan met in Cairo last week to discuss humanitarian aid.",
    "Iran accused the United States on Sunday of sabotaging the nuclear talks in Vienna.",
    "China and the Philippines agreed on Wednesday to hold new talks about the South China Sea.",
    "The European Union imposed new sanctions on Russia two days after the attack on Kyiv.",
    "Turkey's president met the Syrian leader in Ankara yesterday, officials said.",
    "Saudi Arabia and Iran restored diplomatic relations in March after talks in Beijing.",
)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_jsonl(path: Path, records: list[dict], compress: bool = False) -> Path:
    text = "".join(json.dumps(r) + "\n" for r in records)
    path.write_bytes(gzip.compress(text.encode()) if compress else text.encode())
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory of three files (CSV, JSON Lines .gz, CSV) with 12 articles, a duplicated id, an
    empty text and a bad JSON line."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    header = ["id", "text", "date"]
    rows = [[f"d{i}", text, f"2025-0{i + 1}-10"] for i, text in enumerate(TEXTS[:5])]
    write_csv(folder / "a.csv", [header, *rows, ["empty", "", "2025-06-01"]])
    records = [{"id": f"d{i}", "body": t, "published": "2025-07-01"} for i, t in enumerate(TEXTS[5:])]
    repeated = {"id": "d0", "body": TEXTS[0], "published": "2025-07-02"}
    write_jsonl(folder / "b.jsonl.gz", [*records[:2], repeated], compress=True)
    (folder / "c.csv").write_text("id,text,date\nx1,\"" + TEXTS[8] + "\",2025-08-01\nx2,\"" + TEXTS[3]
                                  + "\",2025-08-02\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Client]:
    """A LocalCluster of two worker processes (one thread each), torn down after the module."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client
