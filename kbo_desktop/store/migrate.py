"""Schema creation and upgrades, only through Alembic migrations.

An older SQLite database is copied to the backups folder before it is
upgraded, so a failed or unwanted upgrade never costs data.

Opening a database that is already current is the common case, at every
start of the program; it is answered from the ``alembic_version`` table and
the revision lines of the migration files, without importing Alembic (a
quarter of a second on a modest laptop).
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc as sqlalchemy_exc

from kbo_desktop.domain.errors import KboError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]?([\w-]+|None)['\"]?", re.M)


@cache
def head_from_files() -> str:
    """The newest revision, read from the ``revision = …`` lines of the migration files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for kind, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def _stored_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except sqlalchemy_exc.OperationalError:  # no such table: a new database
            return None


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def head_revision(db: Database) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(db)).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util.exc import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_on_open(db: Database) -> None:
    """Create a new database, or upgrade an older one after backing it up.

    Raises:
        KboError: the database was written by a newer KBO Desktop.
    """
    if _stored_revision(db) == head_from_files():
        return
    from alembic.script import ScriptDirectory

    current = current_revision(db)
    head = head_revision(db)
    if current == head:
        return
    script = ScriptDirectory.from_config(alembic_config(db))
    if current is not None and not _known(script, current):
        raise KboError(
            f"ฐานข้อมูลนี้สร้างด้วย KBO Desktop รุ่นที่ใหม่กว่า (schema {current}) กรุณาปรับรุ่นโปรแกรม",
            f"this database was written by a newer KBO Desktop (schema {current}); "
            "please update the program",
            record=db.display_name(),
        )
    if current is not None and db.file is not None:
        from kbo_desktop.services.backup import backup_database

        copy = backup_database(db, reason=f"before-upgrade-{current}")
        log.info("backed up %s to %s before upgrading the schema", db.file, copy)
    log.info("upgrading schema of %s from %s to %s", db.display_name(), current, head)
    upgrade(db)
