"""Score the coach on a Q&A JSONL file with the rule from shared/eval/README.md.

Usage: python bench/qa_eval.py FILE.jsonl [FILE2.jsonl ...] [--summary]
--summary prints only each set's score line and per-topic rates (for held-out sets: no question is shown).
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.knowledge.coach import Coach

DECLINE_PHRASES = (
    "not sure",
    "can't help",
    "cannot help",
    "can not help",
    "can't answer",
    "cannot answer",
    "i can only",
    "i'm only able",
    "i am only able",
    "only know about",
    "only help with",
    "only answer questions about",
    "only cover",
    "outside my",
    "outside what i",
    "out of scope",
    "outside the scope",
    "beyond my",
    "don't have information",
    "don't have any information",
    "do not have information",
    "no information",
    "not able to help",
    "unable to help",
    "don't know",
    "do not know",
    "can't diagnose",
    "cannot diagnose",
    "unable to diagnose",
    "not able to diagnose",
    "not a doctor",
)


def _norm(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def signals_decline(text: str, declined: bool) -> bool:
    return declined or any(p in _norm(text) for p in DECLINE_PHRASES)


def passes(item: dict, answer: str, declined: bool) -> bool:
    """The README rule for one item: ``answer`` is the reply text, ``declined`` the interface flag."""
    text = _norm(answer)
    if any(_norm(bad) in text for bad in item.get("must_not_mention", [])):
        return False
    if item["expect"] == "decline":
        return signals_decline(answer, declined)
    if declined:  # an in-scope question answered with a decline fails
        return False
    return all(any(_norm(alt) in text for alt in group) for group in item["must_mention_any"])


@dataclass
class Report:
    total: int = 0
    passed: int = 0
    by_topic: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    failures: list[tuple[dict, str]] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


def load_items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(coach: Coach, items: list[dict]) -> Report:
    report = Report()
    for item in items:
        ans = coach.answer(item["question"])
        ok = passes(item, ans.text, ans.declined)
        report.total += 1
        report.passed += ok
        topic = report.by_topic[item["topic"]]
        topic[0] += ok
        topic[1] += 1
        report.lengths.append(len(ans.text))
        if not ok:
            report.failures.append((item, ans.text))
    return report


def print_summary(name: str, report: Report) -> None:
    print(f"== {name}: {report.passed}/{report.total} passed ({report.rate:.1%})")
    for topic, (ok, n) in sorted(report.by_topic.items()):
        print(f"  {topic:28s} {ok}/{n} ({ok / n:.0%})")


def print_report(name: str, report: Report) -> None:
    print_summary(name, report)
    for item, answer in report.failures:
        print(f"  FAIL [{item['topic']}] {item['question']!r}\n       -> {answer}")
    print(f"  answer length: median {statistics.median(report.lengths):.0f}, max {max(report.lengths)}")


USAGE = ("Usage: python bench/qa_eval.py FILE.jsonl [FILE2.jsonl ...] [--summary]\n"
         "  e.g. python bench/qa_eval.py tests/data/qa_dev.jsonl tests/data/qa_blind*.jsonl")


def main(argv: list[str]) -> int:
    """Exit 2 with the usage when there is nothing to score (no file, a missing or empty one): a wrong glob
    in a script must not look like a passing evaluation."""
    summary = "--summary" in argv
    argv = [a for a in argv if a != "--summary"]
    if not argv or argv[0] in {"-h", "--help"}:
        print(USAGE, file=sys.stderr)
        return 2
    sets = []
    for name in argv:
        path = Path(name)
        if not path.is_file():
            print(f"{name}: no such file.\n{USAGE}", file=sys.stderr)
            return 2
        items = load_items(path)
        if not items:
            print(f"{name}: no questions in it (one JSON object per line).", file=sys.stderr)
            return 2
        sets.append((name, items))
    coach = Coach.load()
    for name, items in sets:
        report = evaluate(coach, items)
        if summary:
            print_summary(name, report)
        else:
            print_report(name, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
