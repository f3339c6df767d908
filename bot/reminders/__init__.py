"""Warm-up reminders: parsing, schedule math, storage, the APScheduler glue and the firing logic.

Plain Python: the Discord cog (``cogs/reminders.py``) and the console supply a :class:`~bot.reminders.sender.Sender`.
The reminders table is the source of truth; scheduler jobs are rebuilt from it at start, and the
``last_occurrence`` claim makes every occurrence go out once, whatever the number of jobs or processes.
"""
