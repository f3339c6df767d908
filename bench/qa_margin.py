"""Find the matcher's fragile answers: items whose card wins by a hair over a runner-up that would fail them.

Usage: python bench/qa_margin.py FILE.jsonl [FILE2.jsonl ...] [--margin 0.10] [--summary]

Why: twice a merge of two knowledge-base branches, each green alone, flipped a gated item because the item's
card had won by a few percent of BM25 score and a new phrasing on the other card tipped it. An item is
*fragile* when the card chosen by retrieval (not a safety rule, intent or decline) beats the runner-up by less
than ``--margin`` (a share of the winner's score) AND the runner-up's answer would fail the item's check: a
flip to a card that also passes is harmless. Tuners run this before and after a change; the figure to watch is
the fragile count, and the list says which items to give a sharper phrasing.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.qa_eval import load_items, passes
from bot.knowledge.coach import Coach

DEFAULT_MARGIN = 0.10


@dataclass(frozen=True)
class Fragile:
    item: dict
    winner: str
    runner_up: str
    margin: float  # (winner - runner-up) / winner


def fragile_items(coach: Coach, items: list[dict], margin: float) -> tuple[int, list[Fragile]]:
    """(how many items a retrieved card answered, the fragile ones among them, closest first)."""
    retrieved = 0
    found: list[Fragile] = []
    for item in items:
        answer = coach.answer(item["question"])
        if answer.declined or answer.rule is not None or answer.intent is not None or answer.entry_id is None:
            continue
        _, _, analysis = coach.read(item["question"])
        ranked = coach.matcher.rank(analysis, limit=2)
        if not ranked or ranked[0].entry.id != answer.entry_id:
            continue  # answered from the story's last question, or a fixed card ("overview"): no score race
        retrieved += 1
        if len(ranked) < 2:
            continue
        best, second = ranked
        share = (best.score - second.score) / best.score
        if share < margin and not passes(item, second.entry.answer, False):
            found.append(Fragile(item, best.entry.id, second.entry.id, share))
    return retrieved, sorted(found, key=lambda f: f.margin)


def main(argv: list[str]) -> int:
    summary = "--summary" in argv
    argv = [a for a in argv if a != "--summary"]
    margin = DEFAULT_MARGIN
    if "--margin" in argv:
        at = argv.index("--margin")
        margin = float(argv[at + 1])
        del argv[at : at + 2]
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    coach = Coach.load()
    total_retrieved = total_fragile = 0
    for name in argv:
        retrieved, fragile = fragile_items(coach, load_items(Path(name)), margin)
        total_retrieved += retrieved
        total_fragile += len(fragile)
        if fragile or not summary:
            print(f"== {name}: {len(fragile)} fragile of {retrieved} retrieved (margin < {margin:.0%})")
        if not summary:
            for f in fragile:
                print(f"  {f.margin:5.1%} {f.winner} over {f.runner_up}: {f.item['question']!r}")
    print(f"total: {total_fragile} fragile of {total_retrieved} retrieved answers (margin < {margin:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
