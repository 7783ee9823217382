"""What a clause's subject is: someone who could act (an actor the tables could not resolve) or an
event that happens. Shared by document.py (unknown actors, occurrences) and by the rules it imports
(nonacts.py, uncoded.py), which could not import these from document.py at the top."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from extract.events.actors import load_institutions
from extract.events.pairs import GROUP_NOUNS

# verbs whose subject is something that happens ("talks resumed", "an explosion killed three")
OCCURRENCE_VERBS = frozenset({"take", "happen", "occur", "begin", "start", "resume", "end", "conclude",
                              "break", "erupt", "open", "collapse", "stall", "kill", "hit", "wound",
                              "destroy", "damage"})
# nouns for people who act: a subject like these is an unknown actor, not no one
PERSON_NOUNS = frozenset({"fighter", "militant", "gunman", "soldier", "troop", "rebel", "protester",
                          "attacker",
                          "police", "force", "insurgent", "jihadist", "terrorist", "people", "group", "man",
                          "woman", "resident", "worker", "authority", "administration", "passenger",
                          "civilian", "migrant", "refugee", "villager"})


def could_be_actor(agent: Token) -> bool:
    """A subject that names someone the tables could not resolve ("the Gaza health ministry", "he",
    "officials"): its event is not unattributed but unknown, and stays out. A car bomb or talks are
    no one."""
    if agent.pos_ in ("PRON", "PROPN") or agent.ent_type_:
        return True
    return agent.lemma_.lower() in _agent_nouns() or agent.lemma_.lower() in PERSON_NOUNS


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    """Nouns that stand for actors: group words ("sides", "leaders") and the last word of every
    generic body of data/actors/institutions.tsv ("ministry", "officials")."""
    return GROUP_NOUNS | frozenset(phrase[-1] for phrase in load_institutions()) | frozenset(
        p.rstrip("s") for phrase in load_institutions() for p in phrase[-1:])
