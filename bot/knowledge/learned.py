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

Inference reads the shipped weights (``data/learned.json.gz``) into numpy arrays and sums a question's weights in
one vectorised step; numpy is imported only when the model is loaded (``Coach.warm`` or the first unsure question),
never at the knowledge base's cold load; scikit-learn is needed only to train. The n-grams are counted in plain
Python. Features follow scikit-learn's TF-IDF with sublinear term frequency, each block (characters, words)
scaled to unit length, and a one-vs-rest linear score per label.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain, pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy itself is imported where the model is loaded (Learned.__init__), not at cold load
    import numpy as np
    from numpy.typing import NDArray

LEARNED_FILE = "learned.json.gz"
WORD_ROWS_CAP = 20_000  # Learned._char_rows remembers this many words (bounded: user input must not grow memory)
# an n-gram weighing for this many labels or more is held as a dense row too (Learned._dense): ~7,000 rows, 2 MB
DENSE_LABELS = 16
FORMAT = 2
CHAR_SIZES = range(3, 6)  # n-grams of 3 to 5 characters inside each word padded with spaces (typos keep most)
_WORD = re.compile(r"\b\w\w+\b")
DECLINE = "decline:"  # a label that is a decline of this kind ("decline:unsure"), not an entry id
# a label that is a safety verdict of this kind ("safety:red_flag", "safety:diagnosis"): the phrasings the safety
# rules caught, so that a new phrasing of the same harm is not answered with a card where the rules missed it
SAFETY = "safety:"


def char_grams(word: str) -> list[str]:
    """The character n-grams of one word, padded with spaces, in the order :func:`features` counts them."""
    padded = f" {word} "
    return [padded[i:i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]


def word_grams(text: str) -> Counter[str]:
    """The word n-grams of ``text`` (lower case): its words and pairs of words."""
    tokens = _WORD.findall(text)
    return Counter(tokens + [f"{a} {b}" for a, b in pairwise(tokens)])


def features(text: str) -> tuple[Counter[str], Counter[str]]:
    """The character and word n-grams of ``text`` (lower case): the two blocks the model scores."""
    return Counter([gram for word in text.split() for gram in char_grams(word)]), word_grams(text)


def tfidf(counts: Counter[str], index: dict[str, int],
          idf: NDArray[np.float64]) -> tuple[list[int], NDArray[np.float64]]:
    """The rows of the known n-grams of ``counts`` and their TF-IDF values: sublinear term frequency, scaled to
    unit length. The one definition: scripts/train_learned.py trains on it, Learned scores with it."""
    rows: list[int] = []
    tf: list[int] = []
    for gram, n in counts.items():
        row = index.get(gram)
        if row is not None:
            rows.append(row)
            tf.append(n)
    return scaled(rows, tf, idf)


def scaled(rows: list[int], tf: list[int], idf: NDArray[np.float64]) -> tuple[list[int], NDArray[np.float64]]:
    """TF-IDF of ``rows`` counted ``tf`` times each (:func:`tfidf` once the n-grams are rows)."""
    import numpy as np

    values = (1.0 + np.log(np.array(tf, dtype=np.float64))) * idf[rows]
    norm = math.sqrt(float(values @ values))
    return (rows, values / norm) if norm else ([], values[:0])


@dataclass(frozen=True)
class Opinion:
    label: str  # an entry id, DECLINE + kind or SAFETY + kind
    margin: float  # the best score minus the runner-up's: how sure the model is


def _array(encoded: str, dtype: str) -> NDArray[Any]:
    """An array stored little-endian and base64-encoded (scripts/train_learned.py writes them), read-only."""
    import numpy as np

    return np.frombuffer(base64.b64decode(encoded), dtype=dtype)


class Learned:
    """The shipped model: labels and their intercepts; per known n-gram (a row: character n-grams first, then
    word n-grams) its idf and, in compressed-row form, the labels it weighs for and how much."""

    def __init__(self, raw: dict[str, Any]) -> None:
        import numpy as np

        if raw.get("format") != FORMAT:
            raise ValueError(f"{LEARNED_FILE}: format {raw.get('format')!r}, expected {FORMAT}: retrain")
        self.labels: list[str] = raw["labels"]
        self.intercepts: NDArray[np.float64] = np.array(raw["intercepts"], dtype=np.float64)
        self.corpus: str = raw["corpus"]  # the fingerprint of what it was trained on (tests/test_learned.py)
        chars, words = raw["char_grams"].split("\n"), raw["word_grams"].split("\n")
        self.char_index = {g: i for i, g in enumerate(chars)}
        self.word_index = {g: i for i, g in enumerate(words, start=len(chars))}
        # stored as float32; held as float64 so that a TF-IDF value is computed as the plain-Python sum did
        self.idf: NDArray[np.float64] = _array(raw["idf"], "<f4").astype(np.float64)
        self.rows: NDArray[np.int64] = _array(raw["rows"], "<u4").astype(np.int64)  # row r: [rows[r], rows[r + 1])
        self.label_of: NDArray[np.uint8] = _array(raw["label_of"], "u1")
        self.weight: NDArray[np.float32] = _array(raw["weight"], "<f4")
        self._word_rows: dict[str, tuple[int, ...]] = {}  # a word's known character n-grams (_char_rows)
        # The common n-grams (" th", "ing", "the") weigh for many labels each and are most of a question's weights
        # (~3,200 of ~3,300 in a dev question): gathered entry by entry they were most of an opinion, and after
        # other questions their scattered entries are out of the CPU's cache. Held as dense rows as well, they
        # are summed with one small matrix product.
        counts = np.diff(self.rows)
        dense = np.flatnonzero(counts >= DENSE_LABELS)
        self._dense_of: NDArray[np.int32] = np.full(len(counts), -1, dtype=np.int32)
        self._dense_of[dense] = np.arange(len(dense))
        self._dense: NDArray[np.float32] = np.zeros((len(dense), len(self.labels)), dtype=np.float32)
        at, _ = self._entries(dense)
        self._dense[np.arange(len(dense)).repeat(counts[dense]), self.label_of[at]] = self.weight[at]

    @classmethod
    def load(cls, path: Path) -> Learned:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return cls(json.load(f))

    def _values(self, counts: Counter[str], index: dict[str, int]) -> tuple[list[int], NDArray[np.float64]]:
        """The rows of the known n-grams and their TF-IDF values, scaled to unit length (:func:`tfidf`)."""
        return tfidf(counts, index, self.idf)

    def _char_rows(self, word: str) -> tuple[int, ...]:
        """The rows of the known character n-grams of ``word``, in the order features() counts them. Words
        recur from question to question, and slicing a word into its ~30 n-grams then looking each up was
        ~40 % of an opinion on a long question (~160 µs of ~400): each word is sliced and looked up once."""
        rows = self._word_rows.get(word)
        if rows is None:
            index = self.char_index
            rows = tuple(row for gram in char_grams(word) if (row := index.get(gram)) is not None)
            if len(self._word_rows) < WORD_ROWS_CAP:
                self._word_rows[word] = rows
        return rows

    def _char_values(self, text: str) -> tuple[list[int], NDArray[np.float64]]:
        """``_values(features(text)[0], self.char_index)``, from each word's remembered rows: a row is one
        n-gram, so counting rows counts the known n-grams, first seen first, and the values are the same."""
        counts = Counter(chain.from_iterable(map(self._char_rows, text.split())))
        return scaled(list(counts), list(counts.values()), self.idf)

    def _entries(self, rows: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """The positions of ``rows``' entries in the compressed rows (each row's weights are one slice: gathered
        with one index array), and how many each row has."""
        import numpy as np

        starts = self.rows[rows]
        lengths = self.rows[rows + 1] - starts
        before = lengths.cumsum() - lengths  # where each row's slice begins among the gathered entries
        return np.arange(int(lengths.sum())) + (starts - before).repeat(lengths), lengths

    def opinion(self, text: str, *, without: str | None = None) -> Opinion:
        """The best label for ``text``; ``without``: among the labels that do not start with it."""
        import numpy as np

        char_rows, char_values = self._char_values(text)
        word_rows, word_values = self._values(word_grams(text), self.word_index)
        rows = np.array(char_rows + word_rows, dtype=np.int64)
        values = np.concatenate((char_values, word_values))
        dense = self._dense_of[rows]
        held = dense >= 0
        sparse = ~held
        at, lengths = self._entries(rows[sparse])
        per_entry = values[sparse].repeat(lengths)
        sums = np.bincount(self.label_of[at], weights=self.weight[at] * per_entry, minlength=len(self.labels))
        scores = self.intercepts + sums + values[held] @ self._dense[dense[held]]  # float64
        if without is not None:
            scores[[label.startswith(without) for label in self.labels]] = -np.inf
        best = int(np.argmax(scores))  # the first of equal scores, as a stable sort would rank them
        top = float(scores[best])
        scores[best] = -np.inf
        return Opinion(self.labels[best], top - float(scores[int(np.argmax(scores))]))
