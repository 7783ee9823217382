"""python -m extract.linking: link an events table collected elsewhere (a corpus or Dask run)."""

import csv

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract.bulk.dataset import events_schema
from extract.ingest.writer import write_table
from extract.linking.__main__ import main
from tests.linking.events import event, table

REPORTS = (
    event("a1", "d1", "met", "CONSULT", ["Antony Blinken"], "2025-01-15",
          "Antony Blinken met Wang Yi in Beijing on Wednesday.", ["Wang Yi"], location="Beijing",
          source="AP"),
    event("b1", "d2", "meeting", "CONSULT", ["Antony Blinken"], "2025-01-15",
          "The meeting of Antony Blinken and Wang Yi in Beijing.", ["Wang Yi"], location="Beijing",
          source="Reuters"),
)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_linking_command_links_a_collected_table(tmp_path, capsys, suffix):
    source = tmp_path / f"events{suffix}"
    rows = table(*REPORTS).assign(story_id=["a1", "b1"], sentence_start=[0, 0], confidence=[0.8, 0.8])
    if suffix == ".parquet":  # as a corpus run writes it: Arrow lists, numbers typed
        pq.write_table(pa.Table.from_pandas(rows, schema=events_schema(), preserve_index=False), source)
    else:
        write_table(rows, source)
    linked, stories = tmp_path / "linked.csv", tmp_path / "stories.csv"
    assert main([str(source), "-o", str(linked), "--stories", str(stories)]) == 0
    with linked.open(encoding="utf-8") as handle:
        assert [r["story_id"] for r in csv.DictReader(handle)] == ["a1", "a1"]
    with stories.open(encoding="utf-8") as handle:
        assert [(r["reports"], r["outlets"]) for r in csv.DictReader(handle)] == [("2", "AP; Reuters")]
    assert capsys.readouterr().out.strip() == "2 events, 1 stories"


@pytest.mark.parametrize(("arguments", "code"), [(["missing.csv", "-o", "out.csv"], "E101"),
                                                 (["missing.csv", "-o", "out.txt"], "E113")])
def test_linking_command_bad_arguments(tmp_path, capsys, arguments, code):
    arguments = [str(tmp_path / arguments[0]), arguments[1], str(tmp_path / arguments[2])]
    assert main(arguments) == 2
    assert capsys.readouterr().err.startswith(f"error: {code}")


@pytest.mark.parametrize("parts", [2])
def test_linking_command_makes_one_file_of_a_dataset_for_the_dashboard(tmp_path, parts):
    """A corpus run's dataset is a folder; the command collects it into one Parquet file that the
    dashboard opens as an events table."""
    from dashboard.loading import read_upload
    from extract.bulk.dataset import Dataset

    rows = table(*REPORTS).assign(story_id=["a1", "b1"], sentence_start=[0, 0], confidence=[0.8, 0.8])
    dataset = Dataset(tmp_path / "events.parquet", {}, False)
    for index in range(parts):
        dataset.write(f"00000-{index:06d}", rows.iloc[[index]], [], {"rows": 1})
    single = tmp_path / "one.parquet"
    assert main([str(dataset.path), "-o", str(single)]) == 0
    upload = read_upload(single.read_bytes(), single.name)
    assert upload.kind == "events" and not upload.error
    assert list(upload.frame["story_id"]) == ["a1", "a1"]
    assert list(upload.frame["actors"].map(list)) == [["Antony Blinken"], ["Antony Blinken"]]
