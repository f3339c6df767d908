"""drill aggregates: per member-day counts, per team-day member counts, per member totals (kept by triggers)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:00:00

/streak, /team and /leaderboard must answer in milliseconds on a log of millions of drills. Triggers on
drill_logs keep three small tables exact on every insert and delete, whoever writes (any process, any
front end, /forget-me). Existing rows are backfilled here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MEMBER_DAY = "guild_id = {r}.guild_id AND user_id = {r}.user_id AND day = {r}.day"

SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER trg_drill_logs_insert AFTER INSERT ON drill_logs BEGIN
      INSERT INTO drill_member_days (guild_id, user_id, day, drills) VALUES (NEW.guild_id, NEW.user_id, NEW.day, 1)
        ON CONFLICT (guild_id, user_id, day) DO UPDATE SET drills = drills + 1;
      INSERT INTO drill_team_days (guild_id, day, members) SELECT NEW.guild_id, NEW.day, 1
        WHERE (SELECT drills FROM drill_member_days WHERE {_MEMBER_DAY.format(r="NEW")}) = 1
        ON CONFLICT (guild_id, day) DO UPDATE SET members = members + 1;
      INSERT INTO drill_member_totals (guild_id, user_id, drills) VALUES (NEW.guild_id, NEW.user_id, 1)
        ON CONFLICT (guild_id, user_id) DO UPDATE SET drills = drills + 1;
    END
    """,
    f"""
    CREATE TRIGGER trg_drill_logs_delete AFTER DELETE ON drill_logs BEGIN
      UPDATE drill_member_days SET drills = drills - 1 WHERE {_MEMBER_DAY.format(r="OLD")};
      UPDATE drill_team_days SET members = members - 1 WHERE guild_id = OLD.guild_id AND day = OLD.day
        AND (SELECT drills FROM drill_member_days WHERE {_MEMBER_DAY.format(r="OLD")}) = 0;
      DELETE FROM drill_member_days WHERE {_MEMBER_DAY.format(r="OLD")} AND drills <= 0;
      DELETE FROM drill_team_days WHERE guild_id = OLD.guild_id AND day = OLD.day AND members <= 0;
      UPDATE drill_member_totals SET drills = drills - 1 WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id;
      DELETE FROM drill_member_totals WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id AND drills <= 0;
    END
    """,
    # The aggregates key on these columns; changing them in place would desynchronise the counts.
    """
    CREATE TRIGGER trg_drill_logs_immutable BEFORE UPDATE OF guild_id, user_id, day ON drill_logs BEGIN
      SELECT RAISE(ABORT, 'drill_logs.guild_id/user_id/day are immutable: delete and insert instead');
    END
    """,
]

# On PostgreSQL the upsert on drill_member_days takes the row lock, so two concurrent transactions logging
# the same member's first drill of a day serialise there and only one of them counts the member.
POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION drill_logs_aggregate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO drill_member_days AS m (guild_id, user_id, day, drills) VALUES (NEW.guild_id, NEW.user_id, NEW.day, 1)
      ON CONFLICT (guild_id, user_id, day) DO UPDATE SET drills = m.drills + 1 RETURNING m.drills INTO n;
    IF n = 1 THEN
      INSERT INTO drill_team_days AS t (guild_id, day, members) VALUES (NEW.guild_id, NEW.day, 1)
        ON CONFLICT (guild_id, day) DO UPDATE SET members = t.members + 1;
    END IF;
    INSERT INTO drill_member_totals AS x (guild_id, user_id, drills) VALUES (NEW.guild_id, NEW.user_id, 1)
      ON CONFLICT (guild_id, user_id) DO UPDATE SET drills = x.drills + 1;
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE drill_member_days SET drills = drills - 1 WHERE {_MEMBER_DAY.format(r="OLD")} RETURNING drills INTO n;
    IF n = 0 THEN
      DELETE FROM drill_member_days WHERE {_MEMBER_DAY.format(r="OLD")};
      UPDATE drill_team_days SET members = members - 1 WHERE guild_id = OLD.guild_id AND day = OLD.day
        RETURNING members INTO n;
      IF n = 0 THEN
        DELETE FROM drill_team_days WHERE guild_id = OLD.guild_id AND day = OLD.day;
      END IF;
    END IF;
    UPDATE drill_member_totals SET drills = drills - 1 WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id
      RETURNING drills INTO n;
    IF n = 0 THEN
      DELETE FROM drill_member_totals WHERE guild_id = OLD.guild_id AND user_id = OLD.user_id;
    END IF;
    RETURN OLD;
  ELSE
    IF (NEW.guild_id, NEW.user_id, NEW.day) IS DISTINCT FROM (OLD.guild_id, OLD.user_id, OLD.day) THEN
      RAISE EXCEPTION 'drill_logs.guild_id/user_id/day are immutable: delete and insert instead';
    END IF;
    RETURN NEW;
  END IF;
END $$
"""

POSTGRES_TRIGGERS = [
    POSTGRES_FUNCTION,
    "CREATE TRIGGER trg_drill_logs_aggregate AFTER INSERT OR DELETE ON drill_logs "
    "FOR EACH ROW EXECUTE FUNCTION drill_logs_aggregate()",
    "CREATE TRIGGER trg_drill_logs_immutable BEFORE UPDATE OF guild_id, user_id, day ON drill_logs "
    "FOR EACH ROW EXECUTE FUNCTION drill_logs_aggregate()",
]

BACKFILL = [
    "INSERT INTO drill_member_days (guild_id, user_id, day, drills) "
    "SELECT guild_id, user_id, day, COUNT(*) FROM drill_logs GROUP BY guild_id, user_id, day",
    "INSERT INTO drill_team_days (guild_id, day, members) "
    "SELECT guild_id, day, COUNT(*) FROM drill_member_days GROUP BY guild_id, day",
    "INSERT INTO drill_member_totals (guild_id, user_id, drills) "
    "SELECT guild_id, user_id, SUM(drills) FROM drill_member_days GROUP BY guild_id, user_id",
]


def upgrade() -> None:
    op.create_table(
        "drill_member_days",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("drills", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "user_id", "day", name=op.f("pk_drill_member_days")),
    )
    op.create_index("ix_drill_member_days_guild_day", "drill_member_days", ["guild_id", "day", "user_id", "drills"])
    op.create_table(
        "drill_team_days",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "day", name=op.f("pk_drill_team_days")),
    )
    op.create_table(
        "drill_member_totals",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("drills", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "user_id", name=op.f("pk_drill_member_totals")),
    )
    op.create_index("ix_drill_member_totals_guild_drills", "drill_member_totals", ["guild_id", "drills"])
    for statement in BACKFILL:
        op.execute(statement)
    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_drill_logs_aggregate ON drill_logs")
        op.execute("DROP TRIGGER IF EXISTS trg_drill_logs_immutable ON drill_logs")
        op.execute("DROP FUNCTION IF EXISTS drill_logs_aggregate()")
    else:
        for name in ("trg_drill_logs_insert", "trg_drill_logs_delete", "trg_drill_logs_immutable"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_drill_member_totals_guild_drills", table_name="drill_member_totals")
    op.drop_table("drill_member_totals")
    op.drop_table("drill_team_days")
    op.drop_index("ix_drill_member_days_guild_day", table_name="drill_member_days")
    op.drop_table("drill_member_days")
