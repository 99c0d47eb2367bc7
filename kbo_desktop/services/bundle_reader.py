"""Reading a ``.kbo`` bundle and proving it sound before anything is written.

A bundle is a zip of ``manifest.json``, ``data.json`` (the ``kbo-exchange-v1``
schema) and ``photos/<sha256>.<ext>``. Everything here only reads: any problem
raises :class:`BundleError` naming the file, the record and the field, so the
caller can refuse the bundle with the database untouched.

A large bundle is never held in memory whole. :meth:`Bundle.scan` reads
``data.json`` once from end to end, checking every record (schema, types,
duplicate ids, references within the bundle) and keeping only counts and
the references the database must answer; :meth:`Bundle.batches` then reads it a second time and hands the
decoded records over a batch at a time, and fails if the bytes are not the
ones the scan checked. :func:`read_bundle` still gives a small bundle's
records all at once.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

import jsonschema

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import field_types, from_contract, parse_timestamp
from kbo_desktop.domain.enums import PhotoExt, PhotoOwnerKind
from kbo_desktop.domain.errors import BundleError
from kbo_desktop.services import bundle_json as bj
from kbo_desktop.services.bundle_schema import RecordChecker

FORMAT = "kbo-exchange"
VERSION = 1
# Limits that keep a hostile or damaged file from filling the disk or memory.
MAX_BUNDLE_BYTES = 4 * 1024**3
MAX_ENTRIES = 200_000
MAX_UNCOMPRESSED_BYTES = 8 * 1024**3
MAX_JSON_BYTES = 1024**3
MAX_PHOTO_BYTES = 64 * 1024**2
MAX_RATIO = 200  # compressed-to-real size; zip bombs are far above this
# What reading a damaged zip can raise: an "encrypted" flag, an unknown compression
# method or a broken deflate stream do not surface as BadZipFile.
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError, ValueError, zlib.error)
_PHOTO_NAME = re.compile(r"^photos/([0-9a-f]{64})\.(jpg|jpeg|png|webp)$")
BATCH = 1000  # records handed over at a time by Bundle.batches
_PROGRESS_EVERY = 2000
_DATA = "data.json"
Counted = Callable[[int], None]  # told how many records have been read so far; may raise to stop


@dataclass
class BundleScan:
    """What reading a bundle's records once showed: they are all sound, and these facts about them.

    Attributes:
        header: the top-level properties of ``data.json`` other than ``records``.
        counts: records per known collection, in file order.
        unresolved: per record type, ids that bundle records point at but the
            bundle does not hold (they must be in the database), each with
            where it was first met: (collection, index, field, record id).
        photo_files: image files the bundle's live photo records need.
        digest: sha256 of ``data.json``.
    """

    header: dict[str, Any]
    counts: dict[str, int]
    unresolved: dict[type[r.Record], dict[str, tuple[str, int, str, str]]]
    photo_files: set[str]
    digest: str

    def count(self) -> int:
        return sum(self.counts.values())

    def in_contract_order(self) -> bool:
        """Whether collections come in contract order (references before what refers to them)."""
        order = [r.RECORD_TYPES.index(r.BY_COLLECTION[name]) for name in self.counts]
        return order == sorted(order)


@dataclass
class ParsedBundle:
    """A bundle that passed every check, decoded into domain records (for small bundles).

    ``document`` holds data.json's top-level properties other than ``records``.
    """

    path: Path
    manifest: dict[str, Any]
    document: dict[str, Any]
    records: dict[str, list[r.Record]]
    photo_entries: dict[str, str] = field(default_factory=dict)  # file name -> zip entry

    def count(self) -> int:
        return sum(len(items) for items in self.records.values())


@cache
def contract_schema() -> dict[str, Any]:
    text = (resources.files("kbo_desktop.resources") / "contracts" / "kbo-exchange-v1.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _checker() -> RecordChecker:
    return RecordChecker(contract_schema())


@cache
def _timestamp_fields(cls: type[r.Record]) -> tuple[str, ...]:
    """Fields whose decoding can fail on a schema-valid record: jsonschema checks
    "date-time" only when rfc3339-validator is installed. (Dates, enumerations
    and numbers it does check; :meth:`Bundle.batches` still turns any decoding
    failure into a BundleError.)"""
    return tuple(name for name, hint in field_types(cls).items() if hint is datetime)


def _error(path: Path, th: str, en: str, *, record: str = "", field_name: str = "") -> BundleError:
    where = f"{path.name}: {record}" if record else path.name
    return BundleError(th, en, record=where, field=field_name)


def _safe_entry_name(path: Path, info: zipfile.ZipInfo) -> str:
    name = info.filename
    pure = PurePosixPath(name)
    if (
        "\\" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name)
        or any(part == ".." for part in pure.parts)
    ):
        raise _error(
            path,
            f"ชุดข้อมูลมีไฟล์ {name!r} ที่ชี้ออกนอกโฟลเดอร์ของชุดข้อมูล จึงไม่นำเข้า",
            f"entry {name!r} points outside the bundle's folder; refusing the bundle",
            record=name,
        )
    return name


def _read_json(path: Path, archive: zipfile.ZipFile, name: str) -> Any:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _error(path, f"ชุดข้อมูลไม่มีไฟล์ {name}", f"the bundle has no {name}", record=name) from None
    if info.file_size > MAX_JSON_BYTES:
        raise _error(path, f"{name} ใหญ่เกินไป", f"{name} is too large", record=name)
    try:
        raw = archive.read(info)
    except _ZIP_ERRORS as exc:
        raise _error(path, f"อ่าน {name} ไม่ได้ ไฟล์เสียหาย", f"{name} is damaged: {exc}", record=name) from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _error(path, f"{name} ไม่ใช่ข้อความ UTF-8", f"{name} is not UTF-8 text", record=name) from exc
    except json.JSONDecodeError as exc:
        raise _error(
            path,
            f"{name} ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {exc.lineno} คอลัมน์ {exc.colno})",
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            record=name,
        ) from exc


def _check_format(path: Path, document: Any, name: str) -> None:
    if not isinstance(document, dict):
        raise _error(path, f"{name} ต้องเป็นออบเจกต์ JSON", f"{name} must be a JSON object", record=name)
    if document.get("format") != FORMAT:
        raise _error(
            path,
            f"{name} ไม่ใช่ชุดข้อมูล KBO (format = {document.get('format')!r})",
            f"{name} is not a KBO exchange document (format is {document.get('format')!r})",
            record=name,
            field_name="format",
        )
    if document.get("version") != VERSION:
        raise _error(
            path,
            f"ชุดข้อมูลเป็นรุ่น {document.get('version')!r} ที่โปรแกรมนี้ไม่รู้จัก (รู้จักรุ่น {VERSION}) กรุณาปรับรุ่นโปรแกรม",
            f"unknown bundle version {document.get('version')!r} (this program reads version {VERSION})",
            record=name,
            field_name="version",
        )


def _schema_error(path: Path, error: jsonschema.ValidationError, record: str = _DATA) -> BundleError:
    """``error`` found in ``record`` (the document, or one record with the path inside it)."""
    return _error(
        path,
        f"ข้อมูลไม่ตรงตามรูปแบบ kbo-exchange-v1: {error.message}",
        f"does not follow kbo-exchange-v1: {error.message}",
        record=record,
        field_name=".".join(str(part) for part in error.absolute_path),
    )


def _item_where(collection: str, index: int, item: Any) -> str:
    item_id = item.get("id", f"#{index}") if isinstance(item, dict) else f"#{index}"
    return f"data.json: {collection}[{index}] (id {item_id})"


class Bundle:
    """An opened bundle whose zip structure and manifest have been checked.

    Use as a context manager; the zip stays open (so the file read twice is
    the same file) until it is closed.

    Raises:
        BundleError: the file is missing, not a zip, damaged, too large,
            unsafe, or its manifest is not a KBO manifest of a known version.
    """

    def __init__(self, path: Path):
        self.path = path = Path(path)
        if not path.is_file():
            raise _error(path, "ไม่พบไฟล์", "file not found")
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise _error(path, "ไฟล์ใหญ่เกินกว่าจะเป็นชุดข้อมูล KBO", "file is too large for a KBO bundle")
        try:
            self._archive = zipfile.ZipFile(path)
        except _ZIP_ERRORS as exc:
            raise _error(
                path,
                "ไม่ใช่ชุดข้อมูล .kbo (ไม่ใช่ไฟล์ zip หรือไฟล์เสียหาย)",
                "not a .kbo bundle (not a zip file, or truncated)",
            ) from exc
        try:
            self.photo_entries = self._check_entries()
            self.manifest = _read_json(path, self._archive, "manifest.json")
            _check_format(path, self.manifest, "manifest.json")
            try:
                self._data = self._archive.getinfo(_DATA)
            except KeyError:
                raise _error(path, f"ชุดข้อมูลไม่มีไฟล์ {_DATA}", f"the bundle has no {_DATA}", record=_DATA) from None
            if self._data.file_size > MAX_JSON_BYTES:
                raise _error(path, f"{_DATA} ใหญ่เกินไป", f"{_DATA} is too large", record=_DATA)
        except BaseException:
            self._archive.close()
            raise

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    def _check_entries(self) -> dict[str, str]:
        infos = self._archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _error(self.path, "ชุดข้อมูลมีไฟล์มากเกินไป", "the bundle holds too many files")
        total = 0
        photo_entries: dict[str, str] = {}
        for info in infos:
            name = _safe_entry_name(self.path, info)
            total += info.file_size
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10**7:
                raise _error(self.path, f"{name} ถูกบีบอัดผิดปกติ", f"{name} is suspiciously compressed", record=name)
            match = _PHOTO_NAME.match(name)
            if match:
                photo_entries[f"{match.group(1)}.{match.group(2)}"] = name
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _error(self.path, "ข้อมูลในชุดข้อมูลใหญ่เกินไป", "the bundle unpacks to too much data")
        return photo_entries

    def read_photo(self, entry: str) -> bytes:
        return self._archive.read(entry)

    # -- data.json ----------------------------------------------------------------
    def _events(self, reader: bj.DocumentReader) -> Iterator[tuple[Any, ...]]:
        """The reader's events, with every way of failing turned into a BundleError."""
        path = self.path
        try:
            yield from reader.events()
        except bj.JsonSyntaxError as exc:
            raise _error(
                path,
                f"{_DATA} ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {exc.lineno} คอลัมน์ {exc.colno})",
                f"{_DATA} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
                record=_DATA,
            ) from exc
        except bj.NotUtf8Error as exc:
            raise _error(path, f"{_DATA} ไม่ใช่ข้อความ UTF-8", f"{_DATA} is not UTF-8 text", record=_DATA) from exc
        except bj.DuplicateKeyError as exc:
            raise _error(
                path, f"{exc.key} มีซ้ำสองครั้งใน {_DATA}", f"{exc.key} appears twice in {_DATA}", record=_DATA
            ) from exc
        except _ZIP_ERRORS as exc:
            raise _error(path, f"อ่าน {_DATA} ไม่ได้ ไฟล์เสียหาย", f"{_DATA} is damaged: {exc}", record=_DATA) from exc

    def _reader(self) -> bj.DocumentReader:
        try:
            return bj.DocumentReader(self._archive.open(self._data))
        except _ZIP_ERRORS as exc:
            raise _error(self.path, f"อ่าน {_DATA} ไม่ได้ ไฟล์เสียหาย", f"{_DATA} is damaged: {exc}", record=_DATA) from exc

    def scan(self, progress: Counted | None = None) -> BundleScan:
        """Read and check every record once; keep only what the import needs later.

        Problems are reported in the order a whole-document check would meet
        them: broken JSON, a wrong format or version, the document's own
        properties, then the first bad record, the first duplicate or
        unreadable record, and finally photo files that do not match their names.

        Raises:
            BundleError: the first problem found.
        """
        path = self.path
        header: dict[str, Any] = {}
        records_value: Any = _MISSING  # what "records" holds when it is not an object
        collections: dict[str, Any] | None = None  # [] for each array, the value for anything else
        tally = _Tally(self)
        with self._reader() as reader:
            for event in self._events(reader):
                kind = event[0]
                if kind == bj.ITEM:
                    tally.record(event[1], event[2], event[3])
                    if progress and tally.done % _PROGRESS_EVERY == 0 and tally.done:
                        progress(tally.done)
                elif kind == bj.COLLECTION_START:
                    assert collections is not None
                    collections[event[1]] = []
                    tally.start(event[1])
                elif kind == bj.HEADER:
                    header[event[1]] = event[2]
                elif kind == bj.RECORDS_START:
                    collections = {}
                elif kind == bj.COLLECTION_VALUE:
                    assert collections is not None
                    collections[event[1]] = event[2]
                elif kind == bj.RECORDS_VALUE:
                    records_value = event[1]
                elif kind == bj.NOT_OBJECT:
                    raise _error(path, f"{_DATA} ต้องเป็นออบเจกต์ JSON", f"{_DATA} must be a JSON object", record=_DATA)
        if progress:
            progress(tally.done)
        _check_format(path, header, _DATA)
        skeleton = dict(header)
        if records_value is not _MISSING:
            skeleton["records"] = records_value
        elif collections is not None:
            skeleton["records"] = collections
        error = _checker().header_error(skeleton)
        if error is not None:
            raise _schema_error(path, error)
        if tally.problem is not None:
            raise tally.problem
        _check_photo_bytes(path, self._archive, self.photo_entries)
        return BundleScan(
            header, tally.counts, tally.unresolved(), tally.photo_files, reader.digest.hexdigest()
        )

    def _unreadable(self, collection: str, index: int, item_id: str, exc: Exception) -> BundleError:
        # jsonschema checks "date-time" only when rfc3339-validator is installed,
        # so a bad updated_at can reach the decoder.
        return _error(
            self.path,
            f"ค่าในระเบียนนี้อ่านไม่ได้ ({exc})",
            f"a value of this record cannot be read ({exc})",
            record=f"data.json: {collection}[{index}] (id {item_id})",
        )

    def batches(self, scan: BundleScan, size: int | None = None) -> Iterator[tuple[type[r.Record], list[r.Record]]]:
        """The scanned records again, decoded, up to ``size`` of one type at a time, in file order.

        Raises:
            BundleError: ``data.json`` is not the one :meth:`scan` read (the
                file changed in between); raised after the last batch, so a
                caller applying batches in a transaction rolls it back.
        """
        size = size or BATCH
        batch: list[r.Record] = []
        current: type[r.Record] | None = None
        with self._reader() as reader:
            for event in self._events(reader):
                if event[0] != bj.ITEM:
                    continue
                _, collection, index, item = event
                cls = r.BY_COLLECTION.get(collection)
                if cls is None:
                    continue
                if cls is not current and batch:
                    yield current, batch  # type: ignore[misc]
                    batch = []
                current = cls
                try:
                    batch.append(from_contract(cls, item))
                except (TypeError, ValueError, KeyError) as exc:  # only if the file changed since the scan
                    raise self._unreadable(collection, index, str(item.get("id")), exc) from exc
                if len(batch) >= size:
                    yield cls, batch
                    batch = []
        if reader.digest.hexdigest() != scan.digest:
            raise _error(
                self.path,
                f"{_DATA} เปลี่ยนไประหว่างการนำเข้า จึงไม่นำเข้า",
                f"{_DATA} changed while it was being imported; nothing was imported",
                record=_DATA,
            )
        if batch:
            yield current, batch  # type: ignore[misc]


class _Tally:
    """What the scan keeps of the records it checks: ids, references, photos, the first problem."""

    def __init__(self, bundle: Bundle):
        self.bundle = bundle
        self.checker = _checker()
        self.counts: dict[str, int] = {}
        self.ids: dict[type[r.Record], set[str]] = {cls: set() for cls in r.RECORD_TYPES}
        self.wanted: dict[type[r.Record], dict[str, tuple[str, int, str, str]]] = {}
        self.photo_files: set[str] = set()
        self.problem: BundleError | None = None
        self.done = 0

    def start(self, collection: str) -> None:
        if collection in r.BY_COLLECTION:
            self.counts[collection] = 0

    def record(self, collection: str, index: int, item: Any) -> None:
        cls = r.BY_COLLECTION.get(collection)
        if cls is None:
            return  # a newer writer's collection: ignored, as the contract allows
        self.counts[collection] += 1
        self.done += 1
        if self.problem is None:  # after the first problem, only the JSON is still read
            self.problem = self._check(cls, collection, index, item)

    def _check(self, cls: type[r.Record], collection: str, index: int, item: Any) -> BundleError | None:
        path = self.bundle.path
        fast = self.checker.fast(collection)
        if fast is None or not fast(item):
            error = self.checker.record_error(collection, item)
            if error is not None:
                return _schema_error(path, error, _item_where(collection, index, item))
        item_id = item["id"]
        ids = self.ids[cls]
        if item_id in ids:
            return _error(
                path, f"รหัส {item_id} ซ้ำกันใน {collection}", f"id {item_id} appears twice in {collection}",
                record=f"data.json: {collection}[{index}]", field_name="id",
            )  # fmt: skip
        ids.add(item_id)
        try:
            for name in _timestamp_fields(cls):
                if item.get(name) is not None:
                    parse_timestamp(item[name])
        except (TypeError, ValueError) as exc:
            return self.bundle._unreadable(collection, index, item_id, exc)
        for name, target in _REFERENCES[cls]:
            self._refers(target, item.get(name), (collection, index, name, item_id))
        if cls is r.Photo:
            owner = r.PHOTO_OWNERS[PhotoOwnerKind(item["owner_kind"])]
            self._refers(owner, item["owner_id"], (collection, index, "owner_id", item_id))
            if not item.get("deleted"):
                self.photo_files.add(f"{item['sha256']}.{item.get('ext', PhotoExt.JPG.value)}")
        elif cls is r.Meeting:
            for product_id in item.get("product_ids", ()):
                self._refers(r.Product, product_id, (collection, index, "product_ids", item_id))
        return None

    def _refers(self, target: type[r.Record], target_id: str | None, where: tuple[str, int, str, str]) -> None:
        if target_id and target_id not in self.ids[target]:
            self.wanted.setdefault(target, {}).setdefault(target_id, where)

    def unresolved(self) -> dict[type[r.Record], dict[str, tuple[str, int, str, str]]]:
        """References to ids the bundle does not hold (they were not yet read when met)."""
        for target, refs in self.wanted.items():
            for target_id in self.ids[target] & refs.keys():
                del refs[target_id]
        return {target: refs for target, refs in self.wanted.items() if refs}


_REFERENCES = {cls: tuple(r.REFERENCES.get(cls, {}).items()) for cls in r.RECORD_TYPES}
_MISSING = object()


def open_bundle(path: Path) -> Bundle:
    """Open ``path`` as a bundle (see :class:`Bundle`)."""
    return Bundle(path)


def read_bundle(path: Path) -> ParsedBundle:
    """Open and check a bundle completely and decode all of its records; nothing is written.

    For small bundles: a large one is better read with :func:`open_bundle`
    a batch at a time.

    Raises:
        BundleError: see :meth:`Bundle.scan`.
    """
    with open_bundle(path) as bundle:
        scan = bundle.scan()
        records: dict[str, list[r.Record]] = {name: [] for name in scan.counts}
        for cls, batch in bundle.batches(scan):
            records[cls.COLLECTION].extend(batch)
        return ParsedBundle(bundle.path, bundle.manifest, scan.header, records, bundle.photo_entries)


def _check_photo_bytes(path: Path, archive: zipfile.ZipFile, entries: dict[str, str]) -> None:
    for file_name, entry in entries.items():
        info = archive.getinfo(entry)
        if info.file_size > MAX_PHOTO_BYTES:
            raise _error(path, f"ภาพ {entry} ใหญ่เกินไป", f"photo {entry} is too large", record=entry)
        digest = hashlib.sha256()
        try:
            with archive.open(info) as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        except _ZIP_ERRORS as exc:
            raise _error(path, f"อ่านภาพ {entry} ไม่ได้ ไฟล์เสียหาย", f"photo {entry} is damaged", record=entry) from exc
        if digest.hexdigest() != file_name.split(".")[0]:
            raise _error(
                path,
                f"ภาพ {entry} เสียหาย: เนื้อไฟล์ไม่ตรงกับรหัสตรวจสอบ sha256 ในชื่อไฟล์",
                f"photo {entry} is damaged: its bytes do not match the sha256 in its name",
                record=entry,
                field_name="sha256",
            )
