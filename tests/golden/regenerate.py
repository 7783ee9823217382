"""Rewrite the golden events tables after a deliberate change of behaviour.

    python -m tests.golden.regenerate                  # every article in tests/golden/data/articles.csv
    python -m tests.golden.regenerate s19 s20          # only these
    python -m tests.golden.regenerate --from-sample s04 s08 s19 s20 s23
                                                       # (re)freeze these sample articles first

Then read `git diff tests/golden/data` row by row before committing: a golden is only as good as
the eye that checked it.
"""

from __future__ import annotations

import argparse

import pandas as pd

from tests.golden.expectations import ARTICLES as SAMPLE
from tests.golden.golden import ARTICLES, articles, events_of_article, golden_path, to_csv


def freeze(ids: list[str]) -> None:
    sample = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    chosen = sample[sample["id"].isin(ids)]
    missing = sorted(set(ids) - set(chosen["id"]))
    if missing:
        raise SystemExit(f"not in {SAMPLE}: {', '.join(missing)}")
    chosen.to_csv(ARTICLES, index=False, lineterminator="\n")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("ids", nargs="*", help="article ids (default: all frozen ones)")
    parser.add_argument("--from-sample", action="store_true", help="copy these ids from data/sample first")
    args = parser.parse_args()
    if args.from_sample:
        freeze(args.ids)
    for article in articles().to_dict("records"):
        if args.ids and article["id"] not in args.ids:
            continue
        table = events_of_article(article)
        golden_path(article["id"]).write_text(to_csv(table), encoding="utf-8")
        print(f"{golden_path(article['id'])}: {len(table)} events")


if __name__ == "__main__":
    main()
