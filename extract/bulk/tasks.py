"""What runs on a worker: one partition's articles to event rows and problems.

The spaCy pipeline is built once per process (`events.build_pipeline` is cached); on a Dask worker
`PipelinePlugin` builds it when the worker starts, so no partition pays for it.
"""

from __future__ import annotations

import threading

import pandas as pd
from distributed.diagnostics.plugin import WorkerPlugin

from extract import events as events_layer
from extract.corpus import DEFAULT_BATCH_SIZE, extract_prepared
from extract.ingest.articles import Article
from extract.schema import EVENT_COLUMNS

PIPELINE_LOCK = threading.Lock()  # one partition at a time per process, whatever the worker's threads


def extract_partition(articles: list[Article], unit: str,
                      batch_size: int = DEFAULT_BATCH_SIZE,
                      day_first: bool | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """(events table, problems) of validated articles; one failing article becomes a problem."""
    with PIPELINE_LOCK:
        rows, problems = extract_prepared(articles, unit, events_layer.build_pipeline(),
                                          batch_size=batch_size, day_first=day_first)
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS)), problems


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline when a worker process starts (and again in a restarted one)."""

    name = "dateline-pipeline"

    def setup(self, worker: object) -> None:
        events_layer.build_pipeline()
