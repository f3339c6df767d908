"""drop dead columns: members.timezone, members.display_name, guild_settings.reminder_channel_id and
reminder_role_id, warmup_sessions.reminder_id

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 14:10:00

None of them was ever written by the bot: a member's own time zone (read on every logged drill, always
NULL), the display name (the roster, roster_members, holds names since 0004), a server's default reminder
channel and role (each reminder stores its own), and the reminder a warm-up came from.

SQLite: plain columns are dropped in place (ALTER TABLE ... DROP COLUMN, SQLite >= 3.35), so no table is
copied and drill_logs' triggers (0002) stay. warmup_sessions.reminder_id carries a foreign key, which SQLite
can only drop by rebuilding the table (a batch copy); dropping the old table deletes its rows first, which
would set drill_logs.session_id to NULL (ON DELETE SET NULL) — so the links are saved and put back. Updating
session_id fires none of drill_logs' triggers (they watch inserts, deletes and guild/user/day).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK_NAME = "fk_warmup_sessions_reminder_id_reminders"
PLAIN = (("members", "timezone"), ("members", "display_name"), ("guild_settings", "reminder_channel_id"),
         ("guild_settings", "reminder_role_id"))


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _rebuild_warmup_sessions(change) -> None:
    """Run a batch change of warmup_sessions on SQLite without losing drill_logs.session_id."""
    op.execute("CREATE TEMPORARY TABLE _drill_sessions AS SELECT id, session_id FROM drill_logs "
               "WHERE session_id IS NOT NULL")
    with op.batch_alter_table("warmup_sessions", recreate="always") as batch:
        change(batch)
    op.execute("UPDATE drill_logs SET session_id = (SELECT k.session_id FROM _drill_sessions k "
               "WHERE k.id = drill_logs.id) WHERE id IN (SELECT id FROM _drill_sessions)")
    op.execute("DROP TABLE _drill_sessions")


def upgrade() -> None:
    for table, column in PLAIN:
        if _sqlite():
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)
    if _sqlite():
        def change(batch) -> None:
            batch.drop_constraint(FK_NAME, type_="foreignkey")
            batch.drop_column("reminder_id")

        _rebuild_warmup_sessions(change)
    else:
        op.drop_constraint(FK_NAME, "warmup_sessions", type_="foreignkey")
        op.drop_column("warmup_sessions", "reminder_id")


def downgrade() -> None:
    op.add_column("members", sa.Column("display_name", sa.String(length=100), nullable=False, server_default=""))
    op.add_column("members", sa.Column("timezone", sa.String(length=64), nullable=True))
    op.add_column("guild_settings", sa.Column("reminder_channel_id", sa.BigInteger(), nullable=True))
    op.add_column("guild_settings", sa.Column("reminder_role_id", sa.BigInteger(), nullable=True))
    column = sa.Column("reminder_id", sa.Integer(), nullable=True)
    if _sqlite():
        def change(batch) -> None:
            batch.add_column(column)
            batch.create_foreign_key(FK_NAME, "reminders", ["reminder_id"], ["id"], ondelete="SET NULL")

        _rebuild_warmup_sessions(change)
    else:
        op.add_column("warmup_sessions", column)
        op.create_foreign_key(FK_NAME, "warmup_sessions", "reminders", ["reminder_id"], ["id"], ondelete="SET NULL")
