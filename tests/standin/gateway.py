"""The Discord gateway (websocket) side of the stand-in."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from .responses import json_response

if TYPE_CHECKING:
    from .models import FakeGuild
    from .server import FakeDiscord

JSON = dict[str, Any]

# Gateway opcodes.
DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE_STATE = 0, 1, 2, 3, 4
RESUME, RECONNECT, REQUEST_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11

# Intents that gate events we emit.
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1  # privileged: the member list (GUILD_CREATE members, chunks, member events)
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DM_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15


class Connection:
    """One websocket, with its own optional zlib-stream compressor."""

    def __init__(self, ws: web.WebSocketResponse, compress: bool) -> None:
        self.ws = ws
        self.compressed = compress
        # zlib-stream: ONE deflate context for the whole connection, each message Z_SYNC_FLUSHed
        # so it ends with 00 00 ff ff (which is how discord.py detects a complete message).
        self._deflate = zlib.compressobj() if compress else None
        self._lock = asyncio.Lock()  # keeps the deflate stream and seq order intact

    @property
    def closed(self) -> bool:
        return self.ws.closed

    async def send(self, payload: JSON) -> None:
        text = json.dumps(payload, separators=(",", ":"))
        async with self._lock:
            if self._deflate is None:
                await self.ws.send_str(text)
            else:
                data = self._deflate.compress(text.encode()) + self._deflate.flush(zlib.Z_SYNC_FLUSH)
                await self.ws.send_bytes(data)


@dataclass(eq=False)
class Session:
    """A gateway session (survives reconnects; RESUME replays the events it buffered)."""

    id: str
    shard_id: int
    shard_count: int
    intents: int
    seq: int = 0
    events: list[JSON] = field(default_factory=list)
    conn: Connection | None = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    identify: JSON = field(default_factory=dict)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def handles_guild(self, guild_id: int | None) -> bool:
        if guild_id is None:
            return self.shard_id == 0  # DMs go to shard 0
        return (guild_id >> 22) % self.shard_count == self.shard_id

    def has_intent(self, intent: int) -> bool:
        return bool(self.intents & intent)

    async def dispatch(self, event: str, data: JSON) -> None:
        async with self._lock:
            self.seq += 1
            payload = {"op": DISPATCH, "t": event, "s": self.seq, "d": data}
            self.events.append(payload)
            await self._deliver(payload)

    async def _deliver(self, payload: JSON) -> None:
        conn = self.conn
        if conn is None or conn.closed:
            return  # kept in self.events; a RESUME replays it
        try:
            await conn.send(payload)
        except (ConnectionError, RuntimeError):
            self.conn = None

    async def replay_after(self, seq: int, conn: Connection) -> None:
        async with self._lock:
            self.conn = conn
            for payload in self.events:
                if payload["s"] > seq:
                    await conn.send(payload)
            self.seq += 1
            resumed = {"op": DISPATCH, "t": "RESUMED", "s": self.seq, "d": {}}
            self.events.append(resumed)
            await conn.send(resumed)


class Gateway:
    """Accepts websocket connections at ``/`` and manages sessions."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: dict[str, Session] = {}
        self.identify_count = 0
        self.resume_count = 0
        self.heartbeat_count = 0
        self.connections: list[Connection] = []
        self.presence_updates: list[JSON] = []
        # Privileged intents switched on for the application in the Developer Portal. Identifying with one
        # that is not closes the socket with 4014 ("Disallowed intent(s)"), as Discord does.
        self.privileged_enabled = 0

    # -- which sessions receive what -------------------------------------------------------

    def live_sessions(self) -> list[Session]:
        """Latest session per shard id (a newer IDENTIFY for a shard replaces the older one)."""
        latest: dict[int, Session] = {}
        for session in self.sessions.values():
            latest[session.shard_id] = session  # dict keeps insertion order -> newest wins
        return list(latest.values())

    def sessions_for(self, guild_id: int | None) -> list[Session]:
        return [s for s in self.live_sessions() if s.handles_guild(guild_id)]

    async def dispatch(self, event: str, data: JSON, *, guild_id: int | None, intent: int = 0) -> int:
        """Sends an event to the session(s) owning ``guild_id``; returns how many got it."""
        sent = 0
        for session in self.sessions_for(guild_id):
            if intent and not session.has_intent(intent):
                continue
            await session.dispatch(event, data)
            sent += 1
        return sent

    def guild_create(self, session: Session, guild: FakeGuild) -> JSON:
        # Discord sends the member list only to a bot with the GUILD_MEMBERS intent; otherwise the guild
        # arrives with the bot alone (not even the owner; members in voice would be listed too).
        return guild.to_create_dict(
            members=None if session.has_intent(INTENT_GUILD_MEMBERS) else [self.fake.bot_user.id])

    async def announce_guild(self, guild: FakeGuild) -> None:
        """GUILD_CREATE for a guild the bot joined after connecting, to the session owning it."""
        for session in self.sessions_for(guild.id):
            await session.dispatch("GUILD_CREATE", self.guild_create(session, guild))

    async def _notify(self) -> None:
        self.fake.notify()

    # -- test hooks --------------------------------------------------------------------------

    async def force_reconnect(self, shard_id: int | None = None) -> None:
        """Sends op 7 RECONNECT; discord.py closes and RESUMEs at resume_gateway_url."""
        for session in self.live_sessions():
            if shard_id is None or session.shard_id == shard_id:
                conn, session.conn = session.conn, None  # events from now on are buffered
                if conn is not None and not conn.closed:
                    with contextlib.suppress(ConnectionError, RuntimeError):
                        await conn.send({"op": RECONNECT, "d": None})

    async def close_connections(self, code: int = 4000, shard_id: int | None = None) -> None:
        """Closes sockets server-side. 4000 (or 1000) makes discord.py RESUME; 4004 etc. are fatal."""
        for session in self.live_sessions():
            if shard_id is None or session.shard_id == shard_id:
                conn, session.conn = session.conn, None
                if conn is not None and not conn.closed:
                    await conn.ws.close(code=code, message=b"closed by stand-in")

    async def invalidate_sessions(self) -> None:
        """Forgets all sessions; a RESUME will then get op 9 and discord.py re-IDENTIFYs."""
        self.sessions.clear()

    # -- websocket handler -------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        query = request.query
        compress = query.get("compress")
        if query.get("encoding", "json") != "json":
            return self._reject(request, f"unsupported gateway encoding {query.get('encoding')!r}")
        if compress not in (None, "zlib-stream"):
            # zstd-stream would need the zstandard package; refuse loudly rather than send garbage.
            return self._reject(request, f"unsupported gateway compression {compress!r} (only zlib-stream)")

        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        conn = Connection(ws, compress == "zlib-stream")
        self.connections.append(conn)
        session: Session | None = None
        await conn.send({"op": HELLO, "d": {"heartbeat_interval": self.fake.heartbeat_interval_ms}})
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    if msg.type is WSMsgType.BINARY:
                        self.fake.record_problem(
                            "gateway", "client sent a binary frame (discord.py sends JSON text)"
                        )
                    continue
                payload = json.loads(msg.data)
                session = await self._on_message(conn, session, payload) or session
        finally:
            if session is not None and session.conn is conn:
                session.conn = None
            await self._notify()
        return ws

    def _reject(self, request: web.Request, reason: str) -> web.Response:
        self.fake.record_problem(f"GET {request.path_qs}", reason)
        return json_response({"message": reason, "code": 0}, status=400)

    async def _on_message(self, conn: Connection, session: Session | None, payload: JSON) -> Session | None:
        op, data = payload.get("op"), payload.get("d")
        if op == HEARTBEAT:
            self.heartbeat_count += 1
            self.fake.notify()
            if self.fake.ack_heartbeats:
                await conn.send({"op": HEARTBEAT_ACK})
        elif op == IDENTIFY:
            return await self._identify(conn, data)
        elif op == RESUME:
            return await self._resume(conn, data)
        elif op == REQUEST_MEMBERS and session is not None:
            await self._members_chunk(session, data)
        elif op == PRESENCE:
            self.presence_updates.append(data)
        elif op == VOICE_STATE:
            pass
        else:
            self.fake.record_problem("gateway", f"unexpected opcode {op}: {payload!r}")
        return None

    async def _identify(self, conn: Connection, data: JSON) -> Session | None:
        if data.get("token") != self.fake.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return None
        shard_id, shard_count = data.get("shard") or [0, 1]
        if not 0 <= shard_id < shard_count:
            await conn.ws.close(code=4010, message=b"Invalid shard.")
            return None
        intents = int(data.get("intents", 0))
        if intents & INTENT_GUILD_MEMBERS and not self.privileged_enabled & INTENT_GUILD_MEMBERS:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return None
        self.identify_count += 1
        session = Session(
            id=uuid.uuid4().hex,
            shard_id=shard_id,
            shard_count=shard_count,
            intents=intents,
            identify=data,
        )
        # A re-IDENTIFY for a shard replaces the old session (drop it so dict order = newest).
        for old in [s for s in self.sessions.values() if s.shard_id == shard_id]:
            del self.sessions[old.id]
        self.sessions[session.id] = session
        session.conn = conn
        guilds = [g for g in self.fake.guilds.values() if session.handles_guild(g.id)]
        await session.dispatch(
            "READY",
            {
                "v": 10,
                "user": self.fake.bot_user.to_dict(),
                "user_settings": {},
                "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "session_id": session.id,
                "session_type": "normal",
                "resume_gateway_url": self.fake.gateway_url,
                "shard": [shard_id, shard_count],
                "application": {"id": str(self.fake.application_id), "flags": 0},
                "geo_ordered_rtc_regions": [],
                "guild_join_requests": [],
                "auth_session_id_hash": "",
            },
        )
        for guild in guilds:
            await session.dispatch("GUILD_CREATE", self.guild_create(session, guild))
        session.ready.set()
        await self._notify()
        return session

    async def _resume(self, conn: Connection, data: JSON) -> Session | None:
        session = self.sessions.get(data.get("session_id", ""))
        if data.get("token") != self.fake.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return None
        if session is None or session not in self.live_sessions():
            await conn.send({"op": INVALID_SESSION, "d": False})
            return None
        self.resume_count += 1
        await session.replay_after(int(data.get("seq") or 0), conn)
        await self._notify()
        return session

    async def _members_chunk(self, session: Session, data: JSON) -> None:
        guild = self.fake.guilds.get(int(data["guild_id"]))
        if guild is None:
            return
        members = list(guild.members.values())
        whole_list = not data.get("user_ids") and not data.get("query")
        if whole_list and not session.has_intent(INTENT_GUILD_MEMBERS):
            # Discord: "GUILD_MEMBERS intent is required to request the entire member list".
            self.fake.record_problem("gateway", "REQUEST_GUILD_MEMBERS for the whole member list without the "
                                                "GUILD_MEMBERS intent")
            return
        if data.get("user_ids"):
            wanted = {int(u) for u in data["user_ids"]}
            members = [m for m in members if m.id in wanted]
        elif data.get("query"):
            members = [m for m in members if m.name.lower().startswith(data["query"].lower())]
        if data.get("limit"):
            members = members[: int(data["limit"])]
        chunk: JSON = {
            "guild_id": str(guild.id),
            "members": [m.to_dict() for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        if data.get("presences"):
            chunk["presences"] = []
        await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)
