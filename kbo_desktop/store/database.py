"""Opening a database: where it lives, SQLite settings, migrations on open.

``Database`` owns one engine and hands out short transactions. SQLite runs in
WAL mode with foreign keys on, so a killed process loses nothing committed and
a reader never blocks the writer. Any SQLAlchemy URL works; a plain path
means an SQLite file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from kbo_desktop import APP_AUTHOR, APP_NAME
from kbo_desktop.domain.errors import KboError
from kbo_desktop.domain.thai_admin import thai_sort_key

log = logging.getLogger(__name__)

DEFAULT_DB_NAME = "kbo.db"


def default_data_dir() -> Path:
    """The user's data folder for KBO Desktop (created on first use)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_url(path_or_url: str | Path | None) -> str:
    """Turn ``--db`` into a SQLAlchemy URL: nothing means the default file."""
    if path_or_url is None or str(path_or_url) == "":
        return f"sqlite:///{default_data_dir() / DEFAULT_DB_NAME}"
    text = str(path_or_url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


@lru_cache(maxsize=65536)  # names and districts repeat in every sort
def _thai_key(text: str | None) -> str | None:
    return None if text is None else thai_sort_key(str(text))


def add_sql_functions(dbapi_connection: Any) -> None:
    """Register the SQL functions KBO's queries (and any index on them) use, on an
    ``sqlite3`` connection; every connection of a :class:`Database` has them.

    ``thai_key(text)`` sorts Thai in dictionary order (SQLite's own order puts every
    word starting with เ แ โ ใ ไ after ฮ); it is deterministic, so an index may use it.
    """
    dbapi_connection.create_function("thai_key", 1, _thai_key, deterministic=True)


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    add_sql_functions(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    """One database: its engine, its file folders and its transactions.

    Args:
        path_or_url: a file path or SQLAlchemy URL; ``None`` for the default file.
        upgrade: bring the schema to the newest migration on open (backing up
            an existing SQLite file first). Tests of old schemas pass False.
    """

    def __init__(self, path_or_url: str | Path | None = None, *, upgrade: bool = True):
        self.url = resolve_url(path_or_url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.file: Path | None = (
            Path(parsed.database) if self.is_sqlite and parsed.database not in (None, "", ":memory:") else None
        )
        if self.file is not None:
            self.file.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _configure_sqlite)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if upgrade:
            from kbo_desktop.store.migrate import upgrade_on_open

            try:
                upgrade_on_open(self)
            except sqlalchemy_exc.DatabaseError as exc:  # not SQLite, damaged, or encrypted
                self.engine.dispose()
                raise KboError(
                    f"เปิด {self.display_name()} ไม่ได้: ไฟล์นี้ไม่ใช่ฐานข้อมูล KBO หรือไฟล์เสียหาย"
                    " (ลองกู้คืนจากไฟล์สำรอง)",
                    f"cannot open {self.display_name()}: it is not a KBO database, or it is"
                    " damaged (try restoring a backup)",
                    record=self.display_name(),
                ) from exc

    @property
    def home(self) -> Path:
        """Folder for this database's photos and backups: beside the file, or the
        user data folder for a server database."""
        if self.file is not None:
            return self.file.parent
        return default_data_dir()

    @property
    def stem(self) -> str:
        return self.file.stem if self.file is not None else make_url(self.url).database or "kbo"

    @property
    def photos_dir(self) -> Path:
        path = self.home / f"{self.stem}-photos"
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def backups_dir(self) -> Path:
        path = self.home / f"{self.stem}-backups"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def display_name(self) -> str:
        return str(self.file) if self.file is not None else make_url(self.url).render_as_string()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
