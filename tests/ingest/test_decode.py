"""Encodings: a file written in any of these comes back as the same text."""

from __future__ import annotations

import codecs

import pytest

from extract.ingest import IngestError, read_table
from extract.ingest.decode import decode_bytes

TEXT = "text,title\n\"Café talks resume, the minister’s aide said\",Naïve – “quoted”\n"
LATIN1_TEXT = "text,title\nCafé talks in Besançon,Zoë\n"


@pytest.mark.parametrize(
    ("raw", "expected_text", "expected_encoding"),
    [
        (TEXT.encode("utf-8"), TEXT, "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "utf-8-sig"),
        (TEXT.encode("cp1252"), TEXT, "cp1252"),
        (LATIN1_TEXT.encode("latin-1"), LATIN1_TEXT, "cp1252"),  # Latin-1 letters are the same in cp1252
        ("text\nx\x81y\n".encode("latin-1"), "text\nx\x81y\n", "latin-1"),  # 0x81: undefined in cp1252
        (TEXT.encode("utf-16"), TEXT, "utf-16"),  # with BOM, as spreadsheet "Unicode text" exports
    ],
)
def test_decode_bytes_detects_encoding(raw: bytes, expected_text: str, expected_encoding: str) -> None:
    assert decode_bytes(raw) == (expected_text, expected_encoding)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("cp1252", b"")],
)
def test_read_table_file_encodings_give_same_cells(tmp_path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "articles.csv"
    path.write_bytes(bom + TEXT.encode(encoding))
    table = read_table(path)
    assert list(table.frame.columns) == ["text", "title"]  # a BOM must not stick to the first name
    assert table.frame.iloc[0].tolist() == ["Café talks resume, the minister’s aide said", "Naïve – “quoted”"]


@pytest.mark.parametrize("raw", [b"PK\x03\x04\x00\x00binary spreadsheet", b"\x00\x01\x02"])
def test_decode_bytes_rejects_binary(raw: bytes) -> None:
    with pytest.raises(IngestError, match="E109") as caught:
        decode_bytes(raw, "book.xlsx")
    assert caught.value.code == "E109"
    assert "book.xlsx" in str(caught.value)
