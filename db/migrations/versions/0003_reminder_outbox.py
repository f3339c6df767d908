"""reminder outbox: one row per (reminder, occurrence) with its delivery state; quota lock rows

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 13:20:00

A reminder occurrence is claimed as *sending* before it is posted and recorded *sent* with the message id
after; a claim left unconfirmed (a crash, a lost answer, the database down) is re-sent by a sweep with the
same nonce. The quota lock rows serialise "count, then insert" so the per-server and per-member reminder
limits hold under concurrent /reminder add and /remindme add.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder_occurrences",
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("occurrence", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["reminder_id"], ["reminders.id"],
                                name=op.f("fk_reminder_occurrences_reminder_id_reminders"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("reminder_id", "occurrence", name=op.f("pk_reminder_occurrences")),
    )
    op.create_index("ix_reminder_occurrences_state_claimed", "reminder_occurrences", ["state", "claimed_at"])
    op.create_table(
        "reminder_quota_locks",
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("bumps", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_reminder_quota_locks")),
    )


def downgrade() -> None:
    op.drop_table("reminder_quota_locks")
    op.drop_index("ix_reminder_occurrences_state_claimed", table_name="reminder_occurrences")
    op.drop_table("reminder_occurrences")
