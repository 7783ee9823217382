"""The sidebar lists the datasets recently stored on this server; a click opens one."""

import pytest


@pytest.fixture
def app_dir(tmp_path):
    """A data directory of this test's own: the session's shared one collects every app test's uploads,
    and the sidebar lists only the most recent few (recent.RECENT_DATASETS)."""
    return tmp_path / "app-data"


@pytest.mark.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)
def test_recent_datasets_open_from_the_sidebar(app, store_backend, synthetic_id):
    at = app()
    button = at.button(key=f"recent_{synthetic_id}")
    assert button.label.startswith("Synthetic 300 · 300 events · ")
    button.click().run()
    assert not at.exception
    assert at.query_params["ds"] == synthetic_id and f"dataset id `{synthetic_id}`" in at.caption[0].value
    assert at.subheader[0].value.endswith(" of 300)")
    at.toggle(key="w_full_table").set_value(True).run()
    assert len(at.dataframe[0].value) == 300
