"""When an event joins an entity's timeline."""

from __future__ import annotations

import pytest

from extract.evaluate.entity_match import event_mentions, mentions, short_forms


@pytest.mark.parametrize(
    ("entity", "forms"),
    [
        ("Steve Jobs", [("Jobs",)]),
        ("Beatles Apple Corps", [("Apple", "Corps"), ("Corps",)]),
        ("iPhone 3G", []),  # not a proper name: cutting it would merge products
        ("iTunes store", []),
        ("iPod", []),
    ],
)
def test_short_forms(entity, forms):
    assert short_forms(entity) == forms


@pytest.mark.parametrize(
    ("entity", "text", "expected"),
    [
        ("Steve Jobs", "Apple CEO Steve Jobs said", True),
        ("Steve Jobs", "STEVE JOBS said", True),  # full name: any case
        ("Steve Jobs", "Jobs said", True),  # short form
        ("Steve Jobs", "the plan creates jobs", False),  # short forms are case-sensitive
        ("Steve Jobs", "Steve Wozniak said", False),
        ("iPod", "the iPod nano is small", True),
        ("iPod", "iPods sold well", False),  # whole tokens only
        ("iPhone 3G", "the iPhone 3G launched", True),
        ("iPhone 3G", "the iPhone 4 launched", False),
        ("iTunes store", "the iTunes Store opened", True),
        ("Beatles Apple Corps", "Apple Corps sued", True),
        ("Beatles Apple Corps", "Apple sued", False),
        ("Steve Jobs", "", False),
    ],
)
def test_mentions(entity, text, expected):
    assert mentions(entity, text) is expected


@pytest.mark.parametrize(
    ("actors", "targets", "sentence", "expected"),
    [
        (["Steve Jobs"], [], "He spoke.", True),
        ([], ["Jobs"], "They met him.", True),
        ([], [], "Jobs spoke.", True),
        (["Apple"], ["Cisco"], "They settled.", False),
    ],
)
def test_event_mentions(actors, targets, sentence, expected):
    assert event_mentions("Steve Jobs", actors, targets, sentence) is expected
