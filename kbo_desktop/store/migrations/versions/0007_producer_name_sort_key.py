"""keep each producer's name in Thai dictionary order, indexed

SQLite sorts by code point, which puts every word starting with เ แ โ ใ ไ
after ฮ. The producers list sorted by ``thai_key(name)``, a function SQLite
called for every producer on every open: 16 ms of the 0.11 s open at 10,000
producers, and the one part that grew with the data (issue #8). An index on
that expression would have made the table unwritable for any SQLite tool
without the function, so the key is a plain column instead, written with the
row (``store.mapping.DERIVED``) and indexed with ``id`` for the list's order.

The districts filter reads ``address_amphoe`` of live producers; with
``deleted`` in the same index that is read from the index alone.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kbo_desktop.domain.thai_admin import thai_sort_key

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    op.add_column("producers", sa.Column("name_key", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    producers = sa.table("producers", sa.column("id", sa.String), sa.column("name", sa.Text),
                         sa.column("name_key", sa.Text))  # fmt: skip
    rows = bind.execute(sa.select(producers.c.id, producers.c.name)).all()
    change = (
        sa.update(producers)
        .where(producers.c.id == sa.bindparam("row_id"))
        .values(name_key=sa.bindparam("key"))
    )
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        bind.execute(change, [{"row_id": i, "key": thai_sort_key(name or "")} for i, name in batch])
    op.create_index("ix_producers_name_key", "producers", ["name_key", "id", "deleted"])
    op.drop_index("ix_producers_address_amphoe", table_name="producers")
    op.create_index("ix_producers_address_amphoe", "producers", ["address_amphoe", "deleted"])


def downgrade() -> None:
    op.drop_index("ix_producers_address_amphoe", table_name="producers")
    op.create_index("ix_producers_address_amphoe", "producers", ["address_amphoe"])
    op.drop_index("ix_producers_name_key", table_name="producers")
    # SQLite (3.35 and later) drops the column in place; a batch copy of the table
    # would DROP it, which the foreign keys of products and visits refuse.
    op.execute("ALTER TABLE producers DROP COLUMN name_key")
