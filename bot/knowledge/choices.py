"""A lexicon phrase written with choices stands for every phrase it spells.

``explain (it |them |)to (|my )(dad|mum)`` is the twelve phrases "explain it to dad" … "explain to my mum": one
line where a class's wording is a product of a few small lists (a verb, who it is for, a reason). A choice may be
empty; parentheses do not nest (no lexicon phrase holds a literal parenthesis). The phrases stay literal: they are
found with Aho-Corasick (phrases.py), so the choices are spelled out once, when the knowledge base loads.
"""

from __future__ import annotations

import itertools
import math
import re

_CHOICE = re.compile(r"\(([^()]*)\)")
# a line's phrases are a product: one more choice multiplies them. Two lines of 24,576 and 72,000 phrases (optional
# words before and after a phrase, which are found anywhere in a text anyway) once doubled the knowledge base's load
MAX_SPELLED = 12_000


class ChoiceError(ValueError):
    """A phrase with an unbalanced or nested parenthesis."""


def expand(phrase: str) -> list[str]:
    """The phrases ``phrase`` stands for, in order, spaces collapsed; a phrase without choices is itself."""
    if "(" not in phrase and ")" not in phrase:
        return [phrase]
    parts = _CHOICE.split(phrase)  # literal, choices, literal, choices, …, literal
    literals = parts[0::2]
    if any("(" in lit or ")" in lit for lit in literals):
        raise ChoiceError(f"unbalanced or nested parenthesis in {phrase!r}")
    options = [choice.split("|") for choice in parts[1::2]]
    spelled = math.prod(map(len, options))
    if spelled > MAX_SPELLED:
        raise ChoiceError(f"{phrase[:60]!r}… spells {spelled:,} phrases (at most {MAX_SPELLED:,}): drop choices a "
                          "shorter phrase covers, or split it")
    out: list[str] = []
    for picked in itertools.product(*options):
        text = literals[0] + "".join(p + lit for p, lit in zip(picked, literals[1:], strict=True))
        out.append(" ".join(text.split()))
    return out
