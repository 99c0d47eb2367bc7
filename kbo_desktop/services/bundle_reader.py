"""Reading a ``.kbo`` bundle and proving it sound before anything is written.

A bundle is a zip of ``manifest.json``, ``data.json`` (the ``kbo-exchange-v1``
schema) and ``photos/<sha256>.<ext>``. Everything here only reads: any problem
raises :class:`BundleError` naming the file, the record and the field, so the
caller can refuse the bundle with the database untouched.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

import jsonschema

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import from_contract
from kbo_desktop.domain.errors import BundleError

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


@dataclass
class ParsedBundle:
    """A bundle that passed every check, decoded into domain records."""

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


def _schema_error(path: Path, document: dict[str, Any], error: jsonschema.ValidationError) -> BundleError:
    location = list(error.absolute_path)
    record = "data.json"
    field_name = ""
    if len(location) >= 3 and location[0] == "records":
        collection, index = location[1], location[2]
        item = document["records"][collection][index]
        item_id = item.get("id", f"#{index}") if isinstance(item, dict) else f"#{index}"
        record = f"data.json: {collection}[{index}] (id {item_id})"
        field_name = ".".join(str(p) for p in location[3:])
    elif location:
        field_name = ".".join(str(p) for p in location)
    return _error(
        path,
        f"ข้อมูลไม่ตรงตามรูปแบบ kbo-exchange-v1: {error.message}",
        f"does not follow kbo-exchange-v1: {error.message}",
        record=record,
        field_name=field_name,
    )


def _validate_schema(path: Path, document: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(
        contract_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        raise _schema_error(path, document, error)


def _decode_records(path: Path, document: dict[str, Any]) -> dict[str, list[r.Record]]:
    decoded: dict[str, list[r.Record]] = {}
    for collection, items in document.get("records", {}).items():
        cls = r.BY_COLLECTION.get(collection)
        if cls is None:
            continue  # a newer writer's collection: ignored, as the contract allows
        seen: set[str] = set()
        decoded[collection] = []
        for index, item in enumerate(items):
            if item["id"] in seen:
                raise _error(
                    path,
                    f"รหัส {item['id']} ซ้ำกันใน {collection}",
                    f"id {item['id']} appears twice in {collection}",
                    record=f"data.json: {collection}[{index}]",
                    field_name="id",
                )
            seen.add(item["id"])
            try:
                decoded[collection].append(from_contract(cls, item))
            except (TypeError, ValueError) as exc:
                # jsonschema checks "date-time" only when rfc3339-validator is
                # installed, so a bad updated_at can reach the decoder.
                raise _error(
                    path,
                    f"ค่าในระเบียนนี้อ่านไม่ได้ ({exc})",
                    f"a value of this record cannot be read ({exc})",
                    record=f"data.json: {collection}[{index}] (id {item['id']})",
                ) from exc
    return decoded


def read_bundle(path: Path) -> ParsedBundle:
    """Open and check a bundle completely; nothing is written anywhere.

    Raises:
        BundleError: the file is missing, not a zip, damaged, too large,
            unsafe, of an unknown version or does not follow the schema, or a
            photo's bytes do not match its name.
    """
    path = Path(path)
    if not path.is_file():
        raise _error(path, "ไม่พบไฟล์", "file not found")
    if path.stat().st_size > MAX_BUNDLE_BYTES:
        raise _error(path, "ไฟล์ใหญ่เกินกว่าจะเป็นชุดข้อมูล KBO", "file is too large for a KBO bundle")
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise _error(
            path,
            "ไม่ใช่ชุดข้อมูล .kbo (ไม่ใช่ไฟล์ zip หรือไฟล์เสียหาย)",
            "not a .kbo bundle (not a zip file, or truncated)",
        ) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _error(path, "ชุดข้อมูลมีไฟล์มากเกินไป", "the bundle holds too many files")
        total = 0
        photo_entries: dict[str, str] = {}
        for info in infos:
            name = _safe_entry_name(path, info)
            total += info.file_size
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10**7:
                raise _error(path, f"{name} ถูกบีบอัดผิดปกติ", f"{name} is suspiciously compressed", record=name)
            match = _PHOTO_NAME.match(name)
            if match:
                photo_entries[f"{match.group(1)}.{match.group(2)}"] = name
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _error(path, "ข้อมูลในชุดข้อมูลใหญ่เกินไป", "the bundle unpacks to too much data")

        manifest = _read_json(path, archive, "manifest.json")
        _check_format(path, manifest, "manifest.json")
        document = _read_json(path, archive, "data.json")
        _check_format(path, document, "data.json")
        _validate_schema(path, document)
        records = _decode_records(path, document)
        _check_photo_bytes(path, archive, photo_entries)
    return ParsedBundle(path, manifest, document, records, photo_entries)


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
