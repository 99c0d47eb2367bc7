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
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kbo_desktop import __version__
from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import format_timestamp, parse_timestamp, to_contract
from kbo_desktop.domain.errors import BundleError
from kbo_desktop.services import sync_state
from kbo_desktop.services.bundle_reader import FORMAT, VERSION, ParsedBundle, read_bundle
from kbo_desktop.services.bundle_scope import district_scope
from kbo_desktop.services.conflicts import ConflictRecorder
from kbo_desktop.services.merge import CollectionCounts, merge_records
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import ROW_TYPES, to_record
from kbo_desktop.store.models import AppMetaRow

__all__ = [
    "CollectionCounts", "ExportSummary", "ImportSummary", "build_document", "device_id",
    "export_bundle", "import_bundle", "preview_bundle",
]  # fmt: skip
log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
_CHUNK = 500


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


def build_document(
    db: Database,
    *,
    officer: str = "",
    province: str = "",
    since: datetime | None = None,
    amphoe: str | None = None,
) -> dict[str, Any]:
    """The ``data.json`` object, tombstones included: everything, or only records
    changed after ``since`` and/or belonging to one ``amphoe``."""
    collections: dict[str, list[dict[str, Any]]] = {}
    with db.reading() as session:
        scope = district_scope(session, amphoe) if amphoe else None
        for cls in r.RECORD_TYPES:
            row_type = ROW_TYPES[cls]
            query = select(row_type).order_by(row_type.id)
            if since is not None:
                query = query.where(row_type.updated_at > since)
            rows = session.scalars(query)
            if scope is not None:
                rows = (row for row in rows if row.id in scope[cls])  # type: ignore[assignment]
            collections[cls.COLLECTION] = [to_contract(to_record(row)) for row in rows]
    source = {"device_id": device_id(db), "app_version": __version__}
    if officer:
        source["officer"] = officer
    if province:
        source["province"] = province
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": format_timestamp(datetime.now(UTC)),
        "source": source,
        "records": collections,
    }


def export_bundle(
    db: Database,
    target: Path,
    *,
    officer: str = "",
    province: str = "",
    since: datetime | None = None,
    office: str | None = None,
    amphoe: str | None = None,
) -> ExportSummary:
    """Write records and their photo files to ``target``; the file appears whole or not at all.

    Args:
        since: only records changed after this time.
        office: only what changed since the last bundle sent to this office
            (everything the first time); the export is remembered for next time.
            An explicit ``since`` takes precedence over the remembered one.
        amphoe: only one district's producers and what hangs off them.

    Raises:
        ValidationError: ``amphoe`` names a district with no producers.
    """
    target = Path(target)
    started = datetime.now(UTC)
    if office and since is None:
        with db.reading() as session:
            since = sync_state.office_since(session, office)
    document = build_document(db, officer=officer, province=province, since=since, amphoe=amphoe)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    photos = [
        item["sha256"] + "." + item.get("ext", "jpg")
        for item in document["records"]["photos"]
        if not item.get("deleted")
    ]
    present = sorted({name for name in photos if (db.photos_dir / name).is_file()})
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": document["exported_at"],
        "source": document["source"],
        "counts": {name: len(items) for name, items in document["records"].items()},
        "photos": present,
        "data_sha256": hashlib.sha256(data).hexdigest(),
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
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".kbo-", suffix=".partial", dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            archive.writestr("data.json", data)
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
            file_name=target.name, records=sum(manifest["counts"].values()),
        )  # fmt: skip
    log.info("exported %s", target)
    return ExportSummary(target, manifest["counts"], len(present))


def _check_references(db: Database, bundle: ParsedBundle) -> None:
    """Every id a record points at must be in the bundle or in the database."""
    in_bundle: dict[type[r.Record], set[str]] = {
        r.BY_COLLECTION[name]: {item.id for item in items} for name, items in bundle.records.items()
    }
    wanted: dict[type[r.Record], dict[str, tuple[str, int, str]]] = {}
    for collection, items in bundle.records.items():
        for index, item in enumerate(items):
            refs = dict(r.REFERENCES.get(type(item), {}))
            pairs = [(name, target, getattr(item, name)) for name, target in refs.items()]
            if isinstance(item, r.Photo):
                pairs.append(("owner_id", r.PHOTO_OWNERS[item.owner_kind], item.owner_id))
            if isinstance(item, r.Meeting):
                pairs += [("product_ids", r.Product, pid) for pid in item.product_ids]
            for name, target, target_id in pairs:
                if target_id and target_id not in in_bundle.get(target, set()):
                    wanted.setdefault(target, {}).setdefault(target_id, (collection, index, name))
    with db.reading() as session:
        for target, ids in wanted.items():
            row_type = ROW_TYPES[target]
            id_list = list(ids)
            found: set[str] = set()
            for start in range(0, len(id_list), _CHUNK):
                chunk = id_list[start : start + _CHUNK]
                found.update(session.scalars(select(row_type.id).where(row_type.id.in_(chunk))))
            for target_id in id_list:
                if target_id not in found:
                    collection, index, name = ids[target_id]
                    item = bundle.records[collection][index]
                    raise BundleError(
                        f"{item.LABEL_TH}อ้างถึง{target.LABEL_TH} รหัส {target_id} ซึ่งไม่มีทั้งในชุดข้อมูลและในฐานข้อมูล",
                        f"refers to {target.LABEL_EN.lower()} {target_id}, which is neither in the bundle nor in the database",
                        record=f"{bundle.path.name}: {collection}[{index}] (id {item.id})",
                        field=name,
                    )


def _needed_photos(bundle: ParsedBundle) -> list[str]:
    return sorted(
        {item.file_name for item in bundle.records.get("photos", []) if isinstance(item, r.Photo) and not item.deleted}
    )


def _store_photos(db: Database, bundle: ParsedBundle, summary: ImportSummary) -> None:
    """Copy photo files into the photo folder (content-addressed, so harmless to repeat)."""
    with zipfile.ZipFile(bundle.path) as archive:
        for name in _needed_photos(bundle):
            final = db.photos_dir / name
            if final.is_file():
                continue
            entry = bundle.photo_entries.get(name)
            if entry is None:
                summary.photos_missing.append(name)
                continue
            partial = final.with_name(final.name + ".partial")
            partial.write_bytes(archive.read(entry))
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


def _origin(bundle: ParsedBundle, own_device: str) -> _Origin:
    """Read the sender's details defensively: the manifest is not schema-checked."""
    source = bundle.document.get("source")
    device = source.get("device_id", "") if isinstance(source, dict) else ""
    marks = bundle.manifest.get("received_from")
    partial = bundle.manifest.get("partial")
    amphoe = partial.get("amphoe", "") if isinstance(partial, dict) else ""
    return _Origin(
        device=device if isinstance(device, str) else "",
        exported_at=_timestamp(bundle.document.get("exported_at")),
        peer_says=_timestamp(marks.get(own_device)) if isinstance(marks, dict) and own_device else None,
        amphoe=amphoe if isinstance(amphoe, str) else "",
    )


def preview_bundle(db: Database, source: Path) -> ImportSummary:
    """What importing ``source`` would add, update, delete and log as conflicts; nothing is written.

    Raises:
        BundleError: the bundle would be refused by :func:`import_bundle`.
    """
    bundle = read_bundle(Path(source))
    _check_references(db, bundle)
    own = device_id(db)
    origin = _origin(bundle, own)
    summary = ImportSummary(Path(source), source_device=origin.device, preview=True)
    for name in _needed_photos(bundle):
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
        summary.counts = merge_records(session, bundle.records, apply=False, observer=recorder).counts
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
        progress: called with (done, total) after each chunk; may raise to cancel.
        office: the office the bundle came from, if the user knows it; links
            the sending device to exports made for that office.

    Raises:
        BundleError: anything wrong with the bundle; the database is untouched.
    """
    bundle = read_bundle(Path(source))
    _check_references(db, bundle)
    own = device_id(db)
    origin = _origin(bundle, own)
    summary = ImportSummary(Path(source), source_device=origin.device)
    if backup and db.file is not None:
        from kbo_desktop.services.backup import backup_database

        backup_database(db, reason="before-import")
    _store_photos(db, bundle, summary)
    with db.transaction() as session:
        recorder = ConflictRecorder(
            session, source_device=origin.device, own_device=own, source_file=bundle.path.name,
            peer_says=origin.peer_says,
        )  # fmt: skip
        result = merge_records(session, bundle.records, observer=recorder, progress=progress)
        sync_state.record_received(
            session, device_id=origin.device, office=office, exported_at=origin.exported_at,
            earliest_change=result.earliest_change, amphoe=origin.amphoe, file_name=bundle.path.name,
            records=bundle.count(),
        )  # fmt: skip
    summary.counts = result.counts
    summary.conflicts = recorder.count
    log.info("imported %s: %s", source, "; ".join(summary.lines()))
    return summary
