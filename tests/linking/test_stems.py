"""Trigger stems: inflections, particles and every irregular form in data/linking/irregular_forms.tsv."""

import pytest

from extract.linking.stems import irregular_forms, trigger_stem


@pytest.mark.parametrize(("form", "base"), sorted(irregular_forms().items()))
def test_stems_irregular_form_meets_its_base(form, base):
    assert trigger_stem(form) == trigger_stem(base)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("attacked", "attack"),
        ("attacks", "attacking"),
        ("hoped", "hope"),
        ("agreed", "agree"),
        ("stopped", "stop"),
        ("held talks", "talks"),
        ("checked in", "checks"),
        ("broke out", "break"),
        ("announced", "announces"),
        ("met", "meeting"),
        ("died", "dies"),
    ],
)
def test_stems_equal(first, second):
    assert trigger_stem(first) == trigger_stem(second)


@pytest.mark.parametrize(
    ("first", "second"), [("crisis", "cries"), ("press", "pressure"), ("arrest", "attack")]
)
def test_stems_differ(first, second):
    assert trigger_stem(first) != trigger_stem(second)
