"""Configuration: `config.toml` (or `--config PATH`) plus environment overrides, validated before connecting.

Every error names the key and what is allowed; unknown keys are warned about by name (a typo must not be
silently ignored). Secrets are wrapped in :class:`Secret` so a log line or traceback never shows them.
"""

from __future__ import annotations

import difflib
import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

DEFAULT_CONFIG_PATH = Path("config.toml")
DEFAULT_DATA_DIR = Path("data")


class ConfigError(Exception):
    """Configuration is unusable; the message says which key and how to fix it."""


class Secret:
    """A string that never shows itself in repr/str (logs, tracebacks, f-strings)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('********')" if self._value else "Secret('')"

    __str__ = __repr__


@dataclass(frozen=True)
class Config:
    token: Secret = field(default_factory=lambda: Secret(""))
    api_base: str | None = None
    gateway_url: str | None = None
    dev_guild_id: int | None = None
    owner_ids: tuple[int, ...] = ()
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    data_dir: Path = DEFAULT_DATA_DIR
    database_url: str = ""
    default_timezone: str = "UTC"
    team_window_minutes: int = 30
    reminder_grace_minutes: int = 60
    reminder_lease_seconds: int = 60
    log_level: str = "INFO"
    members_intent: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{(self.data_dir / 'coach.db').as_posix()}"

    @property
    def sharded(self) -> bool:
        return self.shard_count is not None


# key path -> (env var or None, parser). The parser raises ValueError with "what is allowed".
def _str(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError("a string")
    return v.strip()


def _int_range(lo: int, hi: int):
    def parse(v: Any) -> int:
        if isinstance(v, str) and v.strip().lstrip("-").isdigit():
            v = int(v.strip())
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            raise ValueError(f"a whole number from {lo} to {hi}")
        return v

    return parse


def _snowflake(v: Any) -> int | None:
    if v in (0, "", "0", None):
        return None
    return _int_range(1, 2**63 - 1)(v)


def _int_list(lo: int, hi: int, example: str):
    def parse(v: Any) -> tuple[int, ...]:
        if isinstance(v, str):
            v = [p for p in v.replace(",", " ").split() if p]
        if not isinstance(v, list):
            raise ValueError(f"a list of whole numbers, e.g. {example}")
        return tuple(_int_range(lo, hi)(x) for x in v)

    return parse


_snowflakes = _int_list(1, 2**63 - 1, "[123456789012345678]")


def _url(schemes: tuple[str, ...]):
    def parse(v: Any) -> str | None:
        s = _str(v)
        if not s:
            return None
        parts = urlsplit(s)
        if parts.scheme not in schemes or not parts.netloc:
            raise ValueError(f"a URL starting with {' or '.join(s + '://' for s in schemes)}")
        return s.rstrip("/") if "http" in schemes else s

    return parse


def _timezone(v: Any) -> str:
    s = _str(v)
    try:
        ZoneInfo(s)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("an IANA time zone name such as 'Europe/London' or 'America/New_York'") from None
    return s


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    s = _str(v).lower()
    if s in ("true", "1", "yes", "on"):
        return True
    if s in ("false", "0", "no", "off"):
        return False
    raise ValueError("true or false")


def _log_level(v: Any) -> str:
    s = _str(v).upper()
    if s not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ValueError("one of DEBUG, INFO, WARNING, ERROR")
    return s


SUPPORTED_DATABASES = ("sqlite+aiosqlite", "postgresql+asyncpg")
_DB_URL_EXAMPLES = "'sqlite+aiosqlite:///data/coach.db' or 'postgresql+asyncpg://user:password@host:5432/dbname'"


def _db_url(v: Any) -> str:
    s = _str(v)
    if not s:
        return s
    if "://" not in s:
        raise ValueError(f"an SQLAlchemy URL such as {_DB_URL_EXAMPLES}")
    # Common deploy platforms hand out postgres:// URLs; SQLAlchemy needs the async driver spelled out.
    for prefix in ("postgres://", "postgresql://"):
        if s.startswith(prefix):
            s = "postgresql+asyncpg://" + s[len(prefix):]
    from sqlalchemy.engine import make_url  # only when a URL is configured

    try:
        url = make_url(s)
        url.port  # noqa: B018 - a non-numeric port raises here, not at the first connection
    except Exception:
        raise ValueError(f"a well-formed SQLAlchemy URL such as {_DB_URL_EXAMPLES} "
                         "(special characters in the password must be percent-encoded)") from None
    if url.drivername not in SUPPORTED_DATABASES:
        raise ValueError(f"one of the supported drivers {' or '.join(SUPPORTED_DATABASES)} (got "
                         f"'{url.drivername}'), e.g. {_DB_URL_EXAMPLES}")
    return s


def mask_password(url: str) -> str:
    """``scheme://user:secret@host`` -> ``scheme://user:***@host``; works on malformed URLs too."""
    head, at, rest = url.rpartition("@")
    if not at:
        return url
    start = head.find("://") + 3 if "://" in head else 0
    userinfo = head[start:]
    if ":" not in userinfo:
        return url
    return f"{head[:start]}{userinfo.split(':', 1)[0]}:***@{rest}"


_KEYS: dict[str, tuple[str | None, Any]] = {
    "discord.token": ("DISCORD_TOKEN", _str),
    "discord.api_base": ("DISCORD_API_BASE", _url(("http", "https"))),
    "discord.gateway_url": ("DISCORD_GATEWAY_URL", _url(("ws", "wss"))),
    "discord.dev_guild_id": ("DISCORD_DEV_GUILD_ID", _snowflake),
    "discord.owner_ids": (None, _snowflakes),
    "discord.shard_count": ("SHARD_COUNT", _int_range(1, 10_000)),
    "discord.shard_ids": ("SHARD_IDS", _int_list(0, 9_999, "[0, 1]")),
    "discord.members_intent": ("DISCORD_MEMBERS_INTENT", _bool),
    "database.url": ("DATABASE_URL", _db_url),
    "database.data_dir": ("DATA_DIR", _str),
    "coach.default_timezone": (None, _timezone),
    "coach.team_window_minutes": (None, _int_range(1, 24 * 60)),
    "reminders.grace_minutes": (None, _int_range(0, 24 * 60)),
    "reminders.lease_seconds": (None, _int_range(1, 3600)),
    "logging.level": ("LOG_LEVEL", _log_level),
}


def _flatten(doc: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in doc.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        else:
            out[key] = v
    return out


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already says "(at line L, column C)".
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from None


def _unknown_key_warning(path: Path, key: str) -> str:
    """Name the key, and the known key it most likely meant (a typo must not be silently ignored)."""
    leaf = key.rpartition(".")[2]  # a right key under the wrong table: "level" under [discord]
    close = [k for k in _KEYS if k.rpartition(".")[2] == leaf][:1] or difflib.get_close_matches(
        key, list(_KEYS), n=1, cutoff=0.6)
    hint = f" Did you mean '{close[0]}'?" if close else " Known keys: see config.example.toml."
    return f"{path}: unknown key '{key}' is ignored.{hint}"


def load_config(path: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read the file (if any) and environment; raise ConfigError naming the first bad key."""
    env = os.environ if env is None else env
    explicit = path is not None
    path = path or DEFAULT_CONFIG_PATH
    raw: dict[str, Any] = {}
    if path.exists():
        raw = _flatten(read_toml(path))
    elif explicit:
        raise ConfigError(f"{path}: no such config file (copy config.example.toml to start one)")

    warnings = [_unknown_key_warning(path, k) for k in raw if k not in _KEYS]
    values: dict[str, Any] = {}
    for key, (env_name, parse) in _KEYS.items():
        source, value = f"{path}: key '{key}'", raw.get(key)
        if env_name and env.get(env_name, "").strip():
            source, value = f"environment variable {env_name}", env[env_name]
        if value is None:
            continue
        try:
            values[key] = parse(value)
        except ValueError as exc:
            shown = "(hidden)" if key == "discord.token" else repr(value)[:60]
            if key == "database.url":
                shown = repr(mask_password(str(value)))[:100]
            raise ConfigError(f"{source} = {shown} is not valid: expected {exc}") from None

    shard_ids = values.get("discord.shard_ids") or None
    shard_count = values.get("discord.shard_count")
    if shard_ids and shard_count is None:
        raise ConfigError("discord.shard_ids is set but discord.shard_count is not: set both, or neither")
    if shard_ids and shard_count and any(i >= shard_count for i in shard_ids):
        raise ConfigError(f"discord.shard_ids must each be below discord.shard_count ({shard_count})")

    data_dir = Path(values.get("database.data_dir") or DEFAULT_DATA_DIR)
    return Config(
        token=Secret(values.get("discord.token", "")),
        api_base=values.get("discord.api_base"),
        gateway_url=values.get("discord.gateway_url"),
        dev_guild_id=values.get("discord.dev_guild_id"),
        owner_ids=values.get("discord.owner_ids", ()),
        shard_count=shard_count,
        shard_ids=tuple(shard_ids) if shard_ids else None,
        data_dir=data_dir,
        database_url=values.get("database.url", ""),
        default_timezone=values.get("coach.default_timezone", "UTC"),
        team_window_minutes=values.get("coach.team_window_minutes", 30),
        reminder_grace_minutes=values.get("reminders.grace_minutes", 60),
        reminder_lease_seconds=values.get("reminders.lease_seconds", 60),
        log_level=values.get("logging.level", "INFO"),
        members_intent=values.get("discord.members_intent", False),
        warnings=tuple(warnings),
    )


MISSING_TOKEN_MESSAGE = (
    "No Discord bot token: set the DISCORD_TOKEN environment variable or the key token under [discord] "
    "in config.toml. To try the coach without Discord, run: python -m bot console"
)
