"""Photos: stored once by content hash in the database's photo folder.

Large camera photos are scaled down on the way in (a committee packet and a
laptop screen need no 40-megapixel originals); the date taken is read from
EXIF where the camera wrote it.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import PhotoExt, PhotoOwnerKind
from kbo_desktop.domain.errors import ValidationError
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)
MAX_SIDE = 2000  # pixels on the longer side after import
MAX_INPUT_BYTES = 80 * 1024**2
_EXIF_DATETIME_ORIGINAL = 0x9003
_EXIF_DATETIME = 0x0132


def _taken_on(image: Image.Image) -> date | None:
    exif = image.getexif()
    text = exif.get_ifd(0x8769).get(_EXIF_DATETIME_ORIGINAL) or exif.get(_EXIF_DATETIME)
    if not text:
        return None
    try:
        return datetime.strptime(str(text).strip(), "%Y:%m:%d %H:%M:%S").date()
    except ValueError:
        return None


def prepare_image(source: Path) -> tuple[bytes, PhotoExt, date | None]:
    """Read an image file, scale it down if large, and return its bytes to store.

    Raises:
        ValidationError: the file is missing, too large or not an image.
    """
    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise ValidationError("ไม่พบไฟล์ภาพ", "photo file not found", record=str(source)) from exc
    if size > MAX_INPUT_BYTES:
        raise ValidationError("ไฟล์ภาพใหญ่เกินไป", "photo file is too large", record=str(source))
    try:
        with Image.open(source) as opened:
            opened.load()
            taken = _taken_on(opened)
            image = ImageOps.exif_transpose(opened)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            "ไฟล์นี้ไม่ใช่ภาพที่โปรแกรมอ่านได้ (รองรับ JPEG, PNG, WebP)",
            "not an image this program can read (JPEG, PNG, WebP)",
            record=str(source),
        ) from exc
    has_alpha = image.mode in ("RGBA", "LA", "P") and "transparency" in image.info or image.mode in ("RGBA", "LA")
    original_ext = source.suffix.lower().lstrip(".")
    if max(image.size) <= MAX_SIDE and original_ext in {e.value for e in PhotoExt}:
        return source.read_bytes(), PhotoExt(original_ext), taken
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if has_alpha:
        image.save(buffer, "PNG", optimize=True)
        return buffer.getvalue(), PhotoExt.PNG, taken
    image.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue(), PhotoExt.JPG, taken


def store_bytes(db: Database, data: bytes, ext: PhotoExt) -> str:
    """Write photo bytes under their sha256 (once) and return the hash."""
    digest = hashlib.sha256(data).hexdigest()
    target = db.photos_dir / f"{digest}.{ext.value}"
    if not target.exists():
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(data)
        partial.replace(target)
    return digest


@dataclass
class StoredFiles:
    """What :func:`store_files` did with each image file."""

    stored: list[tuple[Path, str, PhotoExt, date | None]] = field(default_factory=list)  # path, sha256, ext, taken
    duplicates: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, ValidationError]] = field(default_factory=list)


def store_files(
    db: Database,
    paths: Iterable[Path],
    have: Iterable[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> StoredFiles:
    """Scale down and store image files, each content once (by sha256).

    A file whose content is in ``have`` (hashes the owner has already) or came
    earlier in ``paths`` is skipped as a duplicate: choosing the same picture
    twice is almost always a slip. An unreadable file is reported without
    stopping the rest. ``progress`` gets (done, total) before each file.
    """
    paths = [Path(p) for p in paths]
    result, seen = StoredFiles(), set(have)
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        try:
            data, ext, taken = prepare_image(path)
        except ValidationError as exc:
            result.failed.append((path, exc))
            continue
        if hashlib.sha256(data).hexdigest() in seen:
            result.duplicates.append(path)
            continue
        digest = store_bytes(db, data, ext)
        seen.add(digest)
        result.stored.append((path, digest, ext, taken))
    return result


def add_photo(
    db: Database, owner_kind: PhotoOwnerKind, owner_id: str, source: Path, caption: str = ""
) -> r.Photo:
    data, ext, taken = prepare_image(source)
    digest = store_bytes(db, data, ext)
    photo = r.Photo(sha256=digest, ext=ext, owner_kind=owner_kind, owner_id=owner_id, caption=caption, taken_on=taken)
    return RecordService(db).save(photo)


def photo_path(db: Database, photo: r.Photo) -> Path:
    return db.photos_dir / photo.file_name
