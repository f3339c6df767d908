"""FakeDiscord: the aiohttp server tying gateway, REST and the test-driver API together."""

from __future__ import annotations

import asyncio
import socket
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from .gateway import Gateway
from .interactions import FakeInteraction, InteractionDriver
from .models import StoredFile
from .rest import RestApi
from .state import World

JSON = dict[str, Any]


class FakeDiscord(InteractionDriver, World):
    """A Discord API stand-in on 127.0.0.1 that the real discord.py client runs against.

    Use as ``async with FakeDiscord() as fake:``; build the world with add_guild/add_member/...,
    point discord.py at it (``point_discord_at(fake)``), start a bot, then drive it.
    """

    def __init__(
        self,
        *,
        heartbeat_interval: float = 41.25,
        shard_count: int = 1,
        bot_name: str = "Coach Bot",
        token: str = "standin-token",
        interaction_deadline: float | None = 3.0,
        click_settle: float = 0.05,
        user_locale: str = "en-US",
    ) -> None:
        """
        heartbeat_interval: seconds announced in HELLO (use ~0.5 in tests to exercise heartbeats).
        shard_count: what GET /gateway/bot recommends (AutoShardedClient without shard_count).
        interaction_deadline: callbacks later than this answer 404 / 10062 and are recorded
            (Discord's 3 s rule); None disables the check.
        click_settle: extra delay before a click so discord.py has registered the View.
        """
        World.__init__(self, bot_name=bot_name, token=token)
        self.heartbeat_interval_ms = int(heartbeat_interval * 1000)
        self.shard_count = shard_count
        self.interaction_deadline = interaction_deadline
        self.click_settle = click_settle
        self.user_locale = user_locale
        self.ack_heartbeats = True
        self.interactions: dict[int, FakeInteraction] = {}
        self.interactions_by_token: dict[str, FakeInteraction] = {}
        self.attachment_files: dict[int, StoredFile] = {}
        self.reactions: list[tuple[int, str]] = []
        self.gateway = Gateway(self)
        self.rest = RestApi(self)
        self.port = 0
        self._runner: web.AppRunner | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(middlewares=[self.rest.middleware], client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", "/", self.gateway.handle)
        self.rest.add_routes(app)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        # Bind the socket ourselves so the port is known before anyone connects.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        site = web.SockSite(self._runner, sock)
        await site.start()

    async def stop(self) -> None:
        for conn in self.gateway.connections:
            if not conn.closed:
                await conn.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """Value for discord.http.Route.BASE."""
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        """Value for DiscordWebSocket.DEFAULT_GATEWAY (wrap in yarl.URL) and resume_gateway_url."""
        return f"ws://127.0.0.1:{self.port}/"

    # -- readiness -----------------------------------------------------------------------------

    def _ready_shards(self) -> bool:
        live = [s for s in self.gateway.live_sessions() if s.conn is not None and s.ready.is_set()]
        return bool(live) and len(live) == live[0].shard_count

    async def wait_ready(self, timeout: float = 10.0, *, client: Any = None) -> None:
        """Waits until every shard IDENTIFYed and got its GUILD_CREATEs.

        With ``client`` (a discord.Client) also awaits ``client.wait_until_ready()`` (on_ready),
        which discord.py delays by ``guild_ready_timeout`` (set it small in tests).
        """
        await self.wait_until(self._ready_shards, timeout=timeout, what="the bot to connect and identify")
        if client is not None:
            await asyncio.wait_for(client.wait_until_ready(), timeout)

    # -- helpers used by REST and the driver ------------------------------------------------------

    def store_attachment(self, file: StoredFile, description: str | None = None) -> JSON:
        aid = self.snowflakes.next()
        self.attachment_files[aid] = file
        url = f"{self.base_url}/attachments/{aid}/{file.filename}"
        att: JSON = {
            "id": str(aid),
            "filename": file.filename,
            "size": len(file.data),
            "url": url,
            "proxy_url": url,
            "content_type": file.content_type,
        }
        if description:
            att["description"] = description
        return att

    def file_bytes(self, attachment: JSON) -> bytes:
        """The bytes behind an attachment object the bot (or a user) uploaded."""
        return self.attachment_files[int(attachment["id"])].data

    async def force_reconnect(self, shard_id: int | None = None) -> None:
        """Sends op 7 RECONNECT; events dispatched until the RESUME are buffered and replayed."""
        await self.gateway.force_reconnect(shard_id)

    async def close_gateway(self, code: int = 4000, shard_id: int | None = None) -> None:
        """Drops gateway sockets server-side (4000 -> discord.py resumes)."""
        await self.gateway.close_connections(code, shard_id)
