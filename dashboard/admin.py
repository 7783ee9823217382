"""Housekeeping of the datasets stored on this server (SQLite or PostgreSQL, as the app is configured).

    python -m dashboard.admin list [--limit N]
    python -m dashboard.admin delete ID [ID ...]
    python -m dashboard.admin prune --older-than 90d     (not saved for 90 days; d days, w weeks, h hours)

Every command ends with the size of the database. Exit code 1: a dataset to delete was not found;
2: bad arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

from dashboard import store
from dashboard.messages import message
from dashboard.store.backend import DatasetInfo

AGE_PATTERN = re.compile(r"^(\d+)([hdw])$")
AGE_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> dt.timedelta:
    """'90d', '12h', '2w' as a timedelta (argparse type: a bad value is a coded usage error)."""
    match = AGE_PATTERN.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(message("D405", value=text))
    return dt.timedelta(**{AGE_UNITS[match.group(2)]: int(match.group(1))})


def human_size(size: int) -> str:
    """Bytes as B, KiB, MiB or GiB with one decimal."""
    value, unit = float(size), "B"
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            break
        value /= 1024
    return f"{value:.1f} {unit}" if unit != "B" else f"{size} B"


def format_rows(rows: list[DatasetInfo]) -> list[str]:
    """One line per dataset: id, events, created (UTC), name."""
    lines = [f"{'id':24}  {'events':>9}  {'created (UTC)':16}  name"]
    for info in rows:
        lines.append(f"{info.id:24}  {info.events:>9,}  {info.created:%Y-%m-%d %H:%M}  {info.name}")
    return lines


def where() -> str:
    """Which database the commands act on (no password shown)."""
    url = store.database_url()
    if url:
        return "PostgreSQL " + re.sub(r"//[^@/]*@", "//", url).split("?")[0]
    return f"SQLite {store.data_dir() / store.DB_NAME}"


def run(args: argparse.Namespace) -> int:
    """Run one command; its exit code."""
    code = 0
    if args.command == "list":
        rows = store.datasets(args.limit)
        print("\n".join(format_rows(rows)))
        print(f"{len(rows):,} datasets")
    elif args.command == "delete":
        for ident in args.ids:
            if store.delete(ident):
                print(f"deleted {ident}")
            else:
                print(message("D404", value=ident), file=sys.stderr)
                code = 1
    else:
        gone = store.prune(args.older_than)
        print(f"deleted {len(gone):,} datasets last saved before "
              f"{dt.datetime.now(dt.UTC) - args.older_than:%Y-%m-%d %H:%M} UTC", *gone, sep="\n")
    print(f"database: {human_size(store.size_bytes())} ({where()})")
    return code


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m dashboard.admin", description=__doc__.split("\n")[0])
    commands = main.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="stored datasets, the last saved first")
    listing.add_argument("--limit", type=int, default=None, metavar="N")
    delete = commands.add_parser("delete", help="delete datasets by id")
    delete.add_argument("ids", nargs="+", metavar="ID")
    prune = commands.add_parser("prune", help="delete datasets not saved again for an age")
    prune.add_argument("--older-than", type=parse_age, required=True, metavar="AGE", help="e.g. 90d, 2w, 12h")
    return main


def main(argv: list[str] | None = None) -> int:
    return run(parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
