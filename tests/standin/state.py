"""The stand-in's world: users, guilds, channels, messages, commands, and recorded problems."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from .faults import Faults
from .models import (
    DEFAULT_EVERYONE_PERMISSIONS,
    DM,
    TEXT,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
    Snowflakes,
)

JSON = dict[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class Violation:
    """Something the bot did that real Discord would reject (or that the stand-in can't serve)."""

    where: str  # "METHOD /path" or "gateway"
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass
class RateLimitRule:
    method: str
    route: str  # route template without /api/v10, e.g. "/channels/{channel_id}/messages"
    remaining: int
    retry_after: float
    is_global: bool = False


class World:
    def __init__(self, *, bot_name: str = "Coach Bot", token: str = "standin-token") -> None:
        self.snowflakes = Snowflakes()
        self.token = token
        self.bot_user = FakeUser(id=self.snowflakes.next(), name=bot_name, bot=True)
        self.application_id = self.bot_user.id  # Discord: the bot user's id is the application id
        self.app_owner = FakeUser(id=self.snowflakes.next(), name="app-owner")
        self.users: dict[int, FakeUser] = {self.bot_user.id: self.bot_user, self.app_owner.id: self.app_owner}
        self.guilds: dict[int, FakeGuild] = {}
        self.channels: dict[int, FakeChannel] = {}
        self.dm_channels: dict[int, FakeChannel] = {}  # by recipient user id
        self.message_store: dict[int, FakeMessage] = {}
        # Registered application commands: None = global, else guild id -> list of command JSON.
        self.commands: dict[int | None, list[JSON]] = {}
        self.registration_count = 0  # bulk PUTs (any scope); a restarted bot should not add to it
        self.registration_log: list[tuple[int | None, int]] = []  # (guild id or None, n commands)
        self.requests: list[tuple[str, str]] = []  # (method, path) of every REST call
        self.unknown_routes: list[tuple[str, str]] = []
        self.violations: list[Violation] = []
        self.rate_limits: list[RateLimitRule] = []
        self.rate_limited_hits: list[tuple[str, str]] = []
        self.typing: list[tuple[int, float]] = []  # (channel id, time)
        self.faults = Faults()  # injected failures, see faults.py
        # enforce_nonce: (channel id, nonce) -> message id; Discord honours a nonce for a few minutes.
        self.nonce_window = 300.0
        self._nonces: dict[tuple[int, str], int] = {}
        self.nonce_hits: list[int] = []  # ids of existing messages returned for a repeated nonce
        self._changed = asyncio.Event()

    # -- change notification & waiting ------------------------------------------------------

    def notify(self) -> None:
        """Wakes every waiter; cheap to call after any mutation."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_until(self, check: Callable[[], T | None], *, timeout: float, what: str) -> T:
        """Waits until ``check()`` returns something truthy and returns it."""
        deadline = time.monotonic() + timeout
        while True:
            result = check()
            if result:
                return result
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"stand-in: timed out after {timeout}s waiting for {what}")
            event = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    # -- nonces -------------------------------------------------------------------------------

    def remember_nonce(self, channel_id: int, msg: FakeMessage) -> None:
        if msg.nonce is not None:
            self._nonces[(channel_id, msg.nonce)] = msg.id

    def message_for_nonce(self, channel_id: int, nonce: str) -> FakeMessage | None:
        msg = self.message_store.get(self._nonces.get((channel_id, nonce), 0))
        if msg is None or msg.deleted or time.monotonic() - msg.created > self.nonce_window:
            return None
        return msg

    # -- problems -----------------------------------------------------------------------------

    def record_problem(self, where: str, what: str) -> None:
        self.violations.append(Violation(where, what))
        self.notify()

    def problems(self) -> list[str]:
        found = [f"unknown route hit: {m} {p}" for m, p in self.unknown_routes]
        return found + [f"limit/protocol violation: {v}" for v in self.violations]

    def assert_clean(self) -> None:
        """Raises AssertionError listing unknown routes and limit violations, if any."""
        found = self.problems()
        if found:
            raise AssertionError("Discord stand-in saw problems:\n  " + "\n  ".join(found))

    def clear_problems(self) -> None:
        self.unknown_routes.clear()
        self.violations.clear()

    # -- building the world --------------------------------------------------------------------

    def add_user(self, name: str, *, bot: bool = False, global_name: str | None = None) -> FakeUser:
        user = FakeUser(id=self.snowflakes.next(), name=name, bot=bot, global_name=global_name)
        self.users[user.id] = user
        return user

    def add_guild(
        self,
        name: str = "Test Guild",
        *,
        owner: FakeUser | None = None,
        channel_name: str = "general",
        everyone_permissions: int = DEFAULT_EVERYONE_PERMISSIONS,
        bot_permissions: int | None = None,
        locale: str = "en-US",
        id: int | None = None,
    ) -> FakeGuild:
        """Creates a guild with @everyone, a text channel, an owner member and the bot member.

        Guilds added after the bot connected are NOT announced; call ``await fake.announce_guild(g)``.
        """
        gid = id or self.snowflakes.next()
        owner = owner or self.add_user(f"{name.lower().replace(' ', '-')}-owner")
        guild = FakeGuild(id=gid, name=name, owner_id=owner.id, preferred_locale=locale)
        guild.roles[gid] = FakeRole(id=gid, guild_id=gid, name="@everyone", permissions=everyone_permissions)
        self.guilds[gid] = guild
        guild.default_channel = self.add_channel(guild, channel_name)
        guild.members[owner.id] = FakeMember(user=owner, guild_id=gid)
        guild.members[self.bot_user.id] = FakeMember(
            user=self.bot_user, guild_id=gid, permissions=bot_permissions
        )
        self.notify()
        return guild

    def add_channel(
        self, guild: FakeGuild, name: str, *, type: int = TEXT, topic: str | None = None
    ) -> FakeChannel:
        channel = FakeChannel(
            id=self.snowflakes.next(),
            name=name,
            type=type,
            guild_id=guild.id,
            position=len(guild.channels),
            topic=topic,
        )
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        return channel

    def add_role(
        self, guild: FakeGuild, name: str, *, permissions: int = 0, color: int = 0, mentionable: bool = False
    ) -> FakeRole:
        role = FakeRole(
            id=self.snowflakes.next(),
            guild_id=guild.id,
            name=name,
            permissions=permissions,
            position=len(guild.roles),
            color=color,
            mentionable=mentionable,
        )
        guild.roles[role.id] = role
        return role

    def add_member(
        self,
        guild: FakeGuild,
        user: FakeUser | None = None,
        *,
        name: str | None = None,
        roles: list[FakeRole] | None = None,
        permissions: int | None = None,
        nick: str | None = None,
    ) -> FakeMember:
        """Adds a member (creating the user from ``name`` unless ``user`` is given).

        ``permissions`` overrides the value computed from @everyone + roles.
        """
        if user is None:
            user = self.add_user(name or f"user{len(self.users)}")
        member = FakeMember(
            user=user,
            guild_id=guild.id,
            roles=[r.id for r in roles or []],
            permissions=permissions,
            nick=nick,
        )
        guild.members[user.id] = member
        return member

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        """The DM channel between the bot and ``user`` (created on first use, like Discord)."""
        channel = self.dm_channels.get(user.id)
        if channel is None:
            channel = FakeChannel(id=self.snowflakes.next(), name="", type=DM, recipient=user)
            self.dm_channels[user.id] = channel
            self.channels[channel.id] = channel
        return channel

    # -- switches ---------------------------------------------------------------------------------

    def set_dms_closed(self, user: FakeUser, closed: bool = True) -> None:
        """Sending to this user's DMs answers 403 / 50007 (Cannot send messages to this user)."""
        user.dms_closed = closed

    def deny_send(self, channel: FakeChannel, denied: bool = True) -> None:
        """The bot's messages to this channel answer 403 / 50013 (Missing Permissions)."""
        channel.deny_bot_send = denied

    def delete_channel(self, channel: FakeChannel) -> None:
        """Every later request about this channel answers 404 / 10003 (Unknown Channel)."""
        channel.deleted = True

    def rate_limit(
        self, method: str, route: str, *, times: int = 1, retry_after: float = 0.05, is_global: bool = False
    ) -> None:
        """Answers the next ``times`` requests on ``METHOD route`` with 429 (+ Discord's headers).

        ``route`` is the template without the API prefix, e.g. "/channels/{channel_id}/messages".
        """
        self.rate_limits.append(RateLimitRule(method.upper(), route, times, retry_after, is_global))

    # -- lookups ----------------------------------------------------------------------------------

    def guild_of(self, channel: FakeChannel) -> FakeGuild | None:
        return self.guilds.get(channel.guild_id) if channel.guild_id else None

    def messages(
        self,
        *,
        channel_id: int | None = None,
        author_id: int | None = None,
        include_deleted: bool = False,
    ) -> list[FakeMessage]:
        """Stored messages in creation order, optionally filtered."""
        return [
            m
            for m in self.message_store.values()
            if (channel_id is None or m.channel_id == channel_id)
            and (author_id is None or m.author.id == author_id)
            and (include_deleted or not m.deleted)
        ]

    def bot_messages(self, channel_id: int | None = None) -> list[FakeMessage]:
        return self.messages(channel_id=channel_id, author_id=self.bot_user.id)

    async def wait_for_message(
        self, check: Callable[[FakeMessage], bool] | None = None, *, timeout: float = 20.0, after: int = 0
    ) -> FakeMessage:
        """Waits for a message sent BY THE BOT (channel send, reply, interaction response...)
        matching ``check``. ``after``: only messages with id > after (defaults to any). The 20 s default is for
        a bot's first answer: it compiles the coach's rules, which took over 5 s on a loaded 2-CPU CI machine."""

        def find() -> FakeMessage | None:
            for m in self.bot_messages():
                if m.id > after and (check is None or check(m)):
                    return m
            return None

        return await self.wait_until(find, timeout=timeout, what="a bot message matching the check")

    def registered_commands(self, guild: FakeGuild | int | None = None) -> list[JSON]:
        key = guild.id if isinstance(guild, FakeGuild) else guild
        return list(self.commands.get(key, []))

    def find_command(self, name: str, guild_id: int | None, type: int = 1) -> tuple[JSON, int | None] | None:
        """Resolves like Discord: a guild command shadows a global one of the same name."""
        scopes: list[int | None] = [guild_id, None] if guild_id is not None else [None]
        for scope in scopes:
            for cmd in self.commands.get(scope, []):
                if cmd["name"] == name and cmd.get("type", 1) == type:
                    return cmd, scope
        return None
