"""Reading TimeML gold: the creation time, the plain text and the gold TIMEX3 spans of a document.

The plain text is the character content of <TEXT> with every tag removed and entities unescaped
(the stdlib XML parser does both), so gold offsets index exactly the string a system is given.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.evaluate.errors import EvaluationInputError, message

CREATION_TIME = "CREATION_TIME"


@dataclass(frozen=True)
class GoldTimex:
    """A gold TIMEX3: character offsets into the plain text (end exclusive), its text, type, value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimemlDoc:
    """One TimeML document ready for scoring; `problems` holds coded warnings about it."""

    name: str
    dct: dt.date | None
    text: str
    timexes: list[GoldTimex]
    problems: list[str] = field(default_factory=list)


def local_name(tag: object) -> str:
    """The tag without any XML namespace ("{ns}TIMEX3" -> "TIMEX3")."""
    return str(tag).rsplit("}", 1)[-1]


def element_spans(element: ET.Element, tag: str) -> tuple[str, list[tuple[int, int, ET.Element]]]:
    """The plain text under `element` and (start, end, node) of every `tag` element inside it."""
    parts: list[str] = []
    spans: list[tuple[int, int, ET.Element]] = []

    def walk(node: ET.Element, pos: int) -> int:
        if node.text:
            parts.append(node.text)
            pos += len(node.text)
        for child in node:
            start = pos
            pos = walk(child, pos)
            if local_name(child.tag) == tag:
                spans.append((start, pos, child))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        return pos

    walk(element, 0)
    return "".join(parts), spans


def flatten(element: ET.Element) -> tuple[str, list[GoldTimex]]:
    """The plain text under `element` and the TIMEX3 elements inside it with their offsets."""
    text, spans = element_spans(element, "TIMEX3")
    timexes = [
        GoldTimex(start, end, text[start:end], node.get("type", ""), node.get("value", ""))
        for start, end, node in sorted(spans, key=lambda s: (s[0], s[1]))
    ]
    return text, timexes


def parse_file(path: Path) -> ET.Element:
    """The root element of an XML file; bad XML raises a coded error with line and column."""
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as err:
        line, column = err.position
        reason = err.msg.split(":")[0]  # expat appends its own 0-based position; ours is 1-based
        raise EvaluationInputError("EV001", path=path, line=line, column=column + 1, detail=reason) from None


def creation_date(root: ET.Element, path: Path, problems: list[str]) -> dt.date | None:
    """The calendar day of the document creation time, or None (with a coded problem)."""
    for node in root.iter():
        if local_name(node.tag) == "TIMEX3" and node.get("functionInDocument") == CREATION_TIME:
            value = node.get("value", "")
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                problems.append(message("EV004", path=path, value=value))
                return None
    problems.append(message("EV003", path=path))
    return None


def find_text(root: ET.Element) -> ET.Element | None:
    """The <TEXT> element of a TimeML document, wherever it sits."""
    for node in root.iter():
        if local_name(node.tag) == "TEXT":
            return node
    return None


def open_document(path: Path) -> tuple[ET.Element, dt.date | None, ET.Element, list[str]]:
    """The root, the creation date, the TEXT element and the problems met of one TimeML file.

    Raises EvaluationInputError when the file has no TEXT.
    """
    root = parse_file(path)
    problems: list[str] = []
    dct = creation_date(root, path, problems)
    text_node = find_text(root)
    if text_node is None:
        raise EvaluationInputError("EV002", path=path)
    return root, dct, text_node, problems


def read_timeml(path: Path, name: str | None = None) -> TimemlDoc:
    """Read one TimeML file. Raises EvaluationInputError when it cannot be scored at all."""
    _, dct, text_node, problems = open_document(path)
    text, timexes = flatten(text_node)
    return TimemlDoc(name or path.name, dct, text, timexes, problems)


def tml_paths(directory: Path) -> list[Path]:
    """Every *.tml file under `directory`, recursively, in a stable order."""
    if not directory.is_dir():
        raise EvaluationInputError("EV006", path=directory)
    paths = sorted(directory.rglob("*.tml"))
    if not paths:
        raise EvaluationInputError("EV005", path=directory)
    return paths


def read_corpus(directory: Path, limit: int | None = None) -> Iterator[TimemlDoc | EvaluationInputError]:
    """Each document under `directory` (named by relative path), or the error that stopped it."""
    for path in tml_paths(directory)[:limit]:
        try:
            yield read_timeml(path, str(path.relative_to(directory)))
        except EvaluationInputError as err:
            yield err
