"""Command line: `python -m extract.evaluate timeml DIR`, `... timeline DOCS_DIR GOLD_DIR`,
`... plover GOLD.json`, `... event-time DIR`, `... audit STORIES.jsonl AUDIT.tsv`,
`... stories ECBPLUS_DIR`.

Both print a score table; `--misses` first lists every miss as a tab-separated line (grep-able).
Input problems go to stderr as coded one-line messages (see errors.py); exit status 2 when the
input cannot be scored at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from extract.evaluate import audit, ecbplus_eval, event_time, plover_eval, timeline_eval, timeml_eval
from extract.evaluate.errors import EvaluationInputError, message


def positive(value: str) -> int:
    """An argparse type: a whole number >= 1."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(message("EV020", got=value))
    return int(value)


def parser() -> argparse.ArgumentParser:
    """The argument parser of both sub-commands."""
    top = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    timeml = commands.add_parser("timeml", help="score find_timexes on TimeML gold (TempEval-3 rules)")
    timeml.add_argument("directory", type=Path, help="folder searched recursively for *.tml")
    timeml.add_argument("--misses", action="store_true", help="list every miss, one tab-separated line")
    timeml.add_argument("--limit", type=positive, metavar="N", help="only the first N documents")
    timeml.add_argument("--case", choices=("lower", "upper"),
                        help="change only the letter case of each text (offsets and gold unchanged)")
    timeline = commands.add_parser("timeline", help="score extract_events on SemEval-2015 TimeLine gold")
    timeline.add_argument("docs_dir", type=Path, help="folder of TimeML documents (*.tml)")
    timeline.add_argument("gold_dir", type=Path, help="folder of gold timelines (*.txt)")
    timeline.add_argument("--misses", action="store_true", help="list FP/FN tuples, one tab-separated line")
    plover = commands.add_parser("plover", help="score extract_events on PLOVER gold records (JSON)")
    plover.add_argument("gold", type=Path, help="a PLOVER gold-standard records file (JSON list)")
    plover.add_argument("--misses", action="store_true", help="list every record missing a measure")
    dated = commands.add_parser("event-time", help="score event dates against TimeML event-time links")
    dated.add_argument("directory", type=Path, help="folder searched recursively for *.tml")
    dated.add_argument("--limit", type=positive, metavar="N", help="only the first N documents")
    audited = commands.add_parser("audit", help="hand-judged precision audit of a drawn sample of events")
    audited.add_argument("stories", type=Path, nargs="?", help="JSON Lines stories (id, text, published, "
                         "...); without it the table is only reported")
    audited.add_argument("table", type=Path, help="the audit table (TSV) with the hand judgments")
    audited.add_argument("--size", type=positive, default=100, help="rows drawn (default 100)")
    audited.add_argument("--seed", default=audit.DEFAULT_SEED, help="the seed of the draw")
    audited.add_argument("--write", action="store_true", help="rewrite the table with the current draw")
    stories = commands.add_parser("stories", help="score story linking on ECB+ event coreference")
    stories.add_argument("directory", type=Path, help="the ECB+ folder (docs/, selected_sentences.csv)")
    stories.add_argument("--topics", nargs="+", metavar="T", help="only these topics (numbers)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run; coded input errors print one line and exit with status 2."""
    args = parser().parse_args(argv)
    try:
        if args.command == "timeml":
            return timeml_eval.main(args.directory, args.limit, args.misses, case=args.case)
        if args.command == "plover":
            return plover_eval.main(args.gold, args.misses)
        if args.command == "event-time":
            return event_time.main(args.directory, args.limit)
        if args.command == "audit":
            return audit.main(args.stories, args.table, args.size, args.write, args.seed)
        if args.command == "stories":
            return ecbplus_eval.main(args.directory, args.topics)
        return timeline_eval.main(args.docs_dir, args.gold_dir, args.misses)
    except EvaluationInputError as err:
        print(err, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
