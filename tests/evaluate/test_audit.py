"""The precision audit: a fixed draw, judgments that follow unchanged rows only, and the shares."""

from __future__ import annotations

import pandas as pd
import pytest

from extract.evaluate.audit import SHOWN, carry_over, draw, read_audit, shares, write_audit


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
