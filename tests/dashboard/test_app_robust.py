"""Ordinary use that used to crash the page or lose work (issue 8, items 1-4), through AppTest."""

from __future__ import annotations

import pytest

from dashboard.jobs import ExtractionJob
from tests.dashboard.helpers import codes, finish_extraction, table

ARTICLE = ("Russia accused Ukraine of shelling a border town on Tuesday. France and Germany will meet "
           "in Berlin next week to discuss sanctions against Iran.")


def _csv(header: str, rows: list[str]) -> bytes:
    return (header + "\n" + "\n".join(rows) + "\n").encode()


@pytest.mark.parametrize("change", [
    lambda at: at.checkbox(key="w_group").check(),
    lambda at: at.text_input(key="w_query").input("the"),
    lambda at: at.selectbox(key="w_order").set_value("name"),
    lambda at: at.multiselect(key="w_types").set_value(["AGREE"]),
])
def test_app_actor_chosen_then_another_filter_changed(app, synthetic_id, change):
    at = app(ds=synthetic_id, lanes="7")
    at.multiselect(key="w_actors").set_value(["Russia"]).run()
    change(at).run()
    assert not at.exception
    assert at.slider(key="w_lanes").value == 7 and at.slider(key="w_lanes").disabled
    at.multiselect(key="w_actors").set_value([]).run()
    assert not at.exception and at.query_params.get("lanes") == "7"


@pytest.mark.parametrize(("header", "row", "published"), [
    ("title,text", f'Talks,"{ARTICLE}"', "(none)"),
    ("title,Date Published,text", f'Talks,2024-03-06,"{ARTICLE}"', "Date Published"),
    ("pubDate,body", f'2024-03-06,"{ARTICLE}"', "pubDate"),
])
def test_app_articles_without_a_date_column_are_extracted(app, header, row, published):
    at = app()
    at.file_uploader(key="upload").set_value(("nodate.csv", _csv(header, [row]), "text/csv")).run()
    assert at.selectbox(key="map_published").value == published
    if published == "(none)":
        assert "D107" in [c.value.split(":")[0] for c in at.caption]
    finish_extraction(at.button(key="extract_upload").click().run())
    assert not at.exception and "nodate.csv" in at.caption[0].value
    assert "Russia" in set(table(at)["actors"].str.split("; ").explode())
    assert ("D506" in codes(at.info)) == (published == "(none)")


def test_app_date_column_deselected_still_extracts(app):
    data = _csv("title,published,text", [f'Talks,2024-03-06,"{ARTICLE}"'])
    at = app()
    at.file_uploader(key="upload").set_value(("chosen.csv", data, "text/csv")).run()
    at.selectbox(key="map_published").set_value("(none)").run()
    finish_extraction(at.button(key="extract_upload").click().run())
    assert not at.exception and "chosen.csv" in at.caption[0].value and "D506" in codes(at.info)


def _start_long_extraction(app):
    """The app, the caption of the view it showed, and the job extracting 300 uploaded articles."""
    rows = [f'a{i},2024-03-{1 + i % 28:02d},"{ARTICLE} Report {i}."' for i in range(300)]
    at = app()
    sample = at.caption[0].value
    at.file_uploader(key="upload").set_value(("many.csv", _csv("id,published,text", rows), "text/csv")).run()
    at.button(key="extract_upload").click().run()
    return at, sample, at.session_state["job"]


def test_app_extraction_survives_widget_changes(app):
    at, sample, job = _start_long_extraction(app)
    assert not job.finished  # 300 articles take seconds; each rerun below takes a fraction of that
    at.checkbox(key="w_group").check().run()
    at.text_input(key="w_query").input("sanctions").run()
    assert not at.exception and at.session_state["job"] is job
    assert at.caption[0].value == sample  # the old view stays usable meanwhile
    finish_extraction(at)
    assert not at.exception and "many.csv" in at.caption[0].value
    assert "· 300 articles ·" in at.caption[0].value


def _gated_job(rows: int, hold: str):
    """A job on `rows` articles whose extractor waits at `hold` ("start" or "first article") until the
    gate is set; `inside` is set once it waits after the first article."""
    import threading

    import pandas as pd

    from dashboard.extraction import extract

    gate, inside = threading.Event(), threading.Event()

    def gated(articles, mapping, report, problems, stop, **options):
        def held(done, total, seconds):
            inside.set()
            gate.wait(60)  # the user presses Cancel while the first part is in hand
            report(done, total, seconds)
        if hold == "start":
            gate.wait(60)
        reporter = held if hold == "first article" else report
        return extract(articles, mapping, reporter, problems, stop, **options)

    articles = pd.DataFrame({"id": [f"a{i}" for i in range(rows)], "published": "2024-03-05",
                             "text": [f"{ARTICLE} Report {i}." for i in range(rows)]})
    return ExtractionJob("many.csv", articles, run=gated), gate, inside


def test_job_cancelled_keeps_the_articles_done():
    from dashboard.extraction import PART
    from dashboard.jobs import kept_name, outcome

    job, gate, inside = _gated_job(PART * 2 + 5, "first article")
    assert inside.wait(120)
    job.cancel()
    gate.set()
    assert job.wait(300) and job.cancelled
    assert (job.result.done, job.result.total) == (PART, PART * 2 + 5)  # the part in hand is finished
    assert set(job.result.events["doc_id"]) == {f"a{i}" for i in range(PART)}
    verdict = outcome(job)
    assert verdict.keep and codes_of(verdict.alerts) == ["D505"]
    assert kept_name(job) == f"many.csv (first {PART} of {PART * 2 + 5} articles)"


def test_job_state_kept_as_json_resumes_in_another_job():
    """What a cancelled job keeps on disk (JSON) is enough to continue it without the job object: a
    reload starts a new browser session, which has only the store."""
    import json

    from dashboard.codec import from_csv_text, to_csv_text
    from dashboard.extraction import PART
    from dashboard.jobs import can_resume, kept_name, outcome
    from dashboard.resume import job_state, resumed_job

    job, gate, inside = _gated_job(PART * 2 + 5, "first article")
    assert inside.wait(120)
    job.cancel()
    gate.set()
    assert job.wait(300) and can_resume(job)
    state = json.loads(json.dumps(job_state(job), default=str))
    assert (state["total"] - state["done"], state["total"]) == (PART + 5, PART * 2 + 5)
    kept = from_csv_text(to_csv_text(job.result.events))  # the partial dataset, as the store gives it back
    again = resumed_job(state, kept)
    assert again.progress().done == PART  # it starts where the first run stopped
    assert again.wait(300) and not again.cancelled and not can_resume(again)
    assert (again.result.done, again.result.total) == (PART * 2 + 5, PART * 2 + 5)
    assert set(again.result.events["doc_id"]) == {f"a{i}" for i in range(PART * 2 + 5)}
    assert set(job.result.events["event_id"]) <= set(again.result.events["event_id"])  # not redone
    assert outcome(again).keep and kept_name(again) == "many.csv"


def test_job_cancelled_before_any_article_stores_nothing():
    from dashboard.jobs import outcome

    job, gate, _ = _gated_job(3, "start")
    job.cancel()
    gate.set()
    assert job.wait(120) and job.cancelled and job.result.done == 0 and job.result.events.empty
    verdict = outcome(job)
    assert not verdict.keep and codes_of(verdict.alerts) == ["D508"]


def test_job_not_cancelled_runs_every_part():
    from dashboard.extraction import PART
    from dashboard.jobs import kept_name, outcome

    job, gate, _ = _gated_job(PART + 3, "start")
    gate.set()
    assert job.wait(300) and not job.cancelled and job.result.done == job.result.total == PART + 3
    assert set(job.result.events["doc_id"]) == {f"a{i}" for i in range(PART + 3)}
    assert outcome(job).keep and kept_name(job) == "many.csv"


def codes_of(alerts) -> list[str]:
    return [text.split(":")[0] for _level, text in alerts]


def test_app_cancel_button_keeps_the_work_done(app):
    import re

    from dashboard.extraction import PART

    at, sample, job = _start_long_extraction(app)
    at.button(key="cancel_job").click().run()
    assert job.wait(300) and job.cancelled
    at.run()
    done = job.result.done
    assert not at.exception and codes(at.warning) == ["D505"] and 0 < done < 300 and done % PART == 0
    caption = at.caption[0].value
    assert re.search(rf"many\.csv \(first {done} of 300 articles\) · .* · {done} articles ·", caption)
    assert at.session_state["dataset"] and at.query_params.get("ds") == at.session_state["dataset"]
    resume = at.button(key="resume_job")
    assert resume.label == f"Resume extraction of many.csv ({300 - done} of 300 articles left)"
    resume.click().run()
    assert at.session_state["job"].progress().done >= done  # it starts where the first run stopped
    finish_extraction(at)
    assert not at.exception and re.search(r"many\.csv · .* · 300 articles ·", at.caption[0].value)
    assert not at.get("button") or all(b.key != "resume_job" for b in at.button)


def test_app_cancelled_extraction_resumes_after_a_reload(app):
    """Cancel, then open the page again (a new browser session, the link of the partial dataset): the
    Resume button is there, and resuming stores the whole file; the partial dataset no longer offers it."""
    import re

    at, _sample, job = _start_long_extraction(app)
    at.button(key="cancel_job").click().run()
    assert job.wait(300) and job.cancelled
    at.run()
    partial, done = at.session_state["dataset"], job.result.done
    assert 0 < done < 300
    again = app(ds=partial)  # a reload: a new session, nothing in it but the link
    assert not again.exception and "job" not in again.session_state
    resume = again.button(key="resume_job")
    assert resume.label == f"Resume extraction of many.csv ({300 - done} of 300 articles left)"
    resume.click().run()
    assert again.session_state["job"].progress().done >= done
    finish_extraction(again)
    assert not again.exception and re.search(r"many\.csv · .* · 300 articles ·", again.caption[0].value)
    later = app(ds=partial)
    assert not later.exception and all(b.key != "resume_job" for b in later.button)


@pytest.mark.parametrize(("rows", "reason"), [
    ([f'1,"{"Russia met France. " * 6000}"'], "E125"),
    (['1,""', '2,"   "'], "E121"),
])
def test_app_nothing_usable_keeps_the_view(app, rows, reason):
    at = app()
    before, dataset = at.caption[0].value, at.session_state["dataset"]
    at.file_uploader(key="upload").set_value(("useless.csv", _csv("id,text", rows), "text/csv")).run()
    finish_extraction(at.button(key="extract_upload").click().run())
    assert not at.exception and at.caption[0].value == before
    assert codes(at.error) == ["D504"] and reason in at.error[0].value
    assert at.session_state["dataset"] == dataset and at.query_params.get("ds") == (dataset or None)


def test_app_from_after_to_is_swapped_and_round_trips(app, synthetic_id):
    import datetime as dt

    at = app(ds=synthetic_id)
    at.date_input(key="w_from").set_value(dt.date(2024, 6, 1))
    at.date_input(key="w_to").set_value(dt.date(2023, 6, 1)).run()
    assert not at.exception and not at.warning
    assert (at.query_params["from"], at.query_params["to"]) == ("2023-06-01", "2024-06-01")
