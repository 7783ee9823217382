"""Every entry of data/lexicon/ works on its example sentence, through the real parse."""

from __future__ import annotations

import pytest

from extract.events.lexicon import (
    COMMENTATOR_COLUMNS,
    LEXICON_COLUMNS,
    LEXICON_DIR,
    LIGHT_NOUN_COLUMNS,
    MODALITY_COLUMNS,
    STATE_COLUMNS,
    SUPPORT_COLUMNS,
    lemmas,
)
from extract.events.tables import read_data_table

ENTRIES = read_data_table(LEXICON_DIR / "events.tsv", LEXICON_COLUMNS)
SUPPORT = read_data_table(LEXICON_DIR / "support_verbs.tsv", SUPPORT_COLUMNS)
MODALITY = read_data_table(LEXICON_DIR / "modality.tsv", MODALITY_COLUMNS)
STATES = read_data_table(LEXICON_DIR / "states.tsv", STATE_COLUMNS)
COMMENTATORS = read_data_table(LEXICON_DIR / "commentators.tsv", COMMENTATOR_COLUMNS)
LIGHT_NOUNS = read_data_table(LEXICON_DIR / "light_nouns.tsv", LIGHT_NOUN_COLUMNS)


def _ids(rows, *keys):
    return ["-".join(r[k] for k in keys if r[k]) for r in rows]


@pytest.mark.parametrize("row", ENTRIES, ids=_ids(ENTRIES, "lemma", "pos", "particle"))
def test_lexicon_entry_types_its_example(nlp, all_events, row):
    """(Rows an analyst would not code count: "demanded a full Israeli withdrawal" types the noun.)"""
    doc = nlp(row["example"])
    words = [t for t in doc if row["lemma"] in lemmas(t) and t.pos_ in (row["pos"], "PROPN")]
    assert words, f"{row['lemma']} not found as {row['pos']} in the parse of {row['example']!r}"
    offsets = {t.idx for t in words}
    rows = [r for r in all_events(row["example"]) if any(o in offsets for o in _trigger_offsets(r, doc))]
    assert [r["event_type"] for r in rows][:1] == [row["expected_type"]]


def _trigger_offsets(row: dict, doc) -> set[int]:
    start = row["sentence_start"] + row["sentence"].find(row["trigger"])
    return {t.idx for t in doc if start <= t.idx < start + len(row["trigger"])}


@pytest.mark.parametrize("row", SUPPORT, ids=_ids(SUPPORT, "lemma"))
def test_support_verb_takes_its_event_noun(events, row):
    assert row["expected_trigger"] in [r["trigger"] for r in events(row["example"])]


@pytest.mark.parametrize("row", LIGHT_NOUNS, ids=_ids(LIGHT_NOUNS, "noun"))
def test_light_noun_types_its_support_verb(event_for, row):
    """The row's noun after a support verb is the act: the trigger spans verb to noun."""
    found = event_for(row["example"], row["trigger"])
    assert (found["event_type"], found["trigger"].split()[-1]) == (row["expected_type"], row["trigger"])


@pytest.mark.parametrize(
    ("text", "word", "expected_type"),
    [("Freedom House issued a report last month.", "issued", "STATEMENT"),
     ("The latest report issued last month by Freedom House ranks Serbia lower.", "issued", "STATEMENT"),
     ("North Korea conducted 13 rounds of missile tests on Friday.", "conducted", "MOBILIZE"),
     ("Egypt ramped up sanctions on Sudan in May.", "ramped", "SANCTION")],
)
def test_light_noun_readings(event_for, text, word, expected_type):
    """A light noun also names the act as the subject a support verb modifies, and through a
    collective noun ("rounds of tests"); a support verb's particle is part of its row ("ramp up")."""
    assert event_for(text, word)["event_type"] == expected_type


@pytest.mark.parametrize(
    ("text", "word", "expected_type"),
    [("The Serbian report criticised Kosovo on Monday.", "criticised", "ACCUSE"),  # no support verb: no act
     ("Iran stepped down its offensive in May.", "stepped", "OTHER")],  # "step up" is the support verb
)
def test_light_noun_needs_its_support_verb(all_events, text, word, expected_type):
    rows = all_events(text)
    assert [r["event_type"] for r in rows if word in r["trigger"].split()][:1] == [expected_type]
    assert not any(r["trigger"] in ("report", "offensive") for r in rows if r["event_type"] == "STATEMENT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Last year, India helped Mauritius build an airstrip.", ["AID"]),
     ("The Kenyan government sends doctors to help them recover.", [])],  # a purpose: no subject
)
def test_particle_of_several_dependencies(all_events, text, expected):
    """"<ccomp>+<nsubj>": an entry needs every dependency it names."""
    assert [r["event_type"] for r in all_events(text) if r["trigger"] == "helped" or r["trigger"] == "help"
            if r["event_type"] == "AID"] == expected


@pytest.mark.parametrize("row", MODALITY, ids=_ids(MODALITY, "word", "relation"))
def test_modality_cue_sets_mode(event_for, row):
    assert event_for(row["example"], row["trigger"])["mode"] == row["expected_mode"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected_type"),
    [
        # the preposition a verb needs, parsed as the mark of the clause after it
        ("Egypt called for the hostages to be released.", "called", "REQUEST"),
        ("Qatar pressed for the talks to resume.", "pressed", "REQUEST"),
        # a mark further on is not the verb's
        ("Biden called Netanyahu so that the talks could resume.", "called", "CONSULT"),
    ],
)
def test_particle_as_mark_of_following_clause(event_for, text, trigger, expected_type):
    assert event_for(text, trigger)["event_type"] == expected_type


@pytest.mark.parametrize("row", STATES, ids=_ids(STATES, "lemma"))
def test_state_verb_gives_no_event(nlp, events, row):
    doc = nlp(row["example"])
    words = [t for t in doc if row["lemma"] in lemmas(t) and t.pos_ == "VERB"]
    assert words, f"{row['lemma']} not found as a verb in the parse of {row['example']!r}"
    offsets = {t.idx for t in words}
    assert not [r for r in events(row["example"]) if any(o in offsets for o in _trigger_offsets(r, doc))]


@pytest.mark.parametrize("row", COMMENTATORS, ids=_ids(COMMENTATORS, "word"))
def test_commentator_is_no_actor(events, row):
    assert row["person"] in row["example"]
    assert not [r for r in events(row["example"]) if row["person"] in r["actors"]]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chinese researchers have also revealed that the army used the model.", "China"),
        ("U.S. analysts said the talks would fail.", "United States"),
    ],
)
def test_a_nationality_of_unnamed_commentators_is_no_actor(all_events, events, text, country):
    """A commentator word of commentators.tsv qualified by a country ("Chinese researchers"): what
    they say is no statement of the country's (commentators.py's qualified_commentators)."""
    assert [r for r in all_events(text) if country in r["actors"]], "without the rule the country speaks"
    assert not [r for r in events(text) if country in r["actors"]]


def test_a_nationality_of_commentators_keeps_their_typed_acts(events):
    """Only what they say or think goes: "Ukrainian students protested" stays a protest."""
    rows = events("Ukrainian students protested outside the parliament on Monday.")
    assert [r for r in rows if r["event_type"] == "PROTEST"]


def test_a_commentators_statement_of_no_ones_act_is_no_event(all_events, events):
    """An actorless statement or rejection whose only source is a commentator: the analyst's guess."""
    text = '"Markets may have discounted a mild sanctions bill," said analyst Jane Doe of Global Partners.'
    assert [r for r in all_events(text) if r["trigger"] == "discounted"], "without the rule it is a row"
    assert not [r for r in events(text) if r["trigger"] == "discounted"]
