"""Weekly recap picture: render time of the full chart (15 member rows, 6 weeks of team totals).

    python bench/recap_render.py [RUNS]

Prints the median and p95 of RUNS renders (default 50) and the PNG size. Target: < 200 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.recap.chart import render_week
from bot.recap.queries import Week


def sample_week() -> Week:
    first = date(2026, 11, 23)
    rows = tuple((f"member number {i} with a long display name"[: 12 + i], frozenset(range(0, 7, 1 + i % 3)))
                 for i in range(15))
    history = tuple((first - timedelta(weeks=w), 40 + 7 * w) for w in range(5, -1, -1))
    return Week(first, rows, 15, sum(len(d) for _, d in rows), history)


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 50
    week = sample_week()
    render_week(week)  # fonts and caches warm, as in a running bot
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        png = render_week(week)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"recap render, {runs} runs: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
          f"{len(png) / 1024:.0f} KiB PNG (target < 200 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
