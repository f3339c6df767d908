"""drill_logs.interaction_id: the Discord interaction that logged a drill, unique

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 13:30:00

A resumed gateway can deliver the same interaction again, also to a process that restarted in between and
so remembers nothing. Storing the interaction's id with the drill under a unique index makes the insert of
the copy a no-op (INSERT ... ON CONFLICT DO NOTHING) on SQLite and PostgreSQL alike. NULL for drills that
came from elsewhere (console, imports): NULLs never conflict.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A column plus a unique index (not a table constraint): SQLite can add those without rebuilding the table.
    op.add_column("drill_logs", sa.Column("interaction_id", sa.BigInteger(), nullable=True))
    op.create_index("uq_drill_logs_interaction_id", "drill_logs", ["interaction_id"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_drill_logs_interaction_id", table_name="drill_logs")
    if op.get_bind().dialect.name == "sqlite":
        # Not a batch (copy-and-rename) operation: that would drop 0002's triggers on drill_logs. SQLite
        # drops an unindexed column in place since 3.35.
        op.execute("ALTER TABLE drill_logs DROP COLUMN interaction_id")
    else:
        op.drop_column("drill_logs", "interaction_id")
