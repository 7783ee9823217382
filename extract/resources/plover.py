"""CAMEO event codes → PLOVER 2021 categories (PLOVER's CAMEO2PLOVER table, Sept. 2021).

CAMEO 01 (public statement) and 02 (appeal) have no PLOVER category: '' here.
"""

from __future__ import annotations

BY_PREFIX = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "080": "CONCEDE", "081": "CONCEDE", "082": "CONCEDE", "083": "CONCEDE",
    "084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT", "08": "CONCEDE",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}


def plover(code: str) -> str:
    """The PLOVER category of a CAMEO code ('0871' -> 'RETREAT', '010' -> '')."""
    for length in (3, 2):
        category = BY_PREFIX.get(code[:length])
        if category and len(code) >= length:
            return category
    return ""
