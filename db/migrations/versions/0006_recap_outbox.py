"""recap outbox: one row per (guild, week) with its delivery state; the recap's optional role to ping

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 14:00:00

The weekly recap uses the reminders' outbox machinery (bot/reminders/outbox.py): a week is claimed as
*sending* before it is posted and recorded *sent* with the message id after; a claim left unconfirmed (a
kill mid-post, a lost answer, the database down) is re-sent by the sweep with the same nonce.
``recap_settings.role_id``: the one role the recap pings (none: it pings nobody).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("recap_settings", sa.Column("role_id", sa.BigInteger(), nullable=True))
    op.create_table(
        "recap_posts",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("guild_id", "week", name=op.f("pk_recap_posts")),
    )
    op.create_index("ix_recap_posts_state_claimed", "recap_posts", ["state", "claimed_at"])


def downgrade() -> None:
    op.drop_index("ix_recap_posts_state_claimed", table_name="recap_posts")
    op.drop_table("recap_posts")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE recap_settings DROP COLUMN role_id")  # in place (SQLite >= 3.35), no batch copy
    else:
        op.drop_column("recap_settings", "role_id")
