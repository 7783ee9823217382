"""Scanning a text with a rule's pattern only where a match can be: same matches, less regex work.

A rule's pattern has words every match contains ("ago", one of the month names). `literals` reads
them from the compiled pattern: a list of sets, every match containing a word of each set. A text
without one of those words is not scanned at all; a text with few of them is scanned only in the
stretches around them (a match is at most `reach` characters long, lookaheads included). `finditer`
gives exactly the matches of `regex.finditer(text)`: every skipped start position is one where the
pattern cannot match, and each searched stretch ends far enough after it that the pattern reads
the same characters as in the whole text. A part repeated without bound is allowed when it reads
only characters of one class ("[0-9]+", "(?:,[0-9]{3})*"): it cannot read more than the text's
longest run of that class, which is counted once per text (`Occurrences.longest_run`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Characters IGNORECASE matches with an ASCII letter that str.lower() does not turn into it
# (found by trying every code point; "İ" lower-cases to two characters, which the tagger handles).
FOLDED_ELSEWHERE = ("ı", "ſ")  # i, s
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.AT, sre.CATEGORY)
STRETCH_COST = 150  # characters of scanning one searched stretch costs beyond its length (measured)


@dataclass(frozen=True)
class Prefilter:
    literals: tuple[frozenset[str], ...]  # every match contains a word of each set (lower case)
    reach: int | None  # characters after a match's start the pattern may read; None: unbounded
    runs: tuple[re.Pattern, ...] = ()  # plus the longest run in the text of each of these classes

    @classmethod
    def of(cls, regex: re.Pattern) -> Prefilter:
        items = sre_parse.parse(regex.pattern, regex.flags)
        bound = _reach(items, regex.flags) if items.getwidth()[0] > 0 else None
        if bound is None:
            return cls(tuple(_literals(items)), None)
        return cls(tuple(_literals(items)), bound[0], bound[1])

    def reach_in(self, text: str, words: Occurrences) -> int | None:
        """How far after a match's start the pattern may read in this text (None: unbounded)."""
        if self.reach is None:
            return None
        return self.reach + sum(words.longest_run(run, text) for run in self.runs)


class Occurrences:
    """Where words are in one lower-cased text: each word counted and found once, whichever rules
    ask (the month names are words of twenty rules)."""

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self.folded = any(c in lowered for c in FOLDED_ELSEWHERE)
        self._counts: dict[str, int] = {}
        self._positions: dict[frozenset[str], list[int]] = {}
        self._runs: dict[tuple[re.Pattern, bool], int] = {}

    def count(self, word: str) -> int:
        found = self._counts.get(word)
        if found is None:
            found = self._counts[word] = self.lowered.count(word)
        return found

    def longest_run(self, run: re.Pattern, text: str) -> int:
        """The length of the longest match of `run` in `text` (the lower-cased text or the text itself)."""
        key = (run, text is self.lowered)
        found = self._runs.get(key)
        if found is None:
            found = self._runs[key] = max(map(len, run.findall(text)), default=0)
        return found

    def positions(self, words: frozenset[str]) -> list[int]:
        """Start of every occurrence of the words, in text order."""
        found = self._positions.get(words)
        if found is None:
            found = self._positions[words] = sorted(_find_all(self.lowered, words))
        return found


def finditer(regex: re.Pattern, text: str, words: Occurrences, prefilter: Prefilter) -> Iterator[re.Match]:
    """regex.finditer(text); `words` holds text.lower(), of the same length."""
    rarest = None if words.folded else _fewest(words, prefilter.literals)
    if rarest is None:
        yield from regex.finditer(text)
        return
    if not rarest:
        return
    reach = prefilter.reach_in(text, words)
    positions = words.positions(rarest)
    if reach is None or len(positions) * (reach + STRETCH_COST) > len(text):
        yield from regex.finditer(text)
        return
    yield from _windowed(regex, text, positions, reach)


def _fewest(words: Occurrences, literals: tuple[frozenset[str], ...]) -> frozenset[str] | None:
    """The set of words with the fewest occurrences in the text (empty: a set with none), or None."""
    best, fewest = None, -1
    for choice in literals:
        count = 0
        for word in choice:
            count += words.count(word)
            if best is not None and count >= fewest:
                break
        if count == 0:
            return frozenset()
        if best is None or count < fewest:
            best, fewest = choice, count
    return best


def _find_all(lowered: str, words: frozenset[str]) -> Iterator[int]:
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            yield at
            at = lowered.find(word, at + 1)


def _windowed(regex: re.Pattern, text: str, positions: list[int], reach: int) -> Iterator[re.Match]:
    """The matches of finditer, searching only starts at most `reach` before a word's position."""
    done, index = 0, 0
    while index < len(positions):
        if positions[index] < done:
            index += 1
            continue
        first, last, end = max(done, positions[index] - reach), positions[index], index
        while end + 1 < len(positions) and positions[end + 1] - reach <= last + 1:
            end += 1
            last = positions[end]
        found = regex.search(text, first, min(len(text), last + reach + 1))
        if found is None or found.start() > last:
            index = end + 1  # no match starts in this stretch
            continue
        match = regex.match(text, found.start()) or found  # the same match, on the whole text
        yield match
        done = match.end()  # the words of the stretch after the match get a stretch of their own


def _literals(items: sre_parse.SubPattern | list) -> list[frozenset[str]]:
    """Sets of lower-case ASCII words every match of the sequence `items` contains one of."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        found += _literals_of(op, av)
    if run:
        found.append(frozenset({"".join(run)}))
    return found


def _literals_of(op: object, av: object) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:
        return _literals(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _literals(av)
    if op in REPEATS and av[0] >= 1:
        return _literals(av[2])
    if op is sre.BRANCH:
        branches = [_literals(branch) for branch in av[1]]
        if all(branches):
            return [frozenset().union(*(_rarest(sets) for sets in branches))]
    return []


def _rarest(sets: list[frozenset[str]]) -> frozenset[str]:
    """The set likely to occur least: no word of one or two letters (" ", "s"), then fewest words."""
    return max(sets, key=lambda words: (min(map(len, words)) >= 3, min(map(len, words)) >= 2, -len(words)))


Bound = tuple[int, tuple[re.Pattern, ...]]  # characters, plus the longest run of each class


def _reach(items: sre_parse.SubPattern | list, flags: int) -> Bound | None:
    """An upper bound of how many characters after its start the sequence reads (None: unbounded)."""
    total, runs = 0, ()
    for op, av in items:
        step = _reach_of(op, av, flags)
        if step is None:
            return None
        total, runs = total + step[0], runs + step[1]
    return total, runs


def _reach_of(op: object, av: object, flags: int) -> Bound | None:
    if op in ONE_CHARACTER:
        return 1, ()
    if op is sre.SUBPATTERN:
        return _reach(av[-1], flags)
    if op is sre.ATOMIC_GROUP:
        return _reach(av, flags)
    if op is sre.BRANCH:
        reaches = [_reach(branch, flags) for branch in av[1]]
        return None if None in reaches else _widest(reaches)
    if op in REPEATS and av[1] is sre.MAXREPEAT:
        run = _run_of(av[2], flags)
        return None if run is None else (0, (run,))
    if op in REPEATS:
        one = _reach(av[2], flags)
        return None if one is None else (one[0] * av[1], one[1] * av[1])
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _reach(av[1], flags) if av[0] == 1 else (0, ())  # a lookbehind reads what is already behind
    return None  # group references, conditionals: not bounded here


def _widest(reaches: list[Bound]) -> Bound:
    """A bound of every branch: the most characters, and each class as often as any branch has it."""
    counts: Counter[re.Pattern] = Counter()
    for _, runs in reaches:
        counts |= Counter(runs)
    return max(fixed for fixed, _ in reaches), tuple(counts.elements())


CLASS_ESCAPES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
                 sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def _run_of(items: sre_parse.SubPattern | list, flags: int) -> re.Pattern | None:
    """"[cls]+" for a repeated part that reads only characters of classes ("(?:,[0-9]{3})"): all it
    reads is one run of them. None when it has anything else (an assertion, a group reference)."""
    parts = _class_parts(items)
    if parts is None:
        return None
    return re.compile("[" + "".join(sorted(set(parts))) + "]+", flags & ~re.VERBOSE)


def _class_parts(items: sre_parse.SubPattern | list) -> list[str] | None:
    parts: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            found = [re.escape(chr(av))]
        elif op is sre.IN:
            found = _set_parts(av)
        elif op is sre.SUBPATTERN:
            found = _class_parts(av[-1])
        elif op is sre.BRANCH:
            branches = [_class_parts(branch) for branch in av[1]]
            found = None if None in branches else [p for b in branches for p in b]
        elif op in REPEATS:
            found = _class_parts(av[2])
        else:
            return None
        if found is None:
            return None
        parts += found
    return parts


def _set_parts(av: list) -> list[str] | None:
    parts = []
    for op, value in av:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in CLASS_ESCAPES:
            parts.append(CLASS_ESCAPES[value])
        else:
            return None  # a negated set, or a category not written here
    return parts
