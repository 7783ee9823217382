"""The app's flows through streamlit.testing.v1.AppTest (the real extractor runs on two short articles)."""

import pytest

from dashboard.synthetic import synthetic_events
from tests.dashboard.helpers import finish_extraction


def _codes(at) -> list[str]:
    return [w.value.split(":")[0] for w in at.warning]


def _table(at):
    return at.dataframe[0].value


def test_first_run_shows_the_sample_timeline(app):
    at = app()
    assert not at.exception and len(at.get("plotly_chart")) == 1
    assert "Sample corpus (two_articles.csv)" in at.caption[0].value
    assert {"Russia", "France", "Emmanuel Macron"} <= set(_table(at)["actors"].str.split("; ").explode())


def _d605(at) -> list[str]:
    return [c.value for c in at.caption if c.value.startswith("D605")]


def test_a_first_open_draws_the_table_once_the_browser_has_drawn_the_chart(app, synthetic_id):
    from dashboard.plotly_bridge import DRAWN
    at = app(chart_drawn=False, ds=synthetic_id)
    assert not at.exception and len(at.get("plotly_chart")) == 1 and not at.dataframe
    heading = [h.value for h in at.subheader if h.value.startswith("Events (")]
    assert len(heading) == 1 and _d605(at) == [f"D605: The table of these {heading[0][8:].split()[0]} events "
                                                "appears as soon as the timeline is drawn."]
    at.session_state[DRAWN] = True  # what the bridge's report of the drawn chart does (`_apply_drawn`)
    at.run()
    assert len(_table(at)) == int(heading[0][8:].split()[0].replace(",", "")) and not _d605(at)


def test_without_the_bridges_report_the_next_run_draws_the_table(app, synthetic_id):
    """The bridge's script may not run at all: a session's first run draws D605 in a part that a timer
    of Streamlit's own reruns (`table_stand_in`), that rerun runs the page again, and any run after the
    first draws the table whether or not the chart was reported drawn."""
    from dashboard.panels import WAITING
    at = app(chart_drawn=False, ds=synthetic_id)
    heading = [h.value for h in at.subheader if h.value.startswith("Events (")]
    assert _d605(at) and not at.dataframe and WAITING not in at.session_state  # the stand-in took its flag
    at.run()  # what the timer's rerun leads to: the page's second run, still without the bridge's report
    assert not at.exception and not _d605(at)
    assert len(_table(at)) == int(heading[0][8:].split()[0].replace(",", ""))


def test_a_session_keeps_its_elements_in_place_from_its_first_run_to_the_next(app):
    """The first run of a session must not draw an element the next one leaves out: every element
    after it would move, and the browser would draw them again, the chart included (a first open
    reruns once the chart is drawn)."""
    from dashboard.plotly_bridge import DRAWN
    at = app(chart_drawn=False)
    first = [type(element).__name__ for element in at.main.children.values()]
    at.session_state[DRAWN] = True
    at.run()
    second = [type(element).__name__ for element in at.main.children.values()]
    assert second.index("Block") == first.index("Block")  # the fragment: share link, chart, details
    assert first[:first.index("Block") + 1] == second[:second.index("Block") + 1]


def test_without_a_chart_the_table_does_not_wait_for_one(app):
    at = app(chart_drawn=False, q="no such words in any sentence")
    assert not at.get("plotly_chart") and at.info[0].value.startswith("D601")
    assert len(at.dataframe) == 1 and _table(at).empty and not _d605(at)


def test_load_data_is_drawn_once_it_has_been_opened(app):
    from dashboard.data_in import LOAD_USED
    at = app(load_used=False)
    assert not at.exception and len(at.get("plotly_chart")) == 1
    assert not at.get("file_uploader") and not at.text_area  # "Load data" is closed: nothing drawn in it
    at.session_state[LOAD_USED] = True  # what opening it does (`data_in._opened`, then a rerun)
    at.run()
    assert len(at.get("file_uploader")) == 1 and len(at.text_area) == 1
    assert at.sidebar.expander[0].label == "Load data"


def test_filter_change_updates_table_and_url(app, synthetic_id):
    at = app(ds=synthetic_id)
    full = _table(at)
    at.multiselect(key="w_types").set_value(["AGREE", "ASSAULT"]).run()
    narrowed = _table(at)
    assert 0 < len(narrowed) < len(full) and set(narrowed["event_type"]) == {"AGREE", "ASSAULT"}
    assert at.query_params["type"] == ["AGREE", "ASSAULT"] and at.query_params["ds"] == synthetic_id
    at.text_input(key="w_query").input("russia").run()
    searched = _table(at)
    assert 0 < len(searched) < len(narrowed) and searched["sentence"].str.contains("Russia").all()
    assert at.query_params["q"] == "russia"


def test_link_restores_the_view(app, synthetic_id):
    at = app(ds=synthetic_id, actor=["Russia", "China"], mode="reported", q="the", order="name", group="1",
             fulltable="1")
    assert not at.warning and not at.exception and at.toggle(key="w_full_table").value is True
    assert at.multiselect(key="w_actors").value == ["Russia", "China"]
    assert (at.checkbox(key="w_group").value, at.selectbox(key="w_order").value) == (True, "name")
    table = _table(at)
    expected = synthetic_events(300, seed=11)
    involved = (expected["actors"] + expected["targets"]).map(lambda a: bool({"Russia", "China"} & set(a)))
    searched = expected["sentence"].str.contains("the", case=False)
    expected = expected[expected["mode"].eq("reported") & searched & involved]
    assert sorted(table["event_id"]) == sorted(expected["event_id"])


@pytest.mark.parametrize(("query", "codes"), [
    ({"ds": "'; DROP TABLE datasets;--"}, ["D301"]),
    ({"ds": "0123456789abcdef01234567"}, ["D302"]),
    ({"type": "DANCE", "from": "yesterday", "lanes": "-1"}, ["D303", "D303", "D303"]),
    ({"from": "1700-01-01"}, ["D303"]),
    ({"actor": "Atlantis"}, ["D304"]),
    ({"colour": "red"}, ["D305"]),
])
def test_bad_query_string_falls_back_with_a_message(app, query, codes):
    at = app(**query)
    assert not at.exception and _codes(at) == codes
    assert len(at.get("plotly_chart")) == 1 and "Sample corpus" in at.caption[0].value


def test_event_in_link_opens_its_details(app, synthetic_id):
    at = app(ds=synthetic_id, event="syn-000005")
    details = [m.value for m in at.markdown if "dateline-details" in m.value]
    assert len(details) == 1 and "https://news.example/00000" in details[0]


def test_upload_articles_then_extract(app, two_articles_csv):
    at = app()
    data = two_articles_csv.read_bytes().replace(b"Talks in Paris", b"Paris talks")  # not the sample's id
    at.file_uploader(key="upload").set_value(("mine.csv", data, "text/csv")).run()
    mapped = (at.selectbox(key="map_text").value, at.selectbox(key="map_published").value)
    assert mapped == ("text", "published")
    finish_extraction(at.button(key="extract_upload").click().run())
    assert not at.exception and "mine.csv" in at.caption[0].value
    assert "Olaf Scholz" in set(_table(at)["targets"])
    assert len(at.query_params["ds"]) == 24


def test_upload_events_table_reloads_without_extraction(app):
    from dashboard.export import events_csv
    data = events_csv(synthetic_events(40, seed=5))
    at = app()
    at.file_uploader(key="upload").set_value(("dateline-events.csv", data, "text/csv")).run()
    at.button(key="open_events").click().run()
    assert at.subheader[0].value.endswith(" of 40)") and "dateline-events.csv" in at.caption[0].value
    at.toggle(key="w_full_table").set_value(True).run()
    assert len(_table(at)) == 40 and at.query_params["fulltable"] == "1"


@pytest.mark.parametrize(("data", "code"), [
    (b"title,author\nA,B\n", "D105"),
    (b"\x00\x01\x02binary", "E109"),
])
def test_bad_upload_gives_a_clear_message(app, data, code):
    at = app()
    at.file_uploader(key="upload").set_value(("bad.csv", data, "text/csv")).run()
    assert not at.exception and [e.value.split(":")[0] for e in at.error] == [code]


def test_paste_an_article(app):
    at = app()
    at.text_area[0].input("Russia accused Ukraine of shelling Kherson on 5 March 2024.")
    at.text_input[0].input("Pasted report")
    finish_extraction(at.button(key="FormSubmitter:paste-Extract events").click().run())
    assert not at.exception and "Pasted report" in at.caption[0].value
    assert "Russia" in set(_table(at)["actors"])


def test_problems_report_is_shown_and_good_rows_kept(app):
    data = (b"text,published\n"
            b"Russia accused Ukraine of shelling Kherson on 5 March 2024.,2024-03-06\n"
            b",2024-03-07\n"
            b"France and Germany signed a defence pact on 12 March 2024.,not a date\n")
    at = app()
    at.file_uploader(key="upload").set_value(("mixed.csv", data, "text/csv")).run()
    finish_extraction(at.button(key="extract_upload").click().run())
    assert not at.exception and "mixed.csv" in at.caption[0].value
    assert {"Russia", "France"} <= set(_table(at)["actors"].str.split("; ").explode())
    problems = [e for e in at.expander if e.label.startswith("Problems report")]
    assert len(problems) == 1 and problems[0].label.startswith("Problems report: 2 rows")
    codes = sorted(m.split(":")[0] for m in problems[0].dataframe[0].value["message"])
    assert codes == ["E121", "E122"]
    assert "Download problems report (2)" in [b.label for b in at.get("download_button")]
