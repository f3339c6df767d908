"""Ranking KB entries for an analysed message: BM25 over each entry's terms plus fuzzy phrase similarity.

Each entry is one BM25 "document" made of all its question phrasings and keywords, so unseen wordings
still hit the entry's vocabulary. rapidfuzz's token-sort similarity against the stored phrasings breaks
ties between entries that share words (e.g. "muscles" appears in several).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.knowledge.kb import Entry
from bot.knowledge.normalize import Analysis, Normalizer

K1 = 1.2
B = 0.4
FUZZ_WEIGHT = 0.35  # in BM25 units per 100% phrase similarity: a tie-breaker, not the main signal
FUZZ_CUTOFF = 55
KEYWORD_TF = 2
FOCUS_BOOST = 1.6  # "which MUSCLE is that training": the asked-about word outweighs the backstory
WEAK_WEIGHT = 0.4  # context words like "warm-up" or "run" that fit almost every entry
# who does the drill ("my son's coach...", "my u14s keep asking"): the kids' card's own words, but only context when
# something else is asked about ("which MUSCLE", "what are they FOR"): then they weigh like the weak words. A focus
# the kids' card holds itself ("fun WAYS to get my little ones doing them") is still the kids' question. A teacher,
# a school or pupils are the same audience ("i teach year 5 at the school: do they make the children RUN BETTER").
ASKER_CONTEXT = frozenset({"child", "youth", "junior", "teach", "pupil", "school"})
ASKER_CARD = "kids_youth"
DRILL_TWICE = "drill_named_twice"  # in an entry's `requires`: met when the message names the drill twice
DRILL_NAMED = "drill_named"  # met when the message names the drill ("called drill_named": both must be there)


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    score: float
    coverage: float  # share of the message's term weight (idf) that this entry explains


def indexed_texts(entries: tuple[Entry, ...]) -> tuple[list[str], list[str]]:
    """What the matcher analyses at load: the cards' phrasings and keywords (Normalizer.phrasing_terms), and
    their `requires` (Normalizer.terms of the lower-cased text)."""
    phrasings = [text for e in entries for text in (*e.questions, *e.keywords)]
    return phrasings, [r.lower() for e in entries for r in e.requires]


class Matcher:
    def __init__(self, entries: tuple[Entry, ...], normalizer: Normalizer,
                 known: dict[str, dict[str, list[str]]] | None = None) -> None:
        """``known``: {"phrasing": {text: terms}, "terms": {text: terms}} of indexed_texts, analysed before by
        this normalizer (the parse cache, Coach): half the load was analysing the cards' ~2,700 phrasings."""
        known_phrasing = (known or {}).get("phrasing", {})
        known_terms = (known or {}).get("terms", {})

        def phrasing_terms(text: str) -> list[str]:
            found = known_phrasing.get(text)
            return normalizer.phrasing_terms(text) if found is None else found

        def terms(text: str) -> list[str]:
            found = known_terms.get(text)
            return normalizer.terms(text) if found is None else found

        self.entries = entries
        self.norm = normalizer
        self._tf: list[Counter[str]] = []
        self._requires: list[list[frozenset[str]]] = []  # any one group, every term of it
        # per entry: its phrasings as analysed term strings, their words sorted once here (token-sort similarity
        # is the plain ratio of the sorted words: sorting a phrasing on every comparison was half its cost)
        self._phrases: list[list[str]] = []
        for e in entries:
            tf: Counter[str] = Counter()
            phrases: list[str] = []
            for q in e.questions:
                analysed = phrasing_terms(q)
                tf.update(set(analysed))
                # compared with the message's analysed text, which leaves the drill's name out: so must this
                phrases.append(sorted_words(" ".join(t for t in analysed if t != normalizer.lex.drill_token)))
            self._phrases.append(phrases)
            keyword_terms = {t for kw in e.keywords for t in phrasing_terms(kw)}
            for t in keyword_terms:  # curated keywords say what the entry is about: worth two phrasings
                tf[t] += KEYWORD_TF
            groups = (frozenset(terms(r.lower())) for r in e.requires)
            self._requires.append([g for g in groups if g])
            tf.pop(normalizer.lex.drill_token, None)  # every entry is about the drill: no signal
            self._tf.append(tf)
        # the corpus statistics leave the narrow cards out (Entry.narrow): adding one moves no other card's score;
        # a term only a narrow card holds counts as held by one card
        counted = [tf for e, tf in zip(entries, self._tf, strict=True) if not e.narrow]
        n = len(counted)
        df: Counter[str] = Counter(t for tf in counted for t in tf)
        vocabulary = {t for tf in self._tf for t in tf}
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t in vocabulary for d in (df[t] or 1,)}
        self.unknown_idf = max(self.idf.values())
        self._len = [sum(tf.values()) for tf in self._tf]
        self._avg_len = sum(size for e, size in zip(entries, self._len, strict=True) if not e.narrow) / n
        # BM25 by term, not by entry: a question's ~20 terms are in a few entries each, and looking every term up in
        # every entry's counts was most of a ranking; each entry's score still adds its terms in the same order
        self._norm = [K1 * (1 - B + B * size / self._avg_len) for size in self._len]
        self._postings: dict[str, list[tuple[int, int]]] = {}
        for i, tf in enumerate(self._tf):
            for t, f in tf.items():
                if f:
                    self._postings.setdefault(t, []).append((i, f))
        self._guarded = [i for i, required in enumerate(self._requires) if required]
        self._tf_by_id = {e.id: tf for e, tf in zip(entries, self._tf, strict=True)}
        self._asker_card_terms = frozenset(self._tf_by_id.get(ASKER_CARD, ())) | ASKER_CONTEXT

    def shared(self, entry: Entry, analysis: Analysis) -> set[str]:
        """The message's terms that this entry's phrasings or keywords hold: what the match rests on."""
        tf = self._tf_by_id[entry.id]
        return {t for t in analysis.terms if t in tf}

    def _weight(self, term: str, analysis: Analysis) -> float:
        if term in analysis.focus:
            return FOCUS_BOOST
        if term in ASKER_CONTEXT and not analysis.focus <= self._asker_card_terms:
            return WEAK_WEIGHT
        return WEAK_WEIGHT if term in self.norm.weak else 1.0

    def _bm25(self, weights: dict[str, float], analysis: Analysis) -> list[float]:
        scores = [0.0] * len(self.entries)
        present = set(weights)
        if analysis.drill_twice:
            present.add(DRILL_TWICE)
        if analysis.mentions_drill:
            present.add(DRILL_NAMED)
        # e.g. the high-knees comparison must not answer "squats vs butt kicks"
        barred = {i for i in self._guarded if not any(group <= present for group in self._requires[i])}
        norms = self._norm
        for t, w in weights.items():
            postings = self._postings.get(t)
            if postings is None:
                continue
            weighted = w * self.idf[t]
            for i, f in postings:
                if i not in barred:
                    scores[i] += weighted * f * (K1 + 1) / (f + norms[i])
        return scores

    def rank(self, analysis: Analysis, limit: int = 3) -> list[Match]:
        """Best entries first; empty when no term of the message is known to the KB."""
        terms = analysis.terms
        if not terms:
            return []
        weights = {t: self._weight(t, analysis) for t in terms}
        scores = self._bm25(weights, analysis)
        if not any(scores):
            return []
        # only entries that share a term are re-ranked (similarity alone is not evidence), so only their
        # phrasings are compared: about a fifth of them for a typical question
        text = sorted_words(analysis.text)
        for i, score in enumerate(scores):
            if score:
                closest = process.extractOne(text, self._phrases[i], scorer=fuzz.ratio, score_cutoff=FUZZ_CUTOFF)
                if closest is not None:
                    scores[i] += FUZZ_WEIGHT * closest[1] / 100
        total_weight = sum(w * self.idf.get(t, self.unknown_idf) for t, w in weights.items())
        best = sorted(range(len(scores)), key=lambda i: scores[i], reverse=True)[:limit]
        return [
            Match(
                entry=self.entries[i],
                score=scores[i],
                coverage=sum(w * self.idf[t] for t, w in weights.items() if t in self._tf[i]) / total_weight,
            )
            for i in best
            if scores[i] > 0
        ]


def sorted_words(text: str) -> str:
    """rapidfuzz's token sort: fuzz.token_sort_ratio(a, b) == fuzz.ratio(sorted_words(a), sorted_words(b))."""
    return " ".join(sorted(text.split()))
