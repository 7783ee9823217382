"""What a cancelled extraction keeps in the store: the resume state's bytes beside the partial dataset's.

    .venv/bin/python benchmarks/bench_resume.py ARTICLES_FILE [--parts 2 4]

The file is read as an upload is (`dashboard.loading.read_upload`: CSV, JSONL, ...) and extracted as
the page does (`jobs.ExtractionJob`), stopped after each number of parts of `extraction.PART`
articles as a Cancel pressed then would; the partial dataset and its resume state are stored in a
throwaway SQLite data directory as `data_in.collect_job` stores them. Printed: articles done of
total, the stored (gzip) resume state, the partial dataset's events CSV as SQLite stores it (gzip), the file's
size. Sizes only, no timing: the load does not change them.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import tempfile
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import store  # noqa: E402
from dashboard.codec import to_csv_text  # noqa: E402
from dashboard.extraction import extract  # noqa: E402
from dashboard.jobs import ExtractionJob, kept_name  # noqa: E402
from dashboard.loading import read_upload  # noqa: E402
from dashboard.resume import job_state  # noqa: E402
from extract.evaluate.tables import format_table  # noqa: E402


def stopping_after(parts: int):
    """An extractor that stops before part `parts + 1`, as a Cancel pressed during part `parts` does."""
    def run(articles, mapping, report, problems, _stop, **options):
        asked: list[int] = []
        return extract(articles, mapping, report, problems, lambda: asked.append(1) or len(asked) > parts,
                       **options)
    return run


def stored_sizes(path: Path, parts: int) -> dict:
    """Store the partial dataset and resume state of a run of `path` stopped after `parts` parts."""
    upload = read_upload(path.read_bytes(), path.name)
    run = partial(stopping_after(parts), day_first=None, published=None)
    job = ExtractionJob(path.name, upload.frame, upload.mapping, upload.problems, run=run)
    job.wait(3600)
    result = job.result
    ident = store.save(result.events, kept_name(job), result.problems)
    store.save_resume(ident, job_state(job))
    state = store.backend().load_resume(ident) or b""
    return {"done": f"{result.done} of {result.total}", "state_bytes": len(state),
            "dataset_bytes": len(gzip.compress(to_csv_text(result.events).encode("utf-8"), compresslevel=6)),
            "events": len(result.events)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--parts", type=int, nargs="+", default=[2, 4])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATELINE_DATA_DIR"] = folder
        os.environ.pop(store.URL_VARIABLE, None)
        rows = [{"parts": parts, **stored_sizes(args.articles, parts)} for parts in args.parts]
        store.close()
    print(f"{args.articles.name}: {args.articles.stat().st_size:,} bytes")
    print(format_table(list(rows[0]), [list(row.values()) for row in rows]))


if __name__ == "__main__":
    main()
