"""Logging with discord.py's conventions, plus a filter that keeps secrets out of every log line.

Quiet by default: colours only on a terminal (a platform's log viewer shows ANSI codes as garbage), no
per-start Alembic chatter, no voice-library warnings for a bot that never joins voice.
"""

from __future__ import annotations

import logging
import os
import sys

import discord

PLAIN_FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"
# Alembic says these on every start, whether or not anything migrates; "Running upgrade …" stays.
_ALEMBIC_PER_START = ("Context impl ", "Will assume ")


class RedactSecrets(logging.Filter):
    """Defence in depth: even if a library logs a URL or header with the token, the line shows ********."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 8]

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            if any(s in message for s in self.secrets):
                for s in self.secrets:
                    message = message.replace(s, "********")
                record.msg, record.args = message, None
        return True


class DropAlembicPerStart(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(_ALEMBIC_PER_START)


def wants_colour(stream: object) -> bool:
    """A terminal, unless NO_COLOR is set (https://no-color.org). discord.py also colours inside Docker
    without a terminal, which is exactly where the log ends up in a file or a platform's viewer."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def quiet_libraries(level: int) -> None:
    # The bot never joins voice channels: the missing voice libraries are expected, not worth a warning.
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False
    if level > logging.DEBUG:
        logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
        migration = logging.getLogger("alembic.runtime.migration")
        if not any(isinstance(f, DropAlembicPerStart) for f in migration.filters):
            migration.addFilter(DropAlembicPerStart())


def setup_logging(level: str, secrets: list[str]) -> None:
    numeric = getattr(logging, level, logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    if wants_colour(handler.stream):
        discord.utils.setup_logging(handler=handler, level=numeric, root=True)
    else:
        formatter = logging.Formatter(PLAIN_FORMAT, "%Y-%m-%d %H:%M:%S", style="{")
        discord.utils.setup_logging(handler=handler, formatter=formatter, level=numeric, root=True)
    quiet_libraries(numeric)
    redact = RedactSecrets(secrets)
    for h in logging.getLogger().handlers:
        h.addFilter(redact)
