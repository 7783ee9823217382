"""Whether a command line needs the corpus runner; kept free of Dask and pyarrow imports so that a
single-file run starts as fast as before."""

from __future__ import annotations

import argparse
import glob
from pathlib import Path

from extract import messages
from extract.ingest.errors import IngestError
from extract.ingest.fetch import is_url
from extract.ingest.streams import PARQUET_SUFFIXES

DEFAULT_PARTITION_SIZE = 250  # input rows per partition: a minute or so of one worker, one part file


def is_parquet(path: Path) -> bool:
    return path.suffix.lower() in PARQUET_SUFFIXES


def wants_corpus_run(args: argparse.Namespace) -> bool:
    """True unless the run is one CSV / JSON Lines file (or one URL) to a CSV / JSON Lines table, as
    before. A URL is read alone (IngestError E152 beside other inputs)."""
    if any(is_url(a) for a in args.articles):
        if len(args.articles) > 1:
            raise IngestError(messages.E152)
        return False
    inputs = [Path(a) for a in args.articles]
    corpus_input = any(p.is_dir() or glob.has_magic(str(p)) or is_parquet(p) or p.suffix.lower() == ".gz"
                       for p in inputs)
    return (len(inputs) > 1 or corpus_input or bool(args.dask) or args.resume
            or args.dask_workers is not None or is_parquet(Path(args.output)))
