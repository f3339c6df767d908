"""Every class of the knowledge base searched over every stored question once, shared by the tests that check a
faster way of deciding a class (test_alternation, test_prefilter) against it. Each of them used to search the
whole grid itself (~22,000 questions x ~230 classes): three passes of the same regexes, half of the suite's time."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from bot.knowledge.coach import Coach
from bot.knowledge.safety import PatternClass, safety_classes

DATA = Path(__file__).parent / "data"


def classes(coach: Coach) -> list[PatternClass]:
    assert coach.safety is not None
    return [*safety_classes(coach.safety.rules), *(s.match for s in coach.kb.scope),
            *(i.match for i in coach.kb.intents)]


@functools.cache
def _coach() -> Coach:
    """A coach that never answers, so its classes stay unindexed (each runs its whole alternation)."""
    return Coach.load()


@functools.cache
def standalone() -> tuple[PatternClass, ...]:
    """The unindexed classes, in the coach's order."""
    return tuple(classes(_coach()))


@functools.cache
def flats() -> tuple[str, ...]:
    """Every question of every stored set, lower-cased and flattened as the rules read it."""
    coach = _coach()
    assert coach.safety is not None
    questions = [json.loads(line)["question"] for f in sorted(DATA.glob("qa_*.jsonl"))
                 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tuple(coach.safety.flatten(q.lower()) for q in questions)


@functools.cache
def matched() -> dict[str, frozenset[int]]:
    """For each class (by ``where``), the indices of the flats its compiled patterns match: the joined alternation
    searched directly, with no literal prefilter and no ``unless``."""
    texts = flats()
    return {c.where: frozenset(i for i, flat in enumerate(texts) if c.compile().search(flat))
            for c in standalone()}


def decides(c: PatternClass, i: int) -> bool:
    """What the whole class decides on flat ``i``: its patterns match and its ``unless`` does not."""
    if i not in matched()[c.where]:
        return False
    c.compile()
    unless = c._unless
    return unless is None or unless.search(flats()[i]) is None
