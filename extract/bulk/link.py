"""Story linking after a corpus run: partitions are extracted apart, so the rows of different
partitions that report one event are linked here, once, over the whole written table.

Linking runs in the process that ran the command (it needs no text and no model, only the event
rows). For a Parquet dataset it reads the columns linking compares from every finished part, links
them, and rewrites — under a temporary name, then renamed — only the parts whose `story_id`s change.
It is idempotent: a resumed run links again and arrives at the same ids.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract.bulk.dataset import events_schema, replace_atomic
from extract.linking import link_stories
from extract.schema import LIST_COLUMNS

# What linking compares (extract/linking/rows.py): the rest of the table stays on disk.
LINK_COLUMNS = ("event_id", "doc_id", "sentence_start", "sentence", "trigger", "event_type", "actors",
                "targets", "location", "date_start", "date_end", "granularity", "story_id")


def _link_frame(parts: list[Path]) -> tuple[pd.DataFrame, list[int]]:
    """The link columns of every part, concatenated, and the number of rows of each part."""
    schema = pa.schema([events_schema().field(c) for c in LINK_COLUMNS])
    tables = [pq.read_table(p, columns=list(LINK_COLUMNS), schema=schema) for p in parts]
    frame = (pa.concat_tables(tables) if tables else schema.empty_table()).to_pandas()
    for column in LIST_COLUMNS:
        if column in frame:
            frame[column] = [list(v) for v in frame[column]]
    return frame, [t.num_rows for t in tables]


def link_dataset(path: Path) -> tuple[int, int]:
    """Link every row of the dataset at `path`; (rows, parts rewritten)."""
    parts = sorted(Path(path).glob("part-*.parquet"))
    frame, sizes = _link_frame(parts)
    if frame.empty:
        return 0, 0
    linked = link_stories(frame).to_numpy()
    rewritten, offset = 0, 0
    for part, size in zip(parts, sizes, strict=True):
        ids = linked[offset : offset + size]
        if list(frame["story_id"].iloc[offset : offset + size]) != list(ids):
            table = pq.read_table(part)  # with its metadata (the partition's counts)
            column = table.schema.get_field_index("story_id")
            table = table.set_column(column, "story_id", pa.array([str(i) for i in ids], pa.string()))
            replace_atomic(table, part)
            rewritten += 1
        offset += size
    return len(frame), rewritten


def link_collected(events: pd.DataFrame) -> pd.DataFrame:
    """A table collected in memory (a CSV / JSON Lines output), linked."""
    if not events.empty:
        events["story_id"] = link_stories(events)
    return events
