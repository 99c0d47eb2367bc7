"""``.kbo`` bundles: export a database, import (merge) one into it.

Import is all-or-nothing: the bundle is read and checked whole
(:mod:`bundle_reader`), its references are resolved against the bundle and
the database, and only then is it applied in one transaction. Merging is by
record id by the rule in :mod:`merge` (the newest version wins, ties broken
deterministically, tombstones kept), so the same bundles imported in any
order give the same database; versions both sides changed since they last
agreed are logged by :mod:`conflicts`. Exports can be partial: changed
since a time, since the last bundle sent to an office (:mod:`sync_state`),
or one district (:mod:`bundle_scope`).

Both directions stream: an export writes ``data.json`` record by record into
the zip, and an import reads the bundle twice (once to check everything,
once to merge a batch at a time), so a bundle of a whole country fits in a
laptop's memory.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import queue
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from kbo_desktop import __version__
from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import format_timestamp, parse_timestamp, to_contract
from kbo_desktop.domain.errors import BundleError
from kbo_desktop.services import sync_state
from kbo_desktop.services.bundle_reader import FORMAT, VERSION, Bundle, BundleScan, open_bundle
from kbo_desktop.services.bundle_scope import Scope, district_scope
from kbo_desktop.services.conflicts import ConflictRecorder
from kbo_desktop.services.merge import Batches, CollectionCounts, merge_records
from kbo_desktop.store import models as m
from kbo_desktop.store.bulk import begin_reading, begin_writing, bulk_load, has_rows
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import ROW_TYPES, record_from_values
from kbo_desktop.store.models import AppMetaRow

__all__ = [
    "CollectionCounts", "ExportSummary", "ImportSummary", "build_document", "device_id",
    "export_bundle", "import_bundle", "preview_bundle",
]  # fmt: skip
log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
_CHUNK = 500
_EXPORT_BATCH = 2000
_BULK_LOAD = 5000  # records of one type into an empty table: build its indexes after loading
_COMPRESS_LEVEL = 6


@dataclass
class ImportSummary:
    """What an import did (or, with ``preview``, would do), per collection,
    for the CLI and the GUI to report."""

    file: Path
    counts: dict[str, CollectionCounts] = field(default_factory=dict)
    photos_written: int = 0
    photos_missing: list[str] = field(default_factory=list)
    conflicts: int = 0
    source_device: str = ""
    preview: bool = False

    def lines(self) -> list[str]:
        out = []
        verbs = ("to add", "to update", "to delete", "unchanged") if self.preview else (
            "added", "updated", "deleted", "unchanged")  # fmt: skip
        for collection, c in self.counts.items():
            if c.added or c.updated or c.deleted or c.unchanged:
                out.append(
                    f"{collection}: {c.added} {verbs[0]}, {c.updated} {verbs[1]}, "
                    f"{c.deleted} {verbs[2]}, {c.unchanged} {verbs[3]}"
                )
        out.append(f"photos: {self.photos_written} files {'to store' if self.preview else 'stored'}")
        if self.photos_missing:
            out.append(f"photos without their image file in the bundle: {len(self.photos_missing)}")
        if self.conflicts:
            out.append(
                f"conflicts {'to log' if self.preview else 'logged'}: {self.conflicts} "
                "(both sides changed; see `kbo-desktop conflicts`)"
            )
        return out


@dataclass
class ExportSummary:
    file: Path
    counts: dict[str, int]
    photos: int


def device_id(db: Database) -> str:
    with db.reading() as session:
        row = session.get(AppMetaRow, "device_id")
        return row.value if row else ""


def _contract_items(
    session: Session, cls: type[r.Record], since: datetime | None, scope: Scope | None
) -> Iterator[dict[str, Any]]:
    """One collection's records in contract form, in id order, read a batch at a time."""
    table = ROW_TYPES[cls].__table__
    query = select(table).order_by(table.c.id)
    if since is not None:
        query = query.where(table.c.updated_at > since)
    links: dict[str, list[str]] = {}
    if cls is r.Meeting:
        link_table = m.MeetingProductRow.__table__
        ordered = select(link_table.c.meeting_id, link_table.c.product_id).order_by(link_table.c.position)
        for meeting_id, product_id in session.execute(ordered):
            links.setdefault(meeting_id, []).append(product_id)
    wanted = scope[cls] if scope is not None else None
    result = session.execute(query.execution_options(yield_per=_EXPORT_BATCH))
    for rows in result.partitions():
        for row in rows:
            if wanted is None or row.id in wanted:
                yield to_contract(record_from_values(cls, row._mapping, links.get(row.id)))


def _source(db: Database, officer: str, province: str) -> dict[str, str]:
    source = {"device_id": device_id(db), "app_version": __version__}
    if officer:
        source["officer"] = officer
    if province:
        source["province"] = province
    return source


def build_document(
    db: Database,
    *,
    officer: str = "",
    province: str = "",
    since: datetime | None = None,
    amphoe: str | None = None,
) -> dict[str, Any]:
    """The ``data.json`` object, tombstones included: everything, or only records
    changed after ``since`` and/or belonging to one ``amphoe``. (Everything in
    memory at once: :func:`export_bundle` streams instead.)"""
    collections: dict[str, list[dict[str, Any]]] = {}
    with db.reading() as session:
        begin_reading(session)
        scope = district_scope(session, amphoe) if amphoe else None
        for cls in r.RECORD_TYPES:
            collections[cls.COLLECTION] = list(_contract_items(session, cls, since, scope))
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": format_timestamp(datetime.now(UTC)),
        "source": _source(db, officer, province),
        "records": collections,
    }


class _HashingWriter:
    """Writes text to a zip entry in large pieces and keeps the sha256 of everything written.

    The pieces are compressed in a second thread (zlib lets go of the GIL
    while it works), so the next records are read and encoded meanwhile.
    Use as a context manager: leaving it normally writes what is left, and
    leaving it with an exception only stops the thread.
    """

    def __init__(self, out: IO[bytes]):
        self.out = out
        self.digest = hashlib.sha256()
        self._pending: list[str] = []
        self._size = 0
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kbo-export-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._failure is None:
                try:
                    self.out.write(data)
                except BaseException as exc:  # handed to the exporting thread
                    self._failure = exc

    def write(self, text: str) -> None:
        self._pending.append(text)
        self._size += len(text)
        if self._size > 1 << 20:
            self._send()

    def _send(self) -> None:
        data = "".join(self._pending).encode("utf-8")
        self._pending, self._size = [], 0
        self.digest.update(data)
        if self._failure is not None:
            raise self._failure
        self._queue.put(data)

    def __enter__(self) -> _HashingWriter:
        return self

    def __exit__(self, exc_type: object, *_rest: object) -> None:
        try:
            if exc_type is None:
                self._send()
        finally:
            self._queue.put(None)
            self._thread.join()
        if exc_type is None and self._failure is not None:
            raise self._failure


def _write_data(
    db: Database, out: _HashingWriter, header: dict[str, Any], since: datetime | None, amphoe: str | None,
    progress: Progress | None,
) -> tuple[dict[str, int], set[str]]:  # fmt: skip
    """Stream ``data.json``: one record per line. Returns the counts and the live photos' file names.

    Everything is read from one snapshot of the database, so records saved
    meanwhile (the window stays usable during an export) cannot leave a
    record in the bundle without the one it refers to.
    """
    counts: dict[str, int] = {}
    photos: set[str] = set()
    head = json.dumps(header, ensure_ascii=False, indent=1)
    out.write(head[:-2] + ',\n "records": {')
    with db.reading() as session:
        begin_reading(session)
        scope = district_scope(session, amphoe) if amphoe else None
        total = _export_total(session, since, scope)
        done = 0
        for number, cls in enumerate(r.RECORD_TYPES):
            out.write(("," if number else "") + f"\n  {json.dumps(cls.COLLECTION)}: [")
            count = 0
            for item in _contract_items(session, cls, since, scope):
                out.write(("," if count else "") + "\n   " + json.dumps(item, ensure_ascii=False))
                count += 1
                if cls is r.Photo and not item.get("deleted"):
                    photos.add(item["sha256"] + "." + item.get("ext", "jpg"))
                if progress and count % _EXPORT_BATCH == 0:
                    progress(done + count, max(total, done + count))
            out.write("\n  ]" if count else "]")
            counts[cls.COLLECTION] = count
            done += count
            if progress:
                progress(done, max(total, done))
    out.write("\n }\n}")
    return counts, photos


def _export_total(session: Session, since: datetime | None, scope: Scope | None) -> int:
    """How many records the export will write (for its progress), counted first."""
    if scope is not None:
        return sum(len(ids) for ids in scope.values())
    total = 0
    for cls in r.RECORD_TYPES:
        table = ROW_TYPES[cls].__table__
        query = select(func.count()).select_from(table)
        if since is not None:
            query = query.where(table.c.updated_at > since)
        total += session.scalar(query) or 0
    return total


def export_bundle(
    db: Database,
    target: Path,
    *,
    officer: str = "",
    province: str = "",
    since: datetime | None = None,
    office: str | None = None,
    amphoe: str | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write records and their photo files to ``target``; the file appears whole or not at all.

    Args:
        since: only records changed after this time.
        office: only what changed since the last bundle sent to this office
            (everything the first time); the export is remembered for next time.
            An explicit ``since`` takes precedence over the remembered one.
        amphoe: only one district's producers and what hangs off them.
        progress: called with (records written, total so far) now and then;
            may raise to cancel (no file is left behind).

    Raises:
        ValidationError: ``amphoe`` names a district with no producers.
    """
    target = Path(target)
    started = datetime.now(UTC)
    if office and since is None:
        with db.reading() as session:
            since = sync_state.office_since(session, office)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": format_timestamp(started),
        "source": _source(db, officer, province),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".kbo-", suffix=".partial", dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED, compresslevel=_COMPRESS_LEVEL) as archive:
            with archive.open("data.json", "w", force_zip64=True) as entry, _HashingWriter(entry) as writer:
                counts, photos = _write_data(db, writer, header, since, amphoe, progress)
            present = sorted(name for name in photos if (db.photos_dir / name).is_file())
            manifest = _manifest(db, header, counts, present, writer.digest.hexdigest(), since, office, amphoe)
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            for name in present:
                # Photos are already compressed; storing them saves time for nothing lost.
                archive.write(db.photos_dir / name, f"photos/{name}", zipfile.ZIP_STORED)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    with db.transaction() as session:
        sync_state.record_sent(
            session, office=office or "", exported_at=started, since=since, amphoe=amphoe or "",
            file_name=target.name, records=sum(counts.values()),
        )  # fmt: skip
    log.info("exported %s", target)
    return ExportSummary(target, counts, len(present))


def _manifest(
    db: Database, header: dict[str, Any], counts: dict[str, int], photos: list[str], digest: str,
    since: datetime | None, office: str | None, amphoe: str | None,
) -> dict[str, Any]:  # fmt: skip
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": header["exported_at"],
        "source": header["source"],
        "counts": counts,
        "photos": photos,
        "data_sha256": digest,
    }
    with db.reading() as session:
        marks = sync_state.received_marks(session)
    if marks:
        manifest["received_from"] = {device: format_timestamp(stamp) for device, stamp in marks.items()}
    if since is not None or office or amphoe:
        manifest["partial"] = {
            key: value
            for key, value in (("since", since and format_timestamp(since)), ("office", office), ("amphoe", amphoe))
            if value
        }
    return manifest


def _check_references(db: Database, bundle: Bundle, scan: BundleScan) -> None:
    """Every id a record points at must be in the bundle or in the database."""
    with db.reading() as session:
        for target, refs in scan.unresolved.items():
            table = ROW_TYPES[target].__table__
            id_list = list(refs)
            found: set[str] = set()
            for start in range(0, len(id_list), _CHUNK):
                chunk = id_list[start : start + _CHUNK]
                found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
            for target_id in id_list:
                if target_id not in found:
                    collection, index, name, item_id = refs[target_id]
                    cls = r.BY_COLLECTION[collection]
                    raise BundleError(
                        f"{cls.LABEL_TH}อ้างถึง{target.LABEL_TH} รหัส {target_id} ซึ่งไม่มีทั้งในชุดข้อมูลและในฐานข้อมูล",
                        f"refers to {target.LABEL_EN.lower()} {target_id}, which is neither in the bundle nor in the database",
                        record=f"{bundle.path.name}: {collection}[{index}] (id {item_id})",
                        field=name,
                    )


def _store_photos(db: Database, bundle: Bundle, scan: BundleScan, summary: ImportSummary) -> None:
    """Copy photo files into the photo folder (content-addressed, so harmless to repeat)."""
    for name in sorted(scan.photo_files):
        final = db.photos_dir / name
        if final.is_file():
            continue
        entry = bundle.photo_entries.get(name)
        if entry is None:
            summary.photos_missing.append(name)
            continue
        partial = final.with_name(final.name + ".partial")
        partial.write_bytes(bundle.read_photo(entry))
        partial.replace(final)
        summary.photos_written += 1


@dataclass
class _Origin:
    """Who sent a bundle and what it says about its exchanges with us."""

    device: str = ""
    exported_at: datetime | None = None
    peer_says: datetime | None = None  # newest bundle of ours the sender had received
    amphoe: str = ""  # set when the bundle holds one district only


def _timestamp(value: Any) -> datetime | None:
    try:
        return parse_timestamp(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _origin(bundle: Bundle, scan: BundleScan, own_device: str) -> _Origin:
    """Read the sender's details defensively: the manifest is not schema-checked."""
    source = scan.header.get("source")
    device = source.get("device_id", "") if isinstance(source, dict) else ""
    marks = bundle.manifest.get("received_from")
    partial = bundle.manifest.get("partial")
    amphoe = partial.get("amphoe", "") if isinstance(partial, dict) else ""
    return _Origin(
        device=device if isinstance(device, str) else "",
        exported_at=_timestamp(scan.header.get("exported_at")),
        peer_says=_timestamp(marks.get(own_device)) if isinstance(marks, dict) and own_device else None,
        amphoe=amphoe if isinstance(amphoe, str) else "",
    )


def _checked(db: Database, bundle: Bundle, progress: Progress | None) -> BundleScan:
    """The first pass over the bundle: every check, and the references against the database."""
    estimate = _estimated_count(bundle)
    counted = (lambda done: progress(done, 2 * max(estimate, done))) if progress else None
    scan = bundle.scan(counted)
    _check_references(db, bundle, scan)
    return scan


def _estimated_count(bundle: Bundle) -> int:
    """The manifest's record count, for the progress bar only (the manifest is not trusted)."""
    counts = bundle.manifest.get("counts")
    if not isinstance(counts, dict):
        return 0
    return sum(value for value in counts.values() if isinstance(value, int) and value > 0)


def _batches(db: Database, bundle: Bundle, scan: BundleScan) -> Batches:
    """The bundle's records for merging, in an order the database accepts."""
    if scan.in_contract_order() or db.is_sqlite:
        return bundle.batches(scan)  # SQLite checks references at commit (see _defer_references)
    # Another server checks each reference as it is written: put the collections in order.
    held: dict[str, list[r.Record]] = {}
    for cls, batch in bundle.batches(scan):
        held.setdefault(cls.COLLECTION, []).extend(batch)
    return ((cls, held[cls.COLLECTION]) for cls in r.RECORD_TYPES if cls.COLLECTION in held)


def _filling(session: Session, scan: BundleScan) -> list[str]:
    """Tables this import fills from empty with many rows: cheaper to index once at the end."""
    return [
        ROW_TYPES[cls].__tablename__
        for cls in r.RECORD_TYPES
        if scan.counts.get(cls.COLLECTION, 0) >= _BULK_LOAD and not has_rows(session, cls)
    ]


def _defer_references(db: Database, session: Session) -> None:
    """Check foreign keys at commit, so a hand-made bundle may list collections in any order.

    The references were all proven to resolve before anything is written.
    The pragma lasts until the transaction ends, so the transaction must have begun.
    """
    if db.is_sqlite:
        begin_writing(session)
        session.execute(text("PRAGMA defer_foreign_keys = ON"))


def preview_bundle(db: Database, source: Path) -> ImportSummary:
    """What importing ``source`` would add, update, delete and log as conflicts; nothing is written.

    Raises:
        BundleError: the bundle would be refused by :func:`import_bundle`.
    """
    with open_bundle(Path(source)) as bundle:
        scan = _checked(db, bundle, None)
        own = device_id(db)
        origin = _origin(bundle, scan, own)
        summary = ImportSummary(Path(source), source_device=origin.device, preview=True)
        for name in sorted(scan.photo_files):
            if not (db.photos_dir / name).is_file():
                if name in bundle.photo_entries:
                    summary.photos_written += 1
                else:
                    summary.photos_missing.append(name)
        with db.reading() as session:
            recorder = ConflictRecorder(
                session, source_device=origin.device, own_device=own, source_file=bundle.path.name,
                peer_says=origin.peer_says, write=False,
            )  # fmt: skip
            summary.counts = merge_records(session, bundle.batches(scan), apply=False, observer=recorder).counts
            summary.conflicts = recorder.count
    return summary


def import_bundle(
    db: Database,
    source: Path,
    *,
    progress: Progress | None = None,
    backup: bool = True,
    office: str = "",
) -> ImportSummary:
    """Check a bundle whole, then merge it into the database in one transaction.

    Args:
        progress: called with (done, total) now and then; may raise to cancel.
            Every record counts twice, once when checked and once when
            merged; until the check is over the total is the manifest's word.
        office: the office the bundle came from, if the user knows it; links
            the sending device to exports made for that office.

    The search index is not brought up to date here: its triggers only note
    the records, and the next searches index them, or
    :func:`kbo_desktop.services.search.sync_index` does it at once (some
    seconds per 100,000 records), which an interactive import should call next.

    Raises:
        BundleError: anything wrong with the bundle; the database is untouched.
    """
    with open_bundle(Path(source)) as bundle:
        scan = _checked(db, bundle, progress)
        own = device_id(db)
        origin = _origin(bundle, scan, own)
        summary = ImportSummary(Path(source), source_device=origin.device)
        if backup and db.file is not None:
            from kbo_desktop.services.backup import backup_database

            backup_database(db, reason="before-import")
        _store_photos(db, bundle, scan, summary)
        total = scan.count()
        merged = (lambda done, _total: progress(total + done, 2 * total)) if progress else None
        with db.transaction() as session:
            _defer_references(db, session)
            recorder = ConflictRecorder(
                session, source_device=origin.device, own_device=own, source_file=bundle.path.name,
                peer_says=origin.peer_says,
            )  # fmt: skip
            with bulk_load(session, _filling(session, scan)):
                result = merge_records(
                    session, _batches(db, bundle, scan), observer=recorder, progress=merged, total=total
                )
            sync_state.record_received(
                session, device_id=origin.device, office=office, exported_at=origin.exported_at,
                earliest_change=result.earliest_change, amphoe=origin.amphoe, file_name=bundle.path.name,
                records=total,
            )  # fmt: skip
    summary.counts = result.counts
    summary.conflicts = recorder.count
    log.info("imported %s: %s", source, "; ".join(summary.lines()))
    return summary
