"""Fault injection: the stand-in fails requests the way Discord and the network do.

A :class:`Fault` matches a REST route (``method`` + route template without ``/api/v10``, as in
``World.rate_limits``) and fails the next ``times`` matching requests:

- ``after=False`` (default): the request is refused before it takes effect (``status``: 400, 429, 5xx).
- ``after=True``: the request takes effect (a message is created, a card edited…) and then its answer is
  lost: a 5xx, a malformed 200 (``malformed=True``, as a Discord-compatible server once sent), or a dropped
  connection (``drop=True``). This is the case that makes "retry on failure" send things twice.
- ``delay``: seconds to hold the request first (before it takes effect).

discord.py retries 500/502/504 and connection resets itself, so a fault with ``times=1`` on those is
usually absorbed by its retry; ``times=5`` outlasts it (it gives up after its last try and raises).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .responses import json_response

JSON = dict[str, Any]


@dataclass(eq=False)
class Fault:
    method: str
    route: str
    status: int = 503
    times: int = 1
    after: bool = False
    drop: bool = False
    malformed: bool = False
    delay: float = 0.0
    retry_after: float = 0.5  # for 429
    body: JSON | None = None  # e.g. a 400's Invalid Form Body
    match: Callable[[web.Request], bool] | None = None  # narrow to some requests (a channel, a payload…)
    hits: list[float] = field(default_factory=list)  # time.monotonic() of each injected failure

    @property
    def delay_only(self) -> bool:
        return self.status == 200 and not (self.malformed or self.drop)

    @property
    def exhausted(self) -> bool:
        return len(self.hits) >= self.times

    def matches(self, method: str, template: str, request: web.Request) -> bool:
        if self.exhausted or self.method != method or self.route != template:
            return False
        return self.match is None or self.match(request)

    def response(self) -> web.Response:
        if self.malformed:
            # 200 with a body discord.py cannot parse as the object it expects.
            return web.Response(body=b"<html>upstream reset</html>", status=200, content_type="text/html")
        if self.status == 429:
            headers = {
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + self.retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{self.retry_after:.3f}",
                "X-RateLimit-Bucket": f"standin-fault-{abs(hash(self.route)) % 10**8}",
                "X-RateLimit-Scope": "user",
                "Retry-After": str(max(1, round(self.retry_after))),
                "Via": "1.1 google",  # without it discord.py takes the 429 for a Cloudflare ban
            }
            body = {"message": "You are being rate limited.", "retry_after": self.retry_after, "global": False}
            return json_response(body, status=429, headers=headers)
        if self.body is not None:
            return json_response(self.body, status=self.status)
        if self.status >= 500:
            return web.Response(status=self.status, text=f"{self.status}: upstream error")
        return json_response({"message": f"{self.status}: injected", "code": 0}, status=self.status)


# Set on a request whose answer is to be lost once it has taken effect (see responses.deliver).
AFTER_FAULT: web.RequestKey[Fault] = web.RequestKey("standin.after_fault", Fault)


def invalid_form_body(field_path: str, message: str = "Must be 32 or fewer in length.") -> JSON:
    """Discord's 400 (code 50035) naming one field, as a command registration can get it."""
    node: JSON = {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": message}]}
    for part in reversed(field_path.split(".")):
        node = {part: node}
    return {"message": "Invalid Form Body", "code": 50035, "errors": node}


class Faults:
    """The fault rules of one stand-in, consulted by the REST middleware."""

    def __init__(self) -> None:
        self.rules: list[Fault] = []

    def add(self, method: str, route: str, **kwargs: Any) -> Fault:
        fault = Fault(method=method, route=route, **kwargs)
        self.rules.append(fault)
        return fault

    def clear(self) -> None:
        self.rules.clear()

    def take(self, method: str, template: str, request: web.Request) -> Fault | None:
        for fault in self.rules:
            if fault.matches(method, template, request):
                fault.hits.append(time.monotonic())
                return fault
        return None


async def refuse(request: web.Request, fault: Fault) -> web.StreamResponse:
    """Answers with the fault instead of the real answer (the request may or may not have taken effect)."""
    if fault.drop:
        # Close the socket without an answer: the client sees a server disconnect.
        if request.transport is not None:
            request.transport.abort()
        await asyncio.sleep(0)
        return web.Response(status=204)  # never reaches the client
    return fault.response()
