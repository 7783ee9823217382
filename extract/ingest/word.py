"""One article per file: a Word document (.docx) read as a one-row table.

python-docx, the maintained reader of the format, gives the paragraphs with their styles. They are
written as Markdown — a heading style becomes a `#` heading, a list style a `- ` item — so the
cleaning step (`ingest.clean`) treats them as it treats any Markdown article: headings give no
events. The core properties' title is the title (else the first heading); their dates are not taken
as the publication date (they say when the file was made or saved, not when the story ran). An old
binary .doc is not read: save it as .docx. A damaged file is reported (E149).
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError

from extract import messages
from extract.ingest.errors import IngestError

WORD_SUFFIXES = (".docx",)
HEADING_STYLES = ("Title", "Subtitle", "Heading")
LIST_STYLES = ("List",)


def docx_record(data: bytes, name: str) -> tuple[dict[str, str], list[dict]]:
    """The document's cells: `text` its paragraphs as Markdown, `title` from its properties."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        reason = f"it is damaged or not a Word .docx file ({type(err).__name__})"
        raise IngestError(messages.E149.format(name=name, reason=reason)) from err
    lines = [_markdown(paragraph) for paragraph in document.paragraphs if paragraph.text.strip()]
    headings = [line[2:] for line in lines if line.startswith("# ")]
    title = (document.core_properties.title or "").strip() or (headings[0] if headings else "")
    return {"title": title, "text": "\n\n".join(lines) + ("\n" if lines else "")}, []


def _markdown(paragraph: docx.text.paragraph.Paragraph) -> str:
    """A paragraph as one Markdown line: `# ` for a heading style, `- ` for a list style."""
    style = paragraph.style.name if paragraph.style is not None else ""
    text = " ".join(paragraph.text.split())
    if style.startswith(HEADING_STYLES):
        return "# " + text
    if style.startswith(LIST_STYLES):
        return "- " + text
    return text
