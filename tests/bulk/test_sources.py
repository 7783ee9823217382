"""Inputs to partitions: files, directories and globs; ids unique across the whole corpus."""

from __future__ import annotations

import pytest

from extract.bulk.sources import expand_inputs, partitions
from extract.ingest import IngestError
from extract.ingest.articles import prepare_articles
from extract.ingest.columns import detect_columns
from extract.ingest.tables import read_table


@pytest.mark.parametrize(
    ("specs", "expected"),
    [(["corpus"], ["a.csv", "b.jsonl.gz", "c.csv"]), (["corpus/*.csv"], ["a.csv", "c.csv"]),
     (["corpus/c.csv", "corpus/a.csv", "corpus/c.csv"], ["c.csv", "a.csv"])],
)
def test_sources_expand_inputs(tmp_path, corpus, monkeypatch, specs, expected) -> None:
    monkeypatch.chdir(tmp_path)
    (corpus / "_notes.txt").write_text("not an input")
    (corpus / "readme.md").write_text("not an input")
    assert [p.name for p in expand_inputs(specs)] == expected


@pytest.mark.parametrize(("spec", "code"), [("corpus/*.tsv", "E140"), ("missing.csv", "E101")])
def test_sources_expand_inputs_nothing(tmp_path, corpus, monkeypatch, spec: str, code: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(IngestError, match=code):
        expand_inputs([spec])


@pytest.mark.parametrize("size", [1, 2, 100])
def test_sources_partitions_same_articles_as_one_table(corpus, size: int) -> None:
    """Partitioned validation gives the articles and problems of one validation of the whole file."""
    path = corpus / "a.csv"
    table = read_table(path)
    whole = prepare_articles(table.frame, detect_columns(table.frame.columns))
    parts = list(partitions([path], size, {}))
    assert [a.doc_id for p in parts for a in p.articles] == [a.doc_id for a in whole.articles]
    assert [p["row"] for part in parts for p in part.problems] == [p["row"] for p in whole.problems]
    assert sum(p.rows for p in parts) == whole.rows


@pytest.mark.parametrize("size", [2])
def test_sources_ids_unique_across_files(corpus, size: int) -> None:
    parts = list(partitions(expand_inputs([str(corpus)]), size, {}))
    ids = [a.doc_id for p in parts for a in p.articles]
    assert len(ids) == len(set(ids)) == 10
    renamed = [p["message"] for part in parts for p in part.problems if p["message"].startswith("E126")]
    assert renamed[0].startswith("E126: ") and "b.jsonl.gz, line 1: id 'd0' already used by" in renamed[0]
    assert all(p["file"] == part.file for part in parts for p in part.problems)


@pytest.mark.parametrize(("content", "code"), [("headline\nTalks\n", "E102"), (b"PK\x03\x04\x00", "E109")])
def test_sources_unusable_file_is_one_problem(tmp_path, corpus, content, code: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode())
    parts = list(partitions([bad, corpus / "c.csv"], 2, {}))
    assert parts[0].articles == [] and parts[0].problems[0]["message"].startswith(code)
    assert parts[0].problems[0]["row"] is None
    assert [a.doc_id for a in parts[1].articles] == ["x1", "x2"]
