"""Literal prefilters for the rule regexes: words a text must contain before a regex can match it.

Every question runs every safety, scope and intent class (~60 alternations with ``.*``, lookaheads and
``(\\w+ ){0,5}`` gaps), and most questions contain none of the words a class is about. Scanning for a few
plain substrings first (``"numb" in text``: a C-speed search) skips those regexes. The literals are derived
from the parsed regex, not written by hand, so a pattern added to the data is covered the day it is added
and a prefilter can never hide a match: the set is only ever *necessary* (see :func:`required`).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

Needs = frozenset[str] | None  # None: no literal is required (the regex must always run)

_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}


class Commonness:
    """How often a literal occurs in ordinary questions: the knowledge base's own texts, read as the rules read
    them. Of a pattern's literal sets the prefilter keeps the one least often found, not the longest: " for " is
    as long as "gift" and in most long questions, so a class about a gift "for the bride" was a candidate in all
    of them and ran its regex (~0.08 ms each on a long question). Any of the sets is necessary, so the choice
    changes which regexes run, never an answer. ``texts`` is read on first use (only when the index is derived
    again: the literals are cached by ``key``, which must name the texts)."""

    def __init__(self, key: str, texts: Callable[[], Iterable[str]]) -> None:
        self.key = key
        self._texts = texts
        self._corpus: str | None = None
        self._lines = 1
        self._seen: dict[str, float] = {}

    def __call__(self, needs: frozenset[str]) -> float:
        """The expected share of texts holding one of ``needs`` (at most their sum; a literal never seen counts
        half an occurrence, so shorter unseen literals are not free)."""
        if self._corpus is None:
            self._corpus = "\n".join(self._texts())
            self._lines = self._corpus.count("\n") + 1
        total = 0.0
        for literal in needs:
            share = self._seen.get(literal)
            if share is None:
                share = self._seen[literal] = (self._corpus.count(literal) + 0.5) / self._lines
            total += share
        return total


@functools.cache
def code_key() -> str:
    """A digest of this module: literals derived by other code are not read back (parse_cache.derived)."""
    return hashlib.blake2b(Path(__file__).read_bytes(), digest_size=16).hexdigest()


def _better(a: Needs, b: Needs, common: Commonness | None = None) -> Needs:
    """The more selective of two requirements: found in fewer ordinary texts (``common``), else (or then) the
    longer shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    key_a, key_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    if common is not None:
        share_a, share_b = common(a), common(b)
        if share_a != share_b:
            return a if share_a < share_b else b
    return a if key_a >= key_b else b


def _sequence(items: Any, common: Commonness | None = None) -> Needs:
    """A concatenation needs what its most selective part needs (:func:`_conjuncts`' sets, runs of literals
    included): the best of the flattened list is the best of the nested bests, as ``_better`` keeps the first."""
    return functools.reduce(lambda a, b: _better(a, b, common), _conjuncts(items, common), None)


def _branch(alternatives: Any, common: Commonness | None = None) -> Needs:
    """An alternation needs the union of its alternatives' literals; every alternative must contribute, else
    the alternation can match without a literal."""
    union: set[str] = set()
    for alternative in alternatives:
        needs = _sequence(alternative, common)
        if needs is None:
            return None
        union |= needs
    return frozenset(union)


@functools.lru_cache(maxsize=4096)
def _minimal(needs: frozenset[str]) -> frozenset[str]:
    """Drop a literal that contains another one: the shorter is found wherever the longer is. Remembered: a
    macro's words ("pain|hurt|sore|...") come back as the same set in hundreds of alternatives, and comparing
    every pair of a large set's literals was ~40 % of deriving the literal sets (prefilter.also_required)."""
    return frozenset(n for n in needs if not any(o != n and o in n for o in needs))


def required(parsed: Any, common: Commonness | None = None) -> Needs:
    """Literals of which every match of the parsed regex contains at least one; None when there is no such
    set (or the regex ignores case: the texts are lower case, but its literals might not be)."""
    if parsed.state.flags & re.IGNORECASE:
        return None
    needs = _sequence(parsed, common)
    return _minimal(needs) if needs else None


def _conjuncts(items: Any, common: Commonness | None = None) -> list[frozenset[str]]:
    """Every literal set a concatenation needs, each part's own: a match holds one literal of EACH set (where
    :func:`_sequence` keeps only the most selective set, the one the shared index looks for)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op is c.SUBPATTERN:
            found += _conjuncts(av[-1], common)
        elif op in _REPEATS:
            found += _conjuncts(av[2], common) if av[0] >= 1 else []
        elif op is c.ASSERT and av[0] == 1:  # (?=...): its literals are in the text too
            found += _conjuncts(av[1], common)
        elif op is c.BRANCH:  # one set, the union of its alternatives' (None: no literal certain)
            needs = _branch(av[1], common)
            if needs:
                found.append(needs)
        # \w, ., [...], \b, (?!...), backreferences: no literal is certain
    if run:
        found.append(frozenset({"".join(run)}))
    return found


def _implies(a: frozenset[str], b: frozenset[str]) -> bool:
    """A text holding a literal of ``a`` holds one of ``b``: each literal of ``a`` contains one of ``b``."""
    return all(any(x in y for x in b) for y in a)


def also_required(parsed: Any, needs: Needs, common: Commonness | None = None) -> tuple[tuple[str, ...], ...]:
    """The literal sets beyond ``needs`` (:func:`required`'s) that every match also holds one of, most selective
    first, none implied by ``needs`` or by an earlier one. The index admits an alternative on ``needs`` alone;
    a long question holds some literal of most alternatives (~160 regex searches, ~1.4 ms, for a 40-word
    question), and checking these few sets with ``in`` first skips ~85 % of those searches (only necessary
    conditions, like ``needs``: a skipped regex cannot match)."""
    if needs is None or parsed.state.flags & re.IGNORECASE:
        return ()
    kept = [needs]

    def rank(s: frozenset[str]) -> tuple[Any, ...]:
        return (common(s) if common is not None else 0.0, -min(map(len, s)), len(s), sorted(s))

    selective_first = sorted({_minimal(s) for s in _conjuncts(parsed, common)}, key=rank)
    for clause in selective_first:
        if not any(_implies(k, clause) for k in kept):
            kept.append(clause)
    return tuple(tuple(sorted(clause, key=lambda w: (len(w), w))) for clause in kept[1:])


def compile_with_clauses(pattern: str, *, further: bool = True, common: Commonness | None = None) -> tuple[
        re.Pattern[str], tuple[str, ...] | None, tuple[tuple[str, ...], ...]]:
    """``pattern`` compiled, its prefilter literals (shortest first) and, when ``further``, the further literal
    sets it needs (:func:`also_required`; a class compiled whole, standalone, checks only the first). Parsed
    once for all: parsing is ~80 % of compiling these patterns, and a second parse would double the first
    answer's wait. ``common``: choose the literals least often found in ordinary questions (:class:`Commonness`)."""
    parsed = _parser.parse(pattern)
    needs = required(parsed, common)
    also = also_required(parsed, needs, common) if further else ()
    compiled = _compiler.compile(parsed)  # reads the tree, does not change it
    return compiled, (tuple(sorted(needs, key=len)) if needs else None), also


class LiteralIndex:
    """The literals of many classes in one Aho-Corasick automaton: one scan of a text tells which classes it
    may fire (~5 µs), where testing each class's literals one by one took ~200 µs per question.

    ``needs[i]`` is slot i's literals (None: it must always run), ``owners[i]`` its class, ``also[i]`` its
    further literal sets (prefilter.also_required). The texts of one question are asked about several times
    (safety, scope, intents and the backstop read the same flattened text), so the last few answers are kept.
    """

    MEMO = 8

    def __init__(self, needs: Sequence[tuple[str, ...] | None], owners: Sequence[int] | None = None,
                 also: Sequence[tuple[tuple[str, ...], ...]] | None = None) -> None:
        self._always = frozenset(i for i, n in enumerate(needs) if n is None)
        # ``owners[i]``: the class that slot i belongs to. Most classes have no candidate in a given text, so
        # "may this class fire at all" is one set lookup instead of a slot intersection per class (~120 a question)
        self._owner = tuple(owners) if owners is not None else tuple(range(len(needs)))
        # ``also[i]``: slot i's further literal sets (also_required), each of which must occur too
        self._also = tuple(also) if also is not None else ((),) * len(needs)
        owners_of: dict[str, set[int]] = {}
        for i, literals in enumerate(needs):
            for literal in literals or ():
                owners_of.setdefault(literal, set()).add(i)
        self._automaton = ahocorasick.Automaton()
        for literal, ids in owners_of.items():
            self._automaton.add_word(literal, frozenset(ids))
        if owners_of:
            self._automaton.make_automaton()
        self._memo: dict[str, tuple[frozenset[int], frozenset[int], dict[int, tuple[int, ...]]]] = {}

    def candidates(self, text: str) -> frozenset[int]:
        """The slots whose literals occur in ``text`` (and those that must always run)."""
        return self._scan(text)[0]

    def owners(self, text: str) -> frozenset[int]:
        """The classes (``owners``) with at least one candidate slot in ``text``."""
        return self._scan(text)[1]

    def slots(self, text: str, owner: int) -> tuple[int, ...]:
        """The candidate slots of class ``owner`` in ``text``, in order."""
        return self._scan(text)[2].get(owner, ())

    def _scan(self, text: str) -> tuple[frozenset[int], frozenset[int], dict[int, tuple[int, ...]]]:
        """The candidate slots of ``text`` and, by class, its candidate slots. A slot is a candidate when one
        literal of its needs occurs and one of each of its further sets: the automaton finds the first (one pass
        over the text for every slot); the few slots it admits check the rest with ``in``. Done once per text,
        and grouped by class, so that each of the classes asked about (safety, scope, intents and the backstop
        ask about the same text) reads its own slots instead of intersecting every candidate with its own."""
        found = self._memo.get(text)
        if found is None:
            hits = set(self._always)
            if len(self._automaton):
                for _end, ids in self._automaton.iter(text):
                    hits |= ids
            also = self._also
            admitted = []
            # plain loops, not all(any(...)): the generators' frames cost twice the ``in`` searches themselves
            for i in hits:
                for clause in also[i]:
                    for literal in clause:
                        if literal in text:
                            break
                    else:  # none of this set occurs: not a candidate
                        break
                else:
                    admitted.append(i)
            admitted.sort()
            by_owner: dict[int, list[int]] = {}
            for i in admitted:
                by_owner.setdefault(self._owner[i], []).append(i)
            found = (frozenset(admitted), frozenset(by_owner),
                     {owner: tuple(slots) for owner, slots in by_owner.items()})
            if len(self._memo) >= self.MEMO:  # bounded: questions must not grow memory
                self._memo.clear()
            self._memo[text] = found
        return found
