"""Trigger stems: inflections, particles, every irregular form in data/linking/irregular_forms.tsv and
every synonym in data/linking/synonyms.tsv (with its example)."""

import csv

import pytest

from extract.linking.stems import SYNONYMS_PATH, irregular_forms, trigger_class, trigger_stem


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


def _synonym_rows() -> list[dict[str, str]]:
    with SYNONYMS_PATH.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize("row", _synonym_rows(), ids=lambda row: row["word"])
def test_synonym_example_meets_its_common_word(row):
    # the word and a word of its example sentence (a trigger as written) compare as the common word
    assert trigger_class(row["word"]) == trigger_class(row["means"])
    assert any(trigger_class(word) == trigger_class(row["means"]) for word in row["example"].split())


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [("held talks", "met", True), ("nabbed", "arrested", True), ("said", "announced", False)],
)
def test_trigger_class(first, second, same):
    assert (trigger_class(first) == trigger_class(second)) is same
