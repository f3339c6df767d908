"""The console front end: ``python -m bot console`` (the loop in ``app``, one module per feature)."""

from bot.console.app import Console, Result, load_plugins, run_console

__all__ = ["Console", "Result", "load_plugins", "run_console"]
