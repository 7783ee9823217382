"""Malformed data tables are reported with a code, the file, row and column — never a stack trace."""

from __future__ import annotations

import pytest

from extract.events.actors import load_aliases
from extract.events.errors import TableError
from extract.events.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("alias\tcanonical\tkind\nIsrael\tIsrael\tcountry\n",
         "E301: aliases.tsv: missing column(s) country, example"),
        ("alias\tcanonical\tkind\tcountry\texample\nIsrael\t\tcountry\tIsrael\tIsrael spoke.\n",
         "E302: aliases.tsv row 2, column canonical: is empty"),
        ("alias\tcanonical\tkind\tcountry\texample\n# a comment\n"
         "Israel\tIsrael\tstate\tIsrael\tIsrael spoke.\n",
         "E302: aliases.tsv row 3, column kind: 'state' is not one of person, country, organisation, group"),
    ],
)
def test_alias_table_errors(tmp_path, content, message):
    path = tmp_path / "aliases.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TableError) as error:
        load_aliases(path)
    assert str(error.value).startswith(message)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("meet\tADV\t\tCONSULT\tno\tThey met.\tCONSULT",
         "E302: events.tsv row 2, column pos: 'ADV' is not one"),
        ("meet\tVERB\t\tMEET\tno\tThey met.\tCONSULT", "E302: events.tsv row 2, column event_type: 'MEET'"),
    ],
)
def test_lexicon_errors(tmp_path, row, message):
    header = "lemma\tpos\tparticle\tevent_type\tspeech\texample\texpected_type\n"
    (tmp_path / "events.tsv").write_text(header + row + "\n", encoding="utf-8")
    with pytest.raises(TableError) as error:
        load_lexicon(tmp_path)
    assert str(error.value).startswith(message)


@pytest.mark.parametrize("name", ["support_verbs.tsv"])
def test_missing_table(tmp_path, name):
    header = "lemma\tpos\tparticle\tevent_type\tspeech\texample\texpected_type\n"
    (tmp_path / "events.tsv").write_text(header, encoding="utf-8")
    with pytest.raises(TableError) as error:
        load_lexicon(tmp_path)
    assert str(error.value).startswith(f"E303: {tmp_path / name}: file not found")
