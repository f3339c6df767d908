"""Occurrence math: wall-clock time + weekdays in an IANA zone, and the matching APScheduler trigger.

An occurrence is identified by its local date: on that date it is ``hour:minute`` local time, taken with
``fold=0``. That matches APScheduler 3.x's CronTrigger for the spring-forward gap (02:30 that does not exist
fires at 03:30 local, once) and picks the FIRST of the two 01:30s in the autumn. CronTrigger fires at both
of those 01:30s; the second firing maps to the same occurrence here, so the claim drops it (no double post).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.cron.fields import BaseField

from bot.reminders.parsing import days_to_str


@dataclass(frozen=True, slots=True)
class Schedule:
    hour: int
    minute: int
    days: frozenset[int]  # date.weekday() numbers
    zone: ZoneInfo

    def on(self, day: date) -> datetime | None:
        """The occurrence on local date ``day`` (UTC), or None if the reminder does not run that day."""
        if day.weekday() not in self.days:
            return None
        local = datetime(day.year, day.month, day.day, self.hour, self.minute, tzinfo=self.zone)  # fold=0
        return local.astimezone(UTC)

    def next_after(self, moment: datetime) -> datetime:
        """The first occurrence strictly after ``moment``."""
        start = moment.astimezone(self.zone).date() - timedelta(days=1)  # a gap/offset can move it a day
        for i in range(9):
            occ = self.on(start + timedelta(days=i))
            if occ is not None and occ > moment:
                return occ
        raise ValueError("a schedule without days has no occurrences")

    def latest_at(self, moment: datetime) -> datetime | None:
        """The last occurrence at or before ``moment`` (None only for an empty schedule)."""
        start = moment.astimezone(self.zone).date() + timedelta(days=1)
        for i in range(9):
            occ = self.on(start - timedelta(days=i))
            if occ is not None and occ <= moment:
                return occ
        return None

    def between(self, after: datetime, until: datetime) -> list[datetime]:
        """Every occurrence in (after, until], in order (tests and the console use it)."""
        out: list[datetime] = []
        occ = self.next_after(after)
        while occ <= until:
            out.append(occ)
            occ = self.next_after(occ)
        return out

    def trigger(self) -> CronTrigger:
        return _trigger(self)


def _trigger(s: Schedule) -> CronTrigger:
    """``CronTrigger(hour=, minute=, second=0, day_of_week=, timezone=)``, assembled from cached fields.

    Compiling the eight field expressions is most of the start-up cost with 10,000 reminders; the fields are
    immutable and depend only on the hour+minute or on the days, so they are built once and shared. The
    trigger is restored through its pickling state (``__setstate__``), the form APScheduler itself reloads.
    """
    clock, days = _clock_fields(s.hour, s.minute), _days_field(days_to_str(s.days))
    trigger = CronTrigger.__new__(CronTrigger)
    trigger.__setstate__({"version": 2, "timezone": s.zone, "start_date": None, "end_date": None, "jitter": None,
                          "fields": [*clock[:_DOW], days, *clock[_DOW + 1:]]})
    return trigger


_DOW = CronTrigger.FIELD_NAMES.index("day_of_week")


@cache
def _clock_fields(hour: int, minute: int) -> tuple[BaseField, ...]:
    return tuple(CronTrigger(hour=hour, minute=minute, second=0, timezone=UTC).fields)


@cache
def _days_field(days: str) -> BaseField:
    return CronTrigger(day_of_week=days, hour=0, minute=0, second=0, timezone=UTC).fields[_DOW]
