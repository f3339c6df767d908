"""Lexicon phrases written with choices (bot/knowledge/choices.py): one line stands for every phrase it spells."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bot.knowledge.choices import MAX_AROUND, MAX_SPELLED, ChoiceError, anchored, expand, words
from bot.knowledge.coach import Coach
from bot.knowledge.kb import KnowledgeBaseError, load_kb
from bot.knowledge.phrases import ChoicePhraseFinder, PhraseFinder, _Line
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
    spelled = lex.spelled_phrases()
    for section in (spelled, lex.words, lex.shorthand):
        for group, phrases in section.items():
            assert not [p for p in phrases if "(" in p or ")" in p or "|" in p or "  " in p], group
    # three of the lexicon's choice lines, spelled out: a parent the answer is for, the reason a drill is taken for a
    # calf exercise, the leg a sport uses most
    assert {"explain this to my grandparents", "describe it to mum"} <= set(spelled["_drop"])
    assert {"since you stay up on tiptoe", "because your on tiptoes"} <= set(spelled["_drop"])
    assert "side from handball" in spelled["leg"]
    assert any("(" in line for line in lex.phrase_lines["_drop"])  # the phrase lines are kept as written


@pytest.mark.parametrize(("question", "same_as"), [
    # each pair: a phrase from the middle of a choice line, and the plain question the phrase is dropped from
    ("the girls always ask me what muscles butt kicks work", "what muscles do butt kicks work"),
    ("any variations apart from the classic version of butt kicks?", "any variations of butt kicks?"),
])
def test_a_spelled_out_phrase_answers_like_a_written_one(question: str, same_as: str) -> None:
    coach = Coach.load()
    assert coach.answer(question).entry_id == coach.answer(same_as).entry_id is not None


# --- found without spelling out (phrases.ChoicePhraseFinder): each line cut at its anchor


def _lines() -> list[str]:
    return [line.lower() for group in load_kb().lexicon.phrase_lines.values() for line in group]


def test_words_are_the_words_of_every_phrase_spelled_for_each_lexicon_line() -> None:
    """The typo corrector's vocabulary holds the words of every phrase; choices.words finds them piece by piece."""
    lines = _lines()
    assert len(lines) > 4000
    for line in lines:
        assert words(line) == {w for phrase in expand(line) for w in phrase.split()}, line
    assert words("walk(ing|ed) (to |)the (park|shop)") == {"walking", "walked", "to", "the", "park", "shop"}
    assert words("a ( b|c)d") == {"a", "bd", "cd"}


def test_every_lexicon_line_is_its_heads_then_its_anchor_then_its_tails() -> None:
    """A line's phrases are a head, one of its anchor's texts, and a tail, spaces collapsed as expand collapses
    them: the cut spells exactly the phrases of the line, for every line of the lexicon with choices."""
    cut_lines = 0
    for line in _lines():
        found = anchored(line)
        if found is None:
            continue
        parts, at = found
        pieces_line = _Line(0, parts[:at], parts[at + 1:])
        phrases = set()
        for text in parts[at]:
            core = " ".join(text.split())
            assert any(ch.isalnum() for ch in core), line  # every phrase of the line holds a word of its anchor
            heads, tails = pieces_line.cuts(text[:1].isspace(), text[-1:].isspace())
            phrases |= {h + core + t for _, hs in heads for h in hs for _, ts in tails for t in ts}
        assert phrases == set(expand(line)) - {""}, line
        cut_lines += 1
    assert cut_lines > 300


def test_the_anchor_is_the_rarest_piece_that_leaves_little_to_spell() -> None:
    # "the" is in most messages; "laces" in few: the longer piece is the anchor though it leaves more around it
    parts, at = anchored("(tie|tied) the (laces|lace)") or ([], -1)
    assert parts[at] == ("laces", "lace")
    assert anchored("(a |)(|b)") is None  # every piece may be blank: spelled out instead
    # the long word would leave 3,456 texts to spell before it (more than MAX_AROUND): the middle choice, 36
    wide = " ".join(f"({'|'.join(f'w{i}{j}' for j in range(12))})" for i in range(3))
    parts, at = anchored("(a|b) " + wide + " longanchorword") or ([], -1)
    assert parts[at][0] == "w10"
    assert math.prod(len(p) for p in parts[:at]) + math.prod(len(p) for p in parts[at + 1:]) == 36 <= MAX_AROUND


@pytest.mark.parametrize(("lines", "text", "found"), [
    (["explain (it |)to (|my )(dad|mum)"], "can you explain it to my mum please", [("explain it to my mum", 0)]),
    (["walk(ing|ed) home"], "walked home and walking homes", [("walked home", 0)]),  # "homes": no boundary
    # the longest at each start; where two lines spell the same phrase the later line's stands
    (["butt kick", "(butt|heel) kick(s|)", "butt kicks"], "butt kicks", [("butt kicks", 2)]),
    (["(a |)(|b)", "x"], "a b x", [("a b", 0), ("x", 1)]),  # no anchor: spelled out
])
def test_the_choice_finder_finds_what_the_spelled_out_phrases_find(lines: list[str], text: str,
                                                                   found: list[tuple[str, int]]) -> None:
    spans = ChoicePhraseFinder(lines).spans(text)
    assert [(text[a:b], line) for a, b, line in spans] == found
    spelled = PhraseFinder(p for line in lines for p in expand(line))
    assert [text[a:b] for a, b, _ in spans] == spelled.findall(text)
