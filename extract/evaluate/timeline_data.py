"""Reading SemEval-2015 TimeLine data: tokenised TimeML documents and per-entity gold timelines.

A document's text is its `<s id="N">` sentences (tags stripped, tokens kept space-separated as
given) joined with a newline; `sentence_starts` records where each sentence begins so a character
offset maps back to a sentence id.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from extract.evaluate.errors import EvaluationInputError, message
from extract.evaluate.timeml import local_name, open_document

SENTENCE_SEPARATOR = "\n"
MENTION = re.compile(r"(?P<doc>.+?)-(?P<sentence>\d+)-(?P<word>.+)")
DATE = re.compile(r"[0-9X]{3,4}(-[0-9X]{2}){0,2}")


@dataclass
class TimelineDoc:
    """A document: its id (the DOCID element), DCT, joined text and sentence-offset table."""

    doc_id: str
    dct: dt.date | None
    text: str
    sentence_starts: list[int]
    sentence_ids: list[str]
    sentence_texts: list[str]
    problems: list[str] = field(default_factory=list)

    def sentence_index(self, offset: int) -> int | None:
        """The index of the sentence containing character `offset` (None when out of the text)."""
        if offset < 0 or offset >= len(self.text):
            return None
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def sentence_at(self, offset: int) -> str | None:
        """The id of the sentence containing character `offset` (None when out of the text)."""
        index = self.sentence_index(offset)
        return None if index is None else self.sentence_ids[index]


@dataclass
class GoldTimeline:
    """One target entity and its gold (doc id, sentence id, date) tuples."""

    entity: str
    tuples: set[tuple[str, str, str]]
    problems: list[str] = field(default_factory=list)


def read_timeline_doc(path: Path) -> TimelineDoc:
    """Read one tokenised TimeML document. Raises EvaluationInputError when unusable."""
    root, dct, text_node, problems = open_document(path)
    sentences = [s for s in text_node.iter() if local_name(s.tag) == "s"]
    if not sentences:
        raise EvaluationInputError("EV012", path=path)
    starts, ids, texts, pos = [], [], [], 0
    for sentence in sentences:
        text = "".join(sentence.itertext())
        starts.append(pos)
        ids.append(sentence.get("id", str(len(ids) + 1)))
        texts.append(text)
        pos += len(text) + len(SENTENCE_SEPARATOR)
    doc_id = "".join(t for node in root.iter() if local_name(node.tag) == "DOCID" for t in node.itertext())
    joined = SENTENCE_SEPARATOR.join(texts)
    return TimelineDoc(doc_id.strip() or path.stem, dct, joined, starts, ids, texts, problems)


def parse_gold_line(path: Path, number: int, raw: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The tuples of one gold line `order<TAB>date<TAB>mention[<TAB>mention...]`, and problems."""
    fields = raw.split("\t")
    if len(fields) < 3:
        return [], [message("EV007", path=path, line=number, got=raw)]
    date, problems, tuples = fields[1].strip(), [], []
    if not DATE.fullmatch(date):
        problems.append(message("EV011", path=path, line=number, got=date))
    for mention in fields[2:]:
        match = MENTION.fullmatch(mention.strip())
        if match is None:
            problems.append(message("EV008", path=path, line=number, got=mention))
            continue
        tuples.append((match["doc"], match["sentence"], date))
    return tuples, problems


def read_gold_timeline(path: Path) -> GoldTimeline:
    """Read one gold timeline file: the entity on line 1, tuples below."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].strip():
        raise EvaluationInputError("EV009", path=path)
    gold = GoldTimeline(lines[0].strip(), set())
    for number, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        tuples, problems = parse_gold_line(path, number, raw)
        gold.tuples.update(tuples)
        gold.problems.extend(problems)
    return gold
