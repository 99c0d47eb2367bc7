"""Alembic environment: runs on the connection KBO Desktop hands it."""

from __future__ import annotations

from alembic import context

from kbo_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run from the alembic command
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
