"""Lexicon phrases written with choices (bot/knowledge/choices.py): one line stands for every phrase it spells."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.choices import MAX_SPELLED, ChoiceError, expand
from bot.knowledge.coach import Coach
from bot.knowledge.kb import KnowledgeBaseError, load_kb
from tests.kb_copies import edited_copy


def test_a_phrase_without_choices_is_itself() -> None:
    assert expand("explain it to my dad") == ["explain it to my dad"]


def test_choices_spell_every_phrase_in_order_and_an_empty_choice_leaves_no_double_space() -> None:
    assert expand("explain (it |)to (|my )(dad|mum)") == [
        "explain it to dad", "explain it to mum", "explain it to my dad", "explain it to my mum",
        "explain to dad", "explain to mum", "explain to my dad", "explain to my mum",
    ]
    assert expand("(leg|side) in (football|rugby)") == ["leg in football", "leg in rugby", "side in football",
                                                         "side in rugby"]


@pytest.mark.parametrize("phrase", ["explain (it to dad", "explain it) to dad", "a ((b|c)|d)", "a (b|(c)) d"])
def test_unbalanced_or_nested_parentheses_are_refused(phrase: str) -> None:
    with pytest.raises(ChoiceError, match="parenthesis"):
        expand(phrase)


def test_a_bad_choice_in_the_lexicon_names_its_group(tmp_path: Path) -> None:
    anchor = "  start: [at the beginning of,"
    broken = edited_copy(tmp_path, "lexicon.yaml", anchor, "  start: [at the (beginning of,")
    with pytest.raises(KnowledgeBaseError, match=r"lexicon.yaml: phrases.start: unbalanced or nested parenthesis"):
        load_kb(broken)


def test_a_line_that_spells_too_many_phrases_is_refused_naming_its_group(tmp_path: Path) -> None:
    """Every choice multiplies a line's phrases: a line of 72,000 once doubled the load. The limit is checked before
    anything is spelled out, and the error says how many and what to do."""
    too_many = "(a|b|c|d|e) (f|g|h|i|j) (k|l|m|n|o) (p|q|r|s|t) (u|v|w|x|y) (z|zz)"
    assert len(expand(too_many)) == 6_250 <= MAX_SPELLED  # fine alone; twice that is not
    with pytest.raises(ChoiceError, match=r"spells 12,500 phrases \(at most 12,000\): drop choices"):
        expand(too_many + " (end|stop)")
    anchor = "  start: [at the beginning of,"
    broken = edited_copy(tmp_path, "lexicon.yaml", anchor, "  start: [" + too_many + " (end|stop),")
    with pytest.raises(KnowledgeBaseError, match=r"lexicon.yaml: phrases.start: .* spells 12,500 phrases"):
        load_kb(broken)


def test_the_lexicon_spells_its_choices_out_and_holds_no_parenthesis() -> None:
    lex = load_kb().lexicon
    for section in (lex.phrases, lex.words, lex.shorthand):
        for group, phrases in section.items():
            assert not [p for p in phrases if "(" in p or ")" in p or "|" in p or "  " in p], group
    # three of the lexicon's choice lines, spelled out: a parent the answer is for, the reason a drill is taken for a
    # calf exercise, the leg a sport uses most
    assert {"explain this to my grandparents", "describe it to mum"} <= set(lex.phrases["_drop"])
    assert {"since you stay up on tiptoe", "because your on tiptoes"} <= set(lex.phrases["_drop"])
    assert "side from handball" in lex.phrases["leg"]


@pytest.mark.parametrize(("question", "same_as"), [
    # each pair: a phrase from the middle of a choice line, and the plain question the phrase is dropped from
    ("the girls always ask me what muscles butt kicks work", "what muscles do butt kicks work"),
    ("any variations apart from the classic version of butt kicks?", "any variations of butt kicks?"),
])
def test_a_spelled_out_phrase_answers_like_a_written_one(question: str, same_as: str) -> None:
    coach = Coach.load()
    assert coach.answer(question).entry_id == coach.answer(same_as).entry_id is not None
