"""python -m extract on corpora: several inputs to one CSV, argument checks, every option documented."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from extract.__main__ import build_parser, main
from extract.bulk.choose import wants_corpus_run
from extract.schema import CORPUS_PROBLEM_COLUMNS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
CORPUS_OPTIONS = ("--dask", "--dask-workers", "--partition-size", "--resume", "--no-link")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [(["a.csv", "-o", "e.csv"], False), (["a.jsonl", "-o", "e.jsonl", "--workers", "2"], False),
     (["a.csv", "b.csv", "-o", "e.csv"], True), (["a.csv", "-o", "e.parquet"], True),
     (["a.csv", "-o", "e.csv", "--dask", "local"], True), (["a.jsonl.gz", "-o", "e.csv"], True),
     (["*.csv", "-o", "e.csv"], True), (["a.parquet", "-o", "e.csv"], True)],
)
def test_command_single_file_runs_stay_as_before(argv: list[str], expected: bool) -> None:
    assert wants_corpus_run(build_parser().parse_args(argv)) is expected


@pytest.mark.parametrize("partition_size", ["2"])
def test_command_several_files_to_one_csv(tmp_path, corpus, capsys, partition_size: str) -> None:
    events, problems = tmp_path / "events.csv", tmp_path / "problems.csv"
    code = main([str(corpus / "a.csv"), str(corpus / "c.csv"), "-o", str(events), "--problems", str(problems),
                 "--partition-size", partition_size])
    assert code == 0
    assert capsys.readouterr().out.startswith("8 rows, 7 articles parsed, ")
    table = pd.read_csv(problems, dtype=str, keep_default_na=False)
    assert list(table.columns) == list(CORPUS_PROBLEM_COLUMNS)
    assert table["message"].tolist() == [f"E121: {corpus / 'a.csv'}, data row 6: text is empty; row skipped"]
    assert set(pd.read_csv(events, dtype=str)["doc_id"]) == {"d0", "d1", "d2", "d3", "d4", "x1", "x2"}


@pytest.mark.parametrize(
    ("extra", "code"),
    [(["-o", "{tmp}/e.csv", "--resume"], "E143"), (["-o", "{tmp}/e.xlsx", "--dask", "local"], "E113"),
     (["-o", "{tmp}/e.parquet", "--dask", "tcp://127.0.0.1:9"], "E145")],
)
def test_command_unusable_arguments(tmp_path, corpus, capsys, extra: list[str], code: str) -> None:
    argv = [str(corpus / "c.csv")] + [a.format(tmp=tmp_path) for a in extra]
    assert main(argv) == 2
    assert f"error: {code}" in capsys.readouterr().err


@pytest.mark.parametrize("option", CORPUS_OPTIONS)
def test_command_options_documented(option: str) -> None:
    assert re.search(rf"`[^`]*{re.escape(option)}\b", README), f"README does not show {option}"
