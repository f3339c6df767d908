"""HTTP response helpers shared by the REST and gateway handlers."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from .models import FakeMessage


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses JSON only if Content-Type is EXACTLY "application/json" (no charset),
    # otherwise it hands the raw text on; aiohttp's json_response appends "; charset=utf-8".
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={**(headers or {}), "Content-Type": "application/json"}
    )


class DiscordError(Exception):
    """Raised inside handlers; rendered as Discord's JSON error body."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def response(self) -> web.Response:
        return json_response({"message": self.message, "code": self.code}, status=self.status)


def unknown_channel() -> DiscordError:
    return DiscordError(404, 10003, "Unknown Channel")


def unknown_message() -> DiscordError:
    return DiscordError(404, 10008, "Unknown Message")


async def deliver(request: web.Request, resp: web.StreamResponse, messages: list[FakeMessage]) -> web.StreamResponse:
    """Writes the response NOW, then marks messages delivered (see FakeMessage.delivered).

    With an injected after-effect fault (tests/standin/faults.py) the request has taken effect but the
    answer written is the fault's (or none: a dropped connection).
    """
    from .faults import AFTER_FAULT, refuse  # faults imports this module

    fault = request.get(AFTER_FAULT)
    if fault is not None:
        resp = await refuse(request, fault)
        if request.transport is None or request.transport.is_closing():
            for msg in messages:
                msg.delivered.set()
            return resp
    await resp.prepare(request)
    await resp.write_eof()
    for msg in messages:
        msg.delivered.set()
    return resp
