"""One-shot follow-up jobs on the app's APScheduler scheduler (a retry, a sweep when a lease expires)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.date import DateTrigger


def follow_up(scheduler: BaseScheduler, func: Callable[..., Any], delay: timedelta, args: Sequence[Any],
              job_id: str) -> None:
    """Run ``func(*args)`` once after ``delay``, replacing a pending job of the same id.

    The job that schedules its own successor under the same id still counts as running until the scheduler's
    callback after it returns; the scheduler's wake-up is queued before that callback, so with the default
    ``max_instances=1`` a successor already due when the loop gets there (a short delay, a loaded machine)
    was skipped and dropped: a retry that never ran. One more instance lets it run; successors never
    overlap otherwise (each is scheduled at its predecessor's end), and every caller's work is safe to
    run twice (claims and leases decide)."""
    scheduler.add_job(func, DateTrigger(run_date=datetime.now(UTC) + delay), args=list(args), id=job_id,
                      replace_existing=True, misfire_grace_time=None, max_instances=2)
