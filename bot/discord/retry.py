"""Which Discord REST failures are worth retrying, and how long to wait before the next try.

discord.py itself retries 500/502/504/524 on bot routes (any 5xx on interaction callbacks and follow-ups),
connection resets and 429s up to a point; a 503 on an edit (or any 5xx that outlasts its retries, a 429 it
gave up on, a dropped connection) reaches us. Retrying is only safe for idempotent calls
(edits: PATCH of a whole message); a lost answer to a POST may mean it happened.
"""

from __future__ import annotations

import asyncio
import contextlib
import random

import aiohttp
import discord

from db.engine import DatabaseUnavailable

BASE_DELAY, MAX_DELAY = 0.5, 30.0


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, discord.HTTPException):
        return exc.status == 429 or exc.status >= 500
    return isinstance(exc, (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError, DatabaseUnavailable))


def retry_delay(exc: BaseException, attempt: int) -> float:
    """Exponential backoff with jitter from ``attempt`` 1; at least the server's Retry-After on a 429."""
    delay = min(MAX_DELAY, BASE_DELAY * 2 ** (attempt - 1)) * random.uniform(0.8, 1.2)
    if isinstance(exc, discord.HTTPException) and exc.status == 429 and exc.response is not None:
        with contextlib.suppress(ValueError):
            delay = max(delay, float(exc.response.headers.get("Retry-After", 0)))
    return delay
