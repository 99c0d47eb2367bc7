"""Plain facts the exchange dialogs show: a bundle's changes record by record,
the offices and districts an export can be limited to, and what each backup holds.

:func:`kbo_desktop.services.exchange.preview_bundle` counts what an import
would do; people deciding whether to import want to see *which* producers,
plans and visits change and which versions would be logged as conflicts, by
name. :func:`describe_bundle` gives the same counts with that list. Like the
import, it streams the bundle: one pass checks it, a second reads it a batch
at a time with one query for the stored versions of each batch, so a bundle
of a whole country is described in bounded memory: the list of changed
records (:class:`~kbo_desktop.services.change_list.ChangeList`) keeps about
110 bytes a row. It writes nothing and refuses a broken bundle with the same
:class:`BundleError` as the import.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import BundleError, KboError
from kbo_desktop.domain.thai_admin import strip_amphoe_prefix, thai_sort_key
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services import bundle_json as bj
from kbo_desktop.services import sync_state
from kbo_desktop.services.backup import check_backup
from kbo_desktop.services.bundle_reader import Bundle, open_bundle
from kbo_desktop.services.change_list import ChangedRecord, ChangeList
from kbo_desktop.services.conflicts import INCOMING, LOCAL, ConflictRecorder
from kbo_desktop.services.exchange import ImportSummary, _checked, _origin, device_id
from kbo_desktop.services.merge import CollectionCounts, content, incoming_wins, normalised
from kbo_desktop.store import models as m
from kbo_desktop.store.bulk import begin_reading, has_rows, load_records
from kbo_desktop.store.database import Database
from kbo_desktop.store.exchange_models import ExchangeLogRow

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
ADDED, UPDATED, DELETED = "added", "updated", "deleted"


@dataclass
class BundlePreview:
    """What importing a bundle would do: the service's counts and the records by name.

    ``changes`` lists every record added, updated or deleted (records that
    stay as they are only count); ``conflicts`` every version the import
    would log. :func:`describe_bundle` gives them as compact
    :class:`ChangeList` sequences: a national bundle lists ~665,000 changes.
    """

    summary: ImportSummary
    changes: Sequence[ChangedRecord] = field(default_factory=ChangeList)
    conflicts: Sequence[ChangedRecord] = field(default_factory=ChangeList)
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
# Records whose names other records' context shows.
_PARENT_TYPES = frozenset({cls for _name, cls in _PARENT.values()} | set(r.PHOTO_OWNERS.values()))


def _parent(record: r.Record) -> tuple[type[r.Record], str] | None:
    if isinstance(record, r.Photo):
        return r.PHOTO_OWNERS[record.owner_kind], record.owner_id
    link = _PARENT.get(type(record))
    return (link[1], getattr(record, link[0])) if link else None


def _producer_place(producer: r.Producer) -> str:
    a = producer.address
    return " ".join(p for p in (a.tambon and f"ต.{a.tambon}", a.amphoe and f"อ.{a.amphoe}") if p)


def _text(mapping: Any, key: str) -> str:
    value = mapping.get(key, "") if isinstance(mapping, dict) else ""
    return value if isinstance(value, str) else ""


def describe_bundle(
    db: Database,
    source: Path,
    progress: Progress | None = None,
    *,
    language: str = "th",
    batch_size: int | None = None,
) -> BundlePreview:
    """The preview of importing ``source``, with every changed record and conflict by name.

    Its counts are the ones :func:`~kbo_desktop.services.exchange.import_bundle`
    then reports: each batch is judged by the merge's own rule against the
    stored versions, as the import judges it.

    Args:
        progress: called with (done, total) as the import reports it (each
            record counts once when checked and once when described); may
            raise to stop early.
        language: of the dates in record names ("th" or "en").
        batch_size: records read and looked up at a time (the reader's default if None).

    Raises:
        BundleError: the bundle would be refused by the import; nothing is written.
    """
    source = Path(source)
    try:
        with open_bundle(source) as bundle:
            return _describe(db, bundle, progress, language, batch_size)
    except BundleError as exc:
        name = _refused_record_name(source, exc.record)
        if not name:
            raise
        raise BundleError(
            exc.message_th, exc.message_en, record=f"{exc.record} {name}", field=exc.field
        ) from exc


def _describe(
    db: Database, bundle: Bundle, progress: Progress | None, language: str, batch_size: int | None
) -> BundlePreview:
    scan = _checked(db, bundle, progress)  # the import's own checks, references included
    own = device_id(db)
    origin = _origin(bundle, scan, own)
    summary = ImportSummary(bundle.path, source_device=origin.device, preview=True)
    for name in sorted(scan.photo_files):
        if not (db.photos_dir / name).is_file():
            if name in bundle.photo_entries:
                summary.photos_written += 1
            else:
                summary.photos_missing.append(name)
    manifest_partial = bundle.manifest.get("partial")
    preview = BundlePreview(
        summary,
        exported_at=origin.exported_at,
        officer=_text(scan.header.get("source"), "officer"),
        province=_text(scan.header.get("source"), "province"),
        partial={k: v for k, v in manifest_partial.items() if isinstance(v, str)}
        if isinstance(manifest_partial, dict)
        else {},
    )
    total, done = scan.count(), 0
    with db.reading() as session:
        begin_reading(session)  # every batch compared with the same snapshot
        recorder = ConflictRecorder(
            session, source_device=origin.device, own_device=own, source_file=bundle.path.name,
            peer_says=origin.peer_says, write=False,
        )  # fmt: skip
        describer = _Describer(session, preview, recorder, partial(display_name, language=language))
        for cls, batch in bundle.batches(scan, batch_size):
            describer.batch(cls, batch)
            done += len(batch)
            if progress:
                progress(total + done, 2 * total)
        describer.finish()
    summary.conflicts = recorder.count
    return preview


# A listed row whose parent's name is not known yet: (its list, its index, the parent).
_Waiting = list[tuple[ChangeList, int, type[r.Record], str]]


class _Describer:
    """Judges a bundle's records a batch at a time, as :func:`merge.merge_records` would.

    Memory stays bounded by what is listed: the stored versions of one batch
    at a time, the rows of changed records (a :class:`ChangeList` each), and
    for every changed record others may belong to, where its name is. The
    name of a record the bundle leaves as it is comes from the database,
    where it is the same.
    """

    def __init__(
        self,
        session: Session,
        preview: BundlePreview,
        recorder: ConflictRecorder,
        name_of: Callable[[r.Record], str],
    ):
        self.session = session
        self.summary = preview.summary
        self.changes = ChangeList()
        self.conflicts = ChangeList()
        preview.changes, preview.conflicts = self.changes, self.conflicts
        self.recorder = recorder
        self.name_of = name_of
        self.summary.counts = {cls.COLLECTION: CollectionCounts() for cls in r.RECORD_TYPES}
        self.empty: dict[type[r.Record], bool] = {}  # tables with no rows at all: nothing to load
        # Parents' names by id: the name, or for a parent listed among the changes
        # under that name, its row there, read when something belonging to it is
        # listed. Most visits have nothing belonging to them: at 115,000 visits
        # (bench scale 500) their names as text took ~25 MB, row numbers ~4 MB.
        self.names: dict[str, str | int] = {}
        # Rows whose parent is neither known yet nor stored (a bundle out of contract order).
        self.unresolved: list[tuple[ChangeList, int, str]] = []

    def batch(self, cls: type[r.Record], batch: list[r.Record]) -> None:
        """Count and list one batch of one record type (one query loads its stored versions)."""
        if cls not in self.empty:
            self.empty[cls] = not has_rows(self.session, cls)
        items = [normalised(item) for item in batch]
        stored = {} if self.empty[cls] else load_records(self.session, cls, [i.id for i in items])
        counts = self.summary.counts[cls.COLLECTION]
        is_parent = cls in _PARENT_TYPES
        waiting: _Waiting = []
        for item in items:
            local = stored.get(item.id)
            wins = None if local is None else incoming_wins(local, item)
            if local is not None and wins is None:
                counts.unchanged += 1
                continue
            name = self.name_of(item)
            if is_parent:  # as text, unless listed under this name below (then its row)
                self.names[item.id] = name
            if local is None:
                counts.added += 1
                if is_parent:
                    self.names[item.id] = len(self.changes)
                self._list(self.changes, item, name, ADDED, waiting, tombstone=item.deleted)
                continue
            assert wins is not None
            logged = self.recorder.count
            self.recorder(local, item, wins)
            local_name = self.name_of(local) if not wins or item.deleted else name
            if self.recorder.count > logged:
                kept, shown = (INCOMING, name) if wins else (LOCAL, local_name)
                self._list(self.conflicts, item, shown, kept, waiting)
            if not wins:
                counts.unchanged += 1
            elif item.deleted and not local.deleted:
                counts.deleted += 1
                if is_parent and local_name == name:
                    self.names[item.id] = len(self.changes)
                self._list(self.changes, item, local_name, DELETED, waiting)
            else:
                counts.updated += 1
                if is_parent:
                    self.names[item.id] = len(self.changes)
                fields = _changed_fields(local, item)
                self._list(self.changes, item, name, UPDATED, waiting, fields=fields)
        self._name_parents(waiting)

    def _name(self, parent_id: str) -> str | None:
        """A parent's name, if known yet (read from its row the first time it is asked for)."""
        known = self.names.get(parent_id)
        if isinstance(known, int):
            known = self.changes.name_at(known)
            known = self.names[parent_id] = self.changes.shared_context(known)
        return known

    def _list(
        self,
        rows: ChangeList,
        item: r.Record,
        name: str,
        outcome: str,
        waiting: _Waiting,
        *,
        tombstone: bool = False,
        fields: tuple[str, ...] = (),
    ) -> None:
        context = ""
        if isinstance(item, r.Producer):
            context = _producer_place(item)
        elif (parent := _parent(item)) is not None and parent[1]:
            known = self._name(parent[1])
            if known is None:
                waiting.append((rows, len(rows), parent[0], parent[1]))
            context = known or ""
        rows.append(item.COLLECTION, item.id, name, context, outcome, tombstone, fields)

    def _name_parents(self, waiting: _Waiting) -> None:
        """Fill in the context of this batch's rows whose parent the bundle did not name:
        one query per parent type for the batch."""
        wanted: dict[type[r.Record], set[str]] = {}
        for _rows, _index, parent_cls, parent_id in waiting:
            if parent_id not in self.names:
                wanted.setdefault(parent_cls, set()).add(parent_id)
        for parent_cls, ids in wanted.items():
            found = load_records(self.session, parent_cls, sorted(ids))
            self.names.update((i, self.name_of(record)) for i, record in found.items())
        for rows, index, _parent_cls, parent_id in waiting:
            known = self._name(parent_id)
            if known is not None:
                rows.set_context(index, known)
            else:
                self.unresolved.append((rows, index, parent_id))

    def finish(self) -> None:
        """Name the parents that came later in the bundle than the records belonging to them."""
        for rows, index, parent_id in self.unresolved:
            known = self._name(parent_id)
            if known is not None:
                rows.set_context(index, known)
        self.unresolved.clear()


_POSITION = re.compile(r"(\w+)\[(\d+)\]")
_DATA = "data.json"
_NAME_FIELDS = ("name", "title", "text", "description", "purpose", "caption", "note")


def _refused_record_name(source: Path, where: str) -> str:
    """Best effort: the name of the record a refusal points at (``products[3]``), read raw.

    The refusal names the record by position and id, which a person cannot
    find; its name usually can be, even in a bundle the checks refused. The
    document is read up to that record only, one record at a time.
    """
    found = _POSITION.search(where)
    if not found:
        return ""
    collection, position = found.group(1), int(found.group(2))
    item: Any = None
    try:
        with zipfile.ZipFile(source) as archive, bj.DocumentReader(archive.open(_DATA)) as reader:
            for event in reader.events():
                if event[0] == bj.ITEM and event[1] == collection and event[2] == position:
                    item = event[3]
                    break
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
