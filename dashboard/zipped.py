"""A zipped corpus dataset as an upload: the Parquet folder `python -m extract ... -o EVENTS.parquet`
writes (`extract/bulk/dataset.py`: `part-*.parquet` events parts, `_problems/part-*.parquet`), zipped.

The parts are read from the zip in memory (never extracted to disk), within a limit on their unzipped
size. A run made with `--no-link` has no story ids: `unlinked` says so, and the page links the stories
in a worker (`extraction.link`), as `python -m extract.linking DATASET -o ONE.parquet` would, since
linking a large dataset takes minutes.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.messages import message
from extract.bulk.dataset import PROBLEMS, events_frame, events_schema, problems_schema
from extract.ingest import IngestError

MAX_UNZIPPED_BYTES = 400 * 1024 * 1024  # Parquet parts barely compress: a bigger total is not a dataset


def _parts(names: list[str]) -> tuple[list[str], list[str]]:
    """(events parts, problems parts) among the zip's member names."""
    events, problems = [], []
    for name in names:
        path = PurePosixPath(name)
        if not (path.name.startswith("part-") and path.suffix == ".parquet"):
            continue
        hidden = [p for p in path.parts[:-1] if p.startswith((".", "_"))]
        if not hidden:
            events.append(name)
        elif hidden == [PROBLEMS] and path.parent.name == PROBLEMS:
            problems.append(name)
    return sorted(events), sorted(problems)


def read_zipped_dataset(data: bytes, name: str) -> tuple[pd.DataFrame, list[dict]]:
    """(events, problems) of a zipped corpus dataset; IngestError (D111) if unusable. The story ids are
    those of the run (empty after `--no-link`: see `unlinked`)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise IngestError(message("D111", name=name, reason=str(error)[:200])) from error
    events_parts, problem_parts = _parts([m.filename for m in members if not m.is_dir()])
    if not events_parts:
        raise IngestError(message("D111", name=name, reason="it holds no part-*.parquet events file"))
    if sum(m.file_size for m in members) > MAX_UNZIPPED_BYTES:
        raise IngestError(message("D111", name=name,
                                  reason=f"it unzips to more than {MAX_UNZIPPED_BYTES // 2**20} MB"))
    try:
        events = events_frame([_read(archive, part, events_schema()) for part in events_parts])
        problems = [_read(archive, part, problems_schema()) for part in problem_parts]
    except (pa.ArrowException, OSError, zipfile.BadZipFile) as error:
        raise IngestError(message("D111", name=name, reason=str(error)[:200])) from error
    return events, pa.concat_tables(problems).to_pandas().to_dict("records") if problems else []


def unlinked(events: pd.DataFrame) -> bool:
    """Whether an events table has rows and not one story id (a corpus run made with `--no-link`)."""
    return len(events) > 0 and "story_id" in events and bool((events["story_id"].fillna("") == "").all())


def _read(archive: zipfile.ZipFile, member: str, schema: pa.Schema) -> pa.Table:
    return pq.read_table(io.BytesIO(archive.read(member)), schema=schema)
