"""A corpus run's Parquet dataset folder, zipped, opens in the dashboard as one events table."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from dashboard import store
from dashboard.extraction import link
from dashboard.jobs import ExtractionJob, outcome
from dashboard.loading import problems_table, read_upload
from dashboard.synthetic import synthetic_events
from extract.bulk.dataset import Dataset
from tests.dashboard.helpers import finish_extraction


def _zip(folder: Path, prefix: str = "events.parquet/") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return buffer.getvalue()


@pytest.fixture
def corpus_dataset(tmp_path) -> Path:
    """Two partitions of a run without linking (`--no-link`: story ids empty), one with a problem."""
    events = synthetic_events(60, seed=2).assign(story_id="")
    dataset = Dataset(tmp_path / "events.parquet", {"inputs": ["a.csv"]}, resume=False)
    dataset.write("00000-000000", events.iloc[:25], [], {})
    problem = {"row": 31, "column": "text", "message": "E125: the article is too long", "file": "a.csv"}
    dataset.write("00000-000001", events.iloc[25:], [problem], {})
    return tmp_path / "events.parquet"


@pytest.mark.parametrize("prefix", ["events.parquet/", "", "runs/2026/events.parquet/"])
def test_zipped_dataset_opens_as_one_events_table_to_link(corpus_dataset, prefix):
    upload = read_upload(_zip(corpus_dataset, prefix), "events.zip")
    assert (upload.kind, upload.error, upload.link) == ("events", "", True)
    assert sorted(upload.frame["event_id"]) == sorted(synthetic_events(60, seed=2)["event_id"])
    assert (upload.frame["story_id"] == "").all()  # linked by a job when opened (see below)
    linked = link(upload.frame)
    assert (linked.done, linked.total) == (upload.frame["doc_id"].nunique(),) * 2
    assert (linked.events["story_id"] != "").all()  # as `python -m extract.linking` would
    assert upload.frame["actors"].map(type).eq(list).all()
    assert problems_table(upload.problems).to_dict("records") == [
        {"row": "31", "column": "text", "message": "E125: the article is too long"}]


def test_a_linked_dataset_keeps_its_story_ids(tmp_path):
    events = synthetic_events(10, seed=4).assign(story_id="s1")
    Dataset(tmp_path / "ev.parquet", {}, resume=False).write("00000-000000", events, [], {})
    upload = read_upload(_zip(tmp_path / "ev.parquet"), "ev.zip")
    assert set(upload.frame["story_id"]) == {"s1"} and not upload.link


def test_a_linking_job_stopped_keeps_nothing(corpus_dataset):
    """Cancel while the stories are linked: nothing is stored, the view is kept (D508)."""
    upload = read_upload(_zip(corpus_dataset), "events.zip")
    job = ExtractionJob("events.zip", upload.frame, read_problems=upload.problems, run=link)
    job.cancel()
    assert job.wait(300) and job.cancelled and job.result.events.empty
    verdict = outcome(job)
    assert not verdict.keep and verdict.alerts[0][1].startswith("D508")


def test_a_linking_stopped_half_way_ends_there_and_keeps_nothing(corpus_dataset):
    """Cancel during the linking itself (not before it): it stops there, and nothing is kept."""
    upload = read_upload(_zip(corpus_dataset), "events.zip")
    asked: list[int] = []

    def stop() -> bool:  # no at the first question (the first walk over the pairs), yes at the second
        asked.append(1)
        return len(asked) > 1

    result = link(upload.frame, stop=stop)
    assert len(asked) == 2 and result.events.empty and result.done == 0


@pytest.mark.parametrize(("members", "reason"), [
    ({"notes.txt": b"hello"}, "holds no part-*.parquet events file"),
    ({"events.parquet/_problems/part-00000-000000.parquet": b"x"}, "holds no part-*.parquet events file"),
    ({"events.parquet/part-00000-000000.parquet": b"not parquet"}, "Parquet"),
])
def test_unusable_zips_are_a_coded_message(members, reason):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    upload = read_upload(buffer.getvalue(), "bad.zip")
    assert upload.kind == "" and upload.error.startswith("D111: bad.zip cannot be read")
    assert reason in upload.error


def test_not_a_zip_is_a_coded_message():
    assert read_upload(b"PK but not really", "x.zip").error.startswith("D111: x.zip")


def test_app_opens_an_uploaded_zipped_dataset(app, corpus_dataset):
    at = app()
    at.file_uploader(key="upload").set_value(("events.zip", _zip(corpus_dataset), "application/zip")).run()
    assert not at.exception and any("an events table of 60 rows" in s.value for s in at.success)
    assert any(c.value.startswith("D112") for c in at.caption)  # its stories are to be linked
    # linking runs in a worker, as an extraction does; on a fast machine it is collected in the click's run
    finish_extraction(at.button(key="open_events").click().run())
    assert not at.exception and "events.zip" in at.caption[0].value and "60 events" in at.caption[0].value
    ident = at.query_params["ds"]
    assert (store.load(ident)["story_id"] != "").all()
    assert at.subheader[0].value.endswith(" of 60)")
    assert "Download problems report (1)" in [b.label for b in at.get("download_button")]
