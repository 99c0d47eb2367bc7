"""What this database last sent to each office and received from each device.

Two questions depend on it:

* *What does office X still need?* A partial export to an office carries the
  records changed since the previous export to it, reaching back further
  when an import since then brought records with older timestamps.
* *When did we last agree with device D?* The newest bundle received from D,
  or sent to an office D is known to speak for (an import names its office),
  or the newest of our own bundles D says it has received (each export lists
  the last bundle received from every device, see :func:`received_marks`).
  A record both sides changed after that moment is a conflict.

Functions taking a ``Session`` run inside the caller's transaction, so an
import's history is written together with its records, or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kbo_desktop.store.database import Database
from kbo_desktop.store.exchange_models import ExchangeLogRow

SENT, RECEIVED = "sent", "received"
# A record saved while an export was being read may carry a time just before
# the export's own; sending a few records twice is harmless, missing one is not.
EXPORT_MARGIN = timedelta(minutes=5)


@dataclass(frozen=True)
class ExchangeEntry:
    """One bundle sent or received, for a history list in the GUI."""

    direction: str
    device_id: str
    office: str
    at: datetime
    exported_at: datetime | None
    since: datetime | None
    amphoe: str
    file_name: str
    records: int


@dataclass(frozen=True)
class PeerState:
    """The last exchange with one office or device."""

    peer: str  # an office name, or a device id when no office is known
    last_sent_at: datetime | None
    last_received_at: datetime | None


def record_sent(
    session: Session,
    *,
    office: str,
    exported_at: datetime,
    since: datetime | None,
    amphoe: str,
    file_name: str,
    records: int,
) -> None:
    session.add(
        ExchangeLogRow(
            direction=SENT, device_id="", office=office, exported_at=exported_at, since=since,
            amphoe=amphoe, file_name=file_name, records=records,
        )
    )  # fmt: skip


def record_received(
    session: Session,
    *,
    device_id: str,
    office: str,
    exported_at: datetime | None,
    earliest_change: datetime | None,
    amphoe: str,
    file_name: str,
    records: int,
) -> None:
    session.add(
        ExchangeLogRow(
            direction=RECEIVED, device_id=device_id, office=office, exported_at=exported_at,
            earliest_change=earliest_change, amphoe=amphoe, file_name=file_name, records=records,
        )
    )  # fmt: skip


def received_marks(session: Session) -> dict[str, datetime]:
    """For each device, the time of the newest whole bundle received from it.

    Exports carry this, so the receiver learns which of its own changes the
    sender already had: they are not conflicts, only old news.
    """
    query = (
        select(ExchangeLogRow.device_id, func.max(ExchangeLogRow.exported_at))
        .where(
            ExchangeLogRow.direction == RECEIVED,
            ExchangeLogRow.device_id != "",
            ExchangeLogRow.amphoe == "",
        )
        .group_by(ExchangeLogRow.device_id)
    )
    return {device: stamp for device, stamp in session.execute(query) if stamp is not None}


def last_agreed(
    session: Session, device_id: str, peer_says: datetime | None = None
) -> datetime | None:
    """The last moment this database and ``device_id`` held the same records, if known.

    ``peer_says`` is what the device's bundle reports of the newest of our
    bundles it received.
    """
    if not device_id:
        return peer_says
    received = session.scalar(
        select(func.max(ExchangeLogRow.exported_at)).where(
            ExchangeLogRow.direction == RECEIVED,
            ExchangeLogRow.device_id == device_id,
            ExchangeLogRow.amphoe == "",
        )
    )
    offices = set(
        session.scalars(
            select(ExchangeLogRow.office).where(
                ExchangeLogRow.direction == RECEIVED,
                ExchangeLogRow.device_id == device_id,
                ExchangeLogRow.office != "",
            )
        )
    ) | {device_id}
    sent = session.scalar(
        select(func.max(ExchangeLogRow.exported_at)).where(
            ExchangeLogRow.direction == SENT,
            ExchangeLogRow.office.in_(offices),
            ExchangeLogRow.amphoe == "",
        )
    )
    stamps = [s for s in (received, sent, peer_says) if s is not None]
    return max(stamps) if stamps else None


def office_since(session: Session, office: str) -> datetime | None:
    """The cut-off for the next partial export to ``office``; None means send everything."""
    last = session.scalars(
        select(ExchangeLogRow)
        .where(
            ExchangeLogRow.direction == SENT,
            ExchangeLogRow.office == office,
            ExchangeLogRow.amphoe == "",
        )
        .order_by(ExchangeLogRow.id.desc())
        .limit(1)
    ).first()
    if last is None or last.exported_at is None:
        return None
    since = last.exported_at - EXPORT_MARGIN
    earliest = session.scalar(
        select(func.min(ExchangeLogRow.earliest_change)).where(
            ExchangeLogRow.direction == RECEIVED, ExchangeLogRow.id > last.id
        )
    )
    if earliest is not None and earliest <= since:
        since = earliest - timedelta(microseconds=1)
    return since


def history(db: Database, limit: int = 100) -> list[ExchangeEntry]:
    """The newest exchanges first."""
    with db.reading() as session:
        rows = session.scalars(
            select(ExchangeLogRow).order_by(ExchangeLogRow.id.desc()).limit(limit)
        )
        return [
            ExchangeEntry(
                row.direction,
                row.device_id,
                row.office,
                row.at,
                row.exported_at,
                row.since,
                row.amphoe,
                row.file_name,
                row.records,
            )  # fmt: skip
            for row in rows
        ]


def peers(db: Database) -> list[PeerState]:
    """Every office and device exchanged with, and when, for a "last synchronised" list."""
    found: dict[str, dict[str, datetime | None]] = {}
    with db.reading() as session:
        for row in session.scalars(select(ExchangeLogRow).order_by(ExchangeLogRow.id)):
            peer = row.office or row.device_id
            if not peer:
                continue
            state = found.setdefault(peer, {SENT: None, RECEIVED: None})
            state[row.direction] = row.at
    return [PeerState(peer, state[SENT], state[RECEIVED]) for peer, state in sorted(found.items())]
