"""Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, else cp1252, else Latin-1.

A fixed order rather than statistical guessing: valid UTF-8 is almost never cp1252 text by accident,
and cp1252 is what spreadsheet programs on Windows write for "CSV". Latin-1 decodes any byte, so it
is the last resort for the few bytes cp1252 leaves undefined.
"""

from __future__ import annotations

import codecs

from extract import messages
from extract.ingest.errors import IngestError

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding used). Raises IngestError E109 for binary data (NUL bytes)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:65536]:
        raise IngestError(messages.E109.format(name=name))
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"
