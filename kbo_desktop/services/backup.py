"""Backup copies of the database: on upgrade, before imports, on request.

Copies are taken with SQLite's online backup API, so a backup made while the
program runs (WAL mode) is consistent. Automatic copies rotate: the newest
``KEEP_AUTOMATIC`` are kept.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kbo_desktop.domain.errors import KboError

if TYPE_CHECKING:
    from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)
KEEP_AUTOMATIC = 10


def _copy_sqlite(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)  # a half-written copy never carries the final name


def backup_database(db: Database, *, reason: str = "auto", target: Path | None = None) -> Path:
    """Copy the database file; automatic copies (no ``target``) rotate.

    Raises:
        KboError: the database is not an SQLite file (server databases are
            backed up by their own tools).
    """
    if db.file is None:
        raise KboError(
            "สำรองข้อมูลได้เฉพาะฐานข้อมูลแบบไฟล์ SQLite",
            "only SQLite file databases can be backed up here",
            record=db.display_name(),
        )
    if target is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        safe_reason = re.sub(r"[^A-Za-z0-9_-]+", "-", reason)
        target = db.backups_dir / f"{db.stem}-{stamp}-{safe_reason}.db"
        _copy_sqlite(db.file, target)
        _rotate(db.backups_dir, db.stem)
    else:
        _copy_sqlite(db.file, target)
    log.info("backup of %s written to %s", db.file, target)
    return target


def list_backups(db: Database) -> list[Path]:
    """Automatic backups, newest first."""
    return sorted(db.backups_dir.glob(f"{db.stem}-*.db"), reverse=True)


def _rotate(folder: Path, stem: str) -> None:
    for old in sorted(folder.glob(f"{stem}-*.db"), reverse=True)[KEEP_AUTOMATIC:]:
        old.unlink(missing_ok=True)
