"""The upload's 'Slash dates' choice reaches the extractor: 03/04/2025 is 3 April or 4 March."""

import pytest

from tests.dashboard.helpers import finish_extraction

ARTICLE = (b"text,published\n"
           b"\"Russia and Ukraine signed a ceasefire agreement in Istanbul on 03/04/2025.\",2025-11-12\n")


@pytest.mark.parametrize(("choice", "expected"), [
    ("as each source writes them, else month first", {"2025-03-04"}),
    ("day first (03/04 is 3 April)", {"2025-04-03"}),
    ("month first (03/04 is 4 March)", {"2025-03-04"}),
])
def test_upload_slash_dates_follow_the_chosen_order(app, choice, expected):
    at = app()
    at.file_uploader(key="upload").set_value(("slashes.csv", ARTICLE, "text/csv")).run()
    at.selectbox(key="date_order").set_value(choice).run()
    finish_extraction(at.button(key="extract_upload").click().run())
    assert not at.exception and "slashes.csv" in at.caption[0].value
    assert set(at.dataframe[0].value["date_start"].astype(str)) == expected
