"""Joining a class's patterns with their shared leading lookahead tested once (bot/knowledge/alternation.py)
must match exactly what the plain alternation matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.knowledge import alternation
from bot.knowledge.coach import Coach
from bot.knowledge.safety import safety_classes

DATA = Path(__file__).parent / "data"


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


def _classes() -> list:
    coach = Coach.load()
    assert coach.safety is not None
    return [*safety_classes(coach.safety.rules), *(s.match for s in coach.kb.scope),
            *(i.match for i in coach.kb.intents)]


def test_the_joined_classes_match_what_the_plain_alternation_matches_on_every_question() -> None:
    """Every class of the knowledge base, on every question of every set (lower-cased, flattened): the shared
    lookahead changes no decision. Some classes do share one (else this test would prove nothing)."""
    coach = Coach.load()
    assert coach.safety is not None
    questions = [json.loads(line)["question"] for f in sorted(DATA.glob("qa_*.jsonl"))
                 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    flats = [coach.safety.flatten(q.lower()) for q in questions]
    shared = fired = 0
    for c in _classes():
        plain = re.compile("|".join(f"(?:{p})" for p in c.patterns))
        joined_text = alternation.join(c.patterns)
        shared += len(joined_text) < len(plain.pattern)
        joined = re.compile(joined_text)
        for flat in flats:
            hit = plain.search(flat) is not None
            assert (joined.search(flat) is not None) == hit, (c.where, flat)
            fired += hit
    assert shared >= 3 and fired > 500
