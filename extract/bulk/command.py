"""`python -m extract` for corpora: several files, a directory or a glob; Parquet in and out;
`--dask local|ADDRESS`; `--resume`. Chosen by `extract.__main__` when a single-file run cannot do.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract import messages
from extract.bulk.choose import is_parquet
from extract.bulk.dataset import Dataset, read_events
from extract.bulk.engines import DaskEngine, LocalEngine
from extract.bulk.link import link_collected, link_dataset
from extract.bulk.progress import CorpusProgress
from extract.bulk.runner import CorpusResult, MemorySink, partitions_note, run_corpus
from extract.bulk.sources import expand_inputs, partitions
from extract.ingest.errors import IngestError
from extract.ingest.limits import PROBLEMS_SHOWN
from extract.ingest.writer import check_output_path, write_table
from extract.linking.story_table import stories
from extract.schema import EVENT_COLUMNS


def run_corpus_command(args: argparse.Namespace) -> CorpusResult:
    """Read, extract and write a corpus; raises IngestError (unusable input) or ClusterError."""
    output, parquet = Path(args.output), is_parquet(Path(args.output))
    if not parquet:
        check_output_path(output)
        if args.resume:
            raise IngestError(messages.E143.format(name=output))
    for optional in (args.problems, args.stories):
        if optional:
            check_output_path(optional)
    files = expand_inputs(args.articles)
    overrides = {"text": args.text_column, "published": args.date_column}
    sink = Dataset(output, _manifest(files, args, overrides), args.resume) if parquet else MemorySink()
    engine = _engine(args)
    progress = CorpusProgress(sum(f.stat().st_size for f in files))
    try:
        jobs = partitions(files, args.partition_size, overrides, notify=_stderr, day_first=args.date_order,
                          published=args.published)
        result = run_corpus(jobs, sink, engine, progress)
    finally:
        engine.close()
    progress.show(final=True)
    if not args.no_link:
        _link(result, output, parquet)
    _write(result, args, output, parquet)
    _stderr(partitions_note(result))
    return result


def _link(result: CorpusResult, output: Path, parquet: bool) -> None:
    """Link stories across every partition of the run, once all are written (extract/bulk/link.py)."""
    _stderr(f"linking stories across the {result.events_count:,} events of {result.partitions} partitions")
    if parquet:
        rows, rewritten = link_dataset(output)
        _stderr(f"linked {rows:,} events; {rewritten} part files rewritten with their story_id")
    elif result.events is not None:
        link_collected(result.events)


def _manifest(files: list[Path], args: argparse.Namespace, overrides: dict) -> dict:
    """What a resumed run must share with the run it continues."""
    inputs = [[str(f), f.stat().st_size, f.stat().st_mtime_ns] for f in files]
    return {"inputs": inputs, "partition_size": args.partition_size, "columns": overrides,
            "event_columns": list(EVENT_COLUMNS), "date_order": args.date_order,
            "published": args.published and args.published.isoformat()}


def _engine(args: argparse.Namespace) -> LocalEngine:
    """This process; or a Dask cluster: --dask, --dask-workers alone, or --workers N (a local one)."""
    workers = args.dask_workers or (args.workers if args.workers > 1 else None)
    if not args.dask and workers is None:
        return LocalEngine(args.batch_size, args.date_order)
    engine = DaskEngine.connect(args.dask or "local", workers, args.batch_size, args.date_order)
    _stderr(f"dask: {engine.workers()} workers, scheduler {engine.client.scheduler.address}")
    return engine


def _write(result: CorpusResult, args: argparse.Namespace, output: Path, parquet: bool) -> None:
    if not parquet:
        write_table(result.events, output)
    if args.stories:
        table = stories(read_events(output) if parquet else result.events)
        write_table(table, args.stories)
        _stderr(f"{len(table)} stories ({(table['reports'] > 1).sum()} reported by more than one article) "
                f"written to {args.stories}")
    if args.problems:
        write_table(result.problems, args.problems)
        return
    for text in result.problems["message"].head(PROBLEMS_SHOWN):
        _stderr(f"problem: {text}")
    hidden = len(result.problems) - PROBLEMS_SHOWN
    where = f"see {output}/_problems or " if parquet else ""
    if hidden > 0:
        _stderr(f"... {hidden} more problems; {where}write them all with --problems FILE")


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


__all__ = ["run_corpus_command"]
