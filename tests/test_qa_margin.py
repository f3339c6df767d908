"""bench/qa_margin.py: an item is fragile exactly when its retrieved card wins by less than the margin and the
runner-up card would fail it; the figures it prints are what tuners compare before and after a change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import qa_margin
from bench.qa_eval import passes
from bot.knowledge.coach import Coach


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach.load()


def _item(question: str, must: list[list[str]]) -> dict:
    return {"question": question, "topic": "t", "must_mention_any": must, "must_not_mention": [], "expect": "answer"}


def test_an_item_is_fragile_only_below_the_margin_and_when_the_runner_up_fails_it(coach: Coach) -> None:
    question = "for a school movement lesson, do butt kicks really help coordination"
    best, second = coach.matcher.rank(coach.read(question)[2], limit=2)
    share = (best.score - second.score) / best.score
    # a word only the winner's answer holds: the runner-up fails this item
    only_winner = next(w for w in best.entry.answer.lower().split() if w not in second.entry.answer.lower())
    item = _item(question, [[only_winner]])
    assert not passes(item, second.entry.answer, False) and passes(item, best.entry.answer, False)

    retrieved, fragile = qa_margin.fragile_items(coach, [item], margin=share + 0.01)
    assert retrieved == 1
    assert [(f.winner, f.runner_up) for f in fragile] == [(best.entry.id, second.entry.id)]
    assert fragile[0].margin == pytest.approx(share)
    assert qa_margin.fragile_items(coach, [item], margin=share - 0.001)[1] == []  # wins by more: not fragile
    # a runner-up that would pass too (any answer mentions nothing required): a harmless flip, not fragile
    assert qa_margin.fragile_items(coach, [_item(question, [])], margin=1.0)[1] == []


def test_safety_answers_and_declines_are_not_counted_as_retrieved(coach: Coach) -> None:
    items = [
        _item("I have crushing chest pain during butt kicks", [["stop"]]),  # a red-flag rule answers
        {**_item("how do I bake sourdough bread", []), "expect": "decline"},
    ]
    assert qa_margin.fragile_items(coach, items, margin=1.0) == (0, [])


def test_the_report_lists_the_closest_first(coach: Coach, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    questions = [
        "what muscles do butt kicks work",
        "for a school movement lesson, do butt kicks really help coordination",
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(_item(q, [["zzz-never"]])) + "\n" for q in questions))  # every runner-up fails
    assert qa_margin.main([str(path), "--margin", "1.0"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"== {path}: 2 fragile of 2 retrieved (margin < 100%)"
    margins = [float(line.split("%")[0]) for line in out[1:3]]
    # the nearer tie first, whichever question it is (the knowledge base's growth moves both margins)
    assert margins[0] < margins[1]
    assert all(any(q in line for line in out[1:3]) for q in questions)
    assert out[3] == "total: 2 fragile of 2 retrieved answers (margin < 100%)"
