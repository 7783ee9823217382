"""The bundled sample: extracted once per engine version and kept in the store, so later starts are quick.

The cache key hashes the sample file together with the engine's source and rule files: when either
changes, the sample is extracted again instead of showing stale events.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from dashboard import store
from dashboard.extraction import Report, extract
from dashboard.loading import read_upload
from dashboard.messages import message
from dashboard.synthetic import synthetic_events

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = ROOT / "data" / "sample" / "articles.csv"
ENGINE_DIR = ROOT / "extract"
ENGINE_SUFFIXES = {".py", ".tsv", ".toml", ".json", ".txt"}
DEMO_EVENTS = 400


def sample_path() -> Path:
    """The sample corpus: DATELINE_SAMPLE when set (tests use a two-article file), else the bundled one."""
    return Path(os.environ.get("DATELINE_SAMPLE") or SAMPLE_PATH)


def engine_fingerprint() -> str:
    """A hash of every source and rule file of the extractor."""
    digest = hashlib.sha256()
    for path in sorted(ENGINE_DIR.rglob("*")):
        if path.suffix in ENGINE_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ENGINE_DIR)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def sample_key(path: Path) -> str:
    """The cache key of the sample's events: sample content + engine version."""
    content = path.read_bytes() if path.exists() else b"(no sample)"
    return "sample:" + hashlib.sha256(content + engine_fingerprint().encode()).hexdigest()[:24]


def sample_dataset(report: Report | None = None, path: Path | None = None) -> tuple[str, str]:
    """(dataset id, note) of the sample, extracting it on the first call for this sample and engine.

    Without a sample file (or when it yields no events) a small synthetic demo table is shown, and
    the note says so.
    """
    path = path or sample_path()
    key = sample_key(path)
    known = store.cached(key)
    if known and store.exists(known):
        return known, ""
    note = ""
    if path.exists():
        upload = read_upload(path.read_bytes(), path.name)
        done = extract(upload.frame, upload.mapping, report, upload.problems) if upload.kind else None
        if done is not None and len(done.events):
            ident = store.save(done.events, f"Sample corpus ({path.name})", done.problems)
            store.remember(key, ident)
            return ident, ""
        note = message("D503", name=path.name)
    ident = store.save(synthetic_events(DEMO_EVENTS), "Synthetic demo table")
    store.remember(key, ident)
    return ident, note or message("D502", path=path)
