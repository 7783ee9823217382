"""ECB+ reading (detokenisation, mentions, chains) and `python -m extract.evaluate stories` end to end."""

import pytest

from extract.evaluate.__main__ import main
from extract.evaluate.ecbplus_data import detokenise, read_document, read_selected
from tests.evaluate.ecbplus_files import corpus_files


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["He", "said", ",", "``", "no", "''", "."], 'He said, "no".'),
        (["It", "is", "n't", "(", "yet", ")", "$", "5", "."], "It isn't (yet) $5."),
        (["Reid", "'s", "stay", "."], "Reid's stay."),
    ],
)
def test_ecbplus_detokenise(words, expected):
    tokens = [(str(k), 1, w) for k, w in enumerate(words, start=1)]
    text, spans = detokenise(tokens, skip_sentence=None)
    assert text == expected
    assert all(text[s:e] in (w, '"') for (s, e, _), w in zip(spans.values(), words, strict=True))


@pytest.mark.parametrize(("path", "mention_text", "chain"), [("docs/9/9_1ecbplus.xml", "met", "cross:ACT1")])
def test_ecbplus_read_document_skips_the_address_line(write_file, path, mention_text, chain):
    for relative, content in corpus_files().items():
        write_file(relative, content)
    doc = read_document(write_file(path, corpus_files()[path]))
    assert not doc.text.startswith("http")
    assert [(m.text, m.chain, m.chained, m.sentence) for m in doc.mentions] == [
        (mention_text, chain, True, 1)
    ]


@pytest.mark.parametrize("expected", [{("9", "1ecbplus", 1), ("9", "2ecbplus", 1)}])
def test_ecbplus_read_selected(write_file, expected):
    assert (
        read_selected(write_file("selected_sentences.csv", corpus_files()["selected_sentences.csv"]))
        == expected
    )


@pytest.mark.parametrize(
    ("label", "expected"),
    [("all: stories", ["2"] + ["1.0000"] * 7), ("all: lemma baseline", ["2"] + ["1.0000"] * 7)],
)
def test_ecbplus_command_end_to_end(write_file, tmp_path, capsys, label, expected):
    # two reports of one meeting, one gold chain: both found, linked into one story
    for relative, content in corpus_files().items():
        write_file(relative, content)
    assert main(["stories", str(tmp_path)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith(label + " ")]
    assert lines[0][len(label) :].split() == expected


@pytest.mark.parametrize("missing", ["selected_sentences.csv"])
def test_ecbplus_command_missing_selection(write_file, tmp_path, capsys, missing):
    files = corpus_files()
    del files[missing]
    for relative, content in files.items():
        write_file(relative, content)
    assert main(["stories", str(tmp_path)]) == 2
    assert "EV041" in capsys.readouterr().err
