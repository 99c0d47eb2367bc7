"""Schema creation and upgrades, only through Alembic migrations.

An older SQLite database is copied to the backups folder before it is
upgraded, so a failed or unwanted upgrade never costs data.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from kbo_desktop.domain.errors import KboError

if TYPE_CHECKING:
    from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(db: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def head_revision(db: Database) -> str:
    head = ScriptDirectory.from_config(alembic_config(db)).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> None:
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_on_open(db: Database) -> None:
    """Create a new database, or upgrade an older one after backing it up.

    Raises:
        KboError: the database was written by a newer KBO Desktop.
    """
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
