"""Reading ECB+ (Cybulska & Vossen 2014): tokenised CAT XML documents with event mentions and chains.

A document is detokenised into plain text (tokens re-spaced as a writer would: no space before
",", ".", "n't", after "(" …; `` and '' become straight quotes), one line per sentence, keeping
each token's character span so gold mentions map onto the system's character offsets. Sentence 0
of the `…ecbplus.xml` files is the address of the page the text was found on and is left out.
Gold event mentions are the ACTION_* and NEG_ACTION_* markables; their chain is the cross-document
instance (`CROSS_DOC_COREF note`), else the within-document chain, else the mention alone.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from extract.evaluate.errors import EvaluationInputError

NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "''",
    "'s",
    "'S",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "...",
    "'",
}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}
QUOTES = {"``": '"', "''": '"'}
SentenceKey = tuple[str, str, int]  # topic, file stem ("1_10ecbplus" → "10ecbplus"), sentence number


@dataclass(frozen=True)
class GoldMention:
    """One gold event mention: its id, character span in the detokenised text, sentence and chain."""

    mention_id: str
    start: int
    end: int
    sentence: int
    chain: str
    chained: bool  # takes part in a within- or cross-document coreference relation
    text: str


@dataclass
class EcbDoc:
    """One detokenised document with its gold event mentions."""

    name: str  # "1_10ecbplus"
    topic: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)

    @property
    def file_key(self) -> str:
        return self.name.split("_", 1)[1]


def detokenise(
    tokens: list[tuple[str, int, str]], skip_sentence: int | None
) -> tuple[str, dict[str, tuple[int, int, int]]]:
    """The text and each token id's (start, end, sentence); tokens are (t_id, sentence, text)."""
    pieces: list[str] = []
    spans: dict[str, tuple[int, int, int]] = {}
    length, previous, sentence = 0, None, None
    for t_id, number, word in tokens:
        if number == skip_sentence:
            continue
        surface = QUOTES.get(word, word)
        if sentence is not None and number != sentence:
            pieces.append("\n")
            length += 1
        elif previous is not None and word not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER:
            pieces.append(" ")
            length += 1
        spans[t_id] = (length, length + len(surface), number)
        pieces.append(surface)
        length += len(surface)
        previous, sentence = word, number
    return "".join(pieces), spans


def read_document(path: Path) -> EcbDoc:
    """Read one ECB+ XML file. Raises EvaluationInputError (EV001) when it is not well-formed."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        line, column = err.position
        raise EvaluationInputError("EV001", path=path, line=line, column=column, detail=str(err)) from err
    tokens = [(t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    skip = 0 if path.stem.endswith("ecbplus") else None
    text, spans = detokenise(tokens, skip)
    doc = EcbDoc(path.stem, path.stem.split("_", 1)[0], text)
    chains, chained = _chains(root, path.stem)
    for markable in root.find("Markables") or []:
        anchors = [a.get("t_id", "") for a in markable.iter("token_anchor")]
        located = [spans[a] for a in anchors if a in spans]
        if not _is_action(markable.tag) or not located:
            continue
        m_id = markable.get("m_id", "")
        mention_id = f"{path.stem}:{m_id}"
        start, end = min(s[0] for s in located), max(s[1] for s in located)
        doc.mentions.append(
            GoldMention(
                mention_id,
                start,
                end,
                located[0][2],
                chains.get(m_id, mention_id),
                m_id in chained,
                text[start:end],
            )
        )
    return doc


def _is_action(tag: str) -> bool:
    return tag.startswith("ACTION_") or tag.startswith("NEG_ACTION_")


def _chains(root: ET.Element, stem: str) -> tuple[dict[str, str], set[str]]:
    """Chain of each mention id in a relation (cross-document first), and the set of those ids."""
    chains: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in [] if relations is None else relations:
        target = relation.find("target")
        if relation.tag == "CROSS_DOC_COREF":
            chain = "cross:" + relation.get("note", "")
        elif relation.tag == "INTRA_DOC_COREF" and target is not None:
            chain = f"intra:{stem}:{target.get('m_id')}"
        else:
            continue
        for source in relation.iter("source"):
            if relation.tag == "CROSS_DOC_COREF" or source.get("m_id") not in chains:
                chains[source.get("m_id", "")] = chain
    return chains, set(chains)


def read_selected(path: Path) -> set[SentenceKey]:
    """The (topic, file, sentence) triples of `selected_sentences.csv`, whose annotation is complete."""
    if not path.is_file():
        raise EvaluationInputError("EV041", path=path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {(r["Topic"].strip(), r["File"].strip(), int(r["Sentence Number"])) for r in rows}


def read_topics(directory: Path) -> dict[str, list[EcbDoc]]:
    """Every document under `directory/docs`, grouped by topic (sorted by name for stable runs)."""
    files = sorted((directory / "docs").glob("*/*.xml"))
    if not files:
        raise EvaluationInputError("EV042", path=directory / "docs")
    topics: dict[str, list[EcbDoc]] = {}
    for path in files:
        doc = read_document(path)
        topics.setdefault(doc.topic, []).append(doc)
    return dict(sorted(topics.items(), key=lambda item: int(item[0]) if item[0].isdigit() else 0))
