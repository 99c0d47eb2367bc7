"""exchange history and the conflict log

Partial exports ("what changed since we last sent to this office") and
conflict detection ("both changed since the two machines last agreed") need
to remember each bundle sent and received; conflicts keep the losing version
of a record until someone reviews it. Both tables are new, so upgrading an
existing database only adds them.

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("office", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("since", sa.DateTime(), nullable=True),
        sa.Column("amphoe", sa.Text(), nullable=False),
        sa.Column("earliest_change", sa.DateTime(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
    )
    with op.batch_alter_table("exchange_log") as batch_op:
        batch_op.create_index("ix_exchange_log_device_id", ["device_id"])
        batch_op.create_index("ix_exchange_log_office", ["office"])

    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("collection", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("local_json", sa.JSON(), nullable=False),
        sa.Column("incoming_json", sa.JSON(), nullable=False),
        sa.Column("winner", sa.String(8), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("source_device", sa.String(64), nullable=False),
        sa.Column("source_file", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
    )
    with op.batch_alter_table("exchange_conflicts") as batch_op:
        batch_op.create_index("ix_exchange_conflicts_collection", ["collection"])
        batch_op.create_index("ix_exchange_conflicts_record_id", ["record_id"])
        batch_op.create_index("ix_exchange_conflicts_resolved", ["resolved"])


def downgrade() -> None:
    op.drop_table("exchange_conflicts")
    op.drop_table("exchange_log")
