"""Joining a class's patterns with their shared leading lookahead tested once (bot/knowledge/alternation.py)
must match exactly what the plain alternation matches."""

from __future__ import annotations

import re

import pytest

from bot.knowledge import alternation
from tests import class_grid


@pytest.mark.parametrize(("pattern", "expected"), [
    ("a|b", ["a", "b"]),
    ("(a|b)c|d", ["(a|b)c", "d"]),
    (r"[|(]x|y", ["[|(]x", "y"]),  # a bar or paren inside a character class is a literal
    (r"[]|]x|y", ["[]|]x", "y"]),  # so is a leading ]
    (r"\|a|\(b", [r"\|a", r"\(b"]),  # escaped
    ("a", ["a"]),
])
def test_alternatives_split_at_top_level_bars_only(pattern: str, expected: list[str]) -> None:
    assert alternation.alternatives(pattern) == expected


def test_lead_reads_the_whole_lookahead() -> None:
    assert alternation.lead(r"^(?=.*\b(pain|ache[)])\b).*\bname it") == (r"(?=.*\b(pain|ache[)])\b)", r".*\bname it")
    assert alternation.lead(r"\bpain\b") is None
    assert alternation.lead(r"(?=.*x)^y") is None  # not anchored first: left alone


def test_patterns_sharing_a_lookahead_are_grouped_under_one_copy() -> None:
    joined = alternation.join((r"^(?=.*\bhurt)a", r"\bb\b", r"^(?=.*\bhurt)c|^(?=.*\bswell)d"))
    assert joined.count(r"(?=.*\bhurt)") == 1
    assert joined == r"^(?=.*\bhurt)(?:(?:a)|(?:c))|(?:\bb\b)|^(?=.*\bswell)(?:(?:d))"


def test_the_joined_classes_match_what_the_plain_alternation_matches_on_every_question() -> None:
    """Every class of the knowledge base, on every question of every set (lower-cased, flattened): the shared
    lookahead changes no decision. Some classes do share one (else this test would prove nothing). The joined
    alternation's matches are class_grid's (searched once for this file and test_prefilter); a class whose joined
    text is the plain alternation itself is the same regex, so only the others are searched here."""
    flats, matched = class_grid.flats(), class_grid.matched()
    assert len(flats) > 2000
    shared = fired = 0
    for c in class_grid.standalone():
        plain_text = "|".join(f"(?:{p})" for p in c.patterns)
        if alternation.join(c.patterns) == plain_text:  # what class_grid searched (safety.compile_patterns joins)
            continue
        shared += 1
        plain = re.compile(plain_text)
        hits = frozenset(i for i, flat in enumerate(flats) if plain.search(flat))
        assert hits == matched[c.where], (c.where, [flats[i] for i in hits ^ matched[c.where]][:3])
        fired += len(hits)
    assert shared >= 3 and fired > 500
