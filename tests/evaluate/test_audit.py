"""The precision audit: a fixed draw, judgments that follow unchanged rows only, and the shares."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from extract.evaluate.audit import JUDGED, SHOWN, carry_over, draw, main, read_audit, shares, write_audit


def _events(ids: list[str], actors: str = "Iran") -> pd.DataFrame:
    return pd.DataFrame([{c: "" for c in SHOWN} | {"event_id": i, "actors": actors, "sentence": f"S {i}."}
                         for i in ids])


@pytest.mark.parametrize("size", [3])
def test_audit_draw_is_fixed_and_keeps_rows_that_survive(size):
    first = draw(_events([f"e{i}" for i in range(20)]), size)
    again = draw(_events([f"e{i}" for i in range(20)][::-1] + ["new1", "new2"]), size)
    assert list(first["event_id"]) == list(draw(_events([f"e{i}" for i in range(20)]), size)["event_id"])
    kept = set(first["event_id"]) & set(again["event_id"])
    assert kept and len(kept) >= size - 2


@pytest.mark.parametrize(("actors", "kept"), [("Iran", "yes"), ("Iraq", "")])
def test_audit_judgment_follows_only_the_same_output(tmp_path, actors, kept):
    judged = carry_over(draw(_events(["a"]), 1), pd.DataFrame(columns=[*SHOWN]))
    judged.loc[0, ["real_event", "ok_trigger", "ok_type", "ok_actors", "ok_attribution", "ok_date"]] = "yes"
    path = tmp_path / "audit.tsv"
    write_audit(judged, path)
    again = carry_over(draw(_events(["a"], actors), 1), read_audit(path))
    assert again.loc[0, "real_event"] == kept


def test_audit_shares():
    table = pd.DataFrame({"real_event": ["yes", "yes", "no", ""], "ok_trigger": ["yes", "yes", "", ""],
                          "ok_type": ["yes", "no", "", ""], "ok_actors": ["yes", "yes", "", ""],
                          "ok_attribution": ["yes", "yes", "", ""], "ok_date": ["yes", "yes", "", ""]})
    found = shares(table)
    assert (found["real event"], found["fully right"], found["ok_type"]) == ((2, 3), (1, 3), (1, 2))


def test_audit_write_starts_a_new_table_from_no_file(tmp_path):
    """A held-out draw with its own seed begins from no file: --write creates it, judgments empty."""
    stories = tmp_path / "stories.jsonl"
    story = {"id": "s1", "published": "2025-03-14", "text": "Russia and Ukraine signed a prisoner exchange "
             "deal in Istanbul on Friday. Turkey hosted the talks on Thursday."}
    stories.write_text(json.dumps(story) + "\n", encoding="utf-8")
    path = tmp_path / "new" / "heldout.tsv"
    path.parent.mkdir()
    assert main(stories, path, size=1, write=True, seed="held-out") == 0
    table = read_audit(path)
    assert list(table.columns) == [*SHOWN, *JUDGED] and len(table) == 1
    assert table.loc[0, "doc_id"] == "s1" and (table.loc[0, list(JUDGED)] == "").all()
