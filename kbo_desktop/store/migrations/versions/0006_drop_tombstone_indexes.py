"""drop the single-column indexes on the tombstone flag

Almost every row has ``deleted = 0``, so an index on it selects nothing; but
SQLite, which keeps no statistics here, prefers it anyway for queries such
as ``deleted IS 0 AND producer_id = ?`` and then reads a whole table instead
of using the index on ``producer_id``. At 10,000 producers that made opening
the producers tab take 81 s (issue #8). Without them the planner picks the
selective index. Nothing else used them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "network_members", "producers", "products", "certifications", "swot_items", "plans",
    "plan_actions", "visits", "visit_progress", "meetings", "photos",
)  # fmt: skip


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_deleted")


def downgrade() -> None:
    for table in RECORD_TABLES:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_deleted ON {table} (deleted)")
