"""SQLAlchemy 2 typed models: the database is the source of truth for drills, sessions and reminders.

Schema changes go through new Alembic migrations in ``db/migrations/versions``; never edit an old one.
Discord ids are 64-bit snowflakes, hence BigInteger everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.types import UTCDateTime

# Stable constraint names so migrations can refer to them on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class GuildSettings(Base):
    __tablename__ = "guild_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    team_role_id: Mapped[int | None] = mapped_column(BigInteger)
    coach_role_id: Mapped[int | None] = mapped_column(BigInteger)
    team_goal: Mapped[int] = mapped_column(Integer, default=1)
    team_window_minutes: Mapped[int] = mapped_column(Integer, default=30)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Member(Base):
    """A person as the coach knows them in one guild (guild_id 0 = direct messages / console)."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("guild_id", "user_id", name="uq_members_guild_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    dm_failures: Mapped[int] = mapped_column(Integer, default=0)
    notice: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class WarmupSession(Base):
    """A posted warm-up card. Buttons carry its id, so they keep working after a restart."""

    __tablename__ = "warmup_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    started_by: Mapped[int] = mapped_column(BigInteger)
    team: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_s: Mapped[int] = mapped_column(Integer)
    variation: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DrillLog(Base):
    """One completed drill.

    ``day`` is the calendar day in the member's/team's zone at the time it was logged: streaks are computed
    on it without per-row time zone arithmetic. The unique (session_id, user_id) makes a double click, a
    retried interaction or two processes log a session's drill once; rows without a session (``/log``) are
    not constrained by it (NULLs are distinct).
    """

    __tablename__ = "drill_logs"
    __table_args__ = (
        UniqueConstraint("session_id", "user_id", name="uq_drill_logs_session_user"),
        Index("ix_drill_logs_guild_user_day", "guild_id", "user_id", "day"),
        Index("ix_drill_logs_guild_day", "guild_id", "day"),
        Index("uq_drill_logs_manual_day", "guild_id", "user_id", "manual_day", unique=True),
        Index("uq_drill_logs_interaction_id", "interaction_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    done_at: Mapped[datetime] = mapped_column(UTCDateTime)
    day: Mapped[date] = mapped_column(Date)
    duration_s: Mapped[int] = mapped_column(Integer)
    variation: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("warmup_sessions.id", ondelete="SET NULL"))
    # Set (= day) on manual /log drills only: the unique (guild, user, manual_day) allows one manual log per
    # member per day in the database itself, whoever writes; guided sessions leave it NULL (unconstrained).
    manual_day: Mapped[date | None] = mapped_column(Date)
    # The Discord interaction that logged it: a redelivered copy cannot log it again, even after a restart.
    interaction_id: Mapped[int | None] = mapped_column(BigInteger)


class Reminder(Base):
    """A scheduled warm-up reminder: wall-clock time + weekdays in an IANA zone (cron-style, DST-safe).

    ``last_occurrence`` is the claim: a firing sets it with a conditional UPDATE (only if it is older than
    the occurrence being sent) and, in the same transaction, records the occurrence in the outbox
    (:class:`ReminderOccurrence`), which tracks it until Discord confirmed the post.
    ``guild_id`` is 0 for personal (DM) reminders, which belong to shard 0.
    """

    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminders_guild", "guild_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    personal: Mapped[bool] = mapped_column(Boolean, default=False)
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    role_id: Mapped[int | None] = mapped_column(BigInteger)
    hour: Mapped[int] = mapped_column(Integer)
    minute: Mapped[int] = mapped_column(Integer)
    days: Mapped[str] = mapped_column(String(32))
    timezone: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text, default="")
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_occurrence: Mapped[datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OutboxRow:
    """The columns every outbox row has (reminder occurrences, recap posts; db/outbox.py moves both).

    ``state``: *sending* (claimed, not confirmed), *sent* (``message_id`` known), *failed* (a permanent
    failure or too many attempts) or *skipped* (beyond the grace window). ``claimed_by``/``claimed_at`` are
    the lease: another process takes a *sending* row over only once ``claimed_at`` is older than the lease.
    """

    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    claimed_by: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReminderOccurrence(OutboxRow, Base):
    """The reminders' outbox: one row per claimed occurrence of a reminder (migration 0003)."""

    __tablename__ = "reminder_occurrences"
    __table_args__ = (Index("ix_reminder_occurrences_state_claimed", "state", "claimed_at"),)

    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminders.id", ondelete="CASCADE"), primary_key=True)
    occurrence: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)


class ReminderQuotaLock(Base):
    """A row per server (``guild:<id>``) or member (``member:<id>``) that adding a reminder writes first:
    the write lock it takes serialises "count, then insert", so the limits hold under concurrency."""

    __tablename__ = "reminder_quota_locks"

    scope: Mapped[str] = mapped_column(String(40), primary_key=True)
    bumps: Mapped[int] = mapped_column(Integer, default=0)


class BotState(Base):
    """Small key/value facts the bot keeps about itself (e.g. the hash of the last command registration)."""

    __tablename__ = "bot_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# -- drill aggregates (migration 0002) ---------------------------------------------------------------------
# Kept up to date by database triggers on drill_logs (insert and delete), so every writer — any process,
# /forget-me, a manual DELETE — keeps them exact. They make /streak, /team and /leaderboard read a few
# hundred rows instead of scanning the whole log. Rows of drill_logs are never updated in place.


class DrillMemberDay(Base):
    """How many drills one member logged on one local day (a row exists only when drills > 0)."""

    __tablename__ = "drill_member_days"
    __table_args__ = (Index("ix_drill_member_days_guild_day", "guild_id", "day", "user_id", "drills"),)

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    drills: Mapped[int] = mapped_column(Integer)


class DrillTeamDay(Base):
    """How many distinct members of a guild logged a drill on one local day."""

    __tablename__ = "drill_team_days"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    members: Mapped[int] = mapped_column(Integer)


class DrillMemberTotal(Base):
    """All-time drill count of one member in one guild (the all-time leaderboard reads its index)."""

    __tablename__ = "drill_member_totals"
    __table_args__ = (Index("ix_drill_member_totals_guild_drills", "guild_id", "drills"),
                      Index("ix_drill_member_totals_guild_days", "guild_id", "days"))

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    drills: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # drill days (migration 0004)


# -- the roster (migration 0004) ---------------------------------------------------------------------------
# Who Discord has shown the bot, with their roles. Without the privileged members intent the bot never gets
# the member list; every interaction and mention message does carry the author's member object (roles,
# nick), so that is what fills this. The team (role holders) is read from here, never from discord.py's cache.


class RosterMember(Base):
    __tablename__ = "roster_members"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    display_name: Mapped[str] = mapped_column(String(100))
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime)


class RosterRole(Base):
    """One role a roster member held when last seen (the team = rows of the team role)."""

    __tablename__ = "roster_roles"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    role_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)


class RecapSetting(Base):
    """A server's weekly recap (opt-in): where and when (local weekday and time in the server's zone).

    ``last_week`` (the Monday of the week last posted) is the claim: a process posts a week's recap only
    after moving it forward with a conditional UPDATE, so restarts and other processes never post it twice.
    """

    __tablename__ = "recap_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    hour: Mapped[int] = mapped_column(Integer)
    minute: Mapped[int] = mapped_column(Integer)
    last_week: Mapped[date | None] = mapped_column(Date)
    role_id: Mapped[int | None] = mapped_column(BigInteger)  # the one role the recap pings (migration 0006)


class RecapPost(OutboxRow, Base):
    """The recap's outbox (migration 0006): one row per claimed (guild, week)."""

    __tablename__ = "recap_posts"
    __table_args__ = (Index("ix_recap_posts_state_claimed", "state", "claimed_at"),)

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    week: Mapped[date] = mapped_column(Date, primary_key=True)
