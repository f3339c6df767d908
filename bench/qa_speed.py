"""Answer latency (p50/p99 over the dev set x 100), knowledge-base load time (cold subprocess + warm) and the
first answer after a start-up, with the rules' literals computed (a new cache) and read from the cache.

Usage: python bench/qa_speed.py [FILE.jsonl]   (default: tests/data/qa_dev.jsonl)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
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

# A start-up's first answer: the rules are indexed then (safety.index_classes), from the cache or by parsing them all.
FIRST_SNIPPET = (
    "import time; from bot.knowledge.coach import Coach; c=Coach.load(); t=time.perf_counter();"
    " c.answer('what muscles do butt kicks work?'); print((time.perf_counter()-t)*1000)"
)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def run_ms(snippet: str, env: dict[str, str] | None = None) -> float:
    out = subprocess.run([sys.executable, "-c", snippet], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=env)
    return float(out.stdout.strip())


def first_answer_ms() -> tuple[float, float]:
    """The first answer of a fresh process with a new cache folder (every rule parsed), then with it filled."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "BUTT_KICK_COACH_CACHE": folder}
        return run_ms(FIRST_SNIPPET, env), run_ms(FIRST_SNIPPET, env)


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else ROOT / "tests" / "data" / "qa_dev.jsonl"
    questions = [item["question"] for item in load_items(path)]
    # A bot's start-up reads its modules' compiled bytecode (the first run writes it), unless the environment
    # forbids writing it (PYTHONDONTWRITEBYTECODE, set on some machines): every module then compiles again at
    # every start (~50 ms of the figure here). Timed as a start-up runs: the first run writes it, uncounted.
    bytecode = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    run_ms(COLD_SNIPPET, bytecode)
    cold = [run_ms(COLD_SNIPPET, bytecode) for _ in range(5)]
    parsed, cached = zip(*(first_answer_ms() for _ in range(3)), strict=True)
    t0 = time.perf_counter()
    coach = Coach.load()
    warm_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    coach.answer(questions[0])  # indexes the rules (from the cache, as a bot's start-up does: Coach.warm)
    first_ms = (time.perf_counter() - t0) * 1000
    first_pass = []  # an alternative of a rule compiles on its first candidate text
    for q in questions:
        t = time.perf_counter()
        coach.answer(q)
        first_pass.append((time.perf_counter() - t) * 1000)
    times = []
    for _ in range(ROUNDS):
        for q in questions:
            t = time.perf_counter()
            coach.answer(q)
            times.append((time.perf_counter() - t) * 1000)
    print(
        f"KB load: cold (fresh process, incl. imports, bytecode cached) median {statistics.median(cold):.0f} ms; "
        f"in-process reload {warm_ms:.0f} ms; first answer after it {first_ms:.0f} ms"
    )
    print(
        f"first answer of a start-up (median of 3): rules parsed (a new cache) {statistics.median(parsed):.0f} ms, "
        f"rules' literals read from the cache {statistics.median(cached):.0f} ms"
    )
    print(
        f"first pass over the set ({len(first_pass)} answers, compiling what they touch): "
        f"p50 {percentile(first_pass, 50):.3f} ms, p99 {percentile(first_pass, 99):.3f} ms, "
        f"max {max(first_pass):.1f} ms"
    )
    print(
        f"answer(): {len(times)} calls, p50 {percentile(times, 50):.3f} ms, p99 {percentile(times, 99):.3f} ms, "
        f"max {max(times):.3f} ms"
    )
    # the learned second opinion's cost: the same questions, rules alone and with the model, alternated per round
    rules = Coach.load(learned=False)
    rules.warm()
    coach.warm()
    timed: dict[str, list[float]] = {"with the learned model": [], "rules alone": []}
    for _ in range(ROUNDS // 4):
        for name, c in (("with the learned model", coach), ("rules alone", rules)):
            for q in questions:
                t = time.perf_counter()
                c.answer(q)
                timed[name].append((time.perf_counter() - t) * 1000)
    asked = sum(1 for q in questions if coach.answer(q).learned or coach.answer(q) != rules.answer(q))
    print("; ".join(f"{name}: p50 {percentile(v, 50):.3f} ms, p99 {percentile(v, 99):.3f} ms"
                    for name, v in timed.items()) + f" ({asked} of {len(questions)} answers chosen by the model)")
    fresh = Coach.load()
    t0 = time.perf_counter()
    fresh._load_learned()
    print(f"learned model read (at warm-up or the first unsure question): {(time.perf_counter() - t0) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
