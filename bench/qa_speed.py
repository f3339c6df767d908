"""Answer latency (p50/p99 over the dev set x 100) and knowledge-base load time (cold subprocess + warm).

Usage: python bench/qa_speed.py [FILE.jsonl]   (default: tests/data/qa_dev.jsonl)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from bench.qa_eval import load_items  # noqa: E402  (needs the sys.path line above when run as a script)
from bot.knowledge.coach import Coach  # noqa: E402

ROUNDS = 100
# Imports are timed too: a cold start pays for rapidfuzz/yaml/PIL, as the bot does at start-up.
COLD_SNIPPET = (
    "import time; t=time.perf_counter(); from bot.knowledge.coach import Coach; Coach.load();"
    " print((time.perf_counter()-t)*1000)"
)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def cold_load_ms() -> float:
    out = subprocess.run([sys.executable, "-c", COLD_SNIPPET], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else ROOT / "tests" / "data" / "qa_dev.jsonl"
    questions = [item["question"] for item in load_items(path)]
    cold = [cold_load_ms() for _ in range(3)]
    t0 = time.perf_counter()
    coach = Coach.load()
    warm_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    coach.answer(questions[0])  # compiles the off_scope classes (scope.py: on first use, not at load)
    first_ms = (time.perf_counter() - t0) * 1000
    times = []
    for _ in range(ROUNDS):
        for q in questions:
            t = time.perf_counter()
            coach.answer(q)
            times.append((time.perf_counter() - t) * 1000)
    print(
        f"KB load: cold (fresh process, incl. imports) median {statistics.median(cold):.0f} ms; "
        f"in-process reload {warm_ms:.0f} ms; first answer after it {first_ms:.0f} ms"
    )
    print(
        f"answer(): {len(times)} calls, p50 {percentile(times, 50):.3f} ms, p99 {percentile(times, 99):.3f} ms, "
        f"max {max(times):.3f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
