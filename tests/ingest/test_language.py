"""The English check: English news passes; French, German, Spanish, Italian, Dutch paragraphs fail."""

from __future__ import annotations

import pytest

from extract.ingest import english_share, looks_english
from tests.ingest.texts import FRENCH, GERMAN

ENGLISH = (
    "Israeli and Hamas negotiators met in Doha on Monday, officials said, and they agreed to meet again "
    "next week to discuss the release of the hostages who are still held in Gaza."
)
TELEGRAPHIC = (
    "Ukraine, Russia exchange prisoners after talks in Istanbul; Zelenskyy thanks Turkey, UAE mediators"
)
SPANISH = (
    "El primer ministro israelí se reunió el martes en Washington con el presidente estadounidense para "
    "hablar del alto el fuego en Gaza y de la liberación de los rehenes retenidos por Hamás."
)
ITALIAN = (
    "Il primo ministro israeliano ha incontrato martedì a Washington il presidente americano per "
    "discutere del cessate il fuoco a Gaza e della liberazione degli ostaggi detenuti da Hamas."
)
DUTCH = (
    "De Israëlische premier heeft dinsdag in Washington de Amerikaanse president ontmoet om te praten "
    "over het staakt-het-vuren in Gaza en de vrijlating van de gijzelaars die door Hamas worden vastgehouden."
)
RUSSIAN = (
    "Премьер-министр Израиля во вторник встретился в Вашингтоне с президентом США, чтобы обсудить "
    "прекращение огня в секторе Газа и освобождение заложников, удерживаемых ХАМАС с октября."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ENGLISH, True),
        (TELEGRAPHIC, True),  # 13 words, 2 stop words (15%): too short to judge, see limits.py
        ("Talks resume in Doha", True),  # too short to judge
        ("", True),
        (FRENCH, False),
        (GERMAN, False),
        (SPANISH, False),
        (ITALIAN, False),
        (DUTCH, False),
        (RUSSIAN, False),
    ],
)
def test_looks_english(text: str, expected: bool) -> None:
    assert looks_english(text) is expected


@pytest.mark.parametrize(("text", "expected_words"), [(ENGLISH, 32), ("Talks, 2 rounds; ok", 3), ("", 0)])
def test_english_share_counts_alphabetic_words(text: str, expected_words: int) -> None:
    assert english_share(text)[1] == expected_words
