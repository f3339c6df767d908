"""A linear classifier learned from the questions the rules already answer right: the second opinion where the
rules are unsure.

Fifty rounds of blind question sets taught the rules (entries, lexicon, safety) to answer every stored question
right, yet each new round still scored about 92 % untouched: each brings phrasings no rule has seen. The model
(trained by ``scripts/train_learned.py`` on every stored question, labelled with the answer the rules give it)
generalises from those ~11,000 phrasings instead: character n-grams survive typos, word n-grams carry the subject.
It only reads questions the rules left to the matcher (no safety rule, off-scope class or intent answered) and
only where the matcher declined or was unsure (``Coach.answer``). It has also learned the red flags and diagnosis
requests the safety rules caught, so where they missed a new phrasing of one it can still say "stop now" or "I
can't diagnose that"; it never overrules a safety answer.

Inference is plain Python over the shipped weights (``data/learned.json.gz``): scikit-learn is needed only to
train. Features follow scikit-learn's TF-IDF with sublinear term frequency, each block (characters, words)
scaled to unit length, and a one-vs-rest linear score per label.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
import sys
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

LEARNED_FILE = "learned.json.gz"
FORMAT = 2
CHAR_SIZES = range(3, 6)  # n-grams of 3 to 5 characters inside each word padded with spaces (typos keep most)
_WORD = re.compile(r"\b\w\w+\b")
DECLINE = "decline:"  # a label that is a decline of this kind ("decline:unsure"), not an entry id
# a label that is a safety verdict of this kind ("safety:red_flag", "safety:diagnosis"): the phrasings the safety
# rules caught, so that a new phrasing of the same harm is not answered with a card where the rules missed it
SAFETY = "safety:"


def features(text: str) -> tuple[Counter[str], Counter[str]]:
    """The character and word n-grams of ``text`` (lower case): the two blocks the model scores."""
    padded = [f" {word} " for word in text.split()]
    chars = Counter([p[i:i + n] for p in padded for n in CHAR_SIZES for i in range(len(p) - n + 1)])
    tokens = _WORD.findall(text)
    words = Counter(tokens + [f"{a} {b}" for a, b in pairwise(tokens)])
    return chars, words


def weighted(counts: Counter[str], index: dict[str, int], idf: Sequence[float]) -> list[tuple[int, float]]:
    """(row, TF-IDF value) of the known n-grams: sublinear term frequency, scaled to unit length."""
    values = [(row, (1.0 + math.log(n)) * idf[row])
              for gram, n in counts.items() if (row := index.get(gram)) is not None]
    norm = math.sqrt(sum(v * v for _, v in values))
    return [(row, v / norm) for row, v in values] if norm else []


@dataclass(frozen=True)
class Opinion:
    label: str  # an entry id, DECLINE + kind or SAFETY + kind
    margin: float  # the best score minus the runner-up's: how sure the model is


def _array(encoded: str, code: str) -> array[Any]:
    """An array stored little-endian and base64-encoded (scripts/train_learned.py writes them)."""
    values = array(code, base64.b64decode(encoded))
    if sys.byteorder == "big" and values.itemsize > 1:
        values.byteswap()
    return values


class Learned:
    """The shipped model: labels and their intercepts; per known n-gram (a row: character n-grams first, then
    word n-grams) its idf and, in compressed-row form, the labels it weighs for and how much."""

    def __init__(self, raw: dict[str, Any]) -> None:
        if raw.get("format") != FORMAT:
            raise ValueError(f"{LEARNED_FILE}: format {raw.get('format')!r}, expected {FORMAT}: retrain")
        self.labels: list[str] = raw["labels"]
        self.intercepts: list[float] = raw["intercepts"]
        self.corpus: str = raw["corpus"]  # the fingerprint of what it was trained on (tests/test_learned.py)
        chars, words = raw["char_grams"].split("\n"), raw["word_grams"].split("\n")
        self.char_index = {g: i for i, g in enumerate(chars)}
        self.word_index = {g: i for i, g in enumerate(words, start=len(chars))}
        self.idf = _array(raw["idf"], "f")
        self.rows = _array(raw["rows"], "I")  # row r's weights are [rows[r], rows[r + 1])
        self.label_of = _array(raw["label_of"], "B")
        self.weight = _array(raw["weight"], "f")

    @classmethod
    def load(cls, path: Path) -> Learned:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return cls(json.load(f))

    def opinion(self, text: str, *, without: str | None = None) -> Opinion:
        """The best label for ``text``; ``without``: among the labels that do not start with it."""
        chars, words = features(text)
        scores = list(self.intercepts)
        rows, label_of, weight = self.rows, self.label_of, self.weight
        for row, value in (*weighted(chars, self.char_index, self.idf), *weighted(words, self.word_index, self.idf)):
            start, end = rows[row], rows[row + 1]
            for label, w in zip(label_of[start:end], weight[start:end], strict=True):
                scores[label] += w * value
        ranked = [i for i in range(len(scores)) if without is None or not self.labels[i].startswith(without)]
        best, second = sorted(ranked, key=scores.__getitem__, reverse=True)[:2]
        return Opinion(self.labels[best], scores[best] - scores[second])
