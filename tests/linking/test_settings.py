"""The linking settings file: every weight and threshold present, a missing one named (E320)."""

import tomllib

import pytest

from extract.linking.settings import SETTINGS_PATH, WEIGHT_NAMES, default_settings, parse_settings


@pytest.mark.parametrize("name", WEIGHT_NAMES)
def test_settings_every_weight_in_the_data_file(name):
    assert name in default_settings().weights


@pytest.mark.parametrize(
    ("section", "key"),
    [("weights", "same_trigger"), ("thresholds", "link_threshold"), ("blocking", "day_slack")],
)
def test_settings_missing_entry_is_named(section, key):
    data = tomllib.loads(SETTINGS_PATH.read_text(encoding="utf-8"))
    del data[section][key]
    with pytest.raises(ValueError, match=f"E320: .*{key}"):
        parse_settings(data)
