"""``.kbo`` bundles: export a database, import (merge) one into it.

Import is all-or-nothing: the bundle is read and checked whole
(:mod:`bundle_reader`), its references are resolved against the bundle and
the database, and only then is it applied in one transaction. Merging is by
record id: a record is inserted when new, replaced only when the incoming
``updated_at`` is newer, and a tombstone deletes. Tombstones are kept, so the
same bundles imported in any order give the same database.
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
from kbo_desktop.domain.codec import format_timestamp, to_contract
from kbo_desktop.domain.errors import BundleError
from kbo_desktop.services.bundle_reader import FORMAT, VERSION, ParsedBundle, read_bundle
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import ROW_TYPES, apply_to_row, to_record
from kbo_desktop.store.models import AppMetaRow

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
_CHUNK = 500


@dataclass
class CollectionCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0


@dataclass
class ImportSummary:
    """What an import did, per collection, for the CLI and the GUI to report."""

    file: Path
    counts: dict[str, CollectionCounts] = field(default_factory=dict)
    photos_written: int = 0
    photos_missing: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        for collection, c in self.counts.items():
            if c.added or c.updated or c.deleted or c.unchanged:
                out.append(
                    f"{collection}: {c.added} added, {c.updated} updated, "
                    f"{c.deleted} deleted, {c.unchanged} unchanged"
                )
        out.append(f"photos: {self.photos_written} files stored")
        if self.photos_missing:
            out.append(f"photos without their image file in the bundle: {len(self.photos_missing)}")
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


def build_document(db: Database, *, officer: str = "", province: str = "") -> dict[str, Any]:
    """The ``data.json`` object for everything in the database, tombstones included."""
    collections: dict[str, list[dict[str, Any]]] = {}
    with db.reading() as session:
        for cls in r.RECORD_TYPES:
            row_type = ROW_TYPES[cls]
            rows = session.scalars(select(row_type).order_by(row_type.id))
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


def export_bundle(db: Database, target: Path, *, officer: str = "", province: str = "") -> ExportSummary:
    """Write every record and photo file to ``target``; the file appears whole or not at all."""
    target = Path(target)
    document = build_document(db, officer=officer, province=province)
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


def _store_photos(db: Database, bundle: ParsedBundle, summary: ImportSummary) -> None:
    """Copy photo files into the photo folder (content-addressed, so harmless to repeat)."""
    needed = {
        item.file_name for item in bundle.records.get("photos", []) if isinstance(item, r.Photo) and not item.deleted
    }
    with zipfile.ZipFile(bundle.path) as archive:
        for name in sorted(needed):
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


def import_bundle(db: Database, source: Path, *, progress: Progress | None = None, backup: bool = True) -> ImportSummary:
    """Check a bundle whole, then merge it into the database in one transaction.

    Raises:
        BundleError: anything wrong with the bundle; the database is untouched.
    """
    bundle = read_bundle(Path(source))
    _check_references(db, bundle)
    summary = ImportSummary(Path(source))
    if backup and db.file is not None:
        from kbo_desktop.services.backup import backup_database

        backup_database(db, reason="before-import")
    _store_photos(db, bundle, summary)
    total = bundle.count()
    done = 0
    with db.transaction() as session:
        for cls in r.RECORD_TYPES:
            items = bundle.records.get(cls.COLLECTION, [])
            counts = summary.counts.setdefault(cls.COLLECTION, CollectionCounts())
            row_type = ROW_TYPES[cls]
            for start in range(0, len(items), _CHUNK):
                chunk = items[start : start + _CHUNK]
                existing = {
                    row.id: row
                    for row in session.scalars(select(row_type).where(row_type.id.in_([i.id for i in chunk])))
                }
                for item in chunk:
                    _merge_one(session, row_type, existing.get(item.id), item, counts)
                session.flush()
                done += len(chunk)
                if progress:
                    progress(done, total)
    log.info("imported %s: %s", source, "; ".join(summary.lines()))
    return summary


def _merge_one(session: Any, row_type: type[Any], row: Any, item: r.Record, counts: CollectionCounts) -> None:
    if row is None:
        row = row_type(id=item.id)
        session.add(row)
        apply_to_row(item, row, keep_timestamp=True)
        counts.added += 1
        return
    assert item.updated_at is not None  # required by the schema
    if item.updated_at <= row.updated_at:
        counts.unchanged += 1
        return
    was_deleted = row.deleted
    apply_to_row(item, row, keep_timestamp=True)
    if item.deleted and not was_deleted:
        counts.deleted += 1
    else:
        counts.updated += 1
