"""Conflicts: a record two machines both changed since they last agreed.

The merge keeps the newer version as always (so every laptop converges); the
other version is not thrown away but kept here until someone compares the two
field by field and takes either value per field. Resolving writes the chosen
record with a fresh ``updated_at``, so the decision travels in the next bundle.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.codec import field_types, from_contract, parse_timestamp, to_contract
from kbo_desktop.domain.errors import NotFoundError, ValidationError, ValidationErrors
from kbo_desktop.services import sync_state
from kbo_desktop.services.merge import content
from kbo_desktop.services.records import check_references
from kbo_desktop.store.database import Database
from kbo_desktop.store.exchange_models import ConflictRow
from kbo_desktop.store.mapping import ROW_TYPES, apply_to_row, to_record
from kbo_desktop.store.types import utcnow

log = logging.getLogger(__name__)
LOCAL, INCOMING = "local", "incoming"
_NOT_COMPARED = ("id", "updated_at")
_ADDRESS_LABELS = {
    "house_no": ("บ้านเลขที่", "House number"),
    "village_no": ("หมู่ที่", "Village number"),
    "village": ("หมู่บ้าน", "Village"),
    "tambon": ("ตำบล", "Sub-district"),
    "amphoe": ("อำเภอ", "District"),
    "province": ("จังหวัด", "Province"),
    "postcode": ("รหัสไปรษณีย์", "Postcode"),
    "lat": ("ละติจูด", "Latitude"),
    "lon": ("ลองจิจูด", "Longitude"),
}


@dataclass(frozen=True)
class Conflict:
    """Both versions of one record, in contract JSON, and which one the merge kept."""

    id: int
    collection: str
    record_id: str
    record_name: str
    local: dict[str, Any]
    incoming: dict[str, Any]
    winner: str  # LOCAL or INCOMING
    detected_at: datetime
    source_device: str
    source_file: str
    resolved: bool
    resolved_at: datetime | None

    @property
    def record_type(self) -> type[r.Record]:
        return r.BY_COLLECTION[self.collection]

    def label(self, language: str = "th") -> str:
        cls = self.record_type
        return f'{cls.LABEL_EN if language == "en" else cls.LABEL_TH} "{self.record_name}"'


class FieldDifference(NamedTuple):
    """One field the two versions disagree on; ``None`` means the field is empty there."""

    field: str
    local: Any
    incoming: Any


class ConflictRecorder:
    """Listens to a merge and logs each record both sides changed since they last agreed.

    Args:
        session: the import's transaction (the log is written with the records).
        source_device: the sending device's id ("" when the bundle does not say).
        own_device: this database's device id; a bundle of our own is never in conflict.
        peer_says: when the sender says it last received a bundle of ours.
        write: False for a preview, which only counts.
    """

    def __init__(
        self,
        session: Session,
        *,
        source_device: str,
        own_device: str,
        source_file: str,
        peer_says: datetime | None = None,
        write: bool = True,
    ):
        self.session = session
        self.source_device = source_device
        self.source_file = source_file
        self.enabled = not (source_device and source_device == own_device)
        self.agreed_at = (
            sync_state.last_agreed(session, source_device, peer_says) if self.enabled else None
        )
        self.write = write
        self.count = 0
        self._open_ids: set[str] | None = None  # records with an open conflict, read on first need

    def __call__(self, row: Any, incoming: r.Record, incoming_won: bool) -> None:
        """``row`` is the local version: a record, or a loaded table row."""
        if not self.enabled:
            return
        agreed = self.agreed_at
        assert incoming.updated_at is not None
        if agreed is not None and (row.updated_at <= agreed or incoming.updated_at <= agreed):
            return  # one side has not changed since the two machines agreed
        local = row if isinstance(row, r.Record) else to_record(row)
        local_json, incoming_json = to_contract(local), to_contract(incoming)
        if content(local) == content(incoming) or self._already_logged(
            local.id, local_json, incoming_json
        ):
            return
        self.count += 1
        if self.write:
            self.session.add(
                ConflictRow(
                    collection=incoming.COLLECTION, record_id=incoming.id, local_json=local_json,
                    incoming_json=incoming_json, winner=INCOMING if incoming_won else LOCAL,
                    source_device=self.source_device, source_file=self.source_file,
                )
            )  # fmt: skip

    def _already_logged(
        self, record_id: str, local_json: dict[str, Any], incoming_json: dict[str, Any]
    ) -> bool:
        if self._open_ids is None:  # one query, not one per conflicting record
            self._open_ids = set(
                self.session.scalars(select(ConflictRow.record_id).where(ConflictRow.resolved.is_(False)))
            )
        if record_id not in self._open_ids:
            return False
        rows = self.session.scalars(
            select(ConflictRow).where(
                ConflictRow.record_id == record_id, ConflictRow.resolved.is_(False)
            )
        )
        return any(
            row.local_json == local_json and row.incoming_json == incoming_json for row in rows
        )


def _to_conflict(row: ConflictRow) -> Conflict:
    winner_json = row.incoming_json if row.winner == INCOMING else row.local_json
    cls = r.BY_COLLECTION.get(row.collection)
    name = from_contract(cls, winner_json).short_name() if cls else row.record_id
    return Conflict(
        row.id, row.collection, row.record_id, name, dict(row.local_json), dict(row.incoming_json),
        row.winner, row.detected_at, row.source_device, row.source_file, row.resolved, row.resolved_at,
    )  # fmt: skip


def list_conflicts(db: Database, open_only: bool = True) -> list[Conflict]:
    """Conflicts in the order they were found; only unresolved ones unless asked."""
    query = select(ConflictRow).order_by(ConflictRow.id)
    if open_only:
        query = query.where(ConflictRow.resolved.is_(False))
    with db.reading() as session:
        return [_to_conflict(row) for row in session.scalars(query)]


def get_conflict(db: Database, conflict_id: int) -> Conflict:
    with db.reading() as session:
        return _to_conflict(_load(session, conflict_id))


def _load(session: Session, conflict_id: int) -> ConflictRow:
    row = session.get(ConflictRow, conflict_id)
    if row is None:
        raise NotFoundError(
            f"ไม่พบรายการข้อมูลขัดแย้งหมายเลข {conflict_id}",
            f"conflict {conflict_id} does not exist",
            record=f"conflict {conflict_id}",
        )
    return row


def _flatten(data: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key in _NOT_COMPARED:
            continue
        if key == "address" and isinstance(value, Mapping):
            flat.update({f"address.{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    return flat


def conflict_fields(conflict: Conflict) -> list[FieldDifference]:
    """The fields the two versions disagree on, in the record's own field order."""
    local, incoming = _flatten(conflict.local), _flatten(conflict.incoming)
    order = {name: i for i, name in enumerate(field_types(conflict.record_type))}  # type: ignore[arg-type]

    def rank(name: str) -> tuple[int, str]:
        return order.get(name.split(".")[0], len(order)), name

    names = sorted(set(local) | set(incoming), key=rank)
    return [
        FieldDifference(n, local.get(n), incoming.get(n))
        for n in names
        if local.get(n) != incoming.get(n)
    ]


def field_label(name: str, language: str = "th") -> str:
    """A field's name for people (``address.tambon`` → ตำบล)."""
    if name.startswith("address."):
        th, en = _ADDRESS_LABELS.get(name.split(".", 1)[1], (name, name))
        return en if language == "en" else th
    if name == "deleted":
        return "Deleted" if language == "en" else "ถูกลบ"
    return validation.field_label(name, language)


def _set(data: dict[str, Any], name: str, value: Any) -> None:
    target = data
    if name.startswith("address."):
        target = data.setdefault("address", {})
        name = name.split(".", 1)[1]
    if value is None:
        target.pop(name, None)
    else:
        target[name] = value


def resolve_conflict(db: Database, conflict_id: int, choices: Mapping[str, str]) -> r.Record:
    """Take the local or the incoming value of each field named in ``choices``
    onto the record as it now stands, save it with a fresh ``updated_at`` and
    close the conflict. Fields not named keep their current value, so empty
    ``choices`` accepts the merge's choice.

    Raises:
        NotFoundError: no such conflict.
        ValidationError: a choice names a field that does not differ or a side
            other than "local"/"incoming", or the merged record breaks a rule.
    """
    with db.transaction() as session:
        row = _load(session, conflict_id)
        conflict = _to_conflict(row)
        differing = {d.field for d in conflict_fields(conflict)}
        where = f"conflict {conflict_id}: {conflict.label('en')}"
        for name, side in choices.items():
            if name not in differing:
                raise ValidationError(
                    f"ช่อง {name} ไม่ได้ต่างกันระหว่างสองฉบับ",
                    f"field {name} does not differ",
                    record=where,
                    field=name,
                )
            if side not in (LOCAL, INCOMING):
                raise ValidationError(
                    f"เลือกได้เฉพาะ local หรือ incoming (ได้รับ {side!r})",
                    f"choose 'local' or 'incoming' (got {side!r})", record=where, field=name,
                )  # fmt: skip
        cls = conflict.record_type
        record_row = session.get(ROW_TYPES[cls], conflict.record_id)
        current = (
            to_contract(to_record(record_row)) if record_row is not None else dict(conflict.local)
        )
        merged = dict(current)
        merged["address"] = dict(current.get("address", {}))
        for name, side in choices.items():
            source = _flatten(conflict.local if side == LOCAL else conflict.incoming)
            _set(merged, name, source.get(name))
        if not merged["address"]:
            merged.pop("address")
        if merged != current:
            _write(session, cls, record_row, merged, conflict, where)
        row.resolved = True
        row.resolved_at = utcnow()
        result = to_record(session.get(ROW_TYPES[cls], conflict.record_id))
    log.info("resolved conflict %s on %s %s", conflict_id, conflict.collection, conflict.record_id)
    return result


def _write(
    session: Session,
    cls: type[r.Record],
    row: Any,
    merged: dict[str, Any],
    conflict: Conflict,
    where: str,
) -> None:
    record = from_contract(cls, merged)
    if not record.deleted:
        problems = validation.problems(record)
        if problems:
            raise ValidationErrors(problems)
        check_references(session, record)
    # Newer than both versions even if the other laptop's clock runs ahead,
    # so the resolution wins everywhere it travels.
    stamps = [
        parse_timestamp(j["updated_at"])
        for j in (conflict.local, conflict.incoming)
        if "updated_at" in j
    ]
    if row is not None:
        stamps.append(row.updated_at)
    record.updated_at = max([utcnow(), *[s + timedelta(milliseconds=1) for s in stamps]])
    if row is None:
        row = ROW_TYPES[cls](id=record.id)
        session.add(row)
    apply_to_row(record, row, keep_timestamp=True)
    session.flush()
    log.debug("%s: wrote the merged record", where)
