"""A lexicon phrase written with choices stands for every phrase it spells.

``explain (it |them |)to (|my )(dad|mum)`` is the twelve phrases "explain it to dad" … "explain to my mum": one
line where a class's wording is a product of a few small lists (a verb, who it is for, a reason). A choice may be
empty; parentheses do not nest (no lexicon phrase holds a literal parenthesis). The phrases stay literal; the
lexicon's ~400 choice lines spell ~230,000 of them, which took over a second to spell out and index at every load,
so they are found without spelling a line out (phrases.ChoicePhraseFinder): each line is cut at one piece every
phrase of it holds (:func:`anchored`), and only what stands before and after that piece is spelled, on the first
message that holds it.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable

_CHOICE = re.compile(r"\(([^()]*)\)")
# a line's phrases are a product: one more choice multiplies them. Two lines of 24,576 and 72,000 phrases (optional
# words before and after a phrase, which are found anywhere in a text anyway) once doubled the knowledge base's load
MAX_SPELLED = 12_000
# the texts spelled before and after a line's anchor, at most, where a rarer anchor would leave more (anchored)
MAX_AROUND = 1_000


class ChoiceError(ValueError):
    """A phrase with an unbalanced or nested parenthesis."""


def pieces(phrase: str) -> list[tuple[str, ...]]:
    """``phrase`` as its pieces in order, each the tuple of texts it may be: a literal is a piece of one text.
    Checks the parentheses and the number of phrases spelled (:data:`MAX_SPELLED`) without spelling them."""
    if "(" not in phrase and ")" not in phrase:
        return [(phrase,)]
    parts = _CHOICE.split(phrase)  # literal, choices, literal, choices, …, literal
    if any("(" in lit or ")" in lit for lit in parts[0::2]):
        raise ChoiceError(f"unbalanced or nested parenthesis in {phrase!r}")
    out = [(part,) if i % 2 == 0 else tuple(part.split("|")) for i, part in enumerate(parts)]
    spelled = math.prod(map(len, out))
    if spelled > MAX_SPELLED:
        raise ChoiceError(f"{phrase[:60]!r}… spells {spelled:,} phrases (at most {MAX_SPELLED:,}): drop choices a "
                          "shorter phrase covers, or split it")
    return out


def spell(parts: Iterable[tuple[str, ...]]) -> list[str]:
    """Every text the pieces join to, in order, as written (spaces not collapsed)."""
    return ["".join(picked) for picked in itertools.product(*parts)]


def expand(phrase: str) -> list[str]:
    """The phrases ``phrase`` stands for, in order, spaces collapsed; a phrase without choices is itself."""
    if "(" not in phrase and ")" not in phrase:
        return [phrase]
    return [" ".join(text.split()) for text in spell(pieces(phrase))]


def words(phrase: str) -> set[str]:
    """The words of every phrase ``phrase`` spells, found piece by piece: only the words a choice joins into
    ("walk(ing|ed)") are spelled, never the whole product."""
    if "(" not in phrase and ")" not in phrase:
        return set(phrase.split())
    done: set[str] = set()
    open_words = {""}  # the possible ends of the phrase so far that no space has closed yet
    for piece in pieces(phrase):
        following: set[str] = set()
        for start in open_words:
            for text in piece:
                split = (start + text).split(" ")
                done.update(split[:-1])
                following.add(split[-1])
        open_words = following
    done.update(open_words)
    done.discard("")
    return {w for word in done for w in word.split()}  # tabs or newlines inside a piece


def anchored(phrase: str) -> tuple[list[tuple[str, ...]], int] | None:
    """The line's pieces and the index of its anchor: a piece whose every text has a word character (so every
    phrase of the line holds one of them), the rarest in a message: the one whose shortest text is longest ("the"
    or "my" is in most messages, "laces" in few), among those that leave at most :data:`MAX_AROUND` texts to spell
    before and after it (else the one that leaves fewest). None where no piece can be one (every piece may be blank)."""
    parts = pieces(phrase)
    sizes = [len(p) for p in parts]
    best: tuple[bool, int, int, int] | None = None  # (too many around, -its shortest text, texts around, index)
    for i, piece in enumerate(parts):
        if not all(any(ch.isalnum() for ch in text) for text in piece):
            continue
        around = math.prod(sizes[:i]) + math.prod(sizes[i + 1:])
        key = (around > MAX_AROUND, -min(len(t.strip()) for t in piece), around, i)
        if best is None or key < best:
            best = key
    return None if best is None else (parts, best[3])
