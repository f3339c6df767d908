"""member roster (who Discord showed the bot, with their roles); one manual /log per member per day; drill
days per member for the all-time leaderboard

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 13:15:00

* ``roster_members`` / ``roster_roles``: filled from the member object every interaction and mention message
  carries (the bot has no member list without the privileged members intent). The team = holders of the
  team role here.
* ``drill_logs.manual_day`` (= day for /log drills, NULL for guided sessions) with a unique index on
  (guild, user, manual_day): the database itself keeps /log to one per member per day, across processes.
  The earliest existing manual drill of each member-day is marked; older duplicates stay as history.
* ``recap_settings``: the opt-in weekly recap (channel, local weekday and time, last week posted = claim).
* ``drill_member_totals.days``: drill days per member, kept by triggers on drill_member_days (a row there
  exists exactly while the member has drills that day), so the all-time ranking by days reads an index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# drill_logs' triggers (0002) upsert drill_member_days before drill_member_totals; these fire in between, so
# they upsert the totals row too (its drills are then counted by 0002's trigger).
SQLITE_TRIGGERS = [
    """
    CREATE TRIGGER trg_drill_member_days_insert AFTER INSERT ON drill_member_days BEGIN
      INSERT INTO drill_member_totals (guild_id, user_id, drills, days) VALUES (NEW.guild_id, NEW.user_id, 0, 1)
        ON CONFLICT (guild_id, user_id) DO UPDATE SET days = days + 1;
    END
    """,
    """
    CREATE TRIGGER trg_drill_member_days_delete AFTER DELETE ON drill_member_days BEGIN
      UPDATE drill_member_totals SET days = days - 1 WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id;
    END
    """,
]

POSTGRES_TRIGGERS = [
    """
    CREATE OR REPLACE FUNCTION drill_member_days_totals() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO drill_member_totals AS x (guild_id, user_id, drills, days) VALUES (NEW.guild_id, NEW.user_id, 0, 1)
          ON CONFLICT (guild_id, user_id) DO UPDATE SET days = x.days + 1;
        RETURN NEW;
      END IF;
      UPDATE drill_member_totals SET days = days - 1 WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id;
      RETURN OLD;
    END $$
    """,
    "CREATE TRIGGER trg_drill_member_days_totals AFTER INSERT OR DELETE ON drill_member_days "
    "FOR EACH ROW EXECUTE FUNCTION drill_member_days_totals()",
]

DAYS_BACKFILL = (
    "UPDATE drill_member_totals SET days = (SELECT COUNT(*) FROM drill_member_days d "
    "WHERE d.guild_id = drill_member_totals.guild_id AND d.user_id = drill_member_totals.user_id)"
)
MANUAL_BACKFILL = (
    "UPDATE drill_logs SET manual_day = day WHERE id IN "
    "(SELECT MIN(id) FROM drill_logs WHERE session_id IS NULL GROUP BY guild_id, user_id, day)"
)


def upgrade() -> None:
    op.create_table(
        "roster_members",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "user_id", name=op.f("pk_roster_members")),
    )
    op.create_table(
        "roster_roles",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("role_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "role_id", "user_id", name=op.f("pk_roster_roles")),
    )
    op.create_table(
        "recap_settings",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("minute", sa.Integer(), nullable=False),
        sa.Column("last_week", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("guild_id", name=op.f("pk_recap_settings")),
    )
    # ADD COLUMN and CREATE INDEX, not a batch table rebuild: a rebuild would drop drill_logs' triggers.
    op.add_column("drill_logs", sa.Column("manual_day", sa.Date(), nullable=True))
    op.execute(MANUAL_BACKFILL)
    op.create_index("uq_drill_logs_manual_day", "drill_logs", ["guild_id", "user_id", "manual_day"], unique=True)
    op.add_column("drill_member_totals", sa.Column("days", sa.Integer(), server_default="0", nullable=False))
    op.execute(DAYS_BACKFILL)
    op.create_index("ix_drill_member_totals_guild_days", "drill_member_totals", ["guild_id", "days"])
    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_drill_member_days_totals ON drill_member_days")
        op.execute("DROP FUNCTION IF EXISTS drill_member_days_totals()")
    else:
        for name in ("trg_drill_member_days_insert", "trg_drill_member_days_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_drill_member_totals_guild_days", table_name="drill_member_totals")
    op.drop_index("uq_drill_logs_manual_day", table_name="drill_logs")
    op.drop_column("drill_member_totals", "days")
    op.drop_column("drill_logs", "manual_day")
    op.drop_table("recap_settings")
    op.drop_table("roster_roles")
    op.drop_table("roster_members")
