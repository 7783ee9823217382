"""Clauses a careful analyst would not code as events (ACLED's and PLOVER's codebooks code acts that
happened or are planned): hypotheses, hedged predictions, forecasts under a verb of belief, habits and
states told in the present tense, and event nouns mentioned as background. The words are data:
data/lexicon/uncoded.tsv, each rule with an example sentence that tests/events/test_uncoded.py runs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from extract.events.clause_subjects import OCCURRENCE_VERBS, could_be_actor
from extract.events.clauses import Clause
from extract.events.lexicon import LEXICON_DIR, load_lexicon
from extract.events.nonacts import nonact_rule, time_in_phrase
from extract.events.quotation import in_quotation
from extract.events.tables import RuleWords, read_rule_words
from extract.events.timing import EventTime

UNCODED_PATH = LEXICON_DIR / "uncoded.tsv"
UNCODED_COLUMNS = ("rule", "word", "example", "trigger")
RULES = ("mode", "attempt", "hedge", "opinion", "habitual", "forecast", "aside", "listed", "subject",
         "thing", "quantified", "period", "background", "happens", "quoted", "past", "continued", "unsaid",
         "demanded", "modifier", "repeated", "anonymous", "pending", "role", "wished", "introduces",
         "ongoing", "described", "untyped", "trend", "standing", "natural", "state", "ahead", "unique",
         "recent", "tallied", "question",
         "nonact", "reason", "statistic", "purpose", "conditional", "anniversary", "generic", "recorder",
         "stance", "comment", "source", "consequence", "accompanied", "experience", "setting", "position",
         "nominal", "estimate", "biography", "descriptor", "possession", "forecaster", "voices", "nobody",
         "officials")
THING_TYPES = ("STATEMENT", "REQUEST", "OTHER")  # what a thing cannot do: speak, ask, act untyped
AS_WRITTEN = ("habitual", "forecast", "aside", "listed", "background", "quoted", "continued", "unsaid",
              "demanded", "modifier", "introduces", "described", "untyped", "standing",
              "state", "generic", "consequence", "setting", "voices")  # event types, tags, labels
MAX_CLIMB = 3
PRESENT_TAGS = ("VBZ", "VBP")
OCCURRING = ("nsubj", "nsubjpass")  # "talks resumed": an event noun that is what happens
SAYING = ("STATEMENT", "REQUEST")  # "a declaration demanding that …" says what the declaration says
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
TIME_ENTITIES = ("DATE", "TIME")  # "in the past week" dates an act; "in past tensions" makes it history


@lru_cache(maxsize=4)
def load_uncoded(path: Path = UNCODED_PATH) -> RuleWords:
    """The words of each rule of uncoded.tsv (lower case; event types and parts of speech as written)."""
    return read_rule_words(path, UNCODED_COLUMNS, RULES, as_written=AS_WRITTEN)


def uncoded(clause: Clause, mode: str, time: EventTime, rules: RuleWords | None = None) -> str:
    """The rule that keeps this clause off the events table ("" when an analyst would code it)."""
    rules = rules or load_uncoded()
    head = clause.head
    if rules.has("mode", mode) and not (_own_offer(clause) or _attempted(head, rules)) \
            and clause.event_type != "REJECT":  # "Turkey would not cooperate": a refusal
        return "mode"
    if _hedged(head, rules):
        return "hedge"
    if mode in ("future", "hypothetical") and (_believed(head, rules) or _told_by_commentators(head, rules)):
        return "opinion"
    if _wished(head, rules):
        return "wished"  # "does not want to meet", "hopes the two can work together": an attitude
    if _asked(head, rules):
        return "question"  # "Does Kim think …?", "What does Kim think?": nothing is asserted
    own_time = time.anchor == "explicit"
    if rules.has("habitual", clause.event_type) and _present(_governing(head)) and not own_time:
        return "habitual"
    if mode == "asserted" and rules.has("generic", clause.event_type) and clause.actors \
            and _present(_governing(head)) and not own_time:
        return "generic"  # "Botswana issues 400 hunting licenses annually": the article tells a habit
    own_plan = _own_word(clause) and not _conditional(head)  # "if fentanyl does not end, he will stay"
    if mode == "future" and rules.has("forecast", clause.event_type) and not (own_time or own_plan):
        return "forecast"
    if rules.has("aside", clause.event_type) and head.dep_ in ("relcl", "acl") and not own_time:
        return "aside"
    if head.dep_ == "relcl" and _described(head, rules) and not own_time:
        return "described"  # "the law, which repeals the act", "Washington, which claims …": a state
    if rules.has("listed", clause.word.tag_) and _listed(clause.word):
        return "listed"
    if rules.has("quoted", head.tag_) and _unfinished(head) and not own_time and in_quotation(head):
        return "quoted"
    if _past(clause, rules):
        return "past"
    if _tallied(clause.word, rules):
        return "tallied"  # "Deaths in these attacks surged from 88 in 2023 to 388": a statistic
    if _held_role(head, rules) and not own_time:
        return "role"
    if _repeated(head, rules) and not own_time:
        return "repeated"
    if head.dep_ == "ccomp" and rules.has("estimate", head.head.lemma_.lower()):
        return "estimate"  # "Amnesty estimates that 1 million people have been confined": a figure
    if head.dep_ == "relcl" and _pluperfect_aside(head, rules) and not own_time:
        return "biography"  # "a former official who had negotiated with North Korea": the past of a noun
    if rules.has("descriptor", clause.word.dep_) and _describing_noun(clause.word):
        return "descriptor"  # "a Vietnam War veteran": the event names what a person or thing is
    if _experienced(head, rules) and not own_time:
        return "experience"  # "Chinese authorities have boarded foreign boats before": it has happened
    if rules.has("setting", clause.event_type) and _past_progressive(head) and not own_time:
        return "setting"  # "officials were meeting at the hotel": the scene of what happened
    if mode == "asserted" and _held_position(clause, rules) and not own_time:
        return "position"  # "Mogadishu argues its border should be extended": a standing position
    if mode == "asserted" and rules.has("voices", clause.event_type) and _voiced_state(head, rules) \
            and not own_time:
        return "voices"  # "C.A.R. officials say the rebel group has several hundred fighters": a state
    if mode != "future" and _trend(head, time, rules):
        return "trend"
    if _standing(head, rules) and not (own_time or _lasting(head, rules)):
        return "standing"
    if _perfect(head) and _stance(head, rules) and not own_time:
        return "stance"
    if rules.has("state", clause.event_type) and _present_passive(head) and not own_time:
        return "state"
    if any(c.dep_ == "xcomp" and rules.has("anonymous", c.lemma_.lower()) for c in head.children):
        return "anonymous"  # "declining to be named", "asked not to be identified": the source, no act
    if _pending(head, rules):
        return "pending"
    if rules.has("continued", head.tag_) and _continues_speech(clause):
        return "continued"
    if rules.has("introduces", head.tag_) and clause.event_type in THING_TYPES and _introduces_speech(clause):
        return "introduces"
    if rules.has("habitual", clause.event_type) and _ongoing(head, rules) and not own_time:
        return "ongoing"
    if (mode == "negated" or _nobody(head, rules)) and rules.has("unsaid", clause.event_type):
        return "unsaid"  # "could not comment", "neither China nor Thailand has explained": nothing was said
    if _demanded(head, rules):
        return "demanded"
    if rules.has("modifier", head.tag_) and clause.event_type not in SAYING and _describes_thing(head) \
            and not time_in_phrase(head, time):
        return "modifier"
    return nonact_rule(clause, mode, rules, _own_word(clause)) or _no_one(clause, rules) \
        or _tally(clause, time, mode, rules) or _background_rule(clause, mode, time, rules)


def _no_one(clause: Clause, rules: RuleWords) -> str:
    """Subjects that are no one who acts: "a survey found", "the plan said", "many Chagossians argue"."""
    if any(rules.has("subject", _lemma(a)) for a in clause.agents):
        return "subject"
    agents = clause.agents + [g for c in clause.head.children if c.dep_ == "agent" for g in c.children]
    if any(rules.has("natural", _lemma(w)) for a in agents for w in _named(a)):
        return "natural"  # "Tropical Cyclone Jude slammed into Malawi": weather, no one who acts
    if clause.event_type in THING_TYPES and any(rules.has("thing", _lemma(a)) for a in clause.agents):
        return "thing"
    quantifiers = [c for a in clause.agents for c in a.children if c.dep_ in ("amod", "det")]
    if any(rules.has("quantified", c.lower_) for c in quantifiers):
        return "quantified"
    return ""


def _named(agent: Token) -> list[Token]:
    """The subject word and the words of its name ("Tropical Cyclone Jude": Jude, Cyclone)."""
    return [agent] + [c for c in agent.children if c.dep_ == "compound"]


def _tally(clause: Clause, time: EventTime, mode: str, rules: RuleWords) -> str:
    """"In the last 15 months, 1,250 terrorists have been killed": a count over a stretch of time
    longer than the `period` rule's days is a tally, not one event ("waged war for two years" is one)."""
    arguments = [c for c in clause.word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    counted = any(c.dep_ == "nummod" for a in arguments for c in a.children)
    stretch = counted and time.anchor == "explicit" and time.value.startswith("P") and time.start and time.end
    days = [int(d) for d in rules.words.get("period", ()) if d.isdigit()]
    if mode != "future" and stretch and days and (time.end - time.start).days > min(days):
        return "period"
    return ""


def _background_rule(clause: Clause, mode: str, time: EventTime, rules: RuleWords) -> str:
    if rules.has("background", clause.word.pos_) and _background(clause, mode, time, rules):
        return "background"
    return ""


def _listed(word: Token) -> bool:
    """"the plan, which includes disarmament, demilitarization, and ensuring that …": a verb form joined
    to a noun, or to a verb of another form (the parser's reading of the same list), with no auxiliary."""
    if word.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass") for c in word.children):
        return False
    return word.head.pos_ == "NOUN" or word.head.tag_ != word.tag_


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _own_offer(clause: Clause) -> bool:
    """"The rebels said they would meet the mediator if he gave them a veto": a conditional offer or
    threat of the speaker's own, which PLOVER codes (as CAMEO's 'express intent to' and 'threaten')."""
    return _conditional(clause.head) and _own_word(clause)


def _conditional(head: Token) -> bool:
    return any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in head.subtree)


def _unfinished(head: Token) -> bool:
    """A verb form with no subject and no finite auxiliary of its own ("to supply the local market",
    "designating Islam as …", "assigned to spread propaganda"): it names an act, it does not report one.
    A verb joined to a finite one shares its auxiliary ("are resisting and fighting")."""
    if head.dep_ == "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return False
    return not (_finite(head) or (head.dep_ == "conj" and _finite(head.head)))


def _finite(verb: Token) -> bool:
    """A tensed verb, or one with a tensed auxiliary ("being implemented", "having said": not tensed)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ not in ("TO", "VBG", "VBN") for c in verb.children)


def _demanded(head: Token, rules: RuleWords) -> bool:
    """"urged Israel to allow aid", "called for the Taliban to lift the ban and establish a dialogue",
    "demanded that Israel withdraw": what a request asks for is its content; the request is the event."""
    if head.tag_ != "VB":  # "asked the ICC to investigate … and called on the Council": a new act
        return False
    verb = head.head if head.dep_ == "conj" else head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    subjunctive = verb.dep_ == "ccomp" and verb.tag_ == "VB"
    if not (infinitive or subjunctive) or verb.dep_ not in ("xcomp", "advcl", "ccomp"):
        return False
    entry = load_lexicon().verb(verb.head) if verb.head.pos_ == "VERB" else None
    return entry is not None and rules.has("demanded", entry.event_type)


def _describes_thing(head: Token) -> bool:
    """"the White House effort targeting fentanyl": a participle describing a thing, not a person
    or a body that acts ("protesters demanding reform" act)."""
    noun = head.head
    return head.dep_ == "acl" and noun.pos_ == "NOUN" and not noun.ent_type_ and not could_be_actor(noun)


def _past(clause: Clause, rules: RuleWords) -> bool:
    """Historical background: "Past attacks were claimed by Islamic State", "Yeats once lamented",
    "In past bilateral tensions, Ankara has threatened to suspend …": a `past` word modifying the event
    word, an argument that names no one or the object of a preposition of the verb, or "once"
    (formerly) before the verb."""
    head = clause.head
    nouns = [clause.word] + [c for c in head.children if c.dep_ in OCCURRING and c.pos_ == "NOUN"]
    nouns += [g for verb in _same_clause(head) for p in verb.children if p.dep_ == "prep"
              for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTITIES]
    if any(c.dep_ == "amod" and rules.has("past", c.lower_) for n in nouns for c in n.children):
        return True
    return any(c.dep_ == "advmod" and c.lower_ == "once" and c.i < head.i and rules.has("past", "once")
               and c.nbor().lower_ not in ("again", "more") for c in head.children)


def _same_clause(head: Token) -> list[Token]:
    """The verb and the verbs its clause hangs on as one act: "has threatened to close or suspend"."""
    chain = [head]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head is not chain[-1] and len(chain) <= MAX_CLIMB:
        chain.append(chain[-1].head)
    return chain


def _tallied(word: Token, rules: RuleWords) -> bool:
    """"Deaths in these attacks surged", "the number of Russian attacks rose", "the death toll from
    Israeli strikes rose to 50": an event noun counted by a `tallied` noun is part of a statistic."""
    counter = word.head.head
    return word.pos_ == "NOUN" and word.dep_ == "pobj" and counter.pos_ == "NOUN" \
        and rules.has("tallied", counter.lemma_.lower())


def _repeated(head: Token, rules: RuleWords) -> bool:
    """"have repeatedly declined to respond", "has at various times said": a habit, not one act."""
    times = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "at"
             for g in p.children if g.dep_ == "pobj"]
    adverbs = [c for c in head.children if c.dep_ == "advmod"]
    return any(rules.has("repeated", t.lower_) for t in adverbs + times)


def _nobody(head: Token, rules: RuleWords) -> bool:
    """"Neither China nor Thailand has explained why", "neither Britain nor Mauritius have confirmed
    any details": a subject opened by a `nobody` word denies the act of each of its members (the
    parser reads no negation on the verb)."""
    return any(c.dep_ in SUBJECT_DEPS and rules.has("nobody", c.left_edge.lower_) for c in head.children)


def _experienced(head: Token, rules: RuleWords) -> bool:
    """"Chinese authorities have boarded foreign boats before", "I had met Dr. Lai before": a bare
    `experience` adverb says the act happened at some time before, not when: an experience, a habit
    or history, not one act ("two days before", with a measure of its own, dates one)."""
    return any(c.dep_ == "advmod" and rules.has("experience", c.lower_) and not list(c.children)
               for c in head.children)


def _pluperfect_aside(head: Token, rules: RuleWords) -> bool:
    """"Evans Revere, a former official who had negotiated with North Korea extensively": a relative
    clause in the pluperfect (a `biography` auxiliary), opened by a relative pronoun as its subject,
    tells what the noun had done before the story's time, background to who or what it is ("told a
    meeting that he had met officials", a complement the parser took for a relative clause, is kept)."""
    relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in head.children)
    return relative and any(c.dep_ == "aux" and rules.has("biography", c.lower_) for c in head.children)


def _describing_noun(word: Token) -> bool:
    """"a Vietnam War veteran", "aid workers", "attack helicopters": an event noun put before a noun that
    names no event describes what that noun is ("ceasefire talks" name the talks, an event)."""
    described = word.head
    return word.pos_ in ("NOUN", "PROPN") and described.pos_ == "NOUN" and described.i > word.i \
        and load_lexicon().noun(described) is None


def _held_position(clause: Clause, rules: RuleWords) -> bool:
    """"Mogadishu argues its border should run east", "China claims about 90% of the sea": a `position`
    verb in the simple present whose actors are states or bodies tells the position they hold, not a
    statement made on a day; a person's "he contends …" is how the story reports what they said. A
    `possession` verb counts with what is claimed as its object ("claims most of the sea"), not with a
    clause ("Apple Corps claims that Apple violates the agreement": a claim made in a lawsuit)."""
    actors = [m.actor for m in clause.actors]
    collective = bool(actors) and all(a.kind != "person" for a in actors)
    if not (collective and _present(clause.head)):
        return False
    lemma, said = clause.head.lemma_.lower(), any(c.dep_ == "ccomp" for c in clause.head.children)
    return rules.has("position", lemma) or (rules.has("possession", lemma) and not said)


def _voiced_state(head: Token, rules: RuleWords) -> bool:
    """"C.A.R. officials say the rebel group has several hundred fighters", "members of opposition
    parties say this is not politics as usual": unnamed speakers named by a plural common noun who
    say, in the simple present, that something is so (their complement in the simple present too)
    describe a state of things, not an act of the day; "security forces say they killed six attackers"
    reports an act (its complement is past) and stays; so do government `officials` ("Pentagon
    officials say the goal is to put 40,000 troops in the region": the government speaking)."""
    if not (rules.has("voices", head.lemma_.lower()) and head.tag_ == "VBP" and _present(head)):
        return False
    plural = any(c.dep_ == "nsubj" and c.tag_ == "NNS" and not rules.has("officials", c.lemma_.lower())
                 for c in head.children)
    said = [c for c in head.children if c.dep_ == "ccomp"]
    return plural and bool(said) and all(_present(c) for c in said)


def _past_progressive(head: Token) -> bool:
    """"local elders and officials were meeting at the hotel", "Houthi rebels were attacking ships":
    the past progressive tells the scene against which the story's acts happen (the background of a
    narrative, where the simple past tells its events); with a time of its own it is kept. The
    `setting` words are the event types it applies to."""
    auxiliaries = [c for c in head.children if c.dep_ == "aux"]
    return head.tag_ == "VBG" and len(auxiliaries) == 1 and auxiliaries[0].lower_ in ("was", "were")


def _perfect(verb: Token) -> bool:
    """A present perfect, simple or progressive ("has ramped up", "have been fighting")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve", "'s")
               and c.tag_ in PRESENT_TAGS for c in verb.children)


def _trend(head: Token, time: EventTime, rules: RuleWords) -> bool:
    """"Since January, the BLA has ramped up attacks", "Since gaining independence, Pakistan has
    received 23 bailouts": a present perfect over a `since` phrase with a plural or counted object is a
    trend or a tally ("Iran has since denied it", a bare "since", is one later act; "has carried out its
    biggest strike since 2022" one act); "over the months, Kenya filed several requests": acts over a
    stretch of plural time units (`trend` words) are a summary ("announced a phaseout over the next two
    decades": an `ahead` stretch).
    A perfect progressive over "since" ("has been fighting cancer since 2004") is one going activity
    with a known start, dated from the bound to publication (timing._since; TimeLine's gold has them)."""
    for child in head.children:
        bound = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        if child.dep_ != "prep" or not bound or not rules.has("trend", child.lower_):
            continue
        if child.lower_ == "over":
            if any(g.tag_ == "NNS" and rules.has("trend", g.lower_) and not _ahead(g, rules) for g in bound):
                return True
        elif _perfect(head) and head.tag_ != "VBG" and _counted(head):
            return not (_superlative(head, rules) or _recent(time, rules))
    return False


def _counted(head: Token) -> bool:
    """"has ramped up attacks", "has received 23 bailout packages", "have arrested 2,400 people": the
    object is plural or counted, acts added up ("has banned the supply since 2022" is one act that
    lasts, dated from the bound)."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in o.children) for o in objects)


def _recent(time: EventTime, rules: RuleWords) -> bool:
    """"has been shelling Kharkiv since Monday": a bound no more than the `period` rule's days back
    is one going act, not a trend."""
    days = [int(d) for d in rules.words.get("period", ()) if d.isdigit()]
    bounded = time.anchor == "explicit" and time.start and time.end
    return bool(days and bounded and (time.end - time.start).days <= min(days))


def _lasting(head: Token, rules: RuleWords) -> bool:
    """"has been shelling Kharkiv for three days": a `recent` stretch, one going act; "has been serving
    as CEO since the beginning of his leave": a going activity with a known start (see _trend)."""
    objects = {c.lower_: [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
               for c in head.children if c.dep_ == "prep"}
    recent = any(rules.has("recent", g.lemma_.lower()) for g in objects.get("for", []))
    return bool(objects.get("since")) or recent


def _ahead(noun: Token, rules: RuleWords) -> bool:
    return any(c.dep_ == "amod" and rules.has("ahead", c.lower_) for c in noun.children)


def _superlative(head: Token, rules: RuleWords) -> bool:
    """"has precipitated the most serious crisis since 1995", "has made its first visit since 2019":
    the object is a superlative or a `unique` one."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(m.tag_ in ("JJS", "RBS") or rules.has("unique", m.lower_)
               for o in objects for m in o.subtree if m.i < o.i)


def _standing(head: Token, rules: RuleWords) -> bool:
    """"The group has been fighting an insurgency against the state, accusing it of …", "Japan has
    been rolling out reforms": a present perfect progressive with no time of its own is a standing
    activity, and so is a participle with no subject that hangs on one."""
    def progressive(verb: Token) -> bool:
        return rules.has("standing", verb.tag_) and _perfect(verb) and any(
            c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)

    unmarked = not any(c.dep_ in ("mark", *SUBJECT_DEPS) for c in head.children)
    hanging = head.dep_ == "advcl" and head.tag_ == "VBG" and unmarked and progressive(head.head)
    return progressive(head) or hanging


def _stance(head: Token, rules: RuleWords) -> bool:
    """"Trump has voiced interest in making aid conditional": an attitude told in the present perfect
    with no time of its own (the verb's object a `stance` noun) is a standing stance, not a statement
    made on a day ("has voiced concern over the violence" is one)."""
    return any(c.dep_ == "dobj" and rules.has("stance", c.lemma_.lower()) for c in head.children)


def _present_passive(head: Token) -> bool:
    """"Music is banned under the Taliban", "the vessels are sanctioned by the Treasury": the simple
    present passive, a state (not "has been banned", "is being banned")."""
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return head.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" \
        and auxiliaries[0].tag_ in PRESENT_TAGS


def _pending(head: Token, rules: RuleWords) -> bool:
    """"U.S. officials have yet to comment", "the money is yet to arrive": it has not happened."""
    above = head.head
    return head.dep_ == "xcomp" and above.lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and rules.has("pending", c.lower_) for c in above.children)


def _continues_speech(clause: Clause) -> bool:
    """"…, she said, adding that floods were still a concern": the participle goes on with the
    statement of the speech verb it hangs on (one statement, one row)."""
    head, above = clause.head, clause.head.head
    entry = load_lexicon().verb(above) if above.pos_ == "VERB" else None
    return clause.event_type == "STATEMENT" and head.dep_ in ("advcl", "xcomp", "conj") \
        and entry is not None and entry.speech


def _described(head: Token, rules: RuleWords) -> bool:
    """A relative clause in the simple present, active or passive ("a deal which allows the parliament
    to stay", "a group that is designated as terrorist"): what the noun is or does as a rule."""
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return rules.has("described", head.tag_)
    passive = len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and head.tag_ == "VBN"
    return passive and rules.has("described", auxiliaries[0].tag_)


def _introduces_speech(clause: Clause) -> bool:
    """"Responding to the query, a spokesperson said …", "Pressed on the matter, X said …": a participle
    put before the speech verb it hangs on is the same statement, or a reporter's question (one row)."""
    head, above = clause.head, clause.head.head
    entry = load_lexicon().verb(above) if above.pos_ == "VERB" else None
    unmarked = not any(c.dep_ == "mark" for c in head.children)
    return head.dep_ == "advcl" and head.i < above.i and unmarked and entry is not None and entry.speech


def _ongoing(head: Token, rules: RuleWords) -> bool:
    """"Kabul continues to engage in such acts", "has been continuing to develop its missiles": an
    `ongoing` verb in the simple present or a perfect progressive over the infinitive is a standing
    state, not one act, for the event types of the `habitual` rule ("will continue to", "continued to
    shell the town on Monday", "Russian forces continue to shell Kharkiv" are coded)."""
    above = head.head
    if head.dep_ != "xcomp" or not any(rules.has("ongoing", form) for form in _forms(above)):
        return False
    perfect = above.tag_ == "VBG" and any(c.lower_ in ("has", "have") for c in above.children)
    return _present(above) or perfect


def _own_word(clause: Clause) -> bool:
    """The clause reports what its own actors say they do ("the RUF announced it will return weapons")."""
    speakers = {m.actor for m in clause.attributed}
    actors = {m.actor for m in clause.actors}
    return clause.head.dep_ == "ccomp" and bool(actors) and speakers >= actors


def _attempted(head: Token, rules: RuleWords) -> bool:
    """"Russia tried to capture Kharkiv": the attempt happened, ACLED codes it."""
    return head.dep_ == "xcomp" and any(rules.has("attempt", form) for form in _forms(head.head))


def _ancestors(head: Token) -> list[Token]:
    """The clause head and the verbs above it, up to MAX_CLIMB steps."""
    chain = [head]
    while chain[-1].head != chain[-1] and len(chain) <= MAX_CLIMB:
        chain.append(chain[-1].head)
    return chain


def _hedged(head: Token, rules: RuleWords) -> bool:
    """"will likely miss", "maybe some got caught", "it is unlikely that Washington will end": a
    hedge on the clause or the clause it is the complement of (a guess, not a report)."""
    above = _ancestors(head)[:2]
    modifiers = [c for verb in above for c in verb.children if c.dep_ in ("advmod", "acomp")]
    return any(rules.has("hedge", t.lower_) for t in above[1:] + modifiers)


def _believed(head: Token, rules: RuleWords) -> bool:
    """"experts think North Korea will test", "hoping that Trump will win", "experts think North
    Korea will continue to increase threats": a forecast. (A verb of belief over an infinitive is a
    plan: "Modi is expected to discuss defense ties".)"""
    return any(any(rules.has("opinion", form) for form in _forms(t)) for t in _complement_of(head))


def _told_by_commentators(head: Token, rules: RuleWords) -> bool:
    """"Analysts say Tehran would welcome the closure": what will or would happen, told by unnamed
    commentators (a `forecaster` noun as the subject of the verb it is the complement of), is their
    forecast, not a plan of the actors."""
    return any(c.dep_ == "nsubj" and rules.has("forecaster", c.lemma_.lower())
               for t in _complement_of(head) for c in t.children)


def _complement_of(head: Token) -> list[Token]:
    """The verbs the clause is a complement or conjunct of, up to MAX_CLIMB steps; the verb of an
    infinitive is climbed through ("will continue to increase") but is none of them."""
    found, token = [], head
    for _ in range(MAX_CLIMB):
        if token.dep_ not in ("ccomp", "conj", "xcomp") or token.head == token:
            break
        if token.dep_ != "xcomp":
            found.append(token.head)
        token = token.head
    return found


def _asked(head: Token, rules: RuleWords) -> bool:
    """A question the clause's verb heads, with its auxiliary put before its subject: a yes/no question
    ("Did Russia attack the convoy?") or one asking for an object ("What does Kim think?"). One asking
    why, when or how ("Why did Russia attack?") takes the act as done: kept."""
    if not any(c.dep_ == "punct" and rules.has("question", c.text) for c in head.children):
        return False
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    inverted = subject is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subject.i
                                           for c in head.children)
    return inverted and not any(c.tag_ == "WRB" for c in head.children)


def _wished(head: Token, rules: RuleWords) -> bool:
    """"does not want to meet", "hopes the two can coordinate and work together": the complement of a
    `wished` verb (reached through a complement, not a verb joined to it: "wants X but added …")."""
    token = head
    for _ in range(MAX_CLIMB):
        if token.dep_ not in ("ccomp", "xcomp", "conj") or token.head == token:
            return False
        edge, token = token.dep_, token.head
        if edge != "conj" and any(rules.has("wished", form) for form in _forms(token)):
            return True
    return False


def _forms(verb: Token) -> set[str]:
    """The lemma, and the word without its ending (the tagger's lemma of "hopes" is "hop")."""
    word = verb.lower_
    stems = {word[:-len(end)] for end in ("s", "ed", "ing") if word.endswith(end)}
    return {verb.lemma_.lower(), word} | stems | {stem + "e" for stem in stems}


def _governing(head: Token) -> Token:
    """The finite verb an infinitive hangs on: "provides specialists to help them" → provides."""
    token = head
    for _ in range(MAX_CLIMB):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if not infinitive or token.head == token or token.dep_ not in ("xcomp", "advcl"):
            break
        token = token.head
    return token


def _present(verb: Token) -> bool:
    """Simple present ("landfills"), not the perfect nor the progressive ("the UK is pushing hard
    for …" is happening now)."""
    return verb.tag_ in PRESENT_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _held_role(head: Token, rules: RuleWords) -> bool:
    """"The office is led by Attorney General X": a `role` verb in the present passive names who
    holds a post, not an act."""
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return rules.has("role", head.lemma_.lower()) and head.tag_ == "VBN" and len(auxiliaries) == 1 \
        and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ in PRESENT_TAGS


def _background(clause: Clause, mode: str, time: EventTime, rules: RuleWords) -> bool:
    """An event noun on its own ("trade wars", "over U.S. aid") with no time of its own and no plan;
    a noun that is what happens ("talks resumed", `happens` verbs: "strikes continued"), the means
    of a verb ("retaliated with airstrikes") or a support verb's object ("held talks") counts."""
    word = clause.word
    if clause.trigger != word.text or mode == "future" or time.anchor in ("explicit", "event"):
        return False
    instrument = word.dep_ == "pobj" and word.head.lower_ == "with" and word.head.head.pos_ == "VERB"
    verb = word.head.lemma_.lower()
    happens = word.dep_ in OCCURRING and (verb in OCCURRENCE_VERBS or rules.has("happens", verb))
    return not (instrument or happens)
