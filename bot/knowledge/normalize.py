"""Turning a raw chat message into matchable terms.

Pipeline: strip Discord/markdown noise -> lower case, chat shorthand written out -> words -> typo correction
against the KB vocabulary (rapidfuzz) -> slang/multi-word phrases to canonical tokens -> single-word synonyms ->
light stemming.
Scope signals (drill mentioned, off-topic terms, greetings) are read along the way.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rapidfuzz
from rapidfuzz import fuzz, process

from bot.knowledge import choices, kb, parse_cache, phrases
from bot.knowledge.kb import Lexicon
from bot.knowledge.phrases import ChoicePhraseFinder, PhraseFinder

RAW_CAP = 2000  # cut before any regex work so a 4,000-char paste costs nothing extra
CLEAN_CAP = 600  # long rambles keep their first few sentences, which carry the question
MAX_TOKENS = 80

_CODE_BLOCK = re.compile(r"```.*?(```|$)", re.S)
# custom emoji, mentions, links, and emoji typed as shortcodes (":skull:", ":sob:"; not "1:30:00")
_DISCORD_TOKENS = re.compile(
    r"<a?:\w+:\d+>|<(@[!&]?|#)\d+>|@(everyone|here)\b|https?://\S+|(?<!\w):(?=[\w+-]*[a-z])[\w+-]{2,32}:(?!\w)"
)
_MARKDOWN = re.compile(r"[*_~`|>#\[\]()]+")
_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


# "i'm 55", "aged 70", "62 years old", "my mum is 75": an age of 50+ is asked about as an older adult; so is a couple's
# or a group's ("my wife and i are both 75", "we're 70 and 72")
_AGE = re.compile(
    r"\b(?:(?:i'm|im|i am|aged?|at|over|past|both|we are|we're|we re|they are|they're|they re"
    r"|(?:she|he|mum|mom|dad|mother|father|nan|gran|wife|husband|partner|client)"
    r"(?:'s| is|s| s))\s+(\d{2,3})|(\d{2,3})\s*(?:years? old|yrs? old|yo|y/o)?)\b"
    r"(?!\s*(?:s|secs?|seconds?|mins?|minutes?|m|reps?|sets?|times|x|%|percent|kg|lbs?|km|miles?|meters?|metres?|ml|bpm|watts?|w|cals?|kcals?)\b)"
)
# "most of us are 60+", "a 55+ class": "N+" is "over N" (then an age or a count, as _AGE reads it)
_PLUS = re.compile(r"\b(\d{2,3}) ?\+(?![\w+])")
OLDER_AGE = 50
MAX_AGE = 110
# youth age groups ("my u12s", "an u-9 team"): children, however the team is written
_AGE_GROUP = re.compile(r"\bu-?(\d{1,2})s?\b")
YOUTH_AGE = 18
# "my 10 year old", "an 8-year-old", "a 13 yo", "our twelve year olds": a child's age is the child, not "year old"
# (which would read as an older adult's words)
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
_CHILD_AGE = re.compile(
    r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")(?: ?(?:years?|yrs?|yr) ?olds?| ?yos?| y o)\b"
)

# a young member's own age ("im 14, are butt kicks ok"), never a count of something ("im 14 weeks pregnant",
# "im 12 stone", "im 10 days post op")
_SELF_AGE = re.compile(
    r"\b(?:im|i am|i m) (\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\b(?! ?(?:weeks?|wks?|days?|months?|mos?|stone|st"
    r"|kg|kgs|kilos?|lbs?|pounds|foot|feet|ft|inch\w*|cm|minutes?|mins?|k|km|kms|miles?|mi|percent|hours?|hrs?"
    r"|sets?|reps?|seconds?|secs?|s|x|times|rounds?|laps?|steps?|in|into|on|of|out|for|through|at|min|th|nd|rd|st)\b)"
)

# interval notation ("40s on / 20s off x 8", "work 30 rest 15"): a HIIT circuit
_INTERVALS = re.compile(
    r"\b\d{1,3} ?(?:s|secs?|seconds?)? on \d{1,3} ?(?:s|secs?|seconds?)? off\b"
    r"|\b(?:work|on) \d{1,3} ?(?:s|secs?|seconds?)? (?:rest|off) \d{1,3}(?: ?(?:s|secs?|seconds?))?\b"
)


def _child_age(m: re.Match[str]) -> str:
    n = m.group(1)
    age = int(n) if n.isdigit() else _NUMBER_WORDS.index(n) + 1
    return "child" if 0 < age < YOUTH_AGE else m.group(0)


def _age_group(m: re.Match[str]) -> str:
    return "youth" if int(m.group(1)) <= YOUTH_AGE else m.group(0)


class Shorthand:
    """Chat shorthand written out before anything else reads the words ("w/o" -> "without", "b4" -> "before",
    "ppl" -> "people", "u12s" -> "youth"); "_drop" deletes filler ("lol", "tbh"). Whole tokens only,
    so typos are still corrected afterwards and "prob" inside "problem" stays. ``expand`` takes lower case."""

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        self._to_full = {v.lower(): ("" if full == "_drop" else full) for full, vs in table.items() for v in vs}
        # Other forms stand alone ("bc", not "bcaa"), but "w/" may touch the next word ("w/my kids"). One character
        # trie for the lot (_trie_pattern): a flat alternation costs several times more per message.
        whole: dict[str, dict] = {}
        touching: dict[str, dict] = {}
        for form in self._to_full:
            node = touching if form.endswith("/") else whole
            for ch in form:
                node = node.setdefault(ch, {})
            node[_END] = {}
        branches = [f"(?:{_trie_pattern(whole)})(?![\\w/'])" if whole else "", _trie_pattern(touching)]
        body = "|".join(b for b in branches if b)
        self._re = re.compile(rf"(?<![\w/'])(?:{body})") if body else None

    def expand(self, text: str) -> str:
        if self._re is not None:
            text = self._re.sub(lambda m: f" {self._to_full[m.group(0)]} ", text)
        return _AGE_GROUP.sub(_age_group, text)


def _age_token(m: re.Match[str]) -> str:
    number = m.group(1) or m.group(2)
    if m.group(2) and not m.group(0)[len(number):].strip():  # a bare number is not an age
        return m.group(0)
    # "running economy at 210", "heart rate at 160": a measurement, not an age
    return f"{m.group(0)} senior" if OLDER_AGE <= int(number) <= MAX_AGE else m.group(0)


def clean(text: str, limit: int = CLEAN_CAP) -> str:
    """Remove code blocks, mentions, links, markdown and invisible characters; collapse whitespace."""
    text = unicodedata.normalize("NFKC", text[:RAW_CAP]).translate(_APOSTROPHES)
    text = _CODE_BLOCK.sub(" ", text)
    text = _DISCORD_TOKENS.sub(" ", text)
    # Cf covers zero-width spaces/joiners and direction marks; So/Sk drop emoji and symbols.
    # a line break is a space ("...butt kicks\n\nBody: ..." is two words, not "kicksbody"), other controls go
    text = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cf", "Cc", "So", "Sk", "Cs")
    )
    text = _MARKDOWN.sub(" ", text)
    return " ".join(text.split())[:limit]


def stem(word: str) -> str:
    """A deliberately tiny stemmer: both KB and queries go through it, so consistency beats accuracy."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, min_len in (("ing", 6), ("ed", 5), ("ly", 6), ("er", 6)):
        if word.endswith(suffix) and len(word) >= min_len:
            word = word[: -len(suffix)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsf":
                word = word[:-1]  # running -> run, stopped -> stop
            break
    else:
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the matcher needs to know about one message."""

    terms: tuple[str, ...]  # content terms, stemmed, drill token removed
    focus: frozenset[str]  # terms right after "what"/"which": the thing being asked about
    mentions_drill: bool
    drill_twice: bool  # two names of the drill ("are heel flicks the same as butt kicks")
    drill_pronoun: bool
    off_topic: tuple[str, ...]
    other_subject: bool  # "what muscles does running work": about something other than the drill
    greeting_only: bool
    empty: bool
    text: str  # normalised text (for fuzzy phrase similarity)
    words: tuple[str, ...] = ()  # the message's words after typo correction, in order (scope.py reads them)
    foreign: frozenset[str] = frozenset()  # words the knowledge base never uses ("drum", "woodworking")


_END = ""  # marks the end of a phrase in a _trie node


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # greedy: a longer phrase is tried before the one that ends here ("hamstring curl" beats "hamstring")
    return f"(?:{body})?" if _END in node else body


@functools.cache
def analysis_code() -> str:
    """A digest of the code that turns a text into terms (this module, the phrase finder, the lexicon's parsing)
    and of rapidfuzz's version (the typo corrector's scores): what is cached from an analysis is only read back by
    the code that made it."""
    digest = hashlib.blake2b(rapidfuzz.__version__.encode(), digest_size=16)
    for module in (choices, kb, phrases, sys.modules[__name__]):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


def _phrase_index(lines: list[str]) -> dict[str, list[Any]]:
    """What the phrase lines need that is slow to work out (~0.1 s at every load): each line's anchor
    (choices.anchored; -1: none) and the words of every phrase they spell (the typo corrector's vocabulary)."""
    anchors = [-1 if "(" not in line or (found := choices.anchored(line)) is None else found[1] for line in lines]
    return {"anchors": anchors, "words": sorted({w for line in lines for w in choices.words(line)})}


class Normalizer:
    def __init__(self, lexicon: Lexicon, vocabulary: Iterable[str], english: frozenset[str] = frozenset(),
                 cache_key: str = "") -> None:
        """``cache_key``: where given (the knowledge base's files, KnowledgeBase.fingerprint), the phrase lines'
        index is read from the parse cache."""
        self.lex = lexicon
        self.shorthand = Shorthand(lexicon.shorthand)
        lines = [(canon, line.lower()) for canon, group in lexicon.phrase_lines.items() for line in group]
        texts = [line for _, line in lines]
        if cache_key:
            index = parse_cache.derived(
                "phrase-index", f"{cache_key}\0{analysis_code()}", lambda: _phrase_index(texts),
                lambda d: isinstance(d, dict) and len(d.get("anchors", ())) == len(texts) and "words" in d)
        else:
            index = _phrase_index(texts)
        # by line: its canonical token; None for "_keep", whose phrases stand for themselves: as the longest match
        # they shield their words from a shorter phrase inside them ("a weak hamstring" is no "a weak" for a week)
        self._phrase_canon = [None if canon == "_keep" else canon for canon, _ in lines]
        self._phrase_finder = ChoicePhraseFinder(texts, index["anchors"])
        self._canon_tokens = frozenset(lexicon.phrase_lines)  # already canonical: never stemmed
        self._word_to_canon = {v.lower(): canon for canon, vs in lexicon.words.items() for v in vs}
        off_topic = [t.lower() for t in lexicon.off_topic]
        self._off_topic_finder = PhraseFinder(t for t in off_topic if " " in t)
        # Compared before stemming: stems collide ("faster" and "fasting" both stem to "fast").
        self._off_topic_words = frozenset(t for t in off_topic if " " not in t)
        self.weak = lexicon.weak_terms | {stem(w) for w in lexicon.weak_terms}
        self.generic = lexicon.generic_terms | {stem(w) for w in lexicon.generic_terms}
        self._stop = lexicon.stopwords | {stem(w) for w in lexicon.stopwords}  # "working" -> "work" is filler too
        self._focus_after = lexicon.focus_after | {stem(w) for w in lexicon.focus_after}  # "where" -> "wher"
        self._pronoun_finder = PhraseFinder(lexicon.drill_pronouns)
        vocab = {w for w in vocabulary if w.isalpha()}
        vocab |= set(index["words"])
        vocab |= {w for p in [*self._word_to_canon, *lexicon.stopwords] for w in p.split()}
        vocab |= {w for t in lexicon.off_topic for w in t.lower().split()} | set(lexicon.greetings)
        self._vocab_list = sorted(w for w in vocab if len(w) >= 4)  # correction targets: KB words only
        # Known words are never "corrected": the KB's own, and ordinary English ("arches" is not "aches").
        self.vocab = frozenset(vocab | lexicon.common_words | english)
        # The knowledge base's own words (stems too): a word outside them names something the KB never covers.
        self._kb_words = frozenset(vocab | {stem(w) for w in vocab})
        self._kb_surface = frozenset(vocab)  # the same words as written, before stems collide ("router" -> "rout")
        self._corrections: dict[str, str] = {}

    def correct(self, word: str) -> str:
        """Map a misspelt word to the closest KB vocabulary word, if it is close enough."""
        if word in self.vocab or len(word) < 5 or not word.isascii() or not word.isalpha():
            return word
        cached = self._corrections.get(word)
        if cached is None:
            # Longer words tolerate one more edit; short ones must be near-identical.
            cutoff = 78 if len(word) >= 8 else 80
            # A typo rarely changes the length by more than one letter ("country" is not "count").
            max_diff = 2 if len(word) >= 8 else 1
            candidates = process.extract(word, self._vocab_list, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
            cached = next((c for c, _, _ in candidates if abs(len(c) - len(word)) <= max_diff), word)
            if len(self._corrections) < 10_000:  # bounded: user input must not grow memory forever
                self._corrections[word] = cached
        return cached

    def terms(self, text: str) -> list[str]:
        """Content terms of an already-cleaned, lower-case text (used for KB questions and keywords too)."""
        return [t for t in self._tokens(self._canonical(self._replace_phrases(text))) if t not in self._stop]

    def phrasing_terms(self, text: str) -> list[str]:
        """Terms of a KB phrasing or keyword, split into words the way a message is ("booty kicks, which
        muscles" must not index a "," term; "single-leg" is "single leg" in a message too)."""
        return self.terms(" ".join(_WORD.findall(text.lower())))

    def _replace_phrases(self, text: str) -> str:
        """Each lexicon phrase found replaced by its canonical token, spaced off from its neighbours."""
        out: list[str] = []
        pos = 0
        for a, b, line in self._phrase_finder.spans(text):
            out += (text[pos:a], f" {self._phrase_canon[line] or text[a:b]} ")
            pos = b
        out.append(text[pos:])
        return "".join(out)

    def _canonical(self, replaced: str) -> list[str]:
        """Words after slang/spelling mapping, not yet stemmed. A possessive is its word ("yesterday's
        session", "my son's knee"): "yesterday's" must not be a term of its own that no entry shares."""
        return [self._word_to_canon.get(tok) or self._possessive(tok) for tok in replaced.split() if tok != "_drop"]

    def _possessive(self, tok: str) -> str:
        if len(tok) > 4 and tok.endswith("'s"):
            base = tok[:-2]
            return self._word_to_canon.get(base, base)
        return tok

    def _tokens(self, canonical: list[str]) -> list[str]:
        return [c if c in self._canon_tokens else stem(c) for c in canonical]

    def is_stop(self, word: str) -> bool:
        return word in self._stop

    def is_foreign(self, word: str) -> bool:
        """A content word the knowledge base never uses: "drum" in "whats a kick drum", not "heels" or "it"."""
        return (
            len(word) > 2 and word.isalpha() and word not in self._stop and word not in self._kb_words
            and stem(word) not in self._kb_words
        )

    def is_kb_word(self, word: str) -> bool:
        """The knowledge base uses this very word, not just a word with the same stem ("route", not "router")."""
        return word in self._kb_surface

    def _is_off_topic(self, word: str) -> bool:
        words = self._off_topic_words
        return word in words or (word.endswith("s") and word[:-1] in words) or f"{word}s" in words

    def analyze(self, message: str, *, cleaned: bool = False, expanded: bool = False) -> Analysis:
        """``cleaned``: ``message`` already went through clean() (the coach cleans once per question);
        ``expanded``: it is also lower case with its shorthand written out (Shorthand.expand)."""
        lowered = (message if cleaned else clean(message)).lower()
        cleaned_text = lowered if expanded else self.shorthand.expand(lowered)
        words = _WORD.findall(_PLUS.sub(r"over \1", cleaned_text))[:MAX_TOKENS]
        if not words:
            return Analysis((), frozenset(), False, False, False, (), False, False, True, "")
        fixed = tuple(self.correct(w) for w in words)
        corrected = " ".join(fixed)
        # intervals ("40s on 20s off") and a child's age ("my 10 year old") before the age of an older adult
        corrected = _SELF_AGE.sub(_child_age, _CHILD_AGE.sub(_child_age, _INTERVALS.sub("hiit", corrected)))
        replaced = self._replace_phrases(_AGE.sub(_age_token, corrected))
        canonical = self._canonical(replaced)
        tokens = self._tokens(canonical)
        drill = self.lex.drill_token
        content = tuple(dict.fromkeys(t for t in tokens if t not in self._stop and t != drill))
        focus, after_wh = set(self.lex.topic_terms.intersection(tokens)), False
        for t in tokens:
            if t in self._focus_after:
                after_wh = True
            elif after_wh and t not in self._stop and t != drill and t not in self.weak:
                focus.add(t)
                after_wh = False
        off_topic = [*self._off_topic_finder.findall(replaced), *filter(self._is_off_topic, canonical)]
        return Analysis(
            terms=content,
            focus=frozenset(focus),
            mentions_drill=drill in tokens,
            drill_twice=tokens.count(drill) >= 2,
            drill_pronoun=self._pronoun_finder.search(corrected),
            off_topic=tuple(off_topic),
            other_subject=any(p.search(replaced) for p in self.lex.other_subject_patterns),
            greeting_only=all(w in self.lex.greetings or w in self.lex.stopwords for w in words)
            and any(w in self.lex.greetings for w in words),
            empty=False,
            text=" ".join(content),
            words=fixed,
            foreign=frozenset(filter(self.is_foreign, fixed)),
        )
