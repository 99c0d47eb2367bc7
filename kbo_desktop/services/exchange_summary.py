"""Plain facts the exchange dialogs show: a bundle's changes record by record,
the offices and districts an export can be limited to, and what each backup holds.

:func:`kbo_desktop.services.exchange.preview_bundle` counts what an import
would do; people deciding whether to import want to see *which* producers,
plans and visits change and which versions would be logged as conflicts, by
name. :func:`describe_bundle` adds that list. Like the preview, it writes
nothing and refuses a broken bundle with the same :class:`BundleError`.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import parse_timestamp
from kbo_desktop.domain.errors import BundleError, KboError
from kbo_desktop.domain.thai_admin import strip_amphoe_prefix, thai_sort_key
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services import sync_state
from kbo_desktop.services.backup import check_backup
from kbo_desktop.services.bundle_reader import read_bundle
from kbo_desktop.services.conflicts import INCOMING, LOCAL, ConflictRecorder
from kbo_desktop.services.exchange import ImportSummary, device_id, preview_bundle
from kbo_desktop.services.merge import CHUNK, content, incoming_wins, normalised
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.exchange_models import ExchangeLogRow
from kbo_desktop.store.mapping import ROW_TYPES, to_record

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
ADDED, UPDATED, DELETED = "added", "updated", "deleted"


@dataclass(frozen=True)
class ChangedRecord:
    """One record an import would add, change or delete (or log as a conflict).

    ``context`` names what the record belongs to (a product's producer, a
    plan's product), since "ผ้าทอมือ" alone rarely says which one.
    """

    collection: str
    record_id: str
    name: str
    context: str
    outcome: str  # ADDED, UPDATED or DELETED; for a conflict, the version kept (LOCAL or INCOMING)
    tombstone: bool = False  # an added record that arrives already deleted
    fields: tuple[str, ...] = ()  # what an update changes (``phone``, ``address.tambon``)


@dataclass
class BundlePreview:
    """What importing a bundle would do: the service's counts and the records by name."""

    summary: ImportSummary
    changes: list[ChangedRecord] = field(default_factory=list)
    conflicts: list[ChangedRecord] = field(default_factory=list)
    exported_at: datetime | None = None
    officer: str = ""
    province: str = ""
    partial: dict[str, str] = field(default_factory=dict)


def display_name(record: r.Record, language: str = "th") -> str:
    """How a person recognises a record in a list (a visit by its date and purpose)."""
    if isinstance(record, r.Visit):
        when = format_thai_date(record.visited_on, language=language)
        return " ".join(p for p in (when, record.purpose[:60]) if p)
    if isinstance(record, r.VisitProgress):
        return record.note[:60] or (
            f"{record.progress_pct}%" if record.progress_pct is not None else ""
        )
    return record.short_name()


_PARENT: dict[type[r.Record], tuple[str, type[r.Record]]] = {
    r.Product: ("producer_id", r.Producer),
    r.Certification: ("product_id", r.Product),
    r.SwotItem: ("product_id", r.Product),
    r.Plan: ("product_id", r.Product),
    r.PlanAction: ("plan_id", r.Plan),
    r.Visit: ("producer_id", r.Producer),
    r.VisitProgress: ("visit_id", r.Visit),
}


def _parent(record: r.Record) -> tuple[type[r.Record], str] | None:
    if isinstance(record, r.Photo):
        return r.PHOTO_OWNERS[record.owner_kind], record.owner_id
    link = _PARENT.get(type(record))
    return (link[1], getattr(record, link[0])) if link else None


def _context(record: r.Record, names: dict[str, str]) -> str:
    if isinstance(record, r.Producer):
        a = record.address
        return " ".join(
            p for p in (a.tambon and f"ต.{a.tambon}", a.amphoe and f"อ.{a.amphoe}") if p
        )
    parent = _parent(record)
    return names.get(parent[1], "") if parent else ""


def _names(
    session: Session, bundle_records: dict[str, list[r.Record]], name_of: Callable[[r.Record], str]
) -> dict[str, str]:
    """Display names of every record in the bundle and of the local records they belong to."""
    names = {item.id: name_of(item) for items in bundle_records.values() for item in items}
    wanted: dict[type[r.Record], set[str]] = {}
    for items in bundle_records.values():
        for item in items:
            parent = _parent(item)
            if parent and parent[1] and parent[1] not in names:
                wanted.setdefault(parent[0], set()).add(parent[1])
    for cls, ids in wanted.items():
        row_type, id_list = ROW_TYPES[cls], sorted(ids)
        for start in range(0, len(id_list), CHUNK):
            query = select(row_type).where(row_type.id.in_(id_list[start : start + CHUNK]))
            names.update((row.id, name_of(to_record(row))) for row in session.scalars(query))
    return names


def _timestamp(value: Any) -> datetime | None:
    try:
        return parse_timestamp(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _text(mapping: Any, key: str) -> str:
    value = mapping.get(key, "") if isinstance(mapping, dict) else ""
    return value if isinstance(value, str) else ""


def describe_bundle(
    db: Database, source: Path, progress: Progress | None = None, *, language: str = "th"
) -> BundlePreview:
    """The preview of importing ``source``, with every changed record and conflict by name.

    Args:
        progress: called with (done, total) records; may raise to stop early.
        language: of the dates in record names ("th" or "en").

    Raises:
        BundleError: the bundle would be refused by the import; nothing is written.
    """
    source = Path(source)
    try:
        summary = preview_bundle(db, source)  # the service's own checks and counts
    except BundleError as exc:
        name = _refused_record_name(source, exc.record)
        if not name:
            raise
        raise BundleError(
            exc.message_th, exc.message_en, record=f"{exc.record} {name}", field=exc.field
        ) from exc
    bundle = read_bundle(source)
    own = device_id(db)
    marks = bundle.manifest.get("received_from")
    preview = BundlePreview(
        summary,
        exported_at=_timestamp(bundle.document.get("exported_at")),
        officer=_text(bundle.document.get("source"), "officer"),
        province=_text(bundle.document.get("source"), "province"),
        partial={
            k: v for k, v in (bundle.manifest.get("partial") or {}).items() if isinstance(v, str)
        }
        if isinstance(bundle.manifest.get("partial"), dict)
        else {},
    )
    total, done = bundle.count(), 0
    with db.reading() as session:
        name_of = partial(display_name, language=language)
        names = _names(session, bundle.records, name_of)
        recorder = ConflictRecorder(
            session,
            source_device=summary.source_device,
            own_device=own,
            source_file=source.name,
            peer_says=_timestamp(marks.get(own)) if isinstance(marks, dict) and own else None,
            write=False,
        )
        for cls in r.RECORD_TYPES:
            items = bundle.records.get(cls.COLLECTION, [])
            row_type = ROW_TYPES[cls]
            for start in range(0, len(items), CHUNK):
                chunk = [normalised(item) for item in items[start : start + CHUNK]]
                query = select(row_type).where(row_type.id.in_([item.id for item in chunk]))
                existing = {row.id: row for row in session.scalars(query)}
                for item in chunk:
                    _classify(preview, recorder, existing.get(item.id), item, names, name_of)
                done += len(chunk)
                if progress:
                    progress(done, total)
    return preview


_POSITION = re.compile(r"(\w+)\[(\d+)\]")
_NAME_FIELDS = ("name", "title", "text", "description", "purpose", "caption", "note")
_MAX_NAME_LOOKUP_BYTES = 256 * 1024**2


def _refused_record_name(source: Path, where: str) -> str:
    """Best effort: the name of the record a refusal points at (``products[3]``), read raw.

    The refusal names the record by position and id, which a person cannot
    find; its name usually can be, even in a bundle the checks refused.
    """
    found = _POSITION.search(where)
    if not found:
        return ""
    try:
        with zipfile.ZipFile(source) as archive:
            if archive.getinfo("data.json").file_size > _MAX_NAME_LOOKUP_BYTES:
                return ""
            item = json.loads(archive.read("data.json"))["records"][found.group(1)][
                int(found.group(2))
            ]
    except Exception:  # noqa: BLE001 - a broken bundle may break any way; the name is extra
        return ""
    name = next(
        (
            item[k]
            for k in _NAME_FIELDS
            if isinstance(item, dict) and isinstance(item.get(k), str) and item[k]
        ),
        "",
    )
    return f"“{name[:60]}”" if name else ""


def _classify(
    preview: BundlePreview,
    recorder: ConflictRecorder,
    row: Any,
    item: r.Record,
    names: dict[str, str],
    name_of: Callable[[r.Record], str],
) -> None:
    """The same decision as :func:`merge.merge_records`, kept with the record's name."""
    context = _context(item, names)
    if row is None:
        preview.changes.append(
            ChangedRecord(item.COLLECTION, item.id, names[item.id], context, ADDED, item.deleted)
        )
        return
    wins = incoming_wins(row, item)
    if wins is None:
        return
    before = recorder.count
    recorder(row, item, wins)
    local_name = name_of(to_record(row))
    if recorder.count > before:
        kept = INCOMING if wins else LOCAL
        name = names[item.id] if wins else local_name
        preview.conflicts.append(ChangedRecord(item.COLLECTION, item.id, name, context, kept))
    if wins:
        outcome = DELETED if item.deleted and not row.deleted else UPDATED
        name = local_name if outcome == DELETED else names[item.id]
        fields = _changed_fields(to_record(row), item) if outcome == UPDATED else ()
        preview.changes.append(
            ChangedRecord(item.COLLECTION, item.id, name, context, outcome, fields=fields)
        )


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in data.items() if k != "address"}
    if isinstance(data.get("address"), dict):
        flat.update({f"address.{k}": v for k, v in data["address"].items()})
    return flat


def _changed_fields(local: r.Record, incoming: r.Record) -> tuple[str, ...]:
    """The fields an update would change, in the record's contract order."""
    before, after = _flat(content(local)), _flat(content(incoming))
    return tuple(name for name in {**before, **after} if before.get(name) != after.get(name))


# -- export choices ------------------------------------------------------------------
@dataclass(frozen=True)
class OfficeInfo:
    """An office bundles were sent to or received from, and where the next export to it starts."""

    name: str
    last_sent: datetime | None
    last_received: datetime | None
    next_since: datetime | None  # None: the next export to it carries everything


def known_offices(db: Database) -> list[OfficeInfo]:
    """Every office named in an earlier exchange, in Thai dictionary order."""
    with db.reading() as session:
        query = (
            select(ExchangeLogRow.office, ExchangeLogRow.direction, func.max(ExchangeLogRow.at))
            .where(ExchangeLogRow.office != "")
            .group_by(ExchangeLogRow.office, ExchangeLogRow.direction)
        )
        seen: dict[str, dict[str, datetime]] = {}
        for office, direction, at in session.execute(query):
            seen.setdefault(office, {})[direction] = at
        return [
            OfficeInfo(
                name,
                times.get(sync_state.SENT),
                times.get(sync_state.RECEIVED),
                sync_state.office_since(session, name),
            )
            for name, times in sorted(seen.items(), key=lambda pair: thai_sort_key(pair[0]))
        ]


def office_since(db: Database, office: str) -> datetime | None:
    """Where an export to ``office`` would start (None: everything), for a hint in the dialog."""
    with db.reading() as session:
        return sync_state.office_since(session, office)


def amphoe_choices(db: Database) -> list[tuple[str, int]]:
    """Districts with producers (live ones counted), as written in the records."""
    counts: dict[str, int] = {}
    with db.reading() as session:
        query = select(m.ProducerRow.address_amphoe, m.ProducerRow.deleted)
        for amphoe, deleted in session.execute(query):
            name = " ".join(strip_amphoe_prefix(amphoe or "").split())
            if name:
                counts[name] = counts.get(name, 0) + (0 if deleted else 1)
    return sorted(counts.items(), key=lambda pair: thai_sort_key(pair[0]))


# -- backups -------------------------------------------------------------------------
_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})-(.+)\.db$")
COUNTED = ("producers", "products", "plans", "visits")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore dialog lists it."""

    path: Path
    taken_at: datetime  # local time
    reason: str  # "on-start", "before-import", "manual", … ("" when the name does not say)
    size: int
    readable: bool
    problem: KboError | None = None
    counts: dict[str, int] = field(default_factory=dict)  # live records per table


def record_counts(path: Path, tables: Iterable[str] = COUNTED) -> dict[str, int]:
    """Live records per table in a backup file, read without writing anything beside it.

    ``immutable`` keeps SQLite from creating ``-wal``/``-shm`` files next to a
    backup copied from a database in WAL mode; a backup never changes.

    Raises:
        sqlite3.DatabaseError: the file is not a database or lacks a table.
    """
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[
                0
            ]  # noqa: S608
            for table in tables
        }
    finally:
        connection.close()


def current_counts(db: Database) -> dict[str, int]:
    """Live records per table in the open database, to compare with a backup's."""
    rows: dict[str, Any] = {
        "producers": m.ProducerRow,
        "products": m.ProductRow,
        "plans": m.PlanRow,
        "visits": m.VisitRow,
    }
    counts: dict[str, int] = {}
    with db.reading() as session:
        for name, row in rows.items():
            query = select(func.count()).select_from(row).where(row.deleted.is_(False))
            counts[name] = session.scalar(query) or 0
    return counts


def describe_backup(db: Database, path: Path) -> BackupInfo:
    """When a backup was taken, why, its size, whether it can be restored and what it holds."""
    path = Path(path)
    found = _STAMP.search(path.name)
    try:
        taken_at = datetime.strptime(found.group(1), "%Y%m%d-%H%M%S-%f") if found else None
    except ValueError:
        taken_at = None
    stat = path.stat()
    taken_at = taken_at or datetime.fromtimestamp(stat.st_mtime)
    reason = found.group(2) if found else ""
    try:
        check_backup(db, path)
    except KboError as exc:
        return BackupInfo(path, taken_at, reason, stat.st_size, False, exc)
    try:
        counts = record_counts(path)
    except (
        sqlite3.DatabaseError
    ):  # an old schema without a table: the check passed, counts are extra
        log.info("could not count records in %s", path, exc_info=True)
        counts = {}
    return BackupInfo(path, taken_at, reason, stat.st_size, True, None, counts)


def describe_backups(
    db: Database, paths: Iterable[Path], progress: Progress | None = None
) -> list[BackupInfo]:
    paths = list(paths)
    infos = []
    for index, path in enumerate(paths, start=1):
        infos.append(describe_backup(db, path))
        if progress:
            progress(index, len(paths))
    return infos
