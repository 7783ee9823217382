"""Hand-made ECB+-style documents (CAT XML) for the ECB+ reader and command tests."""

from __future__ import annotations


def ecb_xml(
    name: str, sentences: list[list[str]], mentions: dict[str, list[int]], cross: dict[str, list[str]]
) -> str:
    """A document: sentences of tokens; `mentions` m_id → token ids; `cross` chain note → m_ids."""
    tokens, t_id = [], 0
    for number, words in enumerate(sentences):
        for position, word in enumerate(words):
            t_id += 1
            tokens.append(f'<token t_id="{t_id}" sentence="{number}" number="{position}">{word}</token>')
    markables = [
        f'<ACTION_OCCURRENCE m_id="{m}">'
        + "".join(f'<token_anchor t_id="{t}"/>' for t in ids)
        + "</ACTION_OCCURRENCE>"
        for m, ids in mentions.items()
    ]
    relations = [
        f'<CROSS_DOC_COREF r_id="r{k}" note="{note}">'
        + "".join(f'<source m_id="{m}"/>' for m in ms)
        + '<target m_id="999"/></CROSS_DOC_COREF>'
        for k, (note, ms) in enumerate(cross.items())
    ]
    return (
        f'<Document doc_name="{name}.xml">'
        + "".join(tokens)
        + "<Markables>"
        + "".join(markables)
        + "</Markables><Relations>"
        + "".join(relations)
        + "</Relations></Document>"
    )


MEETING_A = [
    ["http", ":", "//example.org"],
    [
        "Egyptian",
        "Foreign",
        "Minister",
        "Sameh",
        "Shoukry",
        "met",
        "Jordanian",
        "Foreign",
        "Minister",
        "Ayman",
        "Safadi",
        "in",
        "Cairo",
        "on",
        "Tuesday",
        ".",
    ],
]
MEETING_B = [
    ["http", ":", "//example.net"],
    [
        "Jordanian",
        "Foreign",
        "Minister",
        "Ayman",
        "Safadi",
        "met",
        "Egyptian",
        "Foreign",
        "Minister",
        "Sameh",
        "Shoukry",
        "in",
        "Cairo",
        "on",
        "Tuesday",
        ".",
    ],
]
SELECTED = "Topic,File,Sentence Number\n9,1ecbplus,1\n9,2ecbplus,1\n"


def corpus_files() -> dict[str, str]:
    """Relative path → content of a one-topic, two-document corpus where both `met` corefer."""
    return {
        "docs/9/9_1ecbplus.xml": ecb_xml("9_1ecbplus", MEETING_A, {"1": [9]}, {"ACT1": ["1"]}),
        "docs/9/9_2ecbplus.xml": ecb_xml("9_2ecbplus", MEETING_B, {"1": [9]}, {"ACT1": ["1"]}),
        "selected_sentences.csv": SELECTED,
    }
