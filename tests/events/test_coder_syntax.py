"""What a coder reads in the syntax: negation flipping the type (negation.tsv), agentless passives,
targets."""

from __future__ import annotations

import pytest

from extract.events.actors import (
    AGENT_COLUMNS,
    AGENT_PHRASE_COLUMNS,
    AGENT_PHRASES_PATH,
    AGENTS_PATH,
    BODY_NOUN_COLUMNS,
    BODY_NOUNS_PATH,
    COACTOR_LINK_COLUMNS,
    COACTOR_LINKS_PATH,
    GROUP_COLUMNS,
    GROUPS_PATH,
    HOMONYM_COLUMNS,
    HOMONYMS_PATH,
    PERSON_NOUN_COLUMNS,
    PERSON_NOUNS_PATH,
    PRIVATE_SECTOR_COLUMNS,
    PRIVATE_SECTORS_PATH,
    REMOVAL_COLUMNS,
    REMOVAL_PATH,
    STATE_OWNED_COLUMNS,
    STATE_OWNED_PATH,
    actor_info,
)
from extract.events.context import ATTACK_MENTION_COLUMNS, ATTACK_MENTIONS_PATH
from extract.events.gender import GENDER_WORD_COLUMNS, GENDER_WORDS_PATH
from extract.events.lexicon import (
    COMPOUND_COLUMNS,
    HARM_COLUMNS,
    INTENT_COLUMNS,
    INTENT_GOVERNOR_COLUMNS,
    LEXICON_DIR,
    NEGATION_COLUMNS,
    OBJECT_TYPE_COLUMNS,
    OBLIGATION_COLUMNS,
    PHASE_COLUMNS,
    RETALIATION_COLUMNS,
    SUBJECT_TYPE_COLUMNS,
    SUPPORT_PREP_COLUMNS,
)
from extract.events.places import ASKED_COLUMNS
from extract.events.tables import read_data_table
from extract.events.targets import (
    CUSTODY_COLUMNS,
    CUSTODY_PATH,
    MEANS_PREPS_COLUMNS,
    MEANS_PREPS_PATH,
    NON_TARGET_COLUMNS,
    NON_TARGET_PATH,
    OWN_FORCES_COLUMNS,
    OWN_FORCES_PATH,
)

ROWS = read_data_table(LEXICON_DIR / "negation.tsv", NEGATION_COLUMNS)
INTENTS = read_data_table(LEXICON_DIR / "intent.tsv", INTENT_COLUMNS)
AGENTS = read_data_table(AGENTS_PATH, AGENT_COLUMNS)
AGENT_PHRASES = read_data_table(AGENT_PHRASES_PATH, AGENT_PHRASE_COLUMNS)
PRIVATE_SECTORS = read_data_table(PRIVATE_SECTORS_PATH, PRIVATE_SECTOR_COLUMNS)
STATE_OWNED = read_data_table(STATE_OWNED_PATH, STATE_OWNED_COLUMNS)
REMOVALS = read_data_table(REMOVAL_PATH, REMOVAL_COLUMNS)
COMPOUNDS = read_data_table(LEXICON_DIR / "compounds.tsv", COMPOUND_COLUMNS)
GOVERNORS = read_data_table(LEXICON_DIR / "intent_governors.tsv", INTENT_GOVERNOR_COLUMNS)
OBJECT_TYPES = read_data_table(LEXICON_DIR / "object_types.tsv", OBJECT_TYPE_COLUMNS)
SUBJECT_TYPES = read_data_table(LEXICON_DIR / "subject_types.tsv", SUBJECT_TYPE_COLUMNS)
SUPPORT_PREPS = read_data_table(LEXICON_DIR / "support_preps.tsv", SUPPORT_PREP_COLUMNS)
HARMS = read_data_table(LEXICON_DIR / "harm.tsv", HARM_COLUMNS)
PHASES = read_data_table(LEXICON_DIR / "phase_verbs.tsv", PHASE_COLUMNS)
RETALIATIONS = read_data_table(LEXICON_DIR / "retaliation.tsv", RETALIATION_COLUMNS)
OBLIGATIONS = read_data_table(LEXICON_DIR / "obligation.tsv", OBLIGATION_COLUMNS)


@pytest.mark.parametrize("row", ROWS, ids=[r["event_type"] for r in ROWS])
def test_negation_row_flips_its_example(event_for, row):
    found = event_for(row["example"], row["trigger"])
    assert (found["event_type"], found["mode"] != "negated") == (row["expected_type"], True)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [("Israel and Hamas failed to agree on the second phase.", "agree", ("AGREE", "negated")),
     ("Russia did not attack the convoy.", "attack", ("ASSAULT", "negated"))],
)
def test_other_negations_keep_type_and_mode(event_for, text, word, expected):
    found = event_for(text, word)
    assert (found["event_type"], found["mode"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Three Kenyan soldiers were killed near the border.",
      [("killed", "ASSAULT", [], ["Kenya (military)"])]),
     ("Two Israeli soldiers were arrested on Monday.",
      [("arrested", "COERCE", [], ["Israel (military)"])]),
     ("Two rebels were killed in clashes with Malian troops on Sunday.",  # the other side of the fight
      [("killed", "ASSAULT", ["Mali (military)"], ["rebels"])]),
     ("The deal was announced on Monday.", [])],
)
def test_agentless_passive_is_still_an_event(events, text, expected):
    rows = [(r["trigger"], r["event_type"], r["actors"], r["targets"]) for r in events(text)]
    assert rows == expected


@pytest.mark.parametrize(
    ("text", "word", "targets"),
    [("Iran threatened to shell Iraqi towns.", "threatened", ["Iraq"]),  # infinitive's object
     ("Egypt refused to meet the Israeli envoy.", "refused", ["Envoy of Israel"]),
     ("Syrian students demand that President Assad release the prisoners.", "demand", ["Bashar al-Assad"]),
     ("Jordan rejected calls by Egypt for a summit.", "rejected", ["Egypt"]),  # the object's preposition
     # the forces a mobilization calls up are its means: the target is whom it is against
     ("Poland mobilized army reservists for a possible war with Belarus.", "mobilized", ["Belarus"]),
     ("Hungary mobilized border guards against Serbia.", "mobilized", ["Serbia"]),
     # a generic agent of a country further down, and the doer a participle names
     ("Egypt agreed to train Libyan police.", "agreed", ["Libya (police)"]),
     ("The United Nations launched an investigation into abuses committed by Sudanese troops.", "launched",
      ["Sudan (military)"]),
     # a pronoun object is the target, even unresolved: nothing further down stands in for it
     ("Kenya accused it of arming Somali militants.", "accused", []),
     ("Qatar refused to join the Saudi-led boycott.", "refused", ["Saudi Arabia"]),
     # "push for" across an adverb, with the for-clause's subject as target
     ("France pushed hard for Germany to accept the deal.", "pushed", ["Germany"])],
)
def test_targets_from_what_the_verb_governs(event_for, text, word, targets):
    assert event_for(text, word)["targets"] == targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Police arrested 20 protesters in Cairo.", [("arrested", ["police"], ["protesters"])]),
     ("Rebels in Chad rejected the offer.", [("rejected", ["Chad (rebels)"], [])]),
     ("Activists from Hamas staged rallies against Fatah.", [("staged rallies", ["Hamas"], ["Fatah"])]),
     ("Palestinian police confiscated weapons from armed groups.",
      [("confiscated", ["Palestine (police)"], ["armed groups"])]),
     ("Egyptian police seized rifles from Egyptian militants.",  # one country, two actors
      [("seized", ["Egypt (police)"], ["Egypt (armed groups)"])]),
     ("Syrian and Turkish troops attacked the town.",
      [("attacked", ["Syria (military)", "Turkey (military)"], [])]),
     ("Kenyan police visited the school.",  # an actor, not a bare agent
      [("visited", ["Kenya (police)"], [])]),
     ("The Saudi-led coalition struck Sanaa on Monday.",  # "X-led" names the leader
      [("struck", ["Saudi Arabia"], ["Yemen"])]),
     ("Houthi rebels attacked the Saudi-led coalition.", [("attacked", ["Houthis"], ["Saudi Arabia"])]),
     ("The Kurdish-led council rejected the constitution.", [("rejected", [], [])]),  # unknown: no actor
     ("Anti-Pakistan militants attacked a police post in Quetta.",  # "anti-" names no owner
      [("attacked", ["militants"], ["police post"])]),
     ("The air force uses data.", [])],  # a generic agent alone makes no untyped event
)
def test_generic_agents_act(events, text, expected):
    assert [(r["trigger"], r["actors"], r["targets"]) for r in events(text)] == expected


@pytest.mark.parametrize("row", AGENTS + AGENT_PHRASES + PRIVATE_SECTORS,
                         ids=[r.get("phrase", r["sector"]) for r in AGENTS + AGENT_PHRASES + PRIVATE_SECTORS])
def test_agent_row_gives_its_example_actor(events, row):
    assert row["expected"] in [a for r in events(row["example"]) for a in r["actors"]]
    assert actor_info(row["expected"]).country == row["expected"].split(" (")[0]


@pytest.mark.parametrize("row", STATE_OWNED, ids=[r["word"] for r in STATE_OWNED])
def test_state_owned_private_agent_is_the_state_s(events, row):
    assert [a for r in events(row["example"]) for a in r["actors"]][:1] == [row["expected"]]


@pytest.mark.parametrize(
    ("text", "actors"),
    [("Chinese merchants sold drones to Russia.", ["China (business)"]),  # an imported phrase
     ("A spokesman for Hamas said Israel attacked Gaza.", ["Hamas", "Israel"]),  # not Phoenix's MED
     ("Hamas businessmen sold the parts to Iran.", ["Hamas"]),  # an organisation's: the organisation
     ("Merchants sold drones to Russia.", []),  # alone: nobody's, as before
     ("Social media in China praised the law.", [])],  # a kind of media, not the country's press
)
def test_private_agents_are_no_state(events, text, actors):
    assert [a for r in events(text) for a in r["actors"]] == actors


@pytest.mark.parametrize("row", REMOVALS, ids=[r["verb"] for r in REMOVALS])
def test_body_a_passive_removal_puts_out_of_acts(event_for, row):
    assert event_for(row["example"], row["trigger"])["actors"] == [row["expected"]]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [("The judge was suspended from office in October.", "suspended", []),  # names no actor
     ("Ahmed Musa was expelled from the ruling party on Friday.", "expelled", []),  # none invented
     ("The activist was deported from Kherson to Crimea.", "deported", []),  # a place
     ("Geza was expelled from the ZANU-PF party by its leader, Mnangagwa.", "expelled",
      ["Mnangagwa"])],  # a by-phrase wins
)
def test_passive_removal_without_a_body(event_for, text, trigger, actors):
    assert event_for(text, trigger)["actors"] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [("The Barbadian government condemned the attack.", ["Barbados"]),  # a demonym only the import knows
     ("Nassau condemned the attack.", [])],  # a capital the dictionary lists as an alias stays a place
)
def test_imported_country_names(events, text, actors):
    assert [a for r in events(text) for a in r["actors"]] == actors


@pytest.mark.parametrize("row", INTENTS, ids=[r["event_type"] for r in INTENTS])
def test_intent_row_types_its_example(event_for, row):
    found = event_for(row["example"], row["trigger"])
    assert (found["event_type"], found["mode"]) == (row["expected_type"], "future")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [("Officials said Israel would attack the capital.", "attack", "ASSAULT"),  # not its own announcement
     ("Netanyahu said he would travel to Washington.", "travel", "CONSULT")],  # a trip keeps its type
)
def test_intent_needs_the_actor_announcing_its_own_act(event_for, text, word, expected):
    assert event_for(text, word)["event_type"] == expected


@pytest.mark.parametrize(
    ("text", "word", "targets"),
    [("Israeli tanks shelled positions of the Palestinian security forces.", "shelled",
      ["Palestine (military)"]),
     ("Egypt called for sanctions against Nigeria.", "called", ["Nigeria"]),
     ("Syrian farmers threatened a general strike unless Israel lifts the fees.", "threatened", ["Israel"])],
)
def test_targets_a_coder_reads_further_down(event_for, text, word, targets):
    assert event_for(text, word)["targets"] == targets


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [("Germany said Poland must release the two journalists.", "said", ("REQUEST", ["Poland"])),
     ("Kenya said on Monday that Somalia should withdraw its troops.", "said", ("REQUEST", ["Somalia"])),
     ("Japan said it must protect its fishermen.", "said", ("STATEMENT", [])),  # its own duty: no demand
     ("Chile said Peru will sign the treaty.", "said", ("STATEMENT", [])),  # a forecast: no demand
     # a clause conjoined to the reported one, or reported by an adjoined speech verb ("adding that")
     ("Guterres said the talks had failed, and that Hamas should release the hostages.", "said",
      ("REQUEST", ["Hamas"])),
     ("Rubio said, adding that both Russia and Ukraine need to make concessions.", "said",
      ("REQUEST", ["Russia", "Ukraine"]))],
)
def test_saying_what_another_must_do_is_a_demand(event_for, text, word, expected):
    found = event_for(text, word)
    assert (found["event_type"], found["targets"]) == expected


@pytest.mark.parametrize("row", OBLIGATIONS, ids=[f"{r['word']}-{r['relation']}" for r in OBLIGATIONS])
def test_obligation_row_makes_a_request_of_the_actor(event_for, row):
    found = event_for(row["example"], row["trigger"])
    assert (found["event_type"], found["targets"]) == (row["expected_type"], [row["expected_target"]])


def test_adding_hung_on_the_quotation_still_reports_the_speakers_words():
    """In a whole story spaCy parsed "'…,' Rubio said, adding that … both Russia and Ukraine need to
    …" with "said" a parataxis of the quotation's verb and "adding" an advcl of that verb (VOA
    8005899); the clause "adding" reports is still one the speech verb reports."""
    from spacy.tokens import Doc

    from extract.events.coding import _obliged, _reported_clauses
    from extract.events.lexicon import load_lexicon
    from extract.nlp import load_pipeline

    words = ["“", "We", "act", ",", "”", "Rubio", "said", ",", "adding", "that", "Russia", "must", "pay", "."]
    heads = [2, 2, 2, 2, 2, 6, 2, 6, 2, 12, 12, 12, 8, 2]
    deps = ["punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "parataxis", "punct", "advcl", "mark",
            "nsubj", "aux", "ccomp", "punct"]
    tags = ["``", "PRP", "VBP", ",", "''", "NNP", "VBD", ",", "VBG", "IN", "NNP", "MD", "VB", "."]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "VERB", "SCONJ", "PROPN",
           "AUX", "VERB", "PUNCT"]
    lemmas = ["“", "we", "act", ",", "”", "Rubio", "say", ",", "add", "that", "Russia", "must", "pay", "."]
    doc = Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    reported = _reported_clauses(doc[6], load_lexicon())
    assert [t.text for t in reported] == ["pay"] and _obliged(doc[12])


@pytest.mark.parametrize("text", [
    "Netanyahu said Israel must act.",  # the speaker's own country: its own duty or intent
    "Zelensky said we need to defend ourselves.",  # the speaker's "we"
    "Blinken said the United States and its allies will have to take steps.",  # own side among others
    "Scholz said negotiations with China must continue.",  # no actor is the subject
    "Blinken said Hamas needs a ceasefire.",  # a need, no obligation to act
    "Chile said Peru has signed the treaty.",  # "have" as an auxiliary, no obligation
])
def test_own_side_or_no_actor_obliged_stays_a_statement(event_for, text):
    assert event_for(text, "said")["event_type"] == "STATEMENT"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [("Ghana said it will close the border unless Togo hands over the suspects.", "close",
      ("THREATEN", ["Togo"])),
     ("Ghana will cut aid to Togo unless the army returns to barracks.", "cut", ("THREATEN", ["Togo"])),
     ("Ghana closed the border before Togo handed over the suspects.", "closed", ("COERCE", []))],
)
def test_an_act_announced_unless_another_acts_is_a_threat(event_for, text, word, expected):
    found = event_for(text, word)
    assert (found["event_type"], found["targets"]) == expected


@pytest.mark.parametrize("row", OBJECT_TYPES, ids=[f"{r['lemma']}-{r['object_type']}" for r in OBJECT_TYPES])
def test_object_type_row_types_its_example(event_for, row):
    assert event_for(row["example"], row["trigger"])["event_type"] == row["expected_type"]


@pytest.mark.parametrize("row", SUBJECT_TYPES, ids=[f"{r['lemma']}-{r['subject']}" for r in SUBJECT_TYPES])
def test_subject_type_row_types_its_example(event_for, row):
    assert event_for(row["example"], row["trigger"])["event_type"] == row["expected_type"]


def test_a_visitor_arriving_still_consults(event_for):
    assert event_for("Blinken arrived in Riyadh on Monday.", "arrived")["event_type"] == "CONSULT"


@pytest.mark.parametrize(
    ("text", "word", "targets"),
    [("Norway agreed to provide aid for Somalia.", "agreed", ["Somalia"]),  # the infinitive's object's "for"
     ("The United States vetoed a Security Council resolution on Tuesday.", "vetoed",
      ["UN Security Council"]),
     ("Kenya refused to build a camp in Somalia.", "refused", ["Somalia"]),  # an act on a place
     ("Ghana signed the accord in Nigeria.", "signed", []),  # a venue is no target of an agreement
     ("Egypt praised the talks after the fall of Omar al-Bashir's government.", "praised",
      [])],  # a time phrase
)
def test_targets_named_in_what_the_verb_governs(event_for, text, word, targets):
    assert event_for(text, word)["targets"] == targets


@pytest.mark.parametrize("row", GOVERNORS, ids=[r["word"] for r in GOVERNORS])
def test_intent_governor_row_codes_its_example(event_for, row):
    assert event_for(row["example"], row["trigger"])["event_type"] == row["expected_type"]


def test_preparing_an_act_is_not_declaring_it(event_for):
    assert event_for("Israel is preparing to attack Rafah.", "attack")["event_type"] == "ASSAULT"


@pytest.mark.parametrize("row", COMPOUNDS, ids=[f"{r['modifier']}-{r['noun']}" for r in COMPOUNDS])
def test_compound_row_types_its_example(events, row):
    found = [r for r in events(row["example"]) if row["trigger"] in r["trigger"]]
    assert [r["event_type"] for r in found][:1] == [row["expected_type"]]


@pytest.mark.parametrize(
    ("text", "word", "targets"),
    [("Chile decided to allow candidate Evelyn Matthei to run in the election.", "allow", ["Evelyn Matthei"]),
     ("Kenya reiterated its demand that Somalia withdraw its troops.", "reiterated", ["Somalia"]),
     ("Egypt rejected a call for its troops to be sent to Libya.", "rejected", ["Libya"]),
     ("Kenya reiterated its demand that Somalia withdraw its troops.", "withdraw", []),  # its own troops
     # a rejected gerund names the act refused: its object is what is refused, not a target …
     ("The rebels rejected surrendering the fighters.", "rejected", []),
     ("The militia refused disarming the fighters.", "refused", []),
     # … but its to-phrase still names one, and an infinitive's object still does
     ("Syria rejected handing the suspects over to Turkey.", "rejected", ["Turkey"]),
     ("Syria refused to meet the Turkish envoy.", "refused", ["Envoy of Turkey"])],
)
def test_targets_of_infinitives_and_requests(event_for, text, word, targets):
    assert event_for(text, word)["targets"] == targets


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [("Serbia said it is ready to lift the ban on Kosovo goods.", "lift", (["Serbia"], ["Kosovo"])),
     ("Turkish lawmakers began a hunger strike to protest against Greece's decision.", "began",
      (["Turkey (legislature)"], ["Greece"]))],  # a protest's purpose names its target
)
def test_declared_intent_speaker_and_protest_purpose(event_for, text, word, expected):
    found = event_for(text, word)
    assert (found["actors"], found["targets"]) == expected


@pytest.mark.parametrize("row", SUPPORT_PREPS, ids=[f"{r['lemma']}-{r['preposition']}"
                                                   for r in SUPPORT_PREPS])
def test_support_prep_row_types_its_example(event_for, row):
    assert event_for(row["example"], row["trigger"])["event_type"] == row["expected_type"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [("Thousands of Kenyans gathered in Nairobi for prayers.", "gathered", "OTHER"),  # no event noun
     ("Ukraine insisted on Monday that the talks continue.", "insisted", "STATEMENT"),  # a time, no noun
     ("A Brazilian court put the senator under investigation.", "put", "put under investigation")],
)
def test_support_prep_needs_an_event_noun(event_for, text, word, expected):
    found = event_for(text, word)
    assert expected in (found["event_type"], found["trigger"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Thousands of Kenyans protested in Nairobi.", [("protested", ["Kenya"], [])]),  # a people: the country
     ("Ethnic Albanians protested on Monday.", [("protested", ["Albanians"], [])]),  # not Albania
     # a to-phrase names who receives: a generic agent given to them is what is given
     ("The United States provided military intelligence to Macedonia.",
      [("provided", ["United States"], ["North Macedonia"])]),
     ("Hamas refused to surrender the fighters to Israel.", [("refused", ["Hamas"], ["Israel"])]),
     # an arrest or investigation with no agent named is the act of the state it happened in …
     ("A Canadian missionary was arrested in Lebanon.", [("arrested", ["Lebanon"], ["Canada"])]),
     ("A Kenyan journalist was put under investigation in Uganda.",
      [("put under investigation", ["Uganda"], ["Kenya"])]),
     # … not an attack, whose unnamed attackers are no state
     ("Three Kenyan soldiers were killed in Somalia.", [("killed", [], ["Kenya (military)"])]),
     # an infinitive a noun asks for tells of no act of its own, and the troops are the actor's own
     ("Egypt rejected a call for its troops to be deployed in East Timor.",
      [("rejected", ["Egypt"], ["Timor-Leste"])])],
)
def test_coder_reads_people_recipients_and_states(events, text, expected):
    assert [(r["trigger"], r["actors"], r["targets"]) for r in events(text)] == expected


@pytest.mark.parametrize(
    ("text", "word", "targets"),
    [("Japan agreed to set up a research centre in Kenya.", "agreed", ["Kenya"]),  # where it is done
     ("Egypt and Sudan agreed to meet in Geneva.", "agreed", []),  # a meeting's venue is no target
     ("Hamas agreed to hold talks in Cairo.", "agreed", []),
     ("Ghana signed the accord in Nigeria.", "signed", []),  # nor where the agreeing happened
     ("Kenya agreed to postpone the election in Nairobi.", "agreed", []),  # its own country
     # "up to N" read as a particle: the number's noun is still the object
     ("Somali rebels kidnapped up to 12 Kenyan engineers near the border.", "kidnapped", ["Kenya"])],
)
def test_targets_of_agreed_places_and_quantities(event_for, text, word, targets):
    assert event_for(text, word)["targets"] == targets


@pytest.mark.parametrize(
    ("text", "triggers"),
    [("The militia has sworn to fight the army until the end.", [("sworn to fight", "THREATEN")]),
     ("The rebels vowed to attack the garrison in Gao.", [("vowed to attack", "THREATEN")]),
     ("Japan pledged to provide ambulances to Jordan.", [("pledged", "AGREE")])],  # the lexicon types it
)
def test_a_declared_intent_is_one_row(events, text, triggers):
    """The declaring verb makes no row of its own: its infinitive is the act, told with it."""
    assert [(r["trigger"], r["event_type"]) for r in events(text)] == triggers


GROUPS = read_data_table(GROUPS_PATH, GROUP_COLUMNS)
ASKED = read_data_table(LEXICON_DIR / "asked_of_place.tsv", ASKED_COLUMNS)


@pytest.mark.parametrize("row", GROUPS, ids=[r["noun"] for r in GROUPS])
def test_group_row_gives_its_example_actor(events, row):
    assert row["expected"] in [a for r in events(row["example"]) for a in r["actors"]]


@pytest.mark.parametrize(
    ("text", "word", "actors"),
    [("Kenyan elders demanded the return of their land.", "demanded", ["Kenya"]),  # a country wins
     ("Hamas prisoners rioted in the jail on Monday.", "rioted", ["Hamas"]),  # so does an organisation
     # one person named by a title is no group, nor a singular noun
     ("Social worker and activist Ryan Tan protested against the law on Monday.", "protested", ["Ryan Tan"]),
     ("A student rioted at the campus on Monday.", "rioted", [])],
)
def test_groups_give_way_to_names(event_for, text, word, actors):
    assert event_for(text, word)["actors"] == actors


NON_TARGETS = read_data_table(NON_TARGET_PATH, NON_TARGET_COLUMNS)


def _names(cell: str) -> list[str]:
    return [t.strip() for t in cell.split(";") if t.strip()]


@pytest.mark.parametrize("row", NON_TARGETS, ids=[f"{r['word']}-{r['preposition']}" for r in NON_TARGETS])
def test_non_target_prep_row_names_no_target(event_for, row):
    assert event_for(row["example"], row["trigger"].split()[0])["targets"] == _names(row["expected_targets"])


@pytest.mark.parametrize(
    ("text", "word", "targets"),
    [("The United States imposed sanctions on Russia on Monday.", "imposed", ["Russia"]),
     ("Hamas handed the bodies to Israel on Monday.", "handed", ["Israel"]),  # a recipient, not a destination
     ("Iran deported thousands of Afghan migrants to Afghanistan in March.", "deported", ["Afghanistan"])],
)
def test_targets_beside_topics_and_destinations(event_for, text, word, targets):
    """Only the table's pairs lose their target: "on" after a sanction, "to" after handing over, and
    the people deported (Afghan migrants) still name one."""
    assert event_for(text, word)["targets"] == targets


OWN_FORCES = read_data_table(OWN_FORCES_PATH, OWN_FORCES_COLUMNS)


@pytest.mark.parametrize("row", OWN_FORCES, ids=[r["event_type"] for r in OWN_FORCES])
def test_own_forces_row_makes_the_passive_subject_the_actor(event_for, row):
    found = event_for(row["example"], row["trigger"])
    expected = (_names(row["expected_actors"]), _names(row["expected_targets"]))
    assert (found["actors"], found["targets"]) == expected


@pytest.mark.parametrize(
    ("text", "word", "actors", "targets"),
    [("Russian soldiers were attacked near Kursk on Monday.", "attacked", [], ["Russia (military)"]),
     ("Troops were deployed to the Belarusian border on Monday.", "deployed", [], ["Belarus"])],
)
def test_other_passive_subjects_name_no_actor(event_for, text, word, actors, targets):
    """Another type's passive subject stays its target; forces of no named owner name no actor."""
    found = event_for(text, word)
    assert (found["actors"], found["targets"]) == (actors, targets)


@pytest.mark.parametrize(
    ("text", "word", "actors"),
    [("The Afghan army chief said on Saturday his forces had killed 1,000 Taliban fighters.", "killed",
      ["Afghanistan"]),  # a person's own forces are his country's
     ("Jane Doe said her forces had captured the town.", "captured", ["Jane Doe"]),  # no country: the person
     ("The Syrian authorities said their forces had repelled the attack.", "repelled", ["Syria"])],
)
def test_forces_a_speaker_calls_his_own(event_for, text, word, actors):
    assert event_for(text, word)["actors"] == actors


CUSTODY = read_data_table(CUSTODY_PATH, CUSTODY_COLUMNS)


@pytest.mark.parametrize("row", CUSTODY, ids=[r["noun"] for r in CUSTODY])
def test_custody_row_types_its_example_as_detention(event_for, row):
    found = event_for(row["example"], row["trigger"])
    assert (found["event_type"], found["targets"]) == (row["expected_type"], _names(row["expected_targets"]))


@pytest.mark.parametrize(
    ("text", "word", "event_type", "targets"),
    [("Egypt freed the blogger Alaa Abd el-Fattah from prison on Monday.", "freed", "CONCEDE",
      ["Alaa Abd el-Fattah"]),  # freed from custody: still a release, the prison no target
     ("Egypt sent the blogger Alaa Abd el-Fattah to Cairo on Monday.", "sent", "OTHER",
      ["Alaa Abd el-Fattah"])],  # no custody place: no detention
)
def test_custody_places_are_no_targets(event_for, text, word, event_type, targets):
    found = event_for(text, word)
    assert (found["event_type"], found["targets"]) == (event_type, targets)


@pytest.mark.parametrize("row", ASKED, ids=[r["noun"] for r in ASKED])
def test_asked_of_place_row_names_its_target(event_for, row):
    found = event_for(row["example"], row["trigger"])
    assert (found["event_type"], found["targets"]) == ("REQUEST", [row["expected_target"]])


@pytest.mark.parametrize(
    ("text", "word", "targets"),
    [("Egypt launched a mediation effort between Israel and Hamas.", "launched", ["Israel", "Hamas"]),
     # an attack "between" two places is where it happened: the first place's country only
     ("Rebels attacked a convoy between Uganda and Kenya.", "attacked", ["Uganda"]),
     # a body named by its owner, deep in what the verb governs
     ("Bosnia launched an investigation into crimes committed by Croat forces during the war.", "launched",
      ["Croatia"]),
     # a body that only modifies another noun stands for nobody
     ("Exiled activists accused YChina of supporting Chinese government propaganda.", "accused", [])],
)
def test_targets_between_parties_and_of_bodies(event_for, text, word, targets):
    assert event_for(text, word)["targets"] == targets


@pytest.mark.parametrize(
    ("text", "word", "actors"),
    [# a body owned by the speaker's pronoun acts for the speaker
     ("The rebels said their forces had completed their withdrawal from the town.", "completed", ["rebels"]),
     ("Kenya said its army had attacked the camp on Monday.", "attacked", ["Kenya"]),
     # a plural name spaCy takes for a person's is "they"; a person is not
     ("Bosnian Serbs said on Tuesday their forces had completed their withdrawal.", "completed",
      ["Bosnian Serbs"]),
     # "a group of" names its members; "one of the leaders" does not
     ("A group of Tuareg leaders announced that they are willing to forgive the governor.", "forgive",
      ["Tuareg leaders"])],
)
def test_speakers_and_groups_act(event_for, text, word, actors):
    assert event_for(text, word)["actors"] == actors


def test_they_is_no_single_person(events):
    rows = events("Officer Anna Abanda says they are negotiating with Brazil.")
    assert [(r["trigger"], r["actors"]) for r in rows] == [("says", ["Anna Abanda"])]


def test_one_of_the_leaders_is_no_group(events):
    rows = events("One of the group's most senior leaders was killed in a raid on Monday.")
    assert [a for r in rows for a in r["actors"]] == []


HOMONYMS = read_data_table(HOMONYMS_PATH, HOMONYM_COLUMNS)


@pytest.mark.parametrize("row", HOMONYMS, ids=[r["alias"] for r in HOMONYMS])
def test_place_homonym_row_gives_its_example_actor(events, row):
    assert row["expected"] in [a for r in events(row["example"]) for a in r["actors"]]


@pytest.mark.parametrize(
    ("text", "actors"),
    [("Tripoli rejected the proposal on Monday.", ["Libya"]),  # alone: the alias's own country
     # the own country named too: the alias keeps it
     ("Libyan militias clashed in Tripoli, a Lebanese witness said.", ["Libya (armed groups)", "Lebanon"])],
)
def test_place_homonyms_need_the_other_country_alone(events, text, actors):
    assert [a for r in events(text) for a in r["actors"]] == actors


@pytest.mark.parametrize("row", HARMS, ids=[r["word"] for r in HARMS])
def test_harm_row_makes_a_warning_a_threat(event_for, row):
    found = event_for(row["example"], row["trigger"])
    assert (found["event_type"], bool(found["targets"])) == (row["expected_type"], True)


@pytest.mark.parametrize("text", [
    "Putin said Finland would be in grave danger.",  # no condition: a view of the danger
    "Guterres said the region would be in danger if the talks failed.",  # no one known is warned
    "Macron said France would be in danger if Europe failed to invest.",  # the speaker's own country
])
def test_harm_without_condition_or_other_actor_stays_a_statement(event_for, text):
    assert event_for(text, "said")["event_type"] == "STATEMENT"


@pytest.mark.parametrize("row", RETALIATIONS, ids=[r["lemma"] for r in RETALIATIONS])
def test_retaliation_row_makes_a_possible_own_act_a_threat(event_for, row):
    assert event_for(row["example"], row["trigger"])["event_type"] == row["expected_type"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel said it could attack Iran.", "THREATEN"),  # a hostile act intent.tsv types THREATEN
    ("Russia said it may strike Western targets.", "THREATEN"),
    ("Guterres said Iran could retaliate.", "STATEMENT"),  # another's possible act: a forecast
    ("China said the talks could resume next week.", "STATEMENT"),  # no hostile act
    ("Putin said at a news conference that Russia could talk to Trump.", "STATEMENT"),
])
def test_possible_own_hostile_act_is_a_threat(event_for, text, expected):
    assert event_for(text, "said")["event_type"] == expected


@pytest.mark.parametrize("text", [
    "Trump on Thursday threatened the European Union with 200% tariffs on wine.",
    "Trump threatened Iran with sanctions and airstrikes on Monday.",
])
def test_the_means_of_a_threat_is_no_act_of_its_own(all_events, text):
    assert [r["event_type"] for r in all_events(text)] == ["THREATEN"]


@pytest.mark.parametrize("row", PHASES, ids=[r["lemma"] for r in PHASES])
def test_phase_verb_row_gives_the_typed_act(all_events, row):
    rows = all_events(row["example"])
    assert [(r["trigger"], r["event_type"], r["mode"]) for r in rows] == [
        (row["trigger"], row["expected_type"], "asserted")]


def test_phase_verb_of_an_untyped_act_is_read_as_before(all_events):
    assert [r["trigger"] for r in all_events("Kenya began building a wall along the border in March.")] \
        == ["began"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Talks between Iran and the United States took place in Oman on Saturday.", "Talks took place"),
     ("The sixth round of talks between Iran and the United States would not take place.",
      "talks take place"),
     ("The summit between Egypt and Qatar went ahead in Cairo on Monday.", "summit went ahead"),
     ("Talks between Iran and the United States resumed in Oman on Saturday.", "Talks")],  # a phase: the noun
)
def test_occurrence_verb_joins_the_trigger(all_events, text, expected):
    """An event noun with a verb saying only that it happens is told by both: the trigger names both."""
    assert [r["trigger"] for r in all_events(text) if r["event_type"] == "CONSULT"] == [expected]


MEANS = read_data_table(MEANS_PREPS_PATH, MEANS_PREPS_COLUMNS)


@pytest.mark.parametrize("row", MEANS, ids=[f"{r['event_type']}-{r['preposition']}" for r in MEANS])
def test_means_prep_row_gives_the_attack_actor(event_for, row):
    found = event_for(row["example"], row["trigger"])
    expected = (_names(row["expected_actors"]), _names(row["expected_targets"]))
    assert (found["actors"], found["targets"]) == expected


@pytest.mark.parametrize(
    ("text", "actors"),
    [("Eight villagers were killed in airstrikes on Friday.", []),  # an attack naming no actor
     ("Ten villagers were killed in the Israel-Hamas war.", []),  # two actors: neither is given
     ("Ten villagers were killed in an attack by Hamas and Islamic Jihad.", []),
     ("A suspect was killed in a gun battle with police on Monday.", ["police"])],  # a fight's other side
)
def test_attacks_of_no_one_actor_give_none(event_for, text, actors):
    assert event_for(text, "killed")["actors"] == actors


ATTACK_MENTIONS = read_data_table(ATTACK_MENTIONS_PATH, ATTACK_MENTION_COLUMNS)


@pytest.mark.parametrize("row", ATTACK_MENTIONS, ids=[r["role"] for r in ATTACK_MENTIONS])
def test_attack_mention_row_gives_the_earlier_attack_actor(event_for, row):
    assert event_for(row["example"], row["trigger"])["actors"] == _names(row["expected_actors"])


@pytest.mark.parametrize(
    "text",
    ["Israel and Hamas exchanged airstrikes on Monday. Eight villagers were killed in the airstrikes.",
     "An Israeli airstrike hit the camp on Monday. Talks resumed. Aid arrived. The UN spoke. "
     "Eight villagers were killed in the airstrike.",  # too far back
     "Eight villagers were killed in the airstrike on Monday."],  # no earlier attack
)
def test_attacks_named_again_of_no_one_actor_give_none(event_for, text):
    assert event_for(text, "killed")["actors"] == []


PERSON_NOUNS = read_data_table(PERSON_NOUNS_PATH, PERSON_NOUN_COLUMNS)
BODY_NOUNS = read_data_table(BODY_NOUNS_PATH, BODY_NOUN_COLUMNS)


@pytest.mark.parametrize("row", PERSON_NOUNS + BODY_NOUNS, ids=[r["noun"] for r in PERSON_NOUNS + BODY_NOUNS])
def test_definite_noun_refers_back_to_the_named_actor(event_for, row):
    assert event_for(row["example"], row["trigger"])["actors"] == [row["expected"]]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [("Donald Trump spoke on Monday. The French politician criticized the deal.", "criticized",
      ["France"]),  # a person of another country: read as before
     ("Hamas fired rockets on Monday. The group also attacked a convoy.", "attacked", []),  # a subject
     ("Kenyan police arrested ten men. The men were released by the group.", "released", []),  # no body
     ("Hamas fired rockets. The group of fighters attacked a convoy.", "attacked", ["fighters"])],  # its own
)
def test_definite_noun_without_a_named_actor(all_events, text, trigger, actors):
    rows = [r for r in all_events(text) if trigger in r["trigger"].split()]
    assert [a for r in rows for a in r["actors"]] == actors


COACTOR_LINKS = read_data_table(COACTOR_LINKS_PATH, COACTOR_LINK_COLUMNS)


@pytest.mark.parametrize("row", COACTOR_LINKS, ids=[r["link"] for r in COACTOR_LINKS])
def test_coactor_link_joins_a_doer_to_the_subject(event_for, row):
    assert event_for(row["example"], row["trigger"])["actors"] == row["expected"].split("; ")


def test_coactor_link_after_the_verb_is_not_read(event_for):
    row = event_for("Egypt brokered the deal on Monday together with Qatar.", "brokered")
    assert row["actors"] == ["Egypt"]


GENDER_WORDS = read_data_table(GENDER_WORDS_PATH, GENDER_WORD_COLUMNS)


@pytest.mark.parametrize("row", GENDER_WORDS, ids=[r["word"] for r in GENDER_WORDS])
def test_gender_word_keeps_a_pronoun_off_a_person_of_the_other_gender(event_for, row):
    assert event_for(row["example"], row["trigger"])["actors"] == [row["expected"]]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [  # a speaker's own pronoun tells the gender; "Schengen" in the pronoun's sentence is no subject
        ("Sarah Johnson said she backs the plan. David Miller, too, was an advocate of Paris and during "
         "the talks he condemned the attack.", "condemned", ["David Miller"]),
        # gender unknown: the last main-line subject, as before
        ("David Miller arrived on Monday. Sarah Johnson met the press. She condemned the attack.",
         "condemned", ["Sarah Johnson"]),
    ],
)
def test_pronoun_gender_from_the_article(all_events, text, trigger, actors):
    rows = [r for r in all_events(text) if trigger in r["trigger"].split()]
    assert [a for r in rows for a in r["actors"]] == actors
