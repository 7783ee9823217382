"""Command line: python -m extract.linking EVENTS -o LINKED [--stories STORIES].

Links the rows of an events table already collected — the Parquet dataset of a corpus or Dask run
(`python -m extract ... -o EVENTS.parquet`), or an exported .csv / .jsonl table — and writes it back
with `story_id` filled, and optionally the stories table. Linking needs no text and no model.
Exit codes: 0 done, 1 an output cannot be written, 2 the input cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from extract import messages
from extract.ingest.errors import IngestError
from extract.ingest.writer import check_output_path, write_table
from extract.linking import link_stories
from extract.linking.story_table import stories
from extract.schema import LIST_COLUMNS, split_list


def read_events_table(path: Path) -> pd.DataFrame:
    """An events table from a Parquet dataset or file, CSV or JSON Lines (list columns as lists)."""
    if path.suffix.lower() == ".parquet":
        from extract.bulk.dataset import read_events  # pyarrow only when needed

        return read_events(path)
    if path.suffix.lower() == ".jsonl":
        frame = pd.read_json(path, lines=True, dtype=False)
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in LIST_COLUMNS:
        if column in frame.columns:
            frame[column] = frame[column].map(split_list)
    return frame


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.linking", description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=Path, help="events table: .parquet (file or dataset), .csv or .jsonl")
    parser.add_argument("-o", "--output", required=True,
                        help="linked events table to write: .csv, .jsonl or one .parquet file "
                             "(the dashboard opens it)")
    parser.add_argument("--stories", help="stories table to write (.csv or .jsonl)")
    args = parser.parse_args(argv)
    try:
        for output in (args.output, args.stories):
            if output:
                check_output_path(output)
    except IngestError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        events = read_events_table(args.events)
    except (OSError, ValueError) as err:
        print(f"error: {messages.E101.format(name=args.events, reason=err)}", file=sys.stderr)
        return 2
    events["story_id"] = link_stories(events)
    try:
        write_table(events, args.output)
        if args.stories:
            write_table(stories(events), args.stories)
    except OSError as err:
        print(f"error: {messages.E112.format(name=err.filename, reason=err.strerror)}", file=sys.stderr)
        return 1
    print(f"{len(events)} events, {events['story_id'].nunique()} stories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
