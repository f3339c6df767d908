"""Moved to bot.cli.ask (the command-line front end); kept so existing imports keep working."""

from bot.cli.ask import main

__all__ = ["main"]
