"""Safety rules applied before retrieval: red flags, diagnosis requests and health conditions.

The rules are data (``data/safety.yaml``), validated at load. They run on a flattened copy of the message
(lower case, no apostrophes, known misspellings mapped, unknown words fuzzily corrected towards the safety
vocabulary), never on the matcher's normalised terms: the matcher's typo corrector only knows the knowledge
base's words and would turn "dizy" into something else.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from bot.knowledge import alternation, parse_cache
from bot.knowledge.kb import MAX_ANSWER_CHARS, KnowledgeBaseError, _read_yaml
from bot.knowledge.prefilter import Commonness, LiteralIndex, code_key, compile_with_clauses

T = TypeVar("T")
SAFETY_FILE = "safety.yaml"
_MACRO = re.compile(r"%(\w+)%")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_NON_WORD_OR_MARK = re.compile(r"[^a-z0-9?.,!]+")
_MARK = re.compile(r"\s*([?.,!])[?.,!\s]*")  # a run of punctuation becomes one mark token: "tear??" -> "tear ?"
# "me chest", "me knee" (British, Irish, Australian speech): "my" before a body word, so "pain in me chest" reads
# as "pain in my chest" (not "call me back", "give me legs": "back" and plurals after a verb are left alone)
_ME_BODY = re.compile(
    r"\bme (?=(?:chest|heart|breastbone|sternum|ribs|ribcage|head|arm|left|right|leg|knee|knees|calf|calves|ankle|"
    r"ankles|foot|neck|jaw|throat|hip|hips|hamstring|hamstrings|hammy|hammies|quad|quads|thigh|thighs|shoulder|"
    r"shoulders|hand|hands|face|lips|eyes|vision|stomach|tummy|belly|heel|heels|shin|shins|toes|achilles|groin|"
    r"lungs|breathing|pulse|fingers|glutes|bum|arse|butt)\b)"
)
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
_ESCAPED_MARK = re.compile(r"\\[?.,!]")  # a pattern that reads marks
MIN_FUZZY_LEN = 5
# inflection endings of a known word (Safety._known_root), longest first; a stem shorter than MIN_STEM_LEN
# ("ring", "sing") says too little to be sure of
_SUFFIXES = ("ings", "ing", "ers", "ies", "ied", "ed", "er", "es", "s")
MIN_STEM_LEN = 4


def _unaccented(text: str) -> str:
    """Accents folded ("diabético" -> "diabetico"): the patterns are ASCII, and an accented letter would otherwise
    split the word ("diab tico") where no pattern reads it (round 54: a diabetic's hypo told in Spanish)."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))



class Kind(StrEnum):
    RED_FLAG = "red_flag"
    DIAGNOSIS = "diagnosis"
    CONDITION = "condition"


class PatternClass:
    """Fires when one of its patterns matches and none of its ``unless`` patterns does.

    Standalone (:meth:`compile`), the patterns of a class are one alternation: a single scan of the message
    instead of one per pattern. Indexed (:func:`index_classes`, what the bot runs), each alternative is its own
    regex with its own literals in the shared index, so a question only runs the few alternatives whose words it
    holds (a long question ran every alternative of ~40 classes: ~1 ms; now ~0.2 ms).

    They are compiled on first use, not at load: all the classes together take ~1.5 s to compile (parsing
    ~2,000 alternatives is most of it), which the first answer pays instead of every start-up and every test that
    loads the knowledge base (the cold load has a 200 ms budget). Once they have all compiled, their literals are
    kept in the cache (:func:`index_classes`), and later start-ups compile an alternative only when a text first
    holds one of its literals. Macros are expanded, and so checked, at load; a bad regex is reported, naming the
    class, by :meth:`compile` (the tests run it for every class: :func:`compile_safety`) or by Coach.warm / the
    first answer (:func:`index_classes`: patterns not yet in the cache are all compiled there).
    """

    __slots__ = ("_alternatives", "_any_of", "_first", "_index", "_needs", "_parts", "_unless", "name", "number",
                 "patterns", "reads_marks", "source", "unless_patterns", "where")

    def __init__(self, name: str, patterns: tuple[str, ...], unless_patterns: tuple[str, ...] = (), *,
                 where: str = "", source: str = SAFETY_FILE) -> None:
        self.name, self.patterns, self.unless_patterns = name, patterns, unless_patterns  # macro-expanded
        self.where, self.source = where or name, source
        self._any_of: re.Pattern[str] | None = None
        self._unless: re.Pattern[str] | None = None
        self._needs: tuple[str, ...] | None = None  # a text with none of these literals cannot match (prefilter)
        self._index: LiteralIndex | None = None  # shared with the other classes: index_classes()
        self._alternatives: tuple[str, ...] = ()  # the joined patterns' alternatives, once indexed
        self._parts: list[re.Pattern[str] | None] | None = None  # each alternative's regex (indexed; None: not yet)
        self._first = -1  # the index slot of the first part
        self.number = -1  # its number among the index's classes (LiteralIndex.owners)
        # its patterns read sentence marks (an escaped ? . , or !): it runs on Safety.flatten_marked's text
        self.reads_marks = any(_ESCAPED_MARK.search(p) for p in patterns)

    @property
    def ready(self) -> bool:
        """Compiled whole, or indexed (its alternatives compile on their first candidate text)."""
        return self._any_of is not None or self._parts is not None


    def compile(self) -> re.Pattern[str]:
        if self._any_of is None:  # a race only compiles twice: the result is the same
            self._compile_unless()
            self._any_of, self._needs = compile_patterns(self.patterns, f"{self.where}.patterns", self.source)
        return self._any_of

    def _compile_unless(self) -> None:
        if self.unless_patterns and self._unless is None:
            self._unless = compile_patterns(self.unless_patterns, f"{self.where}.unless", self.source,
                                            literals=False)[0]

    def alternatives(self) -> tuple[str, ...]:
        """The alternatives of its patterns joined (alternation.join): each is a regex of the index."""
        return tuple(alternation.alternatives(alternation.join(self.patterns)))

    def parts(self, alternatives: tuple[str, ...], common: Commonness | None = None) -> list[
            tuple[re.Pattern[str], tuple[str, ...] | None, tuple[tuple[str, ...], ...]]]:
        """Each of its ``alternatives`` compiled on its own, with its literals (for the index) and the further
        literal sets it needs (prefilter.compile_with_clauses; the least common ones, by ``common``)."""
        self._compile_unless()
        try:
            return [compile_with_clauses(a, common=common) for a in alternatives]
        except re.error:  # a broken file: compile_patterns names the pattern at fault
            compile_patterns(self.patterns, f"{self.where}.patterns", self.source)
            raise

    def use_index(self, index: LiteralIndex, number: int, first: int, alternatives: tuple[str, ...],
                  parts: list[re.Pattern[str] | None]) -> None:
        """Read the shared ``index`` from now on, as its class ``number``: ``alternatives`` hold its slots
        ``first``, ``first + 1``, ...; ``parts`` their regexes where already compiled."""
        self._alternatives, self._parts = alternatives, parts
        self.number, self._first, self._index = number, first, index

    def fires(self, text: str) -> bool:
        if self._index is not None and self.number not in self._index.owners(text):
            return False
        return self.fires_candidate(text)

    def fires_candidate(self, text: str) -> bool:
        """:meth:`fires` for a class the index's owners already let through (:func:`first_firing`)."""
        if self._index is not None and self._parts is not None:
            # only the alternatives whose every literal set occurs (LiteralIndex.slots): a long question holds one
            # literal of most alternatives, ~160 of them, but all of the sets of ~25 (prefilter.also_required)
            parts, first = self._parts, self._first
            hit = any((parts[slot - first] or self._part(slot - first)).search(text)
                      for slot in self._index.slots(text, self.number))
            if hit:
                self._compile_unless()
        else:
            any_of = self._any_of or self.compile()
            hit = (self._needs is None or any(n in text for n in self._needs)) and any_of.search(text) is not None
        return hit and (self._unless is None or self._unless.search(text) is None)

    @property
    def compiled_alternatives(self) -> int:
        """How many of its indexed alternatives are compiled (all, unless indexed from the cache)."""
        return sum(regex is not None for regex in self._parts or ())

    def _part(self, i: int) -> re.Pattern[str]:
        """Alternative ``i`` compiled now: indexed from the cache, its first candidate text compiles it (a race
        only compiles it twice)."""
        assert self._parts is not None
        regex = self._parts[i] = re.compile(self._alternatives[i])
        return regex

    def may_fire(self, owners: frozenset[int] | None) -> bool:
        """False when the shared index's ``owners`` of a text (LiteralIndex.owners) rule this class out."""
        return owners is None or self._index is None or self.number in owners

    def owners(self, text: str) -> frozenset[int] | None:
        """The shared index's classes with a candidate in ``text``; None before index_classes."""
        return None if self._index is None else self._index.owners(text)

    def __repr__(self) -> str:
        return f"PatternClass({self.name!r}, ready={self.ready})"


def itself(c: PatternClass) -> PatternClass:
    return c


# the class of a Condition, ScopeClass or Intent: first_firing's ``match``
by_match: Callable[[Any], PatternClass] = operator.attrgetter("match")


def firing(items: Iterable[T], text: str, match: Callable[[T], PatternClass]) -> Iterator[T]:
    """Each of ``items`` whose class (``match(item)``: :func:`itself` or :data:`by_match`) fires on ``text``, in
    order and lazily. The index's owners are read once: a question has a candidate in a handful of the ~120
    classes, and a set lookup skips the rest without a call each."""
    owners: frozenset[int] | None = None
    index: LiteralIndex | None = None
    for item in items:
        c = match(item)
        if owners is None or c._index is not index:  # a class that reads marks has an index of its own
            index, owners = c._index, c.owners(text)
        if c.may_fire(owners) and c.fires_candidate(text):
            yield item


def first_firing(items: Iterable[T], text: str, match: Callable[[T], PatternClass]) -> T | None:
    """The first of ``items`` whose class fires on ``text`` (:func:`firing`)."""
    return next(firing(items, text, match), None)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the safety layer decided: ``rule`` names the class or condition that fired (for logs and tests)."""

    kind: Kind
    rule: str
    title: str | None = None
    answer: str | None = None  # None: answer with ``entry`` (conditions) or the diagnosis decline
    entry: str | None = None
    related: tuple[str, ...] = ()
    # a condition the member says is treated ("on meds for it"): still a question about the drill, so the
    # condition's answer outranks the medication decline (bot/knowledge/coach.py)
    on_treatment: bool = False
    # the condition told as long resolved ("op was years ago, long since cleared") beside an ordinary question:
    # the coach may answer with the question's own card instead (Condition.resolved, bot/knowledge/coach.py)
    resolved: bool = False


@dataclass(frozen=True, slots=True)
class Condition:
    id: str
    match: PatternClass
    entry: str | None
    title: str | None
    answer: str | None
    related: tuple[str, ...]
    # the history told as over and done with, and nothing about it still open (safety.yaml ``resolved``)
    resolved: PatternClass | None = None


@dataclass(frozen=True, slots=True)
class InjurySign:
    """The backstop after retrieval (safety.yaml ``injury_sign``): pain or an injury sign described, and no
    rule above took the message: a cautious "stop and get it checked" instead of a technique card."""

    match: PatternClass
    title: str
    answer: str
    related: tuple[str, ...]
    # soreness that is not the next-day kind (one side only for many days, a week or more, getting worse): an
    # injury sign too, and it outranks the cards in ``over`` that call soreness normal (soreness_after)
    lasting: PatternClass | None = None
    over: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SignReading:
    """safety.yaml ``sign_reading``: one reading, for every red-flag class, of a sign told only to deny it ("no
    numbness", "didnt black out") or told as passing quickly ("woozy for a few seconds, gone once I held the rail").
    :meth:`blank` returns the text with those signs blanked; a red flag stands unless every class that fired on
    the message is one of ``classes``, none fires on the blanked text and no ``residual`` sign word is left in it
    (:meth:`Safety._signs_passed`)."""

    denied: re.Pattern[str]
    passable: re.Pattern[str]
    passed: re.Pattern[str]
    keeps: re.Pattern[str]
    residual: re.Pattern[str]
    classes: frozenset[str] = frozenset()
    # (when, blank) pairs: a sign told with its harmless cause or owner (a plumping gloss that tingles, a
    # ponytail too tight, a contact lens blinked back, the funny bone, a child asleep in a buggy, a cat called
    # Dizzy): when ``when`` finds the cause in the message, ``blank``'s matches (the sign and its cause) are blanked
    explained: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()

    def blank(self, text: str) -> str:
        """``text`` with its denied signs, and its passable signs when it tells them passed, blanked (unchanged
        when something in it is still there, lasting, recurring or severe: ``keeps``)."""
        # the keeps read the text with its explained signs blanked: "the wife thinks I'm about to keel over" is the
        # joke's "about to", not the teller's
        if self.keeps.search(self.explain(text, text)):
            return text
        blanked = self.explain(self.denied.sub(" _ ", text), text)
        if self.passed.search(text):
            blanked = self.passable.sub(" _ ", blanked)
        return " ".join(blanked.split())

    def explain(self, blanked: str, text: str) -> str:
        """``blanked`` (``text`` or a blanking of it) with the signs ``text`` tells with their harmless cause or
        owner (``explained``) blanked too."""
        for when, blank in self.explained:
            if when.search(text):
                blanked = blank.sub(" _ ", blanked)
        return blanked


@dataclass(frozen=True, slots=True)
class SafetyRules:
    variants: dict[str, str]  # misspelling -> canonical word
    vocabulary: tuple[str, ...]  # fuzzy-correction targets
    red_flag_title: str
    red_flag_answer: str
    red_flags: tuple[PatternClass, ...]
    # a class with its own (title, answer): someone else collapsed needs "call emergency services now", not
    # "sit down"; dark urine needs the reason it is urgent. Every other class gets the shared answer.
    red_flag_answers: dict[str, tuple[str, str]]
    diagnosis: tuple[PatternClass, ...]
    treatment: PatternClass
    conditions: tuple[Condition, ...]
    injury_sign: InjurySign | None = None
    signs: SignReading | None = None


class Safety:
    """Checks one message against the rules. ``known`` words (KB vocabulary, ordinary English) are never
    fuzzily corrected, so "heat" or "fizzy" stay what they are."""

    def __init__(self, rules: SafetyRules, known: Iterable[str] = ()) -> None:
        self.rules = rules
        self._known = frozenset(known) | frozenset(rules.vocabulary) | frozenset(rules.variants.values())
        self._corrections: dict[str, str] = {}
        # the last message flattened with its marks: the diagnosis classes that read marks and Coach._passing
        # read the same one (~50 µs for a long message), and a tuple is replaced whole, so threads only miss
        self._last_marked: tuple[str, str] = ("", "")

    def flatten(self, cleaned: str) -> str:
        """The text the patterns read; ``cleaned`` is the output of normalize.clean()."""
        text = _NON_WORD.sub(" ", _unaccented(cleaned.lower()).replace("'", ""))
        return _ME_BODY.sub("my ", " ".join(self._word(w) for w in text.split()))

    def flatten_marked(self, cleaned: str) -> str:
        """The flattened text with its sentence marks kept as tokens ("clicking in my hip , labrum tear ?"), for
        the few classes whose patterns read them (a class does when one of its patterns has a mark: see
        PatternClass.reads_marks). The other classes never see marks: their word gaps must not change."""
        last, marked = self._last_marked
        if last == cleaned and last:
            return marked
        # "puffy - sprain?": a dash between clauses
        text = _DASH.sub(", ", _unaccented(cleaned.lower()).replace("'", ""))
        text = _NON_WORD_OR_MARK.sub(" ", text)
        text = _MARK.sub(lambda m: f" {m.group(1)} ", text)
        marked = _ME_BODY.sub("my ", " ".join(self._word(w) for w in text.split()))
        self._last_marked = (cleaned, marked)
        return marked

    def _word(self, word: str) -> str:
        mapped = self.rules.variants.get(word)
        if mapped is not None:
            return mapped
        if word in self._known or len(word) < MIN_FUZZY_LEN or not word.isalpha():
            return word
        cached = self._corrections.get(word)
        if cached is None:
            cutoff, max_diff = (78, 2) if len(word) >= 8 else (80, 1)
            hits = process.extract(word, self.rules.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
            root = self._known_root(word)
            cached = next((c for c, _, _ in hits if abs(len(c) - len(word)) <= max_diff
                           and (root is None or c.startswith(root))), word)
            if len(self._corrections) < 10_000:  # bounded: user input must not grow memory forever
                self._corrections[word] = cached
        return cached

    def _known_root(self, word: str) -> str | None:
        """The root of a known word that ``word`` inflects ("rinsing": "rins", from "rinse"), else None. The word
        lists hold few inflections, so "rinsing" was unknown and corrected to "bruising", "pouncing" to
        "pounding"; a word that inflects a known one is only corrected to a word with the same root ("blured":
        "blurred", not another sign)."""
        for suffix in _SUFFIXES:
            stem = word[: -len(suffix)]
            if not word.endswith(suffix) or len(stem) < MIN_STEM_LEN:
                continue
            if stem + ("y" if suffix in ("ies", "ied") else "e") in self._known:  # "worried": "worry"
                return stem
            if stem in self._known:
                return stem
            if stem[-1] == stem[-2] and stem[:-1] in self._known:  # "running": "run"
                return stem[:-1]
        return None

    def injury_sign(self, flat: str, card: str | None = None) -> InjurySign | None:
        """The backstop's rule when ``flat`` (a flattened text) describes pain or an injury sign. ``card``: the
        entry retrieval chose when it was written for pain (``safety: true``): only a lasting sign outranks it,
        and only a card the sign lists in ``over``."""
        sign = self.rules.injury_sign
        if sign is None or not self._sign_fires(sign, flat, card):
            return None
        # a message telling a sign with its harmless cause (a plumping gloss, the funny bone: SignReading.explained)
        # is read with its explained, denied and passed signs blanked. Read only once the sign fires on the whole
        # text: blanking only takes signs away, and the ~25 `when` searches cost more than the rest of the backstop
        signs = self.rules.signs
        if signs is not None and any(when.search(flat) for when, _ in signs.explained):
            blanked = signs.blank(flat)  # unchanged when anything in it is kept (SignReading.keeps)
            if blanked != flat and not self._sign_fires(sign, blanked, card):
                return None
        return sign

    @staticmethod
    def _sign_fires(sign: InjurySign, flat: str, card: str | None) -> bool:
        lasting = sign.lasting is not None and sign.lasting.fires(flat)
        return lasting and card in sign.over if card is not None else lasting or sign.match.fires(flat)

    def resolved(self, flat: str, entry: str | None) -> Verdict | None:
        """The verdict of the condition whose card is ``entry`` when ``flat`` tells its history as resolved (the
        condition's ``resolved`` class), for a card retrieval chose on the history's words alone."""
        for cond in self.rules.conditions:
            if entry is not None and cond.entry == entry and cond.resolved is not None and cond.resolved.fires(flat):
                return Verdict(Kind.CONDITION, cond.id, cond.title, cond.answer, cond.entry, cond.related,
                               resolved=True)
        return None

    def _signs_passed(self, text: str, flags: Iterable[PatternClass]) -> bool:
        """True when every red-flag class that fires on ``text`` (``flags``: :func:`firing`'s, the first already
        taken and put back by the caller) fires on none of it once its denied and passed signs are blanked
        (SignReading.blank): each sign was named only to deny it or told as gone. ``flags`` is only read on
        here, so the classes after the first are scanned once, and only when blanking changed something."""
        signs = self.rules.signs
        if signs is None:
            return False
        blanked = signs.blank(text)
        if blanked == text or signs.residual.search(blanked):
            return False
        return all(c.name in signs.classes and not c.fires(blanked) for c in flags)

    def check(self, cleaned: str, *, flat: str | None = None) -> Verdict | None:
        """Red flags first (the worst harm), then diagnosis requests, then conditions; None: not a safety case.
        ``flat``: the already flattened text, when the caller has it."""
        text = self.flatten(cleaned) if flat is None else flat
        if not text:
            return None
        r = self.rules
        flags = firing(r.red_flags, text, itself)
        flag = next(flags, None)
        if flag is not None and not self._signs_passed(text, itertools.chain((flag,), flags)):
            title, answer = r.red_flag_answers.get(flag.name, (r.red_flag_title, r.red_flag_answer))
            return Verdict(Kind.RED_FLAG, flag.name, title, answer)
        marked: str | None = None
        for c in r.diagnosis:
            if c.reads_marks:
                marked = self.flatten_marked(cleaned) if marked is None else marked
                hit = c.fires(marked)
            else:
                hit = c.fires(text)
            if hit:
                return Verdict(Kind.DIAGNOSIS, c.name)
        cond = first_firing(r.conditions, text, by_match)
        if cond is not None:
            return Verdict(Kind.CONDITION, cond.id, cond.title, cond.answer, cond.entry, cond.related,
                           r.treatment.fires(text), cond.resolved is not None and cond.resolved.fires(text))
        return None


# --- loading and validation ------------------------------------------------------------------------------


def text_field(value: Any, where: str, source: str = SAFETY_FILE) -> str:
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeBaseError(f"{source}: {where} must be non-empty text")
    return " ".join(value.split())


def answer_field(value: Any, where: str, source: str = SAFETY_FILE) -> str:
    text = text_field(value, where, source)
    if len(text) > MAX_ANSWER_CHARS:
        raise KnowledgeBaseError(f"{source}: {where} is {len(text)} chars (max {MAX_ANSWER_CHARS})")
    return text


def string_list(value: Any, where: str, *, required: bool = True, source: str = SAFETY_FILE) -> tuple[str, ...]:
    if value is None and not required:
        return ()
    if not isinstance(value, list) or (required and not value) or not all(isinstance(v, str) and v for v in value):
        raise KnowledgeBaseError(f"{source}: {where} must be a non-empty list of text")
    return tuple(value)


def expand(raw: str, macros: dict[str, str], where: str, source: str) -> str:
    """``raw`` with its %macro% names replaced; an unknown one is named in the error."""
    def macro(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise KnowledgeBaseError(f"{source}: {where}: unknown macro %{m.group(1)}%")
        return macros[m.group(1)]

    return _MACRO.sub(macro, raw)


def compile_patterns(
    expanded: tuple[str, ...], where: str, source: str = SAFETY_FILE, *, literals: bool = True
) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
    """Compile (macro-expanded) patterns as one alternation, with its prefilter literals (prefilter.py) unless
    ``literals`` is false; a bad pattern is named in the error."""
    try:
        joined = alternation.join(expanded)
        if not literals:
            return re.compile(joined), None
        compiled, needs, _ = compile_with_clauses(joined, further=False)
        return compiled, needs
    except re.error:
        for pattern in expanded:  # only on a broken file: find the culprit
            try:
                re.compile(pattern)
            except re.error as exc:
                raise KnowledgeBaseError(f"{source}: {where}: bad pattern {pattern!r}: {exc}") from exc
        raise KnowledgeBaseError(f"{source}: {where}: the patterns do not combine") from None


def pattern_class(name: str, raw: Any, macros: dict[str, str], where: str, source: str = SAFETY_FILE) -> PatternClass:
    if not isinstance(raw, dict) or set(raw) - {"patterns", "unless"}:
        raise KnowledgeBaseError(f"{source}: {where} must be a mapping with 'patterns' (and 'unless')")
    patterns = tuple(expand(r, macros, f"{where}.patterns", source)
                     for r in string_list(raw.get("patterns"), where, source=source))
    unless = tuple(expand(r, macros, f"{where}.unless", source)
                   for r in string_list(raw.get("unless"), where, required=False, source=source))
    return PatternClass(name, patterns, unless, where=where, source=source)


def _classes(raw: Any, macros: dict[str, str], where: str) -> tuple[PatternClass, ...]:
    if not isinstance(raw, dict) or not isinstance(raw.get("classes"), dict) or not raw["classes"]:
        raise KnowledgeBaseError(f"{SAFETY_FILE}: '{where}' needs a non-empty 'classes' mapping")
    own_answer = {"title", "answer"} if where == "red_flag" else set()
    return tuple(
        pattern_class(str(k), {f: x for f, x in v.items() if f not in own_answer} if isinstance(v, dict) else v,
                      macros, f"{where}.{k}")
        for k, v in raw["classes"].items()
    )


def _red_flag_answers(red: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """The (title, answer) of the red-flag classes that have their own; both or neither."""
    answers: dict[str, tuple[str, str]] = {}
    for name, raw in (red.get("classes") or {}).items():
        if not isinstance(raw, dict) or ("title" not in raw and "answer" not in raw):
            continue
        where = f"red_flag.{name}"
        answers[str(name)] = (text_field(raw.get("title"), f"{where}.title"),
                              answer_field(raw.get("answer"), f"{where}.answer"))
    return answers


def _condition(raw: Any, index: int, macros: dict[str, str], entry_ids: set[str]) -> Condition:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: condition #{index} needs an 'id'")
    where = f"condition '{raw['id']}'"
    unknown = set(raw) - {"id", "entry", "title", "answer", "related", "patterns", "unless", "resolved"}
    if unknown:
        raise KnowledgeBaseError(f"{SAFETY_FILE}: {where}: unknown field(s) {sorted(unknown)}")
    entry = raw.get("entry")
    if (entry is None) == (raw.get("answer") is None):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: {where} needs exactly one of 'entry' or 'answer'")
    related = string_list(raw.get("related"), f"{where}: related", required=False)
    _known_entries((entry, *related), entry_ids, where)
    match = pattern_class(raw["id"], {k: raw.get(k) for k in ("patterns", "unless") if k in raw}, macros, where)
    resolved = (None if raw.get("resolved") is None
                else pattern_class(f"{raw['id']}_resolved", raw["resolved"], macros, f"{where}.resolved"))
    if entry is not None:
        return Condition(raw["id"], match, entry, None, None, related, resolved)
    return Condition(raw["id"], match, None, text_field(raw.get("title"), f"{where}: title"),
                     answer_field(raw.get("answer"), f"{where}: answer"), related, resolved)


def _known_entries(targets: Iterable[str | None], entry_ids: set[str], where: str) -> None:
    """Every entry id a rule points to (its card, related cards, cards it outranks) exists."""
    for target in targets:
        if target is not None and target not in entry_ids:
            raise KnowledgeBaseError(f"{SAFETY_FILE}: {where} refers to unknown entry '{target}'")


def _injury_sign(raw: Any, macros: dict[str, str], entry_ids: set[str]) -> InjurySign | None:
    if raw is None:
        return None
    where = "injury_sign"
    if not isinstance(raw, dict) or set(raw) - {"title", "answer", "related", "patterns", "unless", "lasting"}:
        raise KnowledgeBaseError(f"{SAFETY_FILE}: {where} must map title, answer, related, patterns, unless, lasting")
    related = string_list(raw.get("related"), f"{where}: related", required=False)
    _known_entries(related, entry_ids, where)
    match = pattern_class(where, {k: raw[k] for k in ("patterns", "unless") if k in raw}, macros, where)
    lasting: PatternClass | None = None
    over: tuple[str, ...] = ()
    raw_lasting = raw.get("lasting")
    if raw_lasting is not None:
        sub = f"{where}.lasting"
        if not isinstance(raw_lasting, dict) or set(raw_lasting) - {"over", "patterns", "unless"}:
            raise KnowledgeBaseError(f"{SAFETY_FILE}: {sub} must map over, patterns, unless")
        over = string_list(raw_lasting.get("over"), f"{sub}: over", required=False)
        _known_entries(over, entry_ids, sub)
        lasting = pattern_class("injury_sign_lasting",
                                {k: raw_lasting[k] for k in ("patterns", "unless") if k in raw_lasting}, macros, sub)
    return InjurySign(match, text_field(raw.get("title"), f"{where}.title"),
                      answer_field(raw.get("answer"), f"{where}.answer"), related, lasting, frozenset(over))


def _sign_reading(raw: Any, macros: dict[str, str]) -> SignReading | None:
    if raw is None:
        return None
    fields = ("denied", "passable", "passed", "keeps", "residual")
    where = "sign_reading"
    if not isinstance(raw, dict) or not {*fields, "classes"} <= set(raw) <= {*fields, "classes", "explained"}:
        raise KnowledgeBaseError(f"{SAFETY_FILE}: {where} must map {', '.join(fields)}, classes (and explained)")

    def one(value: Any, at: str) -> re.Pattern[str]:
        value = [value] if isinstance(value, str) else value
        return compile_patterns(tuple(expand(r, macros, at, SAFETY_FILE) for r in string_list(value, at)), at,
                                literals=False)[0]

    compiled = [one(raw[f], f"{where}.{f}") for f in fields]
    denied, passable, passed, keeps, residual = compiled
    explained_raw = raw.get("explained", [])
    if not isinstance(explained_raw, list):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: {where}.explained must be a list")
    explained = []
    for i, item in enumerate(explained_raw):
        at = f"{where}.explained[{i}]"
        if not isinstance(item, dict) or set(item) != {"when", "blank"}:
            raise KnowledgeBaseError(f"{SAFETY_FILE}: {at} must map when, blank")
        explained.append((one(item["when"], f"{at}.when"), one(item["blank"], f"{at}.blank")))
    return SignReading(denied, passable, passed, keeps, residual,
                       frozenset(string_list(raw["classes"], f"{where}.classes")), tuple(explained))


def _resolved_macros(raw: dict[str, str]) -> dict[str, str]:
    """The macros with the macros they use written out (``kept_lasting`` reads ``%long_minutes%``), in any order
    of definition; a macro that uses itself, directly or not, is an error naming it."""
    resolved: dict[str, str] = {}

    def resolve(name: str, using: tuple[str, ...]) -> str:
        if name in resolved:
            return resolved[name]
        if name in using:
            raise KnowledgeBaseError(f"{SAFETY_FILE}: macros.{name} uses itself ({' -> '.join((*using, name))})")
        if name not in raw:
            raise KnowledgeBaseError(f"{SAFETY_FILE}: macros.{using[-1]}: unknown macro %{name}%")
        resolved[name] = _MACRO.sub(lambda m: resolve(m.group(1), (*using, name)), raw[name])
        return resolved[name]

    for name in raw:
        resolve(name, ())
    return resolved


def parse_rules(raw: Any, entry_ids: set[str]) -> SafetyRules:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: top level must be a mapping")
    macros_raw = raw.get("macros") or {}
    if not isinstance(macros_raw, dict) or not all(isinstance(v, str) for v in macros_raw.values()):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: 'macros' must map names to patterns")
    macros = _resolved_macros({str(k): v for k, v in macros_raw.items()})
    variants_raw = raw.get("variants") or {}
    if not isinstance(variants_raw, dict):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: 'variants' must be a mapping")
    variants: dict[str, str] = {}
    for canon, spellings in variants_raw.items():
        for s in string_list(spellings, f"variants.{canon}"):
            if " " in s or not s.isalnum():
                raise KnowledgeBaseError(f"{SAFETY_FILE}: variants.{canon}: {s!r} must be one word of letters/digits")
            variants[s] = str(canon)
    red = raw.get("red_flag")
    if not isinstance(red, dict):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: 'red_flag' must be a mapping")
    conditions_raw = raw.get("conditions")
    if not isinstance(conditions_raw, list):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: 'conditions' must be a list")
    conditions = tuple(_condition(c, i, macros, entry_ids) for i, c in enumerate(conditions_raw))
    ids = [c.id for c in conditions]
    if len(ids) != len(set(ids)):
        raise KnowledgeBaseError(f"{SAFETY_FILE}: duplicate condition id")
    return SafetyRules(
        variants=variants,
        vocabulary=tuple(w.lower() for w in string_list(raw.get("vocabulary"), "vocabulary")),
        red_flag_title=text_field(red.get("title"), "red_flag.title"),
        red_flag_answer=answer_field(red.get("answer"), "red_flag.answer"),
        red_flags=_classes(red, macros, "red_flag"),
        red_flag_answers=_red_flag_answers(red),
        diagnosis=_classes(raw.get("diagnosis"), macros, "diagnosis"),
        treatment=pattern_class("treatment", raw.get("treatment"), macros, "treatment"),
        conditions=conditions,
        injury_sign=_injury_sign(raw.get("injury_sign"), macros, entry_ids),
        signs=_sign_reading(raw.get("sign_reading"), macros),
    )


def load_rules(path: Path, entry_ids: set[str]) -> SafetyRules:
    return parse_rules(_read_yaml(path), entry_ids)


def safety_classes(rules: SafetyRules) -> tuple[PatternClass, ...]:
    sign = rules.injury_sign
    backstop = () if sign is None else (sign.match,) if sign.lasting is None else (sign.match, sign.lasting)
    resolved = tuple(c.resolved for c in rules.conditions if c.resolved is not None)
    return (*rules.red_flags, *rules.diagnosis, rules.treatment, *(c.match for c in rules.conditions), *resolved,
            *backstop)


def compile_safety(rules: SafetyRules) -> None:
    """Compile every class now, so a bad pattern raises KnowledgeBaseError naming the class (the tests; the
    bot compiles through index_classes, from Coach.warm or the first answer)."""
    for c in safety_classes(rules):
        c.compile()


def index_classes(classes: Iterable[PatternClass], common: Commonness | None = None) -> None:
    """Let ``classes`` share one literal index (prefilter.LiteralIndex), alternative by alternative: a class
    then runs only the alternatives whose literals the text holds. The classes that read sentence marks share
    another (they read another text).

    Splitting the patterns into alternatives and parsing each for its literals takes ~1.5 s. Both depend only
    on the patterns' text, so once every alternative (and every ``unless``) has compiled, they are kept in the
    cache (parse_cache.derived): a later start-up with the same patterns builds the index in milliseconds and
    compiles an alternative on its first candidate text. Patterns not in the cache (edited, new, broken) are
    all compiled here, so a bad one is still reported at start-up, naming its class. ``common``: how often a
    literal occurs in ordinary questions (prefilter.Commonness), so the index looks for the rarest."""
    listed = list(classes)
    compiled: list[list[re.Pattern[str] | None]] = []

    def compile_all() -> list[list[Any]]:
        found = []
        for c in listed:
            alternatives = c.alternatives()
            parts = c.parts(alternatives, common)
            compiled.append([regex for regex, _, _ in parts])
            found.append([list(alternatives), [list(needs) if needs else None for _, needs, _ in parts],
                          [[list(clause) for clause in also] for _, _, also in parts]])
        return found

    def words(n: Any) -> bool:
        return isinstance(n, list) and bool(n) and all(isinstance(w, str) for w in n)

    # per class: [alternatives, literals of each (None: none required), further literal sets of each]; an entry
    # written before the further sets were kept (two lists per class) reads as invalid and is computed again
    def valid(data: Any) -> bool:
        return (isinstance(data, list) and len(data) == len(listed)
                and all(isinstance(d, list) and len(d) == 3 and all(isinstance(x, list) for x in d)
                        and len(d[0]) == len(d[1]) == len(d[2]) and all(isinstance(a, str) for a in d[0])
                        and all(n is None or words(n) for n in d[1])
                        and all(isinstance(sets, list) and all(words(n) for n in sets) for sets in d[2])
                        for d in data))

    # the key: every pattern and every unless, in order (NUL and its neighbours never occur in a pattern)
    content = "\0".join("\1".join((c.where, "\2".join(c.patterns), "\2".join(c.unless_patterns))) for c in listed)
    content += "\0" + code_key() + "\0" + (common.key if common is not None else "")
    data = parse_cache.derived("rule-literals", content, compile_all, valid)
    # the classes that read sentence marks run on another text (Safety.flatten_marked), so they get an index of
    # their own: scanning that text with every class's literals (~0.15 ms for a long message, its memory cold
    # after other questions) was for one or two classes
    for marks in (False, True):
        members = [i for i, c in enumerate(listed) if c.reads_marks is marks]
        if not members:
            continue
        shared = LiteralIndex([tuple(n) if n else None for i in members for n in data[i][1]],
                              [number for number, i in enumerate(members) for _ in data[i][0]],
                              [tuple(tuple(clause) for clause in sets) for i in members for sets in data[i][2]])
        first = 0
        for number, i in enumerate(members):
            alternatives = data[i][0]
            parts: list[re.Pattern[str] | None] = compiled[i] if compiled else [None] * len(alternatives)
            listed[i].use_index(shared, number, first, tuple(alternatives), parts)
            first += len(alternatives)
