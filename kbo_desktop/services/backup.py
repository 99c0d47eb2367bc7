"""Backup copies of the database: on start, on upgrade, before imports, on request; and restore.

Copies are taken with SQLite's online backup API, so a backup made while the
program runs (WAL mode) is consistent. Automatic copies rotate: the newest
``KEEP_AUTOMATIC`` are kept. Restoring checks the copy is a KBO database of a
schema this program knows, sets the current file aside, and swaps the files
with one atomic rename after the old write-ahead log is folded in and gone.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from datetime import date, datetime
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


def backup_on_start(db: Database, *, today: date | None = None) -> Path | None:
    """The GUI's automatic backup at start-up: at most one a day; None when
    today's exists already or the database is not an SQLite file."""
    if db.file is None or not db.file.exists():
        return None
    day = (today or date.today()).strftime("%Y%m%d")
    if any(db.backups_dir.glob(f"{db.stem}-{day}-*-on-start.db")):
        return None
    return backup_database(db, reason="on-start")


def _bad_backup(path: Path, th: str, en: str) -> KboError:
    return KboError(f"ไม่สามารถกู้คืนจาก {path.name}: {th}", f"cannot restore from {path.name}: {en}", record=str(path))


def _known_revisions(db: Database) -> set[str]:
    from alembic.script import ScriptDirectory

    from kbo_desktop.store.migrate import alembic_config

    return {script.revision for script in ScriptDirectory.from_config(alembic_config(db)).walk_revisions()}


def check_backup(db: Database, backup_path: Path) -> str:
    """Prove ``backup_path`` is a whole KBO database of a known schema; returns its revision.

    Raises:
        KboError: not an SQLite file, damaged, not a KBO database, or written
            by a newer program.
    """
    path = Path(backup_path)
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise _bad_backup(path, "เปิดไฟล์ไม่ได้", f"the file cannot be read ({exc.strerror})") from exc
    if header != b"SQLite format 3\x00":
        raise _bad_backup(path, "ไม่ใช่ไฟล์ฐานข้อมูล SQLite", "not an SQLite database file")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = connection.execute("PRAGMA quick_check").fetchone()[0]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise _bad_backup(path, "ไฟล์เสียหาย", f"the file is damaged ({exc})") from exc
    if status != "ok":
        raise _bad_backup(path, "ไฟล์เสียหาย", f"the file is damaged ({status})")
    if revision is None or not {"producers", "products", "app_meta"} <= tables:
        raise _bad_backup(path, "ไม่ใช่ฐานข้อมูลของ KBO Desktop", "not a KBO Desktop database")
    if revision not in _known_revisions(db):
        raise _bad_backup(
            path, f"สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า (schema {revision})", f"written by a newer program (schema {revision})"
        )
    return revision


def restore_backup(db: Database, backup_path: Path) -> Path:
    """Replace the database file with ``backup_path``; returns where the current file was set aside.

    The GUI must close its windows' sessions first; the engine is disposed
    here and reconnects on next use, after upgrading an older backup's schema.

    Raises:
        KboError: the backup is not a sound KBO database (nothing is changed),
            or the database is not an SQLite file.
    """
    from kbo_desktop.store.migrate import upgrade_on_open

    source = Path(backup_path)
    if db.file is None:
        raise KboError(
            "กู้คืนได้เฉพาะฐานข้อมูลแบบไฟล์ SQLite", "only SQLite file databases can be restored here",
            record=db.display_name(),
        )  # fmt: skip
    check_backup(db, source)
    set_aside = backup_database(db, reason="before-restore")
    staged = db.file.with_name(db.file.name + ".restore.partial")
    _copy_sqlite(source, staged)  # a consistent copy, even of a backup with its own -wal
    db.engine.dispose()
    _fold_in_wal(db.file)
    try:
        os.replace(staged, db.file)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    log.info("restored %s from %s; previous file kept as %s", db.file, source, set_aside)
    upgrade_on_open(db)
    return set_aside


def _fold_in_wal(file: Path) -> None:
    """Checkpoint and remove the write-ahead log, which must never be replayed onto another file."""
    connection = sqlite3.connect(file)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")  # removes -wal and -shm
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{file}{suffix}").unlink(missing_ok=True)
