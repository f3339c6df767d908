"""Injecting user actions (slash commands, autocomplete, clicks, messages) and tracking replies."""

from __future__ import annotations

import asyncio
import copy
import secrets
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .gateway import INTENT_DM_MESSAGES, INTENT_GUILD_MESSAGES, INTENT_MESSAGE_CONTENT
from .models import FakeChannel, FakeGuild, FakeMember, FakeMessage, FakeRole, FakeUser, StoredFile

if TYPE_CHECKING:
    from .server import FakeDiscord

JSON = dict[str, Any]

# Interaction types
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
# Option types
SUB_COMMAND, SUB_COMMAND_GROUP, STRING, INTEGER, BOOLEAN = 1, 2, 3, 4, 5
USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = 6, 7, 8, 9, 10, 11
SEND_MESSAGES = 1 << 11
# How long a test waits for the bot's reply before failing. It caps a failure, never paces a pass: at 5 s, a CI run
# on a machine loaded about threefold (two cores) failed an e2e red-flag /ask test that passes in isolation
REPLY_WAIT = 15.0


@dataclass
class CallbackRecord:
    """One POST /interactions/{id}/{token}/callback the bot made."""

    type: int  # 4 message, 5 deferred message, 6 deferred update, 7 update, 8 choices, 9 modal
    data: JSON
    files: list[StoredFile] = field(default_factory=list)
    message: FakeMessage | None = None  # message created (4/5) or updated (7)

    @property
    def content(self) -> str | None:
        return self.data.get("content")

    @property
    def embeds(self) -> list[JSON]:
        return self.data.get("embeds") or []

    @property
    def components(self) -> list[JSON]:
        return self.data.get("components") or []

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & FakeMessage.EPHEMERAL)

    @property
    def choices(self) -> list[JSON]:
        return self.data.get("choices") or []


@dataclass(eq=False)
class FakeInteraction:
    """An interaction the stand-in sent to the bot, and everything the bot answered."""

    fake: FakeDiscord
    id: int
    token: str
    type: int
    payload: JSON
    user: FakeUser
    guild: FakeGuild | None
    channel: FakeChannel
    source_message: FakeMessage | None = None  # component interactions: the clicked message
    created: float = field(default_factory=time.monotonic)
    callbacks: list[CallbackRecord] = field(default_factory=list)
    original: FakeMessage | None = None
    followups: list[FakeMessage] = field(default_factory=list)

    @property
    def responded(self) -> bool:
        return bool(self.callbacks)

    @property
    def response(self) -> CallbackRecord | None:
        return self.callbacks[0] if self.callbacks else None

    @property
    def ephemeral(self) -> bool:
        """Whether the bot's response (or the deferred "thinking" message) is ephemeral."""
        if self.original is not None:
            return self.original.ephemeral
        return bool(self.callbacks and self.callbacks[0].ephemeral)

    async def wait_response(self, timeout: float = REPLY_WAIT) -> CallbackRecord:
        """The interaction callback (type + data + files)."""
        return await self.fake.wait_until(
            lambda: self.response, timeout=timeout, what=f"a callback to interaction {self.id}"
        )

    async def wait_original(self, timeout: float = REPLY_WAIT, *, settled: bool = True) -> FakeMessage:
        """The @original message; with ``settled``, waits until a deferred one has been edited."""

        def ready() -> FakeMessage | None:
            msg = self.original
            if msg is None or (settled and msg.loading):
                return None
            return msg

        return await self.fake.wait_until(ready, timeout=timeout, what=f"@original of interaction {self.id}")

    async def wait_followup(self, count: int = 1, timeout: float = REPLY_WAIT) -> FakeMessage:
        """The ``count``-th follow-up message (1-based)."""
        return await self.fake.wait_until(
            lambda: self.followups[count - 1] if len(self.followups) >= count else None,
            timeout=timeout,
            what=f"follow-up #{count} of interaction {self.id}",
        )

    async def wait_choices(self, timeout: float = REPLY_WAIT) -> list[JSON]:
        record = await self.wait_response(timeout)
        if record.type != 8:
            raise AssertionError(f"expected an autocomplete result (type 8), got callback type {record.type}")
        return record.choices


def _channel_permissions(fake: FakeDiscord, guild: FakeGuild | None, channel: FakeChannel, uid: int) -> int:
    if guild is None:
        return 0
    perms = guild.permissions_of(uid)
    if uid == fake.bot_user.id and channel.deny_bot_send:
        perms &= ~SEND_MESSAGES
    return perms


class InteractionDriver:
    """Mixin for FakeDiscord: the test-facing verbs."""

    interactions: dict[int, FakeInteraction]

    # -- payload building ----------------------------------------------------------------

    def _base_payload(
        self: FakeDiscord, type: int, data: JSON, user: FakeUser | FakeMember, channel: FakeChannel
    ) -> tuple[FakeInteraction, JSON]:
        user = user.user if isinstance(user, FakeMember) else user
        guild = self.guild_of(channel)
        iid, token = self.snowflakes.next(), "ix." + secrets.token_urlsafe(24)
        payload: JSON = {
            "id": str(iid),
            "application_id": str(self.application_id),
            "type": type,
            "data": data,
            "token": token,
            "version": 1,
            "channel_id": str(channel.id),
            "channel": channel.to_partial(_channel_permissions(self, guild, channel, user.id)),
            "app_permissions": str(_channel_permissions(self, guild, channel, self.bot_user.id)),
            "locale": self.user_locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if guild is not None:
            member = guild.members.get(user.id)
            if member is None:
                raise ValueError(f"{user.name} is not a member of guild {guild.name}; add_member() first")
            member_json = member.to_dict()
            member_json["permissions"] = str(guild.permissions_of(user.id))
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
                guild_locale=guild.preferred_locale,
                member=member_json,
                authorizing_integration_owners={"0": str(guild.id)},
                context=0,
            )
        else:
            payload.update(user=user.to_dict(), authorizing_integration_owners={"1": str(user.id)}, context=1)
        ix = FakeInteraction(
            fake=self, id=iid, token=token, type=type, payload=payload, user=user, guild=guild, channel=channel
        )
        return ix, payload

    def _resolve_target(
        self: FakeDiscord, user: FakeUser | FakeMember, guild: FakeGuild | None, channel: FakeChannel | None
    ) -> tuple[FakeUser, FakeChannel]:
        u = user.user if isinstance(user, FakeMember) else user
        if channel is None:
            if guild is None:
                channel = self.dm_channel(u)
            else:
                assert guild.default_channel is not None
                channel = guild.default_channel
        return u, channel

    def _option_value(self: FakeDiscord, name: str, value: Any, otype: int | None, resolved: JSON) -> JSON:
        """Renders one option, filling ``resolved`` the way Discord does for entity options."""
        if isinstance(value, FakeMember):
            otype = otype or USER
            resolved.setdefault("users", {})[str(value.id)] = value.user.to_dict()
            member = value.to_dict(with_user=False)
            guild = self.guilds[value.guild_id]
            member["permissions"] = str(guild.permissions_of(value.id))
            resolved.setdefault("members", {})[str(value.id)] = member
            return {"name": name, "type": otype, "value": str(value.id)}
        if isinstance(value, FakeUser):
            resolved.setdefault("users", {})[str(value.id)] = value.to_dict()
            return {"name": name, "type": otype or USER, "value": str(value.id)}
        if isinstance(value, FakeRole):
            resolved.setdefault("roles", {})[str(value.id)] = value.to_dict()
            return {"name": name, "type": otype or ROLE, "value": str(value.id)}
        if isinstance(value, FakeChannel):
            guild = self.guild_of(value)
            resolved.setdefault("channels", {})[str(value.id)] = value.to_partial(
                _channel_permissions(self, guild, value, self.bot_user.id)
            )
            return {"name": name, "type": otype or CHANNEL, "value": str(value.id)}
        if isinstance(value, StoredFile):
            att = self.store_attachment(value)
            resolved.setdefault("attachments", {})[att["id"]] = att
            return {"name": name, "type": ATTACHMENT, "value": att["id"]}
        if otype is None:
            if isinstance(value, bool):
                otype = BOOLEAN
            elif isinstance(value, int):
                otype = INTEGER
            elif isinstance(value, float):
                otype = NUMBER
            else:
                otype = STRING
        return {"name": name, "type": otype, "value": value}

    def _build_options(
        self: FakeDiscord,
        schema: list[JSON],
        values: dict[str, Any],
        resolved: JSON,
        focused: str | None,
    ) -> list[JSON]:
        types = {o["name"]: o.get("type") for o in schema}
        out = []
        for name, value in values.items():
            if schema and name not in types:
                raise ValueError(f"option {name!r} is not in the registered schema {sorted(types)}")
            opt = self._option_value(name, value, types.get(name), resolved)
            if name == focused:
                opt["focused"] = True
                opt["value"] = str(value)  # Discord sends what the user typed so far
            out.append(opt)
        return out

    def _command_data(
        self: FakeDiscord,
        name: str,
        guild: FakeGuild | None,
        options: dict[str, Any] | None,
        subcommand: str | None,
        group: str | None,
        focused: str | None,
    ) -> JSON:
        found = self.find_command(name, guild.id if guild else None)
        if found is None:
            known = sorted({c["name"] for cmds in self.commands.values() for c in cmds})
            raise LookupError(f"/{name} is not registered (the bot registered: {known})")
        cmd, scope = found
        resolved: JSON = {}
        schema: list[JSON] = cmd.get("options") or []
        path: list[tuple[str, int]] = []
        if group is not None:
            grp = next((o for o in schema if o["name"] == group and o["type"] == SUB_COMMAND_GROUP), None)
            if grp is None:
                raise LookupError(f"/{name} has no subcommand group {group!r}")
            path.append((group, SUB_COMMAND_GROUP))
            schema = grp.get("options") or []
        if subcommand is not None:
            sub = next((o for o in schema if o["name"] == subcommand and o["type"] == SUB_COMMAND), None)
            if sub is None:
                raise LookupError(f"/{name} {group or ''} has no subcommand {subcommand!r}")
            path.append((subcommand, SUB_COMMAND))
            schema = sub.get("options") or []
        opts = self._build_options(schema, options or {}, resolved, focused)
        for pname, ptype in reversed(path):
            opts = [{"name": pname, "type": ptype, "options": opts}]
        data: JSON = {"id": cmd["id"], "name": name, "type": cmd.get("type", 1), "options": opts}
        if resolved:
            data["resolved"] = resolved
        if scope is not None:
            data["guild_id"] = str(scope)  # discord.py looks guild commands up by this
        return data

    async def _send_interaction(self: FakeDiscord, ix: FakeInteraction) -> FakeInteraction:
        self.interactions[ix.id] = ix
        self.interactions_by_token[ix.token] = ix
        sent = await self.gateway.dispatch(
            "INTERACTION_CREATE", ix.payload, guild_id=ix.guild.id if ix.guild else None
        )
        if not sent:
            raise RuntimeError("no connected gateway session would receive this interaction")
        return ix

    async def redeliver(self: FakeDiscord, ix: FakeInteraction) -> None:
        """Sends the same INTERACTION_CREATE (same id and token) again, as a resumed gateway can."""
        sent = await self.gateway.dispatch(
            "INTERACTION_CREATE", ix.payload, guild_id=ix.guild.id if ix.guild else None
        )
        if not sent:
            raise RuntimeError("no connected gateway session would receive this interaction")

    # -- verbs ------------------------------------------------------------------------------

    async def slash(
        self: FakeDiscord,
        name: str,
        *,
        user: FakeUser | FakeMember,
        guild: FakeGuild | None = None,
        channel: FakeChannel | None = None,
        options: dict[str, Any] | None = None,
        subcommand: str | None = None,
        group: str | None = None,
    ) -> FakeInteraction:
        """Invokes a registered slash command. ``guild=None`` and no channel = in the user's DM.

        Option values may be str/int/float/bool or FakeUser/FakeMember/FakeRole/FakeChannel/StoredFile
        (entity options get Discord's ``resolved`` data).
        """
        if guild is None and channel is not None:
            guild = self.guild_of(channel)
        _, chan = self._resolve_target(user, guild, channel)
        data = self._command_data(name, guild, options, subcommand, group, None)
        ix, _ = self._base_payload(APPLICATION_COMMAND, data, user, chan)
        return await self._send_interaction(ix)

    async def autocomplete(
        self: FakeDiscord,
        name: str,
        *,
        user: FakeUser | FakeMember,
        focused: str,
        options: dict[str, Any],
        guild: FakeGuild | None = None,
        channel: FakeChannel | None = None,
        subcommand: str | None = None,
        group: str | None = None,
        timeout: float = 5.0,
    ) -> list[JSON]:
        """Sends an autocomplete interaction and returns the choices the bot answered."""
        if guild is None and channel is not None:
            guild = self.guild_of(channel)
        _, chan = self._resolve_target(user, guild, channel)
        data = self._command_data(name, guild, options, subcommand, group, focused)
        ix, _ = self._base_payload(AUTOCOMPLETE, data, user, chan)
        await self._send_interaction(ix)
        return await ix.wait_choices(timeout)

    async def click(
        self: FakeDiscord,
        message: FakeMessage | int,
        custom_id: str,
        *,
        user: FakeUser | FakeMember,
        values: list[str] | None = None,
        timeout: float = 5.0,
    ) -> FakeInteraction:
        """Clicks a button (or picks ``values`` in a select) on a message the bot sent.

        Waits until the HTTP response that created the message has been delivered, plus a short
        settle delay, because discord.py registers a View only after that response returns.
        """
        msg = self.message_store[message] if isinstance(message, int) else message
        await asyncio.wait_for(msg.delivered.wait(), timeout)
        await asyncio.sleep(self.click_settle)
        component = msg.find_component(custom_id)
        if component is None:
            raise LookupError(f"message {msg.id} has no component {custom_id!r} (has {msg.custom_ids()})")
        if component.get("disabled"):
            raise AssertionError(f"component {custom_id!r} is disabled; a user cannot click it")
        channel = self.channels[msg.channel_id]
        data: JSON = {"custom_id": custom_id, "component_type": component["type"]}
        if component["type"] != 2:
            data["values"] = values or []
            data["resolved"] = {}
        ix, payload = self._base_payload(MESSAGE_COMPONENT, data, user, channel)
        payload["message"] = msg.to_dict()
        ix.source_message = msg
        return await self._send_interaction(ix)

    async def forged_click(
        self: FakeDiscord, message: FakeMessage, custom_id: str, *, user: FakeUser | FakeMember
    ) -> FakeInteraction:
        """A click on ``message`` naming a ``custom_id`` it does not carry: a modified client can send any
        custom_id; Discord vouches only for the user, guild and channel of the interaction."""
        await asyncio.wait_for(message.delivered.wait(), 5.0)
        channel = self.channels[message.channel_id]
        ix, payload = self._base_payload(MESSAGE_COMPONENT, {"custom_id": custom_id, "component_type": 2}, user,
                                         channel)
        # The message as the forger presents it: its first button carries the forged id (discord.py routes a
        # click only to a component the message has).
        forged = copy.deepcopy(message.to_dict())
        forged["components"][0]["components"][0]["custom_id"] = custom_id
        payload["message"] = forged
        ix.source_message = message
        return await self._send_interaction(ix)

    async def submit_modal(
        self: FakeDiscord,
        custom_id: str,
        fields: dict[str, str],
        *,
        user: FakeUser | FakeMember,
        channel: FakeChannel,
    ) -> FakeInteraction:
        """Submits a modal (text inputs by custom_id) as if the user filled it in."""
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]} for k, v in fields.items()
        ]
        ix, _ = self._base_payload(MODAL_SUBMIT, {"custom_id": custom_id, "components": rows}, user, channel)
        return await self._send_interaction(ix)

    async def send_user_message(
        self: FakeDiscord,
        channel: FakeChannel | FakeUser,
        *,
        author: FakeUser | FakeMember,
        content: str,
        mention_bot: bool = False,
        reference: FakeMessage | None = None,
        files: list[StoredFile] | None = None,
    ) -> FakeMessage:
        """A user posts a message (MESSAGE_CREATE). Passing a FakeUser as ``channel`` = DM with the bot.

        ``mention_bot`` prefixes ``<@BOT>`` unless the content already mentions the bot.
        Without the MESSAGE_CONTENT intent, content/embeds/attachments are blanked as Discord
        does, except in DMs and when the bot is mentioned.
        """
        author_user = author.user if isinstance(author, FakeMember) else author
        chan = self.dm_channel(channel) if isinstance(channel, FakeUser) else channel
        if mention_bot and self.bot_user.mention not in content and f"<@!{self.bot_user.id}>" not in content:
            content = f"{self.bot_user.mention} {content}"
        guild = self.guild_of(chan)
        msg = FakeMessage(
            id=self.snowflakes.next(),
            channel_id=chan.id,
            guild_id=guild.id if guild else None,
            author=author_user,
            content=content,
            member=guild.members.get(author_user.id) if guild else None,
        )
        msg.mention_users = [self.users[u] for u in msg.mentioned_user_ids() if u in self.users]
        if reference is not None:
            msg.type = 19
            msg.message_reference = {
                "message_id": str(reference.id),
                "channel_id": str(reference.channel_id),
                **({"guild_id": str(reference.guild_id)} if reference.guild_id else {}),
            }
        for f in files or []:
            msg.attachments.append(self.store_attachment(f))
            msg.files.append(f)
        msg.delivered.set()
        self.message_store[msg.id] = msg
        self.notify()
        data = msg.to_dict()
        if reference is not None:
            data["referenced_message"] = reference.to_dict()
        intent = INTENT_GUILD_MESSAGES if guild else INTENT_DM_MESSAGES
        for session in self.gateway.sessions_for(guild.id if guild else None):
            if not session.has_intent(intent):
                continue
            event = dict(data)
            privileged = guild is None or self.bot_user.id in msg.mentioned_user_ids()
            if not session.has_intent(INTENT_MESSAGE_CONTENT) and not privileged:
                event.update(content="", embeds=[], attachments=[], components=[])
            await session.dispatch("MESSAGE_CREATE", event)
        return msg

    async def dispatch(self: FakeDiscord, event: str, data: JSON, *, guild_id: int | None = None) -> int:
        """Sends any gateway event (e.g. GUILD_MEMBER_ADD); returns the number of sessions reached."""
        return await self.gateway.dispatch(event, data, guild_id=guild_id)

    async def announce_guild(self: FakeDiscord, guild: FakeGuild) -> None:
        """Sends GUILD_CREATE for a guild added after the bot connected (= the bot joined it)."""
        await self.gateway.announce_guild(guild)
