"""The streak rules, as one pure function of the days a member drilled (deterministic, no database).

Definitions (all days are local calendar days in the member's zone — the team's unless they set their own):

* A **drill day** is a day with at least one logged drill; several drills on one day count once.
* The **streak** grows by one on each drill day that follows the previous drill day directly or across
  frozen days. It is **alive through the day after the last drill day**: today not being drilled *yet* is
  never a miss; only days strictly before today can be missed.
* **Freezes**: each run of 7 consecutive drill days (7, 14, 21, ... in a row, no frozen day in between)
  earns one freeze; a member holds at most 2 (an earning with 2 held is lost). Each missed day while a
  streak is alive spends one freeze automatically and the streak survives it without growing; the day is
  *frozen*. A missed day with no freeze left breaks the streak (to 0). A frozen day also restarts the
  count of consecutive drill days towards the next freeze. (A gap longer than the freezes held spends
  them all, one per missed day, and then breaks the streak.)
* **Longest** is the largest streak ever reached (frozen days do not add to it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

FREEZE_EVERY = 7
FREEZES_MAX = 2


@dataclass(frozen=True, slots=True)
class StreakState:
    current: int
    longest: int
    freezes: int
    frozen_days: tuple[date, ...]
    last_day: date | None


def compute_streak(days: Iterable[date], today: date) -> StreakState:
    """Apply the rules above to ``days`` (any order, duplicates allowed); days after ``today`` are ignored.

    Runs in O(number of drill days): a gap of missed days is settled arithmetically, not day by day.
    """
    ordered = sorted({d for d in days if d <= today})
    streak = longest = freezes = run = 0
    frozen: list[date] = []
    previous: date | None = None

    def miss(first: date, count: int) -> None:
        """Settle ``count`` missed days starting at ``first``."""
        nonlocal streak, freezes, run
        if count <= 0 or streak == 0:
            return
        spent = min(freezes, count)
        frozen.extend(first + timedelta(days=i) for i in range(spent))
        freezes -= spent
        run = 0
        if count > spent:
            streak = 0

    for day in ordered:
        if previous is not None:
            miss(previous + timedelta(days=1), (day - previous).days - 1)
        streak += 1
        run += 1
        longest = max(longest, streak)
        if run % FREEZE_EVERY == 0:
            freezes = min(FREEZES_MAX, freezes + 1)
        previous = day
    if previous is not None:
        # Days between the last drill and today (exclusive) are missed; today itself is still open.
        miss(previous + timedelta(days=1), (today - previous).days - 1)
    return StreakState(streak, longest, freezes, tuple(frozen), previous)


# More missed days in a row than freezes can be held always breaks a streak and leaves nothing behind (no
# streak, no freeze, no run), so the current streak depends only on the drill days after the last such gap.
BREAK_GAP = FREEZES_MAX + 1


def current_streak(days: Sequence[date], today: date, known_from: date) -> int | None:
    """``compute_streak(all_days, today).current`` knowing only the drill days from ``known_from`` on.

    ``days``: sorted, distinct, within ``known_from..today``. None when the answer could depend on earlier
    days (no break-sized gap in the window); the caller then needs the whole history.
    """
    if not days:
        return 0 if (today - known_from).days >= BREAK_GAP else None
    for i in range(len(days) - 1, 0, -1):
        if (days[i] - days[i - 1]).days - 1 >= BREAK_GAP:
            return compute_streak(days[i:], today).current
    if (days[0] - known_from).days >= BREAK_GAP:  # the previous drill day is even earlier
        return compute_streak(days, today).current
    return None


def team_streak(goal_days: Iterable[date], today: date) -> int:
    """Consecutive days on which the team met its goal, ending today or (today still open) yesterday."""
    met = set(goal_days)
    day = today if today in met else today - timedelta(days=1)
    count = 0
    while day in met:
        count += 1
        day -= timedelta(days=1)
    return count
