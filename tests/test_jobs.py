"""Follow-up jobs (bot/jobs.py) on a real AsyncIOScheduler: a job that schedules its successor under its own id."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, JobEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

from bot.jobs import follow_up

RUNS = 5


async def chain(scheduler: AsyncIOScheduler, runs: list[int], done: asyncio.Event, schedule: str) -> None:
    runs.append(len(runs) + 1)
    if len(runs) == RUNS:
        done.set()
    elif schedule == "follow_up":
        follow_up(scheduler, chain, timedelta(0), [scheduler, runs, done, schedule], "chain")
    else:  # what the services did before: a plain one-shot job under the same id
        scheduler.add_job(chain, DateTrigger(), args=[scheduler, runs, done, schedule], id="chain",
                          replace_existing=True, misfire_grace_time=None)


async def run_chain(schedule: str) -> tuple[list[int], list[str]]:
    """Runs the chain until its fifth run or until a successor is skipped (the signal it would never run)."""
    scheduler = AsyncIOScheduler(timezone="UTC", job_defaults={"max_instances": 1})
    runs: list[int] = []
    done = asyncio.Event()
    skipped: list[str] = []

    def on_skip(event: JobEvent) -> None:
        skipped.append(event.job_id)
        done.set()

    scheduler.add_listener(on_skip, EVENT_JOB_MAX_INSTANCES)
    scheduler.start()
    try:
        follow_up(scheduler, chain, timedelta(0), [scheduler, runs, done, schedule], "chain")
        await asyncio.wait_for(done.wait(), timeout=10)
    finally:
        scheduler.shutdown(wait=False)
    return runs, skipped


async def test_a_successor_due_at_once_runs_every_time() -> None:
    runs, skipped = await run_chain("follow_up")
    assert runs == list(range(1, RUNS + 1)) and skipped == []


async def test_a_plain_job_under_its_own_id_is_skipped_the_fault_follow_up_fixes() -> None:
    # The same chain with APScheduler's defaults: the successor is dropped at once (if this stopped failing,
    # a newer APScheduler would no longer need follow_up's extra instance).
    runs, skipped = await run_chain("plain")
    assert runs == [1] and skipped == ["chain"]
