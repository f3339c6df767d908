"""Logging with discord.py's conventions, plus a filter that keeps secrets out of every log line."""

from __future__ import annotations

import logging

import discord


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


def setup_logging(level: str, secrets: list[str]) -> None:
    discord.utils.setup_logging(level=getattr(logging, level, logging.INFO), root=True)
    redact = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
