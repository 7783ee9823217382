"""Event time on real text (the real temporal engine): what a duration measures, bounds that are
not the event's time, past events that end by publication, events with no named participant."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract_events
from extract.events.tables import read_data_table
from extract.events.time_index import DATE_RULE_COLUMNS, NOUN_DATES_PATH, TOLD_STORIES_PATH
from extract.events.timing import INDEFINITE_PAST_PATH, SPEAKER_PRONOUNS_PATH, THEN_NOUNS_PATH
from extract.events.unplaced import UNPLACED_PATH

PUBLISHED = dt.date(2025, 5, 19)  # a Monday


def _row(text: str, trigger: str, published: dt.date = PUBLISHED) -> dict:
    table = extract_events(text, published)
    rows = table[table["trigger"].str.startswith(trigger)].to_dict("records")
    assert rows, f"no {trigger!r} event in {list(table['trigger'])}"
    return rows[0]


@pytest.mark.parametrize(("text", "trigger", "start", "end"), [
    # "since the spring of 2022" compares; Friday is when they met and agreed
    ("Russian and Ukrainian delegations met in Istanbul on Friday for their first direct peace talks since "
     "the spring of 2022 and agreed to exchange 1,000 prisoners.", "agreed", "2025-05-16", "2025-05-16"),
    ("Israel and Hamas met in Cairo on Friday, their first meeting since March 2024.", "met",
     "2025-05-16", "2025-05-16"),
    # "two years of war" measures the war, not the meeting or the mobilisation it follows
    ("Netanyahu met Kushner on Monday. The meeting took place one month after intense diplomatic "
     "mobilization by Washington, following two years of devastating war in Gaza.", "mobilization",
     "2025-04-19", "2025-04-19"),
    # an asserted past event does not run past publication; a planned one may
    ("Trump had said earlier this month that Iran would be in great danger.", "said", "2025-05-01",
     "2025-05-18"),
    ("Israel said this week that it struck Hezbollah positions.", "said", "2025-05-19", "2025-05-19"),
])
def test_event_interval(text, trigger, start, end):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == (start, end)


@pytest.mark.parametrize(("text", "trigger", "event_type", "location", "start"), [
    ("A car bomb exploded in Kabul on Tuesday.", "exploded", "ASSAULT", "Kabul", "2025-05-13"),
    ("Talks resumed in Cairo on Sunday.", "Talks", "CONSULT", "Cairo", "2025-05-18"),
    ("The next exchange is to take place on Saturday.", "exchange", "CONCEDE", "", "2025-05-24"),
    # a protest by an unnamed crowd (ACLED codes it; its place and date are what the analyst needs)
    ("Thousands of people demonstrated in Tbilisi on Sunday against the law.", "demonstrated", "PROTEST",
     "Tbilisi", "2025-05-18"),
    ("Hundreds of residents protested outside the governor's office in Lagos on Monday.", "protested",
     "PROTEST", "Lagos", "2025-05-19"),
])
def test_event_with_no_named_participant_is_kept(text, trigger, event_type, location, start):
    row = _row(text, trigger)
    found = (row["actors"], row["event_type"], row["location"], row["date_start"])
    assert found == ([], event_type, location, start)


@pytest.mark.parametrize("text", [
    "The Gaza health ministry condemned the attack.",  # someone unresolved: not "no one"
    "Islamist fighters attacked the base.",
    "Officials said the talks were useful.",  # a state of the talks, nothing that happened
    "During the war, many fled.",
    "Thousands of people said the election was stolen.",  # a crowd's words are no protest
])
def test_unknown_or_background_events_stay_out(text):
    assert extract_events(text, PUBLISHED)["actors"].map(len).eq(0).sum() == 0


@pytest.mark.parametrize(("text", "time_text", "location"), [
    ("Netanyahu met Kushner to discuss the ceasefire. An official said today's meeting focused on the "
     "hostages. The meeting took place in Jerusalem.", "today", "Jerusalem"),
])
def test_later_mentions_of_an_event_are_one_row(text, time_text, location):
    table = extract_events(text, PUBLISHED)
    assert table["trigger"].str.contains("meeting").sum() == 0
    met = table[table["trigger"] == "met"].iloc[0]
    assert (met["time_text"], met["location"]) == (time_text, location)


@pytest.mark.parametrize(("text", "trigger", "start"), [
    # the simple present is today's news, not the narrative's last date
    ("Thailand deported 40 Uighurs to China on Feb. 27. Beijing denies the allegations.", "denies",
     "2025-05-19"),
    ("Thailand deported 40 Uighurs to China on Feb. 27. Beijing denied the allegations.", "denied",
     "2025-02-27"),
])
def test_present_tense_is_dated_by_publication(text, trigger, start):
    assert _row(text, trigger)["date_start"] == start


OPENING = "Israel and Hamas met in Cairo on Monday. Qatar hosted the talks. "


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the present perfect without a time of its own: done some time up to publication, start not said
    (OPENING + "The U.S. has banned the supply of advanced chips to China.", "banned",
     ("unresolved", "PAST_REF", "", "2025-05-19")),
    (OPENING + "Turkey has designated the militia as terrorists.", "designated",
     ("unresolved", "PAST_REF", "", "2025-05-19")),
    # ... but in the story's opening it is the news of the day
    ("Secretary of State Antony Blinken has invited the foreign ministers of Poland and Hungary to "
     "Washington.", "invited", ("publication", "2025-05-19", "2025-05-19", "2025-05-19")),
    # ... and a time of its own still dates it (a "since" bound: from it up to publication)
    (OPENING + "The U.S. has banned the supply of advanced chips to China since 2022.", "banned",
     ("explicit", "2022", "2022-01-01", "2025-05-19")),
    # the simple past keeps the narrative's date
    (OPENING + "The U.S. banned the supply of advanced chips to China.", "banned",
     ("previous-date", "2025-05-19", "2025-05-19", "2025-05-19")),
])
def test_present_perfect_ends_at_publication(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["time_anchor"], row["time_value"], row["date_start"], row["date_end"]) == expected


@pytest.mark.parametrize(("text", "time_text", "start"), [
    # "the current secretary" names a post: April is when they met
    ("Blinken, the current secretary of state, met Netanyahu in April.", "April", "2025-04-01"),
    ("Blinken met Netanyahu in April.", "April", "2025-04-01"),
])
def test_current_names_a_post_not_a_time(text, time_text, start):
    row = _row(text, "met")
    assert (row["time_text"], row["date_start"]) == (time_text, start)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # an offset from an event whose date the phrase names: that date, shifted
    ("Three days after the May 2 inauguration, China conducted military drills around Taiwan.",
     "conducted", ("explicit", "2025-05-05", "2025-05-05")),
    ("Two weeks before the March 3 vote, the opposition rejected the plan.", "rejected",
     ("explicit", "2025-02-17", "2025-02-17")),
    # the anchor clause dates itself after the phrase taken as the anchor: counted from that date
    ("A day after the Taliban announced the ban on Tuesday, Pakistan closed the Torkham crossing.",
     "closed", ("explicit", "2025-05-14", "2025-05-14")),
    ("A day after the Taliban announced the ban on Tuesday, Pakistan closed the Torkham crossing.",
     "announced", ("explicit", "2025-05-13", "2025-05-13")),
    ("Iran seized the tanker two days after the United States imposed sanctions on Thursday.",
     "seized", ("explicit", "2025-05-17", "2025-05-17")),
    # an offset from an event the text does not date: before publication, not on its day
    ("Three days after President Lai took office, China conducted military drills around Taiwan and "
     "called them a punishment.", "conducted", ("unresolved", "", "2025-05-19")),
    ("Three days after President Lai took office, China conducted military drills around Taiwan and "
     "called them a punishment.", "called", ("unresolved", "", "2025-05-19")),
])
def test_event_dated_by_an_offset_from_another(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["time_anchor"], row["date_start"], row["date_end"]) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the perfect with "since": from the bound up to publication
    (OPENING + "Hamas has been holding the hostages since October 2023.", "holding",
     ("2023-10-01", "2025-05-19")),
    # "until" bounds the other way: the bound alone, as before
    (OPENING + "Hamas has been holding the hostages until October 2023.", "holding",
     ("2023-10-01", "2023-10-31")),
])
def test_perfect_since_runs_to_publication(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the "now" of another clause does not date a past clause subordinate to it
    ("Israel and Hamas met in Cairo on Friday. Qatar hosted the talks. Turkey now rejects the plan, after "
     "Chinese boats swarmed the reef.", "swarmed", ("previous-date", "2025-05-16")),
    # the clause it hangs on keeps it
    ("Israel and Hamas met in Cairo on Friday. Qatar hosted the talks. Turkey now rejects the plan, after "
     "Chinese boats swarmed the reef.", "rejects", ("explicit", "2025-05-19")),
])
def test_now_of_another_clause(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["time_anchor"], row["date_start"]) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a passage through other years ends the day the story last named
    ("On May 12, Jobs resigned as chief executive. Jobs started Apple in 1976, and in 1998 Apple "
     "introduced the iMac. Microsoft praised Apple.", "praised", ("publication", "2025-05-19")),
    # a flashback to a month of the same year does not: the story comes back to its day
    ("On May 12, Apple unveiled the phone. In April, Gizmodo obtained a prototype. Jobs praised the "
     "phone.", "praised", ("previous-date", "2025-05-12")),
    # nor does a year that only modifies a noun
    ("On May 12, Apple released the 2026 version of its software. Jobs praised the software.", "praised",
     ("previous-date", "2025-05-12")),
])
def test_narrative_day_ends_with_another_year(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["time_anchor"], row["date_start"]) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a date naming a noun's own time does not move the narrative on: later clauses keep the day told of
    ("Qatar said on Friday that the sanctions were not linked with the inquiry into the May 2 attacks in "
     "the north. Egypt sent troops to Sinai after the briefing.", "sent", ("previous-date", "2025-05-16")),
    ("Qatar on Friday criticised the handling of Tuesday's meeting between the two delegations. Egypt "
     "rejected the criticism.", "rejected", ("previous-date", "2025-05-16")),
    # a date of the clause's setting does ("In a Wednesday ceremony, …")
    ("In a Wednesday ceremony, Kenya signed the accord. Uganda praised the accord.", "praised",
     ("previous-date", "2025-05-14")),
])
def test_date_of_a_noun_is_not_the_narratives(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["time_anchor"], row["date_start"]) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # an aside that reports a clause does not take that clause's time
    ("The summit, Kenya said, would take place next month.", "said", ("publication", "2025-05-19")),
    ("The new tariffs, Canada said, would take effect beginning next year.", "said",
     ("publication", "2025-05-19")),
    # its own time stays its own
    ("The new tariffs, Canada said on Friday, will take effect next year.", "said",
     ("explicit", "2025-05-16")),
])
def test_aside_is_not_dated_by_what_it_reports(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["time_anchor"], row["date_start"]) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the offset counts back from the day of the event the definite noun names again
    ("Kenya held talks with Uganda in Kampala on Thursday, their first meeting since 2019. Kenya described "
     "the meeting as useful. The meeting came ten days after Uganda closed the border.", "closed",
     ("2025-05-05", "2025-05-05")),
    # an indefinite earlier mention is another event: counted as the temporal engine counts it (from the
    # story's day, Thursday), not from Tuesday, when the meeting was wanted
    ("Kenya said on Tuesday it wanted a meeting with Uganda. On Thursday Uganda rejected the plan. The "
     "meeting came ten days after Uganda closed the border.", "closed", ("2025-05-05", "2025-05-05")),
])
def test_offset_from_an_event_named_again(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a definite event noun of the clause's kind names again the event the sentence before measures
    ("Kenya and Uganda ended three days of talks in Nairobi on Sunday. Ethiopia hosted the meeting.",
     "hosted", ("2025-05-16", "2025-05-18")),
    # an indefinite one is another event: the story's day, as before
    ("Kenya and Uganda ended three days of talks in Nairobi on Sunday. Ethiopia hosted a meeting on trade.",
     "hosted", ("2025-05-18", "2025-05-18")),
])
def test_event_named_again_takes_the_time_told_before(text, trigger, expected):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == expected


NEWS = "The two governments met in Geneva on Monday. "  # the story's opening, then its background


@pytest.mark.parametrize(("text", "trigger", "start", "end"), [
    # an undated past act right after a background passage's year: from that year to publication
    ("The two countries cut ties in 2018 after a border clash. Moscow expelled four diplomats.", "expelled",
     "2018-01-01", "2025-05-19"),
    ("The editor was arrested in March 2022. A court later sentenced him to six years.", "sentenced",
     "2022-03-01", "2025-05-19"),
    # a day-precise date after it: the story is back to that day
    ("Relations soured in 2018. On Friday, the envoy returned. Police arrested two officers.", "arrested",
     "2025-05-16", "2025-05-16"),
    # a present-tense sentence in between ends the passage
    ("Relations soured in 2018. The two sides remain far apart. Police arrested two officers.", "arrested",
     "2025-05-19", "2025-05-19"),
    # a month of the story's year is a digression, not a background passage
    ("The editor was arrested in March. A court sentenced him to six years.", "sentenced",
     "2025-05-19", "2025-05-19"),
    # what is said is the reporting of the day
    ("Relations soured in 2018. Lavrov said the talks would resume.", "said", "2025-05-19", "2025-05-19"),
    # a clause set at an event the story named takes that event's time, not the passage's
    ("Relations soured in 2018. During the talks, Russia proposed a new border line.", "proposed",
     "2025-05-19", "2025-05-19"),
])
def test_undated_act_in_a_background_passage(text, trigger, start, end):
    row = _row(NEWS + text, trigger)
    assert (row["date_start"], row["date_end"]) == (start, end)


@pytest.mark.parametrize(("text", "trigger", "start", "end"), [
    # an hour count before the host's day: whole days either side
    ("Barely 48 hours after the council declared an emergency, Kenya closed its border on Friday.",
     "declared", "2025-05-14", "2025-05-14"),
    ("Some 36 hours after the council declared an emergency, Kenya closed its border on Friday.",
     "declared", "2025-05-14", "2025-05-15"),
])
def test_offset_in_hours(text, trigger, start, end):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == (start, end)


@pytest.mark.parametrize(("text", "trigger", "start"), [
    # a clause set at (after, during) an event named before takes that event's day
    ("Gunmen attacked a bus near Kandahar on Tuesday. The army closed the road. Police chief Omar Khan "
     "told reporters soon after the attack that the driver was safe.", "told", "2025-05-13"),
    ("Kenya and Somalia held talks in Nairobi on Thursday. A new round is due. During the talks, Kenya "
     "offered to reopen the border.", "offered", "2025-05-15"),
    # an indefinite mention is another event: the clause keeps the day it had
    ("Gunmen attacked a bus near Kandahar on Tuesday. Officials feared an attack on the capital. "
     "Police chief Omar Khan told reporters after the attack that the city was safe.", "told", "2025-05-19"),
])
def test_set_at_a_named_event(text, trigger, start):
    assert _row(text, trigger)["date_start"] == start


@pytest.mark.parametrize(("text", "trigger", "start", "end"), [
    # a year or month of a purpose or phase with no subject or tense of its own is the act's
    ("Ethiopia launched an offensive to retake the northern town of Dessie in 2021.", "launched",
     "2021-01-01", "2021-12-31"),
    ("Starting in March 2023, the Kenyan government moved to tighten rules on foreign charities.", "moved",
     "2023-03-01", "2023-03-31"),
    # not a plan's time ahead
    ("Kenya agreed to hold elections in 2027.", "agreed", "2025-05-19", "2025-05-19"),
])
def test_year_of_a_nonfinite_clause_dates_the_act(text, trigger, start, end):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == (start, end)


@pytest.mark.parametrize(("text", "trigger", "start", "end"), [
    # "effective <day>" is when a measure takes effect, not the day it was decided or signed
    ("Donald Trump signed an order to impose tariffs on Canada effective Friday.", "signed", "2025-05-19",
     "2025-05-19"),
    ("Kenya announced on Thursday a ban on charcoal exports effective June 1.", "announced", "2025-05-15",
     "2025-05-15"),
])
def test_effective_day_is_not_the_decision(text, trigger, start, end):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == (start, end)


@pytest.mark.parametrize(("text", "trigger", "start", "end"), [
    # a time after the last of coordinated verbs with one subject covers the earlier ones too
    ("Sudanese forces had killed and wounded 300 fighters in the past week, the army said on Saturday.",
     "killed", "2025-05-12", "2025-05-18"),
    # not a conjunct with a subject of its own
    ("Israel struck Rafah in April and Hamas fired rockets on Tuesday.", "struck",
     "2025-04-01", "2025-04-30"),
])
def test_time_after_coordinated_verbs(text, trigger, start, end):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == (start, end)


@pytest.mark.parametrize(("text", "trigger", "start", "end"), [
    # a "when" clause of a date happens then, even where the date bounds the clause around it
    ("Since March 2019, when Ethiopia sent troops into Somalia, the border has been calm.", "sent",
     "2019-03-01", "2019-03-31"),
    ("Ties have been frozen since 2013, when Egypt and Turkey withdrew their ambassadors.", "withdrew",
     "2013-01-01", "2013-12-31"),
    # an act at an event the sentence dates takes its time
    ("Abiy Ahmed met Isaias Afwerki for the first time at the Asmara summit in July 2018.", "met",
     "2018-07-01", "2018-07-31"),
    ("During the negotiations in April, China proposed a minimum import price.", "proposed",
     "2025-04-01", "2025-04-30"),
])
def test_when_clause_and_setting_date_the_act(text, trigger, start, end):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == (start, end)


def test_day_of_a_when_clause_brings_the_story_back():
    """After the story went back to another year, a day told in a "when" clause is its day again."""
    text = ("Kenyan police arrested Joseph Kamau on Thursday. Kamau was first arrested in 2011. He was "
            "released in May 2017. He was awaiting trial when he escaped on Tuesday. Al-Shabab fighters "
            "attacked the guards at the gate.")
    row = _row(text, "attacked")
    assert (row["date_start"], row["date_end"]) == ("2025-05-13", "2025-05-13")


NOUN_DATES = read_data_table(NOUN_DATES_PATH, DATE_RULE_COLUMNS)


@pytest.mark.parametrize("entry", NOUN_DATES, ids=[r["word"] for r in NOUN_DATES])
def test_noun_dates_table_examples(entry):
    """A date of a noun hanging on another noun (data/lexicon/noun_dates.tsv) does not date the act."""
    row = _row(entry["example"], entry["trigger"])
    assert (row["date_start"], row["date_end"]) == (entry["date_start"], entry["date_end"])


UNPLACED = read_data_table(UNPLACED_PATH, DATE_RULE_COLUMNS)


@pytest.mark.parametrize("entry", UNPLACED, ids=[r["word"] for r in UNPLACED])
def test_unplaced_table_examples(entry):
    """A past act timed from an undated earlier event (data/lexicon/unplaced.tsv) is not publication's."""
    row = _row(entry["example"], entry["trigger"])
    assert (row["date_start"], row["date_end"]) == (entry["date_start"], entry["date_end"])


TOLD_STORIES = read_data_table(TOLD_STORIES_PATH, DATE_RULE_COLUMNS)


@pytest.mark.parametrize("entry", TOLD_STORIES, ids=[r["word"] for r in TOLD_STORIES])
def test_told_stories_table_examples(entry):
    """A past date inside a story a person tells (data/lexicon/told_stories.tsv) sets the passage."""
    row = _row(entry["example"], entry["trigger"])
    assert (row["date_start"], row["date_end"]) == (entry["date_start"], entry["date_end"])


THEN_NOUNS = read_data_table(THEN_NOUNS_PATH, DATE_RULE_COLUMNS)
SPEAKER_PRONOUNS = read_data_table(SPEAKER_PRONOUNS_PATH, DATE_RULE_COLUMNS)


@pytest.mark.parametrize("entry", SPEAKER_PRONOUNS, ids=[r["word"] for r in SPEAKER_PRONOUNS])
def test_speaker_pronouns_table_examples(entry):
    """"In January, Wang said …. He added …" (data/lexicon/speaker_pronouns.tsv): January."""
    row = _row(entry["example"], entry["trigger"])
    assert (row["date_start"], row["date_end"]) == (entry["date_start"], entry["date_end"])


@pytest.mark.parametrize("entry", THEN_NOUNS, ids=[r["word"] for r in THEN_NOUNS])
def test_then_nouns_table_examples(entry):
    """"At the time" (data/lexicon/then_nouns.tsv) points back to the date told just before it."""
    row = _row(entry["example"], entry["trigger"])
    assert (row["date_start"], row["date_end"]) == (entry["date_start"], entry["date_end"])



@pytest.mark.parametrize(("text", "trigger", "start", "end"), [
    # an unspecified count of units from a dated event: at least one unit after, at most as far as
    # vague_counts.tsv reaches (days 14, weeks 8), never after publication (Monday 2025-05-19)
    ("Several days after the ceasefire took effect on January 19, Israel struck targets in Gaza.", "struck",
     "2025-01-20", "2025-02-02"),
    ("A few weeks after the talks in Geneva on April 3, China imposed sanctions on U.S. defense firms.",
     "imposed", "2025-04-10", "2025-05-19"),
    ("A few days before the vote on May 11, the opposition accused the government of fraud.", "accused",
     "2025-04-27", "2025-05-10"),
])
def test_vague_offset_from_a_dated_event(text, trigger, start, end):
    row = _row(text, trigger)
    assert (row["date_start"], row["date_end"]) == (start, end)


def test_a_described_speaker_goes_on_with_the_statement_told_before():
    """"Rubio told VOA earlier this week …. '…,' the top U.S. diplomat noted": that week's briefing."""
    text = ("Secretary of State Marco Rubio told VOA earlier this week that the war diverted attention "
            "from Asia. \"We could do more in the region,\" the top U.S. diplomat noted.")
    row = _row(text, "noted", published=dt.date(2025, 3, 14))  # a Friday
    assert (row["date_start"], row["time_anchor"]) == ("2025-03-10", "previous-date")


def test_a_named_speaker_does_not_go_on_with_another_statement():
    """Only a pronoun or a description names back the speaker: a named one is a new statement."""
    text = ("In January, Foreign Minister Wang Yi said China would retaliate against any tariffs. "
            "Prime Minister Li Qiang said Beijing was ready to talk.")
    rows = extract_events(text, PUBLISHED)
    li = rows[rows["sentence"].str.startswith("Prime Minister")].iloc[0]
    assert li["date_start"] != "2025-01-01"


INDEFINITE_PAST = read_data_table(INDEFINITE_PAST_PATH, DATE_RULE_COLUMNS)


@pytest.mark.parametrize("entry", INDEFINITE_PAST, ids=[r["word"] for r in INDEFINITE_PAST])
def test_indefinite_past_table_examples(entry):
    """"Orban said at one summit" (data/lexicon/indefinite_past.tsv): some time before publication."""
    row = _row(entry["example"], entry["trigger"])
    start = row["date_start"] if isinstance(row["date_start"], str) else ""
    expected = (entry["date_start"], entry["date_end"], "unresolved")
    assert (start, row["date_end"], row["time_anchor"]) == expected
