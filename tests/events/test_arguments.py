"""Who acted, on whom, where: actors, targets and location of one event."""

from __future__ import annotations

import pytest

from extract.events.actors import (
    ACRONYM_LINK_COLUMNS,
    ACRONYM_LINKS_PATH,
    MEMBER_LINK_COLUMNS,
    MEMBER_LINKS_PATH,
)
from extract.events.tables import read_data_table


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets", "location"),
    [
        ("Blinken met Netanyahu in Jerusalem on Monday.", "met", ["Antony Blinken"], ["Benjamin Netanyahu"],
         "Jerusalem"),
        ("Egypt, Qatar and the United States met in Paris.", "met", ["Egypt", "Qatar", "United States"], [],
         "Paris"),
        # "its" on the object names the verb's subject as the owner, not the noun's modifier
        ("Russia used its Security Council veto to shut down the panel in April.", "veto", ["Russia"],
         ["UN Security Council"], ""),
        # a past-tense verb the parser joins to an infinitive belongs to the speaker's line
        ("Kenya said the plan aims to mobilize troops and urged Somalia to join.", "urged", ["Kenya"],
         ["Somalia"], ""),
        # ... but a verb joined to a perfect ("had killed and injured") shares its subject, and the
        # forces the speaker calls his own are his country's
        ("The Afghan army chief said on Saturday his forces had killed and injured 1,000 Taliban fighters.",
         "injured", ["Afghanistan"], ["Taliban"], ""),
        ("Israeli Prime Minister Benjamin Netanyahu met with the Qatari prime minister and U.S. envoy Steve "
         "Witkoff in Doha.", "met", ["Benjamin Netanyahu"],
         ["Mohammed bin Abdulrahman Al Thani", "Steve Witkoff"], "Doha"),  # the office holder on 2025-01-15
        # a noun's clause with a subject of its own tells what was claimed: no target of the rejection
        ("Russia's envoy again dismissed accusations it is getting weapons from North Korea at Friday's "
         "meeting.", "dismissed", ["Envoy of Russia"], [], ""),
        # an attack on a place with no target of its own targets the place's country
        ("Israel struck Rafah overnight.", "struck", ["Israel"], ["Palestine"], "Rafah"),
        ("Hezbollah fired rockets at Israel.", "fired", ["Hezbollah"], ["Israel"], ""),
        ("Israel was attacked by Hamas.", "attacked", ["Hamas"], ["Israel"], ""),
        ("Guterres urged Israel to allow aid into Gaza.", "urged", ["Antonio Guterres"], ["Israel"], ""),
        ("Hamas agreed to release three hostages.", "agreed", ["Hamas"], [], ""),
        ("Israeli officials rejected the proposal.", "rejected", ["Israel"], [], ""),
        ("Russia's defence ministry denied the report.", "denied", ["Russia"], [], ""),
        ("Netanyahu's office accused Hamas of reneging.", "accused", ["Benjamin Netanyahu"], ["Hamas"], ""),
        ("The talks between Israel and Hamas resumed in Cairo.", "talks", ["Israel", "Hamas"], [], "Cairo"),
        ("Israel and Hamas held talks in Cairo.", "held talks", ["Israel", "Hamas"], [], "Cairo"),
        ("Egypt brokered a ceasefire between Israel and Islamic Jihad.", "brokered a ceasefire",
         ["Egypt", "Israel", "Islamic Jihad"], [], ""),
        ("An Israeli strike killed 20 people in Khan Younis.", "strike", ["Israel"], ["Palestine"],
         "Khan Younis"),
        ("An Israeli strike killed 20 people in Khan Younis.", "killed", ["Israel"], ["Palestine"],
         "Khan Younis"),
        ("Hamas said it had accepted the proposal.", "accepted", ["Hamas"], [], ""),
        # "in protest of X": the one who acts protests; X is what is protested
        ("Jordan recalled its ambassador from Tel Aviv on Monday in protest of Israeli strikes on Gaza.",
         "protest", ["Jordan"], ["Israel"], ""),
        ("The leaders of Armenia and Azerbaijan signed a declaration at the White House.", "signed",
         ["Armenia", "Azerbaijan"], [], "White House"),
    ],
)
def test_participants_of_event(events, text, trigger, actors, targets, location):
    rows = [r for r in events(text) if r["trigger"] == trigger]
    assert [(r["actors"], r["targets"], r["location"]) for r in rows][:1] == [(actors, targets, location)]


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("Officials said the talks were useful.", []),  # no actor, no event
        # an infinitive under a thing's aim: no act ("a car bomb exploded" is one)
        ("The initiative aims to mobilize personnel and resources.", []),
        ("A car bomb exploded in Kabul on Tuesday.", ["exploded"]),
        ("France called for an immediate ceasefire.", ["called for"]),  # no ceasefire by France
        ("Egypt, Qatar and the United States met in Paris.", ["met"]),  # one meeting, not three pairs
        ("Israel and Hamas resumed talks in Cairo.", ["resumed talks"]),  # not also "resumed"
        ("Guterres urged Israel to allow aid into Gaza.", ["urged"]),  # the request, not a second event
    ],
)
def test_event_rows_of_sentence(events, text, triggers):
    assert [r["trigger"] for r in events(text)] == triggers


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Benjamin Netanyahu arrived. Netanyahu then spoke.", ["Benjamin Netanyahu", "Benjamin Netanyahu"]),
        ("Sara Cohen arrived in Cairo. Later Cohen met Egyptian officials.",
         ["Sara Cohen", "Egypt", "Sara Cohen", "Egypt"]),
        ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke. The Qatari prime minister left.",
         ["Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"]),
        ("The Qatari prime minister spoke.", ["Prime Minister of Qatar"]),
        ("Blinken arrived. He met Abbas.", ["Antony Blinken", "Antony Blinken", "Abbas"]),
        ("The Kremlin and Kyiv traded blame.", ["Russia", "Ukraine"]),
    ],
)
def test_actor_resolution_in_article(actor_names, text, names):
    assert actor_names(text) == names


@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        ("Zelensky met Trump in the Oval Office.", "met", "Oval Office"),
        ("Putin said Moscow could return to the Black Sea grain deal.", "return", ""),
        ("Crown Prince Mohammed bin Salman met Zelensky in Jeddah.", "met", "Jeddah"),
    ],
)
def test_location_of_event(event_for, text, trigger, location):
    assert event_for(text, trigger)["location"] == location


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the only Russian person named: the Russian leader is him
        ("Putin spoke in Moscow. The Russian leader warned Kyiv.",
         ["Vladimir Putin", "Russia", "Vladimir Putin", "Ukraine"]),
        # two Russian persons: the title stays a role
        ("Putin and Lavrov spoke. The Russian leader warned Kyiv.",
         ["Vladimir Putin", "Sergei Lavrov", "Leader of Russia", "Ukraine"]),
        # a minister is not guessed from the only person of the country
        ("Putin spoke. The Russian foreign minister warned Kyiv.",
         ["Vladimir Putin", "Foreign Minister of Russia", "Ukraine"]),
        # "the leaders of X and Y": the persons the article titles as X's and Y's leaders
        ("The leaders of Armenia and Azerbaijan met. Prime Minister Nikol Pashinyan and President Ilham "
         "Aliyev signed.", ["Nikol Pashinyan", "Ilham Aliyev", "Nikol Pashinyan", "Ilham Aliyev"]),
        # a foreign minister is no leader: the country stays
        ("The leaders of Armenia and Azerbaijan met. Foreign Minister Ararat Mirzoyan spoke.",
         ["Armenia", "Azerbaijan", "Ararat Mirzoyan"]),
    ],
)
def test_leader_titles_in_article(actor_names, text, names):
    assert actor_names(text) == names


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # he: the last person who was a main-clause subject, not the last person named
        ("Donald Trump said on Sunday that Putin had gone crazy. He told reporters he was angry.", "told",
         ["Donald Trump"]),
        ("Blinken met Netanyahu on Monday. He then flew to Cairo.", "flew to", ["Antony Blinken"]),
        # a finite clause without a subject does not borrow the main clause's
        ("Israel stopped all aid on Sunday, a day after the first phase of the ceasefire ended.", "ended",
         None),
    ],
)
def test_actors_from_context(events, text, trigger, actors):
    rows = [r for r in events(text) if r["trigger"] == trigger]
    assert [r["actors"] for r in rows] == ([actors] if actors else [])


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        ("The United States and Iran met in Oman on Saturday. The two delegations will meet again next week.",
         "meet", ["United States", "Iran"]),
        ("Israel and Hamas held talks in Cairo. The talks collapsed on Monday.", "talks",
         ["Israel", "Hamas"]),
        # an indefinite noun is a new event, not the earlier one
        ("Israel and Hamas held talks in Cairo. New talks are planned.", "talks", None),
        # delegations and sides are the participants' countries; leaders are the participants
        ("Steve Witkoff met Abbas Araghchi in Muscat. The two delegations will meet again next week.",
         "meet", ["United States", "Iran"]),
        ("Donald Trump met Vladimir Putin in Alaska. The two leaders will meet again next week.",
         "meet", ["Donald Trump", "Vladimir Putin"]),
        # "the two sides" with nobody paired before stays without actors
        ("Hamas fired rockets. The two sides will meet next week.", "meet", None),
        # "the leaders": whoever the article last named as leaders, not the last pair of actors
        ("Qatar gathered leaders from Egypt and Jordan in Doha. Iran urged Turkey to act. "
         "The leaders condemned the strike.", "condemned", ["Egypt", "Jordan"]),
        ("Israeli and Qatari negotiators met in Doha. The negotiators agreed on a text.", "agreed",
         ["Israel", "Qatar"]),
        # with no earlier "leaders" the bare definite stays without actors
        ("Iran urged Turkey to act. The leaders condemned the strike.", "condemned", None),
        # "the two men", "the pair", "both": the last pair of persons, never the person quoted
        ("Benjamin Netanyahu met Jared Kushner to discuss the ceasefire between Israel and Hamas. According "
         "to the spokesperson, Shos Bedrosian, the two men agreed on a timetable.", "agreed",
         ["Benjamin Netanyahu", "Jared Kushner"]),
        ("Donald Trump met Vladimir Putin in Alaska. The pair agreed to meet again.", "agreed",
         ["Donald Trump", "Vladimir Putin"]),
        ("Donald Trump met Vladimir Putin in Alaska. Both said the talks went well.", "said",
         ["Donald Trump", "Vladimir Putin"]),
        # the same words in other articles: a host and a guest, officials, countries; the source named
        # after them ("a spokesman said", "according to") is not one of the pair
        ("Emmanuel Macron hosted Olaf Scholz in Paris on Tuesday. The two leaders agreed to coordinate "
         "their aid to Ukraine, a spokesman for the Elysee said.", "agreed",
         ["Emmanuel Macron", "Olaf Scholz"]),
        ("Antony Blinken met Wang Yi in Beijing. Both leaders condemned the attack on the embassy.",
         "condemned", ["Antony Blinken", "Wang Yi"]),
        ("Ukraine and Russia held talks in Istanbul on Friday. The two sides agreed to exchange prisoners.",
         "agreed", ["Ukraine", "Russia"]),
        ("Egypt and Qatar hosted talks in Cairo. Both delegations agreed on a truce, according to a "
         "Palestinian official.", "agreed", ["Egypt", "Qatar"]),
    ],
)
def test_participants_from_earlier_in_article(events, text, trigger, actors):
    rows = [r for r in events(text) if r["trigger"] == trigger and r["sentence_start"] > 0]
    assert [r["actors"] for r in rows] == ([actors] if actors else [])


@pytest.mark.parametrize(
    ("text", "triggers"),
    [("Iran fired missiles at Israel, and explosions were heard over Tel Aviv.", ["fired"])],
)
def test_passive_conjunct_keeps_its_own_subject(events, text, triggers):
    assert [r["trigger"] for r in events(text)] == triggers


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("Washington imposed sanctions on Rosneft, the first major American sanctions on Moscow.",
         ["imposed sanctions"]),
        ("China's commerce ministry said Beijing would suspend the controls.", ["said", "suspend"]),
    ],
)
def test_one_row_per_event(events, text, triggers):
    assert [r["trigger"] for r in events(text)] == triggers


@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        ("Hamas handed three hostages to the Red Cross in Gaza City.", "handed", "Gaza City"),
        # a place of an embedded clause is not the main event's
        ("Qatar said Israel struck targets in Rafah.", "said", ""),
    ],
)
def test_nested_location(event_for, text, trigger, location):
    assert event_for(text, trigger)["location"] == location


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        ("Ukraine answered with a warning of its own.", "warning", ["Ukraine"]),
        ("Israel retaliated with airstrikes on Beirut.", "airstrikes", ["Israel"]),
    ],
)
def test_event_noun_as_means(event_for, text, trigger, actors):
    assert event_for(text, trigger)["actors"] == actors


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        # a byline credit is no event; contributing to something else is
        ("Margaret Besheer contributed to this report from the United Nations.", []),
        ("Margaret Besheer and Antony Blinken contributed to this story.", []),
        ("Japan contributed $10 million to UNRWA.", ["contributed"]),
    ],
)
def test_byline_credit_is_no_event(events, text, triggers):
    assert [r["trigger"] for r in events(text)] == triggers


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # the named actor in apposition acts: a person, a group, an organisation
        ("Israel's security minister, Itamar Ben-Gvir, resigned on Sunday.", "resigned", ["Itamar Ben-Gvir"]),
        ("The Islamist militant group al-Shabab claimed the attack.", "claimed", ["al-Shabab"]),
        ("The Lebanese group Hezbollah fired rockets at Israel.", "fired", ["Hezbollah"]),
        # a descriptive adjective unknown to the tables is no actor ("Islamist": the generic agent
        # "fighters" acts), a known demonym is
        ("Islamist fighters attacked the base.", "attacked", ["fighters"]),
        ("Egyptian officials condemned the attack.", "condemned", ["Egypt"]),
    ],
)
def test_apposition_and_descriptive_adjectives(events, text, trigger, actors):
    rows = [r for r in events(text) if r["trigger"] == trigger]
    assert [r["actors"] for r in rows] == ([actors] if actors else [])


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        # an attitude is no event; what it is about may be
        ("Putin still wanted the corridor to stay open.", []),
        ("Trump hopes the deal will hold.", []),
        ("Erdogan expects a ceasefire soon.", ["expects a ceasefire"]),
        ("Trump wants to meet Putin.", []),  # a wish (uncoded.tsv: hypothetical)
    ],
)
def test_attitudes_are_no_events(events, text, triggers):
    assert [r["trigger"] for r in events(text)] == triggers


@pytest.mark.parametrize(
    ("text", "trigger", "targets", "location"),
    [
        # a place name the alias table does not know is a place, not a country: never a target
        ("Pakistani forces struck Kalat on Sunday.", "struck", [], "Kalat"),
        ("Russia struck Ukraine on Sunday.", "struck", ["Ukraine"], ""),
    ],
)
def test_unknown_place_names_are_places(event_for, text, trigger, targets, location):
    row = event_for(text, trigger)
    assert (row["targets"], row["location"]) == (targets, location)


@pytest.mark.parametrize("text", ["Houston condemned the decision on Monday.",
                                  "Texas banned the trade in 2017."])
def test_unknown_place_name_is_no_actor(events, text):
    assert [r["actors"] for r in events(text)] == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # spaCy reads "Oslo, Norway's foreign minister" as a place in apposition: the minister acts
        ("In Oslo, Norway's foreign minister met with his Swedish counterpart on Tuesday.",
         ["Foreign Minister of Norway"]),
        ("In Kyiv, Ukraine's president said the talks had failed.", ["Volodymyr Zelensky"]),
        # a place after the place is no actor
        ("In Oslo, Norway, the talks were held on Tuesday.", None),
    ],
)
def test_subject_read_as_apposition_of_a_fronted_place(events, text, actors):
    rows = events(text)
    assert [r["actors"] for r in rows][:1] == ([actors] if actors else [])


MEMBER_LINKS = read_data_table(MEMBER_LINKS_PATH, MEMBER_LINK_COLUMNS)


@pytest.mark.parametrize("row", MEMBER_LINKS, ids=[r["word"] for r in MEMBER_LINKS])
def test_agent_belongs_to_the_group_named_after_it(events, row):
    """"fighters loyal to Hezbollah attacked": Hezbollah acts; the link itself is no event."""
    rows = events(row["example"])
    assert [r["actors"] for r in rows if r["event_type"] == "ASSAULT"] == [[row["expected"]]]
    assert all(r["trigger"].split()[0] not in ("belonging", "affiliated", "linked", "aligned") for r in rows)


ACRONYM_LINKS = read_data_table(ACRONYM_LINKS_PATH, ACRONYM_LINK_COLUMNS)


@pytest.mark.parametrize("row", ACRONYM_LINKS, ids=[r["link"] for r in ACRONYM_LINKS])
def test_acronym_after_a_name_is_the_same_actor(events, row):
    """"the Syrian Democratic Forces (SDF)", "…, or NISA,": one actor, not two."""
    rows = events(row["example"])
    assert rows and rows[0]["actors"] == [row["expected"]]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a French acronym after an English name with a place in it: the letters in any order; the
        # place inside the name is no actor of its own
        ("Forces of the United Nations Multidimensional Integrated Stabilization Mission in the Central "
         "African Republic, or MINUSCA, have been deployed to protect civilians.",
         ["United Nations Multidimensional Integrated Stabilization Mission"]),
        # a later bare acronym is the named actor too; spaCy's one entity "… Forces (ADF" is two
        ("The Allied Democratic Forces (ADF) was formed in the 1990s. On Monday, the ADF attacked a "
         "village in Ituri.", ["Allied Democratic Forces"]),
        ("Somalia's National Intelligence and Security Agency, or NISA, was reorganised in 2013. On "
         "Monday, NISA arrested five suspects.", ["National Intelligence and Security Agency"]),
        # a name whose letters do not give the acronym is another actor: both act
        ("The Nordic Council and the European Union (EU) signed an agreement on Monday.",
         ["Nordic Council", "European Union"]),
    ],
)
def test_acronym_names_the_actor_before_it(events, text, actors):
    rows = [r for r in events(text) if r["event_type"] in ("MOBILIZE", "AGREE", "ASSAULT", "COERCE")]
    assert rows and rows[-1]["actors"] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the apposition after the last conjunct names that conjunct, not the first
        ("Syria's authorities and an armed group, the Syrian Democratic Forces, signed an agreement "
         "on Monday.",
         ["Syria", "Syrian Democratic Forces"]),
        ("Israel's defense minister, Israel Katz, signed the agreement on Monday.", ["Israel Katz"]),
        # every person of a coordinated apposition acts, not only the first
        ("Meanwhile, three members of the Senate — John Carter, Mary Collins and Peter Hughes — urged "
         "Rubio to act on Monday.", ["John Carter", "Mary Collins", "Peter Hughes"]),
        ("Two senators, John Carter and Mary Collins, urged Rubio to act on Monday.",
         ["John Carter", "Mary Collins"]),
        # an event noun's by-phrase names its doer; a describing word the parser took for a name is none
        ("Airstrikes by the Nigerian air force killed 20 bandits in Zamfara on Monday.",
         ["Nigeria (military)"]),
        ("\u201cCoordinated airstrikes by the Somali army have killed 50 militants,\u201d the statement "
         "said.",
         ["Somalia"]),
        # a country after the link is not the agent's owner: the agent stays generic
        ("Militias loyal to Iran attacked a U.S. base in Syria on Sunday.", ["militias"]),
    ],
)
def test_apposition_and_links_name_the_right_actor(events, text, actors):
    rows = [r for r in events(text) if r["event_type"] in ("AGREE", "ASSAULT", "REQUEST")]
    assert rows and rows[0]["actors"] == actors


def test_possessive_bound_by_a_common_noun_subject(events):
    """"a female suicide bomber detonated her explosive devices": "her" is the bomber's, not the
    woman named in the sentence before; after a named subject it is still resolved."""
    text = ("Provincial spokesperson Sarah Khan told reporters that forces had been dispatched. Earlier "
            "this month, a female suicide bomber detonated her explosive devices near a military convoy.")
    rows = [r for r in events(text) if r["trigger"] == "detonated"]
    assert rows and "Sarah Khan" not in rows[0]["targets"]
