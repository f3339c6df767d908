"""Entities held by the stand-in, each able to render itself as Discord API JSON."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

DISCORD_EPOCH_MS = 1420070400000
JSON = dict[str, Any]

ALL_PERMISSIONS = (1 << 53) - 1
ADMINISTRATOR = 1 << 3
# What a freshly created @everyone role gets on Discord (view, send, history, embed, attach, reactions...).
DEFAULT_EVERYONE_PERMISSIONS = 1071698660929


class Snowflakes:
    """Real-looking snowflakes whose timestamp part grows by >= 1 ms per id.

    Consecutive ids therefore differ in ``id >> 22``, which makes shard placement
    ((guild_id >> 22) % shard_count) alternate predictably for guilds created in a row.
    """

    def __init__(self) -> None:
        self._last_ms = 0
        self._counter = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            now = int(time.time() * 1000) - DISCORD_EPOCH_MS
            self._last_ms = max(now, self._last_ms + 1)
            self._counter = (self._counter + 1) & 0xFFF
            return (self._last_ms << 22) | self._counter


def iso_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


@dataclass(eq=False)
class FakeUser:
    id: int
    name: str
    bot: bool = False
    global_name: str | None = None
    dms_closed: bool = False  # sending to this user's DM answers 403 / 50007

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def to_dict(self) -> JSON:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "bot": self.bot,
            "system": False,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
        }


@dataclass(eq=False)
class FakeRole:
    id: int
    guild_id: int
    name: str
    permissions: int = 0
    position: int = 0
    color: int = 0
    hoist: bool = False
    mentionable: bool = False

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"

    def to_dict(self) -> JSON:
        return {
            "id": str(self.id),
            "name": self.name,
            "color": self.color,
            "colors": {"primary_color": self.color, "secondary_color": None, "tertiary_color": None},
            "hoist": self.hoist,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": False,
            "mentionable": self.mentionable,
            "flags": 0,
        }


TEXT, DM, VOICE, CATEGORY = 0, 1, 2, 4


@dataclass(eq=False)
class FakeChannel:
    id: int
    name: str
    type: int = TEXT
    guild_id: int | None = None
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    recipient: FakeUser | None = None  # DMs only
    deny_bot_send: bool = False  # POST messages answers 403 / 50013
    deleted: bool = False  # every route answers 404 / 10003

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    @property
    def is_dm(self) -> bool:
        return self.type == DM

    def to_dict(self) -> JSON:
        if self.is_dm:
            assert self.recipient is not None
            return {
                "id": str(self.id),
                "type": DM,
                "recipients": [self.recipient.to_dict()],
                "last_message_id": None,
                "flags": 0,
            }
        return {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [],
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "topic": self.topic,
            "nsfw": False,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }

    def to_partial(self, permissions: int) -> JSON:
        """The channel object embedded in interactions and resolved data (has ``permissions``)."""
        data = self.to_dict()
        data["permissions"] = str(permissions)
        return data


@dataclass(eq=False)
class FakeMember:
    user: FakeUser
    guild_id: int
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    permissions: int | None = None  # explicit override of the role-derived value
    joined_at: str = field(default_factory=iso_now)

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def name(self) -> str:
        return self.user.name

    @property
    def mention(self) -> str:
        return self.user.mention

    def to_dict(self, *, with_user: bool = True) -> JSON:
        data: JSON = {
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "roles": [str(r) for r in self.roles],
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.to_dict()
        return data


@dataclass(eq=False)
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, FakeRole] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)
    default_channel: FakeChannel | None = None
    preferred_locale: str = "en-US"
    joined_at: str = field(default_factory=iso_now)

    @property
    def everyone(self) -> FakeRole:
        return self.roles[self.id]  # Discord: @everyone's id == guild id

    def permissions_of(self, user_id: int) -> int:
        member = self.members.get(user_id)
        if member is None:
            return 0
        if member.permissions is not None:
            return member.permissions
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        perms = self.everyone.permissions
        for role_id in member.roles:
            role = self.roles.get(role_id)
            if role is not None:
                perms |= role.permissions
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def to_create_dict(self, members: list[int] | None = None) -> JSON:
        """GUILD_CREATE payload: full guild with channels and roles; ``members`` None = every member (a bot
        with the GUILD_MEMBERS intent), else only those user ids (without it Discord sends just the bot)."""
        listed = [m for m in self.members.values() if members is None or m.id in members]
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "preferred_locale": self.preferred_locale,
            "features": [],
            "emojis": [],
            "stickers": [],
            "application_id": None,
            "system_channel_id": str(self.default_channel.id) if self.default_channel else None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "vanity_url_code": None,
            "max_members": 500000,
            "roles": [r.to_dict() for r in self.roles.values()],
            "joined_at": self.joined_at,
            "large": False,
            "unavailable": False,
            "lazy": True,
            "member_count": len(self.members),
            "members": [m.to_dict() for m in listed],
            "channels": [c.to_dict() for c in self.channels.values() if not c.deleted],
            "threads": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def to_rest_dict(self) -> JSON:
        data = self.to_create_dict()
        for key in ("members", "channels", "threads", "presences", "voice_states", "joined_at", "large"):
            data.pop(key)
        return data


@dataclass(eq=False)
class StoredFile:
    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


_MENTION_RE = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION_RE = re.compile(r"<@&(\d+)>")


@dataclass(eq=False)
class FakeMessage:
    id: int
    channel_id: int
    author: FakeUser
    content: str = ""
    guild_id: int | None = None
    embeds: list[JSON] = field(default_factory=list)
    components: list[JSON] = field(default_factory=list)
    attachments: list[JSON] = field(default_factory=list)
    files: list[StoredFile] = field(default_factory=list)
    allowed_mentions: JSON | None = None
    message_reference: JSON | None = None
    flags: int = 0
    tts: bool = False
    type: int = 0
    webhook_id: int | None = None
    application_id: int | None = None
    interaction_metadata: JSON | None = None
    member: FakeMember | None = None
    mention_users: list[FakeUser] = field(default_factory=list)
    timestamp: str = field(default_factory=iso_now)
    edited_timestamp: str | None = None
    deleted: bool = False
    nonce: str | None = None
    created: float = field(default_factory=time.monotonic)
    # Set once the HTTP response that created this message was fully written, so a click
    # never races discord.py's view registration (done only after that response returns).
    delivered: asyncio.Event = field(default_factory=asyncio.Event)

    EPHEMERAL = 1 << 6
    LOADING = 1 << 7

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & self.EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & self.LOADING)

    def custom_ids(self) -> list[str]:
        """Every custom_id in the message's components (nested rows included)."""
        found: list[str] = []

        def walk(items: list[JSON]) -> None:
            for item in items:
                if "custom_id" in item:
                    found.append(item["custom_id"])
                walk(item.get("components", []))
                if isinstance(item.get("accessory"), dict):
                    walk([item["accessory"]])
                if isinstance(item.get("component"), dict):
                    walk([item["component"]])

        walk(self.components)
        return found

    def find_component(self, custom_id: str) -> JSON | None:
        def walk(items: list[JSON]) -> JSON | None:
            for item in items:
                if item.get("custom_id") == custom_id:
                    return item
                nested = list(item.get("components", []))
                for key in ("accessory", "component"):
                    if isinstance(item.get(key), dict):
                        nested.append(item[key])
                hit = walk(nested)
                if hit is not None:
                    return hit
            return None

        return walk(self.components)

    def mentioned_user_ids(self) -> list[int]:
        return [int(x) for x in _MENTION_RE.findall(self.content or "")]

    def to_dict(self) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "type": self.type,
            "author": self.author.to_dict(),
            "content": self.content,
            "timestamp": self.timestamp,
            "edited_timestamp": self.edited_timestamp,
            "tts": self.tts,
            "mention_everyone": False,
            "mentions": [u.to_dict() for u in self.mention_users],
            "mention_roles": _ROLE_MENTION_RE.findall(self.content or ""),
            "attachments": self.attachments,
            "embeds": self.embeds,
            "components": self.components,
            "pinned": False,
            "flags": self.flags,
        }
        if self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        if self.member is not None:
            data["member"] = self.member.to_dict(with_user=False)
        if self.webhook_id is not None:
            data["webhook_id"] = str(self.webhook_id)
        if self.application_id is not None:
            data["application_id"] = str(self.application_id)
        if self.message_reference is not None:
            data["message_reference"] = self.message_reference
        if self.interaction_metadata is not None:
            data["interaction_metadata"] = self.interaction_metadata
        if self.nonce is not None:
            data["nonce"] = self.nonce
        return data
