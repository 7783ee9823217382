"""Inputs to partitions: files, directories and globs expanded; each file read lazily in chunks,
its columns detected once, every chunk validated into a `Partition` of articles plus problems.

Validation runs here, in the process that reads, so document ids stay unique across the whole
corpus exactly as in a single-file run (`prepare_articles` with one `seen_ids` for all chunks).
"""

from __future__ import annotations

import datetime as dt
import glob
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extract import messages
from extract.ingest.articles import Article, prepare_articles
from extract.ingest.columns import ColumnMapping, detect_columns
from extract.ingest.errors import IngestError, problem
from extract.ingest.streams import file_format, read_chunks
from extract.ingest.webpage import WEBPAGE_SUFFIXES


@dataclass
class Partition:
    """Consecutive rows of one input file, validated. `key` orders partitions and names part files."""

    key: str
    file: str
    unit: str  # what a row number counts, with the file: "a.csv, data row"
    articles: list[Article]
    problems: list[dict] = field(default_factory=list)  # reading and validation problems
    rows: int = 0  # input rows, usable or not
    position: int = 0  # bytes of the file read so far


def expand_inputs(specs: Sequence[str]) -> list[Path]:
    """Files named by `specs` (files, directories read recursively, globs), without repeats.

    A spec matching nothing raises IngestError E140 (a missing plain file: E101)."""
    files: list[Path] = []
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
        elif glob.has_magic(spec):
            found = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
        elif path.is_file():
            found = [path]
        else:
            raise IngestError(messages.E101.format(name=spec, reason="no such file or directory"))
        if not found:
            raise IngestError(messages.E140.format(spec=spec))
        files.extend(p for p in found if p not in files)
    return files


DATASET_DOCUMENTS = ("readme", "license", "licence", "changelog", "notice")  # beside a corpus, not in it


def _readable(path: Path) -> bool:
    """Whether a file found in a directory is one we read (hidden files, other types and a dataset's
    own README/LICENSE are not; a file named on the command line is always read)."""
    if path.name.startswith((".", "_")) or path.stem.lower().startswith(DATASET_DOCUMENTS):
        return False
    if _in_saved_page_folder(path):
        return False
    try:
        file_format(path)
    except IngestError:
        return False
    return True


def partitions(files: Sequence[Path], size: int, overrides: dict[str, str | None],
               notify: Callable[[str], None] = lambda line: None,
               day_first: bool | None = None, published: dt.date | None = None) -> Iterator[Partition]:
    """Every file's partitions in order; a file that cannot be used becomes one partition holding
    only its problem. `notify` receives one line per file saying how its columns were read;
    `day_first` True reads publication dates that read both ways day first; `published` dates the
    rows that have no date."""
    seen_ids: dict[str, str] = {}
    for index, path in enumerate(files):
        yield from _file_partitions(index, path, size, overrides, seen_ids, notify, day_first, published)


def _file_partitions(index: int, path: Path, size: int, overrides: dict[str, str | None],
                     seen_ids: dict[str, str], notify: Callable[[str], None],
                     day_first: bool | None = None, published: dt.date | None = None) -> Iterator[Partition]:
    name, number, mapping = str(path), 0, None
    try:
        for number, chunk in enumerate(read_chunks(path, size, name)):
            if mapping is None:
                mapping = _mapping(chunk.frame, overrides, name)
                notify(f"read {name}: columns: {mapping.describe()}")
            prepared = prepare_articles(chunk.frame, mapping, seen_ids, day_first, published)
            found = [p for p in prepared.problems if number == 0 or p["row"] is not None]  # E128 once
            rows = len(chunk.frame) + len({p["row"] for p in chunk.problems} - set(chunk.frame.index))
            yield Partition(_key(index, number), name, prepared.unit, prepared.articles,
                            _with_file(chunk.problems + found, name), rows, chunk.position)
    except IngestError as err:
        key = _key(index, number + 1 if mapping is not None else 0)
        yield Partition(key, name, name, [], _with_file([problem(None, "", str(err))], name))


def _mapping(frame: pd.DataFrame, overrides: dict[str, str | None], name: str) -> ColumnMapping:
    if len(frame) == 0 and len(frame.columns) == 0:
        raise IngestError(messages.E107.format(name=name))
    return detect_columns(frame.columns, overrides=overrides, name=name)


def _key(index: int, number: int) -> str:
    return f"{index:05d}-{number:06d}"


def _with_file(problems: list[dict], name: str) -> list[dict]:
    return [{**p, "file": name} for p in problems]


def _in_saved_page_folder(path: Path) -> bool:
    """Whether `path` lies in the folder a browser writes beside a saved page ("Story_files/" beside
    "Story.html"): its frames and adverts are no articles of the corpus."""
    for folder in path.parents:
        stem = folder.name.removesuffix("_files")
        if stem != folder.name and any((folder.parent / (stem + s)).is_file() for s in WEBPAGE_SUFFIXES):
            return True
    return False
