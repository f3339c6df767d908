"""Point discord.py at a Discord-compatible server (tests, self-hosting).

discord.py has no constructor option for this: REST goes through the class attribute ``Route.BASE``
(interaction callbacks and webhooks included) and a plain client connects to
``DiscordWebSocket.DEFAULT_GATEWAY``. Both are process-wide, so they are set once before log-in.
"""

from __future__ import annotations

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

DISCORD_API_BASE = Route.BASE
DISCORD_GATEWAY = DiscordWebSocket.DEFAULT_GATEWAY


def apply_endpoints(api_base: str | None, gateway_url: str | None) -> None:
    Route.BASE = api_base or DISCORD_API_BASE
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url) if gateway_url else DISCORD_GATEWAY


__all__ = ["apply_endpoints", "discord"]
