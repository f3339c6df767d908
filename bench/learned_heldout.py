"""Held-out check of the learned second opinion (bot/knowledge/learned.py): the rules as they were when a blind round
was measured untouched, alone and with a model trained only on what existed then.

For each ROUND:COMMIT pair (COMMIT: the commit the round was measured untouched on), the knowledge code and data at
COMMIT are exported to a temporary folder; the model is trained (scripts/train_learned.py's features and SVM) on
the stored sets of earlier rounds and that commit's card phrasings, labelled with that commit's rules; then the
round's three sets are scored twice by the README rule: the rules alone (the untouched figure), and the rules with
the model asked where the current coach asks it (no rule answered; the matcher declined or was below
LEARNED_BELOW; its red flag or diagnosis label when LEARNED_SAFETY_MARGIN ahead; its card over the matcher's
decline when LEARNED_OVER_DECLINE ahead). Red-flag items answered as red
flags are counted both ways ("strictly"), and ordinary ones the model called red flags ("false alarms"). Nothing
of the round is trained on. Tests-table questions are left out (they did not exist apart
from the rounds' own), so the figure is slightly conservative.

Usage (pip install -e '.[experiment]' first: scikit-learn):
  python bench/learned_heldout.py [-v] 50:6ee363d 51:2ef4533 52:e305d46
"""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "data"
# a round's sets: qa_blind(R+6), qa_safety_blind(R+1), qa_redflag_stress(R-25)
OFFSETS = (("qa_blind", 6), ("qa_safety_blind", 1), ("qa_redflag_stress", -25))
VERBOSE = "-v" in sys.argv  # each answer the model moved, + fixed or - broken (reads the held-out questions)


def round_sets(r: int) -> list[Path]:
    return [SETS / f"{prefix}{r + off}.jsonl" for prefix, off in OFFSETS]


def before_round(path: Path, r: int) -> bool:
    """A stored set that existed before round ``r`` (every numbered round set from it on is left out)."""
    for prefix, off in OFFSETS:
        m = re.fullmatch(prefix + r"(\d+)\.jsonl", path.name)
        if m:
            return int(m.group(1)) < r + off
    return True


def _fresh_modules(root: Path) -> None:
    """Import bot.* from ``root`` (the exported commit), not from this checkout."""
    for name in [m for m in sys.modules if m == "bot" or m.startswith("bot.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()


def measure(r: int, commit: str) -> dict[str, tuple[int, int, int, int, int, int]]:
    from bench.qa_eval import load_items, passes

    # today's thresholds and model: the ones that ship
    from bot.knowledge.coach import LEARNED_BELOW, LEARNED_OVER_DECLINE, LEARNED_SAFETY_MARGIN
    from bot.knowledge.learned import DECLINE, SAFETY, Learned

    train_script = importlib.import_module("scripts.train_learned")
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="learned_heldout_") as tmp:
        subprocess.run(f"git -C {ROOT} archive {commit} bot | tar -x -C {tmp}", shell=True, check=True)
        _fresh_modules(Path(tmp))
        from bot.knowledge.coach import CLEAN_CAP, Coach  # the rules at the commit

        # a commit with a model of its own labels with its rules alone (Coach.load's learned= came with the model)
        coach = Coach.load(learned=False) if "learned" in inspect.signature(Coach.load).parameters else Coach.load()
        kinds = {text: kind for kind, text in coach.kb.lexicon.declines.items()}

        # the commit's answers to a red flag and a diagnosis request, for the model's SAFETY labels
        verdicts = {kind: coach.answer(q) for kind, q in (("red_flag", "i fainted during butt kicks"),
                                                          ("diagnosis", "is my acl torn? confirm it"))}

        def label(answer: Any) -> str | None:  # Coach.learned_label today; the commit's Coach has none
            kind = (answer.rule or "").partition(":")[0]
            if kind in verdicts:
                return SAFETY + kind
            if answer.rule is not None or getattr(answer, "intent", None) is not None:
                return None
            return DECLINE + kinds[answer.text] if answer.declined else answer.entry_id

        labelled: dict[str, str] = {}
        for path in sorted(SETS.glob("qa_*.jsonl")):
            if not before_round(path, r):
                continue
            for item in load_items(path):
                a = coach.answer(item["question"])
                lab = label(a)
                if lab is not None and lab != DECLINE + "empty" and passes(item, a.text, a.declined):
                    labelled.setdefault(coach.read(item["question"])[1][:CLEAN_CAP], lab)
        for entry in coach.kb.entries:
            for q in entry.questions:
                lab = label(coach.answer(q))
                if lab is not None and lab != DECLINE + "empty":
                    labelled.setdefault(coach.read(q)[1][:CLEAN_CAP], lab)
        model = Learned(train_script.train(sorted(labelled.items())))
        out = {}
        for path in round_sets(r):
            rules = combined = strict_rules = strict = false_alarms = 0
            items = load_items(path)
            for item in items:
                a = coach.answer(item["question"])
                ok = passes(item, a.text, a.declined)
                rules += ok
                red_flag = (a.rule or "").startswith("red_flag:")
                strict_rules += red_flag and item["topic"] == "red_flag"
                unsure = a.declined or a.confidence < LEARNED_BELOW
                if a.rule is None and getattr(a, "intent", None) is None and unsure:
                    opinion = model.opinion(coach.read(item["question"])[1][:CLEAN_CAP])
                    if opinion.label.startswith(SAFETY) and opinion.margin < LEARNED_SAFETY_MARGIN:
                        opinion = model.opinion(coach.read(item["question"])[1][:CLEAN_CAP], without=SAFETY)
                    if opinion.label.startswith(SAFETY):
                        verdict = verdicts[opinion.label.removeprefix(SAFETY)]
                        text, declined, red_flag = verdict.text, verdict.declined, not verdict.declined
                        false_alarms += red_flag and item["topic"] != "red_flag"
                    elif opinion.label.startswith(DECLINE):
                        text, declined = ((a.text, True) if a.declined
                                          else (coach.kb.lexicon.declines[opinion.label[len(DECLINE):]], True))
                    elif a.declined and opinion.margin < LEARNED_OVER_DECLINE:  # no card: the model not clearly ahead
                        text, declined = a.text, True
                    else:
                        text, declined = coach.answer_entry(opinion.label).text, False
                    moved = passes(item, text, declined)
                    if VERBOSE and moved != ok:
                        print(f"  {'+' if moved else '-'} [{item['topic']}] {a.entry_id or a.rule or 'declined'} -> "
                              f"{opinion.label}: {item['question'][:100]}")
                    ok = moved
                combined += ok
                strict += red_flag and item["topic"] == "red_flag"
            out[path.name] = (len(items), rules, combined, strict_rules, strict, false_alarms)
        sys.path.remove(tmp)
    _fresh_modules(ROOT)
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    sys.path.insert(0, str(ROOT))
    for arg in (a for a in argv if a != "-v"):
        r, commit = arg.split(":")
        for name, (n, rules, combined, strict_rules, strict, false_alarms) in measure(int(r), commit).items():
            line = f"round {r} on {commit}: {name}: rules alone {rules}/{n}, with the model {combined}/{n}"
            if strict_rules or strict:  # red flags answered as red flags; and ordinary questions that were not
                line += f"; red flags strictly {strict_rules} -> {strict}, false alarms {false_alarms}"
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
