"""a settings table holding this database's device id

Bundles name the device they came from (``source.device_id``), and a later
exchange remembers what each office has already received; both need an
identity that stays with the database file, not with the laptop's settings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "app_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.bulk_insert(meta, [{"key": "device_id", "value": str(uuid.uuid4())}])


def downgrade() -> None:
    op.drop_table("app_meta")
