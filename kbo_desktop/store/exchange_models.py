"""Tables that remember exchanges: what was sent to and received from whom, and conflicts.

Neither table travels in bundles: they describe this database's own history
with its peers, so each laptop keeps its own. Both live on the same ``Base``
as the record tables so migrations and ``create_all`` in tests see them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kbo_desktop.store.models import Base
from kbo_desktop.store.types import UtcDateTime, utcnow


class ExchangeLogRow(Base):
    """One bundle sent or received.

    ``exported_at`` is the bundle's own time (the sender's clock): the moment
    both sides last agreed on. ``since`` is the cut-off a partial export used;
    An export of one district (``amphoe``) is not an agreement on everything,
    so it never moves those cut-offs. ``earliest_change`` is the oldest ``updated_at`` an import changed here, so
    a later partial export to an office still carries records that arrived
    with old timestamps after the previous export.
    """

    __tablename__ = "exchange_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(8))  # "sent" | "received"
    device_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    office: Mapped[str] = mapped_column(Text, default="", index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    exported_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    amphoe: Mapped[str] = mapped_column(Text, default="")  # a one-district export
    earliest_change: Mapped[datetime | None] = mapped_column(UtcDateTime)
    file_name: Mapped[str] = mapped_column(Text, default="")
    records: Mapped[int] = mapped_column(Integer, default=0)


class ConflictRow(Base):
    """Both versions of a record that two machines changed independently.

    The merge already kept the winner (newer ``updated_at``); this row keeps
    the loser too, in contract JSON, until someone reviews it.
    """

    __tablename__ = "exchange_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    collection: Mapped[str] = mapped_column(String(32), index=True)
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    local_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    winner: Mapped[str] = mapped_column(String(8))  # "local" | "incoming"
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    source_device: Mapped[str] = mapped_column(String(64), default="")
    source_file: Mapped[str] = mapped_column(Text, default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
