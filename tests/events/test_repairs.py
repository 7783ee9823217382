"""Parse repairs (extract/events/repairs.py, the fronted-place repairs of arguments.py) and
instrument verbs (data/lexicon/instrument_verbs.tsv): who acts when the parser misreads the clause.
Every sentence is our own; each gave a wrong or no row before its repair."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extract.events.lexicon import INSTRUMENT_COLUMNS, LEXICON_DIR, load_lexicon
from extract.events.repairs import repair_parse
from extract.events.tables import read_data_table

INSTRUMENTS = read_data_table(LEXICON_DIR / "instrument_verbs.tsv", INSTRUMENT_COLUMNS)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a name and a past verb before the root noun: a clause, not a noun phrase
        ("Earlier this week, Starmer hosted Erdogan in London.", "hosted",
         ("CONSULT", ["Keir Starmer"], ["Recep Tayyip Erdogan"])),
        ('Earlier this month, Trump hosted Lukashenko in the White House for what he called a '
         '"great meeting."', "called", ("STATEMENT", ["Donald Trump"], [])),
        # a plural-present conjunct belongs to the verb it agrees with
        ("Chinese officials have denied reports that the ship is a spy vessel and insist that it does "
         "research.", "insist", ("STATEMENT", ["China"], [])),
        # a month takes no "of" phrase but a date: "warn of" is a statement
        ("British officials warned in March of a rising threat of attacks.", "warned",
         ("STATEMENT", ["United Kingdom"], [])),
        # a "that" clause right after the name in a title's "of" phrase is the name's
        ("The spokesman of Hamas that attacked Israel in October 2023 spoke on Monday.", "attacked",
         ("ASSAULT", ["Hamas"], ["Israel"])),
        # a "NOUN of NOUNS" root with a past verb after it: the verb is the clause's, the noun its subject
        ("A crowd of students protested outside the ministry in Dhaka on Monday.", "protested",
         ("PROTEST", ["students"], ["Bangladesh"])),
        # a name read as the appositive of a name of its kind while it opens "Y and Z": one list
        ("Council members Greece, Slovenia and South Korea also supported the call.", "supported",
         ("SUPPORT", ["Greece", "Slovenia", "South Korea"], [])),
        # a name before a colon opening the sentence labels the speaker (an interviewer's question):
        # the name after the colon, read as the label's appositive, is the subject
        ("VOA: Russia's President Vladimir Putin recently visited China after he began a fifth term.",
         "visited", ("CONSULT", ["Vladimir Putin"], ["China"])),
        # a name after a comma that the parser hangs on a noun higher up names the noun right before it:
        # the armed group is the SDF, no third party
        ("Pedersen said Friday that recent agreements between Syria's authorities and an armed group, the "
         "Syrian Democratic Forces, are a positive reminder.", "agreements",
         ("AGREE", ["Syria", "Syrian Democratic Forces"], [])),
        # an act done with an instrument that is a typed event noun is that act: a veto is a rejection
        ("Russia used its veto to shut down the monitoring panel on Friday.", "shut",
         ("REJECT", ["Russia"], [])),
        # a fronted place with its country and the subject read as one list
        ("In Geneva, Switzerland, Russia and Ukraine signed a prisoner exchange deal.", "signed",
         ("AGREE", ["Russia", "Ukraine"], [])),
        ("In Doha, Qatar, Hamas and Israel agreed to a truce on Friday.", "agreed",
         ("AGREE", ["Hamas", "Israel"], [])),
        # the place's country is told by the alias table when it knows the place: Geneva lies in
        # Switzerland, so Russia is one of the signers (by commas alone it was dropped)
        ("In Geneva, Russia, Ukraine and the US signed a prisoner exchange deal on Friday.", "signed",
         ("AGREE", ["Russia", "Ukraine", "United States"], [])),
        # an unknown place: a place name set off by commas is its region
        ("In Tromso, Norway, Russia and Ukraine signed a prisoner exchange deal on Friday.", "signed",
         ("AGREE", ["Russia", "Ukraine"], [])),
        # (a list with no region after the place was read right before; it stays so)
        ("In Paris, France and Germany signed a defence pact.", "signed",
         ("AGREE", ["France", "Germany"], [])),
        # a support verb's object read as the subject of the gerund describing it: still its object
        ("China conducted the military drills encircling Taiwan on Monday.", "conducted",
         ("MOBILIZE", ["China"], [])),
    ],
)
def test_repaired_parse_gives_the_row(events, text, trigger, expected):
    rows = [r for r in events(text) if r["trigger"].split()[0] == trigger]
    assert [(r["event_type"], r["actors"], r["targets"]) for r in rows][:1] == [expected]


def test_a_name_before_a_participle_with_a_determiner_stays_a_noun_phrase(events):
    # "the Trump-appointed judge": no clause for "appointed"
    rows = events("The Biden appointed envoy arrived in Cairo.")
    assert not [r for r in rows if r["trigger"] == "appointed"]


def test_month_of_a_year_stays_a_date(event_for):
    assert event_for("Israel struck Rafah in May of 2024.", "struck")["date_start"] == "2024-05-01"


@pytest.mark.parametrize("row", INSTRUMENTS, ids=[r["lemma"] for r in INSTRUMENTS])
def test_instrument_verb_row_gives_the_user_as_actor(event_for, row):
    assert event_for(row["example"], row["trigger"])["actors"] == [row["expected_actor"]]


@pytest.mark.parametrize("row", INSTRUMENTS, ids=[r["lemma"] for r in INSTRUMENTS])
def test_instrument_verb_row_is_needed(all_events, row, monkeypatch):
    monkeypatch.setattr(load_lexicon(), "instrument_verbs", frozenset())
    rows = [r for r in all_events(row["example"]) if row["trigger"] in r["trigger"].split()]
    assert [r["actors"] for r in rows] != [[row["expected_actor"]]]


@pytest.mark.parametrize(
    ("person", "expected"),
    [("Haiti Jane Moreau", "Jane Moreau"),  # the office's country read into the name
     ("Jordan Lee Peters", "Jordan Lee Peters")],  # no title before: a name that begins like a country
)
def test_country_of_an_office_is_no_part_of_the_name(nlp, person, expected):
    title = "The U.N. coordinator for " if person.startswith("Haiti") else "Yesterday "
    doc = nlp.make_doc(f"{title}{person} said the aid had arrived.")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    start = len(nlp.make_doc(title))
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + 3] + [
        doc.char_span(len(title), len(title) + len(person), label="PERSON")]
    nlp.get_pipe("dateline_actors")(doc)
    assert [m.actor.name for m in doc._.actors if m.actor.kind == "person"] == [expected]


@pytest.mark.parametrize("text, triggers", [
    # a participle right after the object says the state the act leaves it in: no act of its own
    ("Hamas left the hostages stranded.", ["left"]),
    ("Mali's junta left the aid convoys stuck at the border.", ["left"]),
    # a participle with a subject of its own is an act ("… and three soldiers were killed")
    ("Israel struck the building, and three soldiers were killed.", ["struck", "killed"]),
])
def test_result_participle_is_no_act(all_events, text, triggers):
    assert [r["trigger"] for r in all_events(text)] == triggers


def _misparsed(nlp, rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A Doc with the parse the small model gives some sentences (word, head, dep, pos, tag, entity
    IOB): the repairs below mend misparses the model makes on the dev stories' sentences, not on
    every rewording of them."""
    words, heads, deps, pos, tags, ents = map(list, zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)


# "Roe — leader of Fatah — said …" read with two subjects, the title the second one
DASHED = [("Roe", 6, "nsubj", "PROPN", "NNP", "B-PERSON"), ("—", 2, "punct", "PUNCT", ":", "O"),
          ("leader", 6, "nsubj", "NOUN", "NN", "O"), ("of", 2, "prep", "ADP", "IN", "O"),
          ("Fatah", 3, "pobj", "PROPN", "NNP", "B-ORG"), ("—", 2, "punct", "PUNCT", ":", "O"),
          ("said", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
# "…, a charge spokesperson Ana Roe rejected Thursday." with "Roe" an appositive of "claim" and
# "rejected" a subjectless modifier of it
OBJECT_RELATIVE = [
    ("They", 1, "nsubj", "PRON", "PRP", "O"), ("repeated", 1, "ROOT", "VERB", "VBD", "O"),
    ("the", 3, "det", "DET", "DT", "O"), ("claim", 1, "dobj", "NOUN", "NN", "O"),
    (",", 3, "punct", "PUNCT", ",", "O"), ("a", 7, "det", "DET", "DT", "O"),
    ("charge", 7, "amod", "NOUN", "NN", "O"), ("spokesperson", 9, "compound", "NOUN", "NN", "O"),
    ("Ana", 9, "compound", "PROPN", "NNP", "B-PERSON"), ("Roe", 3, "appos", "PROPN", "NNP", "I-PERSON"),
    ("rejected", 3, "acl", "VERB", "VBD", "O"), ("Thursday", 10, "npadvmod", "PROPN", "NNP", "B-DATE"),
    (".", 1, "punct", "PUNCT", ".", "O")]


def test_dashed_title_is_the_names_appositive(nlp):
    doc = repair_parse(_misparsed(nlp, DASHED))
    assert (doc[2].dep_, doc[2].head.text) == ("appos", "Roe")
    assert [c.text for c in doc[6].children if c.dep_ == "nsubj"] == ["Roe"]


def test_dashed_title_is_no_second_actor(nlp):
    doc = nlp.get_pipe("dateline_actors")(repair_parse(_misparsed(nlp, DASHED)))
    assert [m.actor.name for m in doc._.actors] == ["Roe", "Fatah"]  # (was also "Leader of Fatah")


def test_object_relative_takes_the_name_as_subject(nlp):
    doc = repair_parse(_misparsed(nlp, OBJECT_RELATIVE))
    assert (doc[9].dep_, doc[9].head.text) == ("nsubj", "rejected")


def test_object_relative_needs_no_object_of_its_own(nlp):
    rows = [*OBJECT_RELATIVE[:11], ("it", 10, "dobj", "PRON", "PRP", "O"), *OBJECT_RELATIVE[11:]]
    rows = [(w, h + (h >= 11), d, p, t, e) for w, h, d, p, t, e in rows]  # (indices after "it" shift)
    doc = repair_parse(_misparsed(nlp, rows))
    assert doc[9].dep_ == "appos"
