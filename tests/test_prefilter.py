"""The literal prefilter of the rule regexes (bot/knowledge/prefilter.py) may skip a regex only when it
cannot match: every text the regex matches must contain one of the literals."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.knowledge.coach import Coach
from bot.knowledge.prefilter import Commonness, LiteralIndex, compile_with_clauses
from bot.knowledge.safety import first_firing, itself, safety_classes
from tests import class_grid


def needs(pattern: str) -> set[str] | None:
    found = compile_with_clauses(pattern, further=False)[1]
    return None if found is None else set(found)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bchest pain\b", {"chest pain"}),
    (r"\b(numb|tingl\w*) (arm|leg)\b", {"numb", "tingl"}),  # the more selective part: longest shortest literal
    (r"\bheart (is )?pounding\b", {"pounding"}),
    (r"(?=.*\bdizz\w*).*\bbutt kicks\b", {"butt kicks"}),
    (r"^(?=.*\b(faint|passed out)\b)", {"faint", "passed out"}),  # a lookahead's literals are in the text too
    (r"\b(pain|painful|pains)\b", {"pain"}),  # "pain" is found wherever "painful" is
    (r"(sore){2,}", {"sore"}),
    (r"[a-z]+ing", {"ing"}),  # a character class is no literal, the run after it is
])
def test_required_literals(pattern: str, expected: set[str]) -> None:
    assert needs(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"\b\w+ (\w+ ){0,5}now\b|\bhelp",  # "help" or "now": both alternatives must bring a literal, and they do
])
def test_alternation_unions_its_alternatives(pattern: str) -> None:
    assert needs(pattern) == {"now", "help"}


@pytest.mark.parametrize("pattern", [
    r"\b(chest|\w+) pain\b|x?",  # an alternative that needs nothing: the whole needs nothing
    r"(pain)?\w+",  # optional
    r"(?!pain)\w+",  # a negative lookahead requires nothing
    r"(?i)Chest",  # ignores case: the lower-case text might match an upper-case literal
])
def test_no_literal_when_none_is_certain(pattern: str) -> None:
    assert needs(pattern) is None


def also(pattern: str) -> list[set[str]]:
    return [set(clause) for clause in compile_with_clauses(pattern)[2]]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?=.*\bdizz\w*).*\bbutt kicks\b", [{"dizz"}]),  # the index looks for "butt kicks", then "dizz" must occur
    # the index looks for " after "; each part must occur too
    (r"\b(numb|tingl\w*) (arm|leg)s? after (\w+ ){0,3}running\b", [{"running"}, {"numb", "tingl"}, {"arm", "leg"}]),
    (r"\bbutt kicks?\b.*\bkick\b", []),  # "kick" occurs wherever "butt kick" does: implied, not checked
    (r"\bchest pain\b", []),
    (r"(pain)?\w+ (?!knee)\w+", []),  # nothing is certain
])
def test_further_literal_sets(pattern: str, expected: list[set[str]]) -> None:
    """prefilter.also_required: the literal sets beyond the index's that every match holds one of, most
    selective first (LiteralIndex checks them before an alternative's regex runs)."""
    assert also(pattern) == expected


def commonness(*texts: str) -> Commonness:
    return Commonness("test", lambda: texts)


def test_the_least_common_literals_are_looked_for() -> None:
    """With how often literals occur in ordinary questions (prefilter.Commonness), the index looks for the
    rarest set, not the longest: " for " is longer than "gift" but in most questions."""
    pattern = r"\b(gift|present) for (the )?bride\b|\bwedding gift\b"
    assert needs(pattern) == {" for ", "wedding gift"}  # longest shortest literal: " for " outranks "gift"
    common = commonness("what are butt kicks for", "good for runners", "for how long", "a gift for my coach")
    chosen = compile_with_clauses(pattern, common=common)
    assert set(chosen[1] or ()) == {"bride", "wedding gift"}  # "bride" was never seen: rarer than "gift"
    assert [set(clause) for clause in chosen[2]] == []  # the branch is one set: nothing further is certain


def test_commonness_counts_every_literal_of_a_set_and_an_unseen_one_is_not_free() -> None:
    common = commonness("knee pain after butt kicks", "knee aches", "calf cramp")
    assert common(frozenset({"knee"})) == (2 + 0.5) / 3
    assert common(frozenset({"knee", "calf"})) == (2 + 0.5) / 3 + (1 + 0.5) / 3
    assert common(frozenset({"xylophone"})) == 0.5 / 3


def test_the_coach_index_admits_fewer_alternatives_than_the_longest_literals() -> None:
    """A speed guard, not a safety one (either choice is only ever necessary: the index-vs-whole-alternation
    test below holds for the coach's own index): on the stored questions the coach's index, which looks for the
    least common literals, admits fewer alternatives than one built on the longest literals."""
    coach = Coach.load()
    assert coach.safety is not None
    coach.answer("warm up")  # indexes the coach's own classes
    ours = class_grid.classes(coach)[0]._index
    assert ours is not None
    indexed = [c for c in class_grid.classes(coach) if c._index is ours]
    by_length = [compile_with_clauses(alternative) for c in indexed for alternative in c._alternatives]
    longest = LiteralIndex([literals for _, literals, _ in by_length], also=[also for _, _, also in by_length])
    flats = class_grid.flats()[::20]
    admitted = sum(len(ours.candidates(flat)) for flat in flats)
    assert admitted < 0.7 * sum(len(longest.candidates(flat)) for flat in flats)


def test_a_slot_is_a_candidate_only_when_each_of_its_literal_sets_occurs() -> None:
    index = LiteralIndex([("chest",), ("chest",), ("knee",)], owners=[0, 0, 1],
                         also=[(("tight", "pain"),), (), (("pop",), ("swell",))])
    assert index.candidates("my chest is tight") == {0, 1}
    assert index.candidates("my chest hurts") == {1}
    assert index.owners("knee went pop") == frozenset()  # "knee" and "pop" occur, "swell" does not
    assert index.slots("knee went pop then swelled up, chest pain", 1) == (2,)
    assert index.slots("chest pain", 0) == (0, 1)


CLASSES = class_grid.standalone()
PATTERNS = [(c.where, p) for c in CLASSES for p in c.patterns]


def test_every_class_has_a_prefilter() -> None:
    """The speed gain rests on it: a class whose literals cannot be derived runs its regex on every question
    (still correct, so this is a performance guard, not a safety one)."""
    for c in CLASSES:
        c.compile()
    assert [c.where for c in CLASSES if c._needs is None] == []


@pytest.mark.parametrize(("where", "pattern"), PATTERNS, ids=[f"{w}#{i}" for i, (w, _) in enumerate(PATTERNS)])
def test_texts_the_pattern_matches_contain_a_literal(where: str, pattern: str) -> None:
    """Property: any text a knowledge-base pattern matches (generated by hypothesis from the regex itself)
    contains one of its class's literals, so the prefilter never hides a match."""
    cls = next(c for c in CLASSES if c.where == where)
    cls.compile()
    literals = cls._needs
    assert literals is not None
    regex = re.compile(pattern)

    @settings(max_examples=15, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(st.from_regex(regex))
    def check(text: str) -> None:
        assert any(n in text for n in literals), (text, literals)

    check()


def test_prefilter_changes_no_answer_on_the_question_sets() -> None:
    """Every question of every set gets the same class decisions with and without the prefilter: every text a
    class's whole alternation matches (class_grid, searched once) holds one of the class's literals."""
    flats, matched = class_grid.flats(), class_grid.matched()
    assert len(flats) > 2000
    fired = 0
    for c in class_grid.standalone():
        c.compile()
        for i in matched[c.where]:
            assert c._needs is None or any(n in flats[i] for n in c._needs), (c.where, flats[i])
        fired += len(matched[c.where])
    assert fired > 500  # the sets do reach the rules: the check above was exercised on matches


def test_the_shared_index_admits_exactly_the_classes_whose_literals_occur() -> None:
    """One automaton scan (prefilter.LiteralIndex) answers for every class what searching its literals one by
    one would; a class without literals is always admitted."""
    compiled = [c for c in CLASSES if c.compile() is not None]
    needs = [c._needs for c in compiled] + [None]
    index = LiteralIndex(needs)
    flats = class_grid.flats()
    admitted = 0
    for flat in flats:
        found = index.candidates(flat)
        assert found == index.candidates(flat)  # the memo answers the same
        expected = {i for i, n in enumerate(needs) if n is None or any(lit in flat for lit in n)}
        assert found == expected, flat
        admitted += len(found)
    assert admitted > len(flats)  # more than the always-run class: the literals were found


def test_an_answer_uses_the_shared_index() -> None:
    coach = Coach.load()
    assert coach.safety is not None
    coach.answer("my chest feels tight")
    assert all(c._index is not None for c in safety_classes(coach.safety.rules))


def test_indexed_classes_fire_exactly_when_their_whole_alternation_does() -> None:
    """Indexed, a class runs only the alternatives whose literals occur (PatternClass.use_index); on every
    question of every set each class must decide what its whole alternation (and ``unless``) decides
    (class_grid.decides: the unindexed classes' matches, searched once)."""
    coach = Coach.load()
    assert coach.safety is not None
    standalone = class_grid.standalone()  # another load: these stay unindexed
    coach.answer("warm up")  # indexes the coach's own classes
    indexed = class_grid.classes(coach)
    assert [c.where for c in indexed] == [c.where for c in standalone]
    assert all(c._index is not None for c in indexed) and not any(c._index is not None for c in standalone)
    fired = 0
    for i, flat in enumerate(class_grid.flats()):
        for fast, whole in zip(indexed, standalone, strict=True):
            decided = class_grid.decides(whole, i)
            assert fast.fires(flat) == decided, (fast.where, flat)
            fired += decided
    assert fired > 500


def test_the_classes_that_read_marks_have_an_index_of_their_own() -> None:
    """Safety.flatten_marked's text is read by the few classes whose patterns have a sentence mark: they share a
    small index, so that text is not scanned for every class's literals; first_firing over a list that mixes
    the two indexes still reads each class's own (the index-vs-whole test above covers their decisions)."""
    coach = Coach.load()
    coach.answer("warm up")
    indexed = class_grid.classes(coach)
    marks = {c._index for c in indexed if c.reads_marks}
    rest = {c._index for c in indexed if not c.reads_marks}
    assert len(marks) == 1 and len(rest) == 1 and marks.isdisjoint(rest)
    reading = [c for c in indexed if c.reads_marks]
    assert reading and len(reading) < len(indexed) // 20
    mixed = [c for c in indexed if c.where.startswith("off_scope.")]
    assert any(c.reads_marks for c in mixed) and not all(c.reads_marks for c in mixed)
    for flat in class_grid.flats()[::7]:
        assert first_firing(mixed, flat, itself) is next((c for c in mixed if c.fires(flat)), None), flat


def test_owners_are_the_classes_of_the_candidate_slots() -> None:
    """LiteralIndex.owners groups the candidate slots by class: a class is ruled out only when none of its
    alternatives' literals occur."""
    index = LiteralIndex([("chest",), ("dizz", "faint"), None, ("knee",)], owners=[0, 0, 1, 2])
    assert index.owners("my chest hurts") == {0, 1}
    assert index.owners("felt faint") == {0, 1}
    assert index.owners("knee aches") == {1, 2}
    assert index.owners("legs tired") == {1}  # the class with a literal-free alternative always runs


def test_the_first_firing_class_is_the_first_in_order_that_fires() -> None:
    """safety.first_firing skips the classes the index rules out; precedence must stay the list's order (a red
    flag before a diagnosis, the first scope class that fires names the decline)."""
    coach = Coach.load()
    assert coach.safety is not None
    coach.answer("warm up")  # indexes the coach's own classes
    lists = [list(coach.safety.rules.red_flags), [s.match for s in coach.kb.scope], [i.match for i in coach.kb.intents]]
    found = 0
    for flat in class_grid.flats():
        for classes in lists:
            first = first_firing(classes, flat, itself)
            assert first is next((c for c in classes if c.fires(flat)), None), flat
            found += first is not None
    assert found > 500
