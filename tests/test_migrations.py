"""Schema upgrades keep data, and an older database is backed up before it is upgraded."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.exchange import device_id
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.store.migrate import current_revision, head_revision, upgrade


def test_a_database_at_the_first_migration_is_upgraded_on_open_with_its_data_intact(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, upgrade=False)
    upgrade(old, "0001")
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO producers (id, updated_at, deleted, extra, name, producer_type, otop_registration_no,"
                " contact_name, phone, address_house_no, address_village_no, address_village, address_tambon,"
                " address_amphoe, address_province, address_postcode, notes)"
                " VALUES ('6f1c2b1e-0000-4000-8000-000000000001', '2023-01-19 03:00:00', 0, '{}',"
                " 'กลุ่มจักสานไม้ไผ่บ้านนาอาน', 'community_group', '', '', '', '', '', '', 'นาอาน', 'เมืองเลย',"
                " 'เลย', '42000', '')"
            )
        )
    old.close()

    reopened = Database(path)
    assert current_revision(reopened) == head_revision(reopened)
    producer = RecordService(reopened).get(r.Producer, "6f1c2b1e-0000-4000-8000-000000000001")
    assert producer.name == "กลุ่มจักสานไม้ไผ่บ้านนาอาน"
    assert producer.address.postcode == "42000"
    assert len(device_id(reopened)) == 36

    backups = list(reopened.backups_dir.glob("old-*-before-upgrade-0001.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM producers").fetchone() == ("กลุ่มจักสานไม้ไผ่บ้านนาอาน",)


def test_a_new_database_is_created_at_the_newest_schema_without_a_backup(tmp_path):
    db = Database(tmp_path / "new.db")
    assert current_revision(db) == head_revision(db)
    assert list(db.backups_dir.iterdir()) == []


def test_a_database_from_a_newer_program_is_refused_not_damaged(tmp_path):
    path = tmp_path / "future.db"
    Database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(KboError) as caught:
        Database(path)
    assert "newer KBO Desktop" in caught.value.message_en


def test_the_fast_current_check_agrees_with_alembic(db) -> None:  # noqa: ANN001
    """Opening skips Alembic when the schema is current; its idea of "current" must be Alembic's."""
    from kbo_desktop.store.migrate import head_from_files

    assert head_from_files() == head_revision(db) == current_revision(db)
