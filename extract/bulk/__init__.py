"""Corpora beyond one machine: many files read in partitions, extraction on a Dask cluster (or in
this process), a resumable Parquet dataset out.

    choose.py     whether a command line needs this runner (imports nothing heavy)
    command.py    the command line's corpus run
    sources.py    inputs (files, directories, globs) → partitions of validated articles
    tasks.py      what a worker runs on one partition; the worker plugin that loads spaCy once
    engines.py    where partitions run: this process, or a Dask cluster (local or remote)
    dataset.py    the Parquet dataset: part files written atomically, the run's manifest
    progress.py   articles done / total, rate and ETA on stderr
    runner.py     the run: skip finished partitions, submit, write, report
"""
