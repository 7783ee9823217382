"""A cancelled extraction's resume state keeps only what is left to do (`dashboard/resume.py`, version
2): the articles not parsed yet, as validated, instead of the whole articles table, and no rows (the
partial dataset the state is kept with holds them). Existing states are converted here.
"""

from __future__ import annotations

import gzip
import json

from dashboard.store.migrations import Migrator


def upgrade(db: Migrator) -> None:
    """Convert every resume state kept before this migration (none: nothing is imported)."""
    mark = "?" if db.dialect == "sqlite" else "%s"
    kept = db.execute("SELECT dataset_id, state FROM resume")  # the table of migration 0003
    if not kept:
        return
    from dashboard.resume import upgraded_state  # the extractor's modules, only when there is work

    for ident, state in kept:
        old = json.loads(gzip.decompress(bytes(state)).decode("utf-8"))
        text = json.dumps(upgraded_state(old), ensure_ascii=False, default=str)
        db.execute(f"UPDATE resume SET state = {mark} WHERE dataset_id = {mark}",
                   (gzip.compress(text.encode("utf-8"), compresslevel=6), ident))

