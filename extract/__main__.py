"""Command line: python -m extract ARTICLES... -o EVENTS(.csv|.jsonl|.parquet) [--problems FILE]
[--stories FILE].

One CSV / JSON Lines file to a CSV / JSON Lines table runs as it always has. Several files, a
directory, a glob, Parquet or .gz input, a Parquet output, --dask or --resume run through the corpus
runner (`extract.bulk`): partitions, optionally on a Dask cluster, resumable.

Exit codes: 0 done (row problems are reported, not fatal), 1 an output file could not be written,
2 unusable input or arguments, 130 interrupted (a Parquet output keeps its finished partitions).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from tqdm import tqdm

from extract import messages
from extract.bulk.choose import DEFAULT_PARTITION_SIZE, wants_corpus_run
from extract.corpus import DEFAULT_BATCH_SIZE, ExtractionResult, extract_articles
from extract.ingest import IngestError, RawTable, detect_columns, problems_frame, read_table, write_table
from extract.ingest.fetch import is_url, read_url
from extract.ingest.limits import PROBLEMS_SHOWN
from extract.ingest.pdf import PDF_SUFFIXES
from extract.ingest.webpage import WEBPAGE_SUFFIXES
from extract.ingest.word import WORD_SUFFIXES
from extract.ingest.writer import check_output_path
from extract.linking.story_table import stories
from extract.temporal.date_order import parse_order

if TYPE_CHECKING:
    from extract.bulk.runner import CorpusResult

EXIT_WRITE_FAILED = 1
EXIT_UNUSABLE = 2
EXIT_INTERRUPTED = 130
FORMAT_NAMES = {"document": "Markdown, one article", "webpage": "web page, one article",
                "pdf": "PDF, one article", "word": "Word document, one article"}
DOCUMENT_KINDS = {**dict.fromkeys(WEBPAGE_SUFFIXES, "webpage"), **dict.fromkeys(PDF_SUFFIXES, "pdf"),
                  **dict.fromkeys(WORD_SUFFIXES, "word")}
PROGRESS_MIN_ARTICLES = 20  # fewer articles finish too fast for a progress bar to help


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Turn a corpus of news articles into a table of dated events.",
        epilog="Formats follow the file extensions: .csv/.tsv, .jsonl (also .gz), .parquet, .md "
               "(one Markdown article per file; YAML front matter gives its date and title), or .html "
               "(one saved web page per file; its metadata give the date, title and site), .pdf or .docx "
               "(one article per file), or one http(s) URL of an article (fetched). "
               "Exit code 2: unusable input.",
    )
    parser.add_argument("articles", nargs="+",
                        help="articles: files (.csv .tsv .jsonl .json .parquet .md .html .pdf .docx, .gz), "
                             "directories, globs; or one http(s) URL of an article")
    parser.add_argument("-o", "--output", required=True,
                        help="events to write: a .csv or .jsonl file, or a .parquet dataset directory")
    parser.add_argument("--problems", help="problems table to write (row, column, message; .csv or .jsonl)")
    parser.add_argument("--stories", help="stories table to write: one row per linked story (.csv or .jsonl)")
    parser.add_argument("--no-link", action="store_true",
                        help="do not link stories (every row keeps its own story_id); link later with "
                             "python -m extract.linking")
    parser.add_argument("--text-column", help="column holding the article text (default: detected)")
    parser.add_argument("--date-column", help="column holding the publication date (default: detected)")
    parser.add_argument("--workers", type=_positive, default=1, help="parser processes (default 1)")
    parser.add_argument("--batch-size", type=_positive, default=DEFAULT_BATCH_SIZE,
                        help=f"articles per parser batch (default {DEFAULT_BATCH_SIZE})")
    parser.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                        help="publication date of the articles that have none (no date column or an "
                             "empty cell), so their relative times resolve")
    parser.add_argument("--date-order", type=_date_order, metavar="day-first|month-first",
                        help="how to read slash dates that read both ways (03/04/2025) in texts that do "
                             "not show their order (default: as the source writes them, else month first)")
    corpus = parser.add_argument_group("corpora (see README, 'Corpora beyond one machine')")
    corpus.add_argument("--dask", metavar="local|ADDRESS",
                        help="run on a Dask cluster: 'local' starts one here, tcp://HOST:8786 joins one")
    corpus.add_argument("--dask-workers", type=_positive, metavar="N",
                        help="worker processes of --dask local (default: one per core)")
    corpus.add_argument("--partition-size", type=_positive, default=DEFAULT_PARTITION_SIZE, metavar="N",
                        help=f"input rows per partition and part file (default {DEFAULT_PARTITION_SIZE})")
    corpus.add_argument("--resume", action="store_true",
                        help="continue a stopped run in the same .parquet output (finished partitions kept)")
    return parser


def _date_order(value: str) -> bool | None:
    try:
        return parse_order(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(messages.E115.format(value=value)) from None


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {number}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result = run_corpus(args) if wants_corpus_run(args) else run(args)
    except IngestError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    except OSError as err:
        print(f"error: {messages.E112.format(name=err.filename, reason=err.strerror)}", file=sys.stderr)
        return EXIT_WRITE_FAILED
    except KeyboardInterrupt:
        print("\ninterrupted; finished partitions of a .parquet output are kept: run the same command "
              "with --resume to continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(summary(result))
    if result.articles == 0:
        name = ", ".join(args.articles)
        print(f"error: {messages.E110.format(name=name, rows=result.rows)}", file=sys.stderr)
        return EXIT_UNUSABLE
    return 0


def run(args: argparse.Namespace) -> ExtractionResult:
    """Read, extract and write; raises IngestError for unusable input."""
    output = check_output_path(args.output)
    for optional in (args.problems, args.stories):
        if optional:
            check_output_path(optional)
    table = read_url(args.articles[0]) if is_url(args.articles[0]) else read_table(args.articles[0])
    overrides = {"text": args.text_column, "published": args.date_column}
    mapping = detect_columns(table.frame.columns, overrides=overrides, name=table.name)
    print(f"read {table.name}: {_how_read(table)}; columns: {mapping.describe()}", file=sys.stderr)
    with _progress_bar(len(table.frame)) as bar:
        result = extract_articles(table.frame, progress=_advance(bar), workers=args.workers,
                                  batch_size=args.batch_size, columns=mapping, link=not args.no_link,
                                  day_first=args.date_order, published=args.published)
    result.problems = _with_read_problems(table.problems, result)
    write_table(result.events, output)
    if args.stories:
        table = stories(result.events)
        write_table(table, args.stories)
        print(f"{len(table)} stories ({(table['reports'] > 1).sum()} reported by more than one article) "
              f"written to {args.stories}", file=sys.stderr)
    if args.problems:
        write_table(result.problems, args.problems)
    else:
        _show_problems(result)
    return result


def _how_read(table: RawTable) -> str:
    """"CSV, cp1252, delimiter ';'" — so a user can see how the file was understood."""
    kind = table.format
    if kind == "document":
        kind = DOCUMENT_KINDS.get(Path(table.name).suffix.lower(), kind)
    parts = [FORMAT_NAMES.get(kind, kind.upper())] + ([table.encoding] if table.encoding != "binary" else [])
    if table.delimiter:
        parts.append("delimiter " + ("tab" if table.delimiter == "\t" else repr(table.delimiter)))
    return ", ".join(parts)


def _with_read_problems(read_problems: list[dict], result: ExtractionResult) -> pd.DataFrame:
    """Rows the reader could not make into records (bad JSON lines, …) join the problems table."""
    if not read_problems:
        return result.problems
    result.rows += len(read_problems)
    return problems_frame(read_problems + result.problems.to_dict("records"))


def _progress_bar(total: int) -> tqdm:
    return tqdm(total=total, desc="articles", unit="art", file=sys.stderr,
                disable=total < PROGRESS_MIN_ARTICLES, leave=False)


def _advance(bar: tqdm) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    return progress


def _show_problems(result: ExtractionResult) -> None:
    for message in result.problems["message"].head(PROBLEMS_SHOWN):
        print(f"problem: {message}", file=sys.stderr)
    hidden = len(result.problems) - PROBLEMS_SHOWN
    if hidden > 0:
        print(f"... {hidden} more problems; write them all with --problems FILE", file=sys.stderr)


def run_corpus(args: argparse.Namespace) -> CorpusResult:
    """The corpus runner, imported only when needed (it brings Dask and pyarrow)."""
    from extract.bulk.command import run_corpus_command

    return run_corpus_command(args)


def summary(result: ExtractionResult | CorpusResult) -> str:
    """The one-line summary printed at the end (of an ExtractionResult or a bulk CorpusResult)."""
    events = len(result.events) if isinstance(result, ExtractionResult) else result.events_count
    counts = ((result.rows, "row"), (result.articles, "article"), (events, "event"),
              (len(result.problems), "problem"))
    rows, articles, events, problems = (_counted(n, word) for n, word in counts)
    return f"{rows}, {articles} parsed, {events}, {problems}"


def _counted(number: int, word: str) -> str:
    """"1 row", "2 rows": the summary is read by people."""
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


if __name__ == "__main__":
    sys.exit(main())
