"""The trigram search index (migration 0005): built on upgrade, kept current by every write."""

from __future__ import annotations

import importlib.util
import sqlite3
import uuid
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from sqlalchemy import text

from kbo_desktop.domain import records as r
from kbo_desktop.services.records import RecordService
from kbo_desktop.services.search import KINDS, search, sync_index
from kbo_desktop.store.database import Database
from kbo_desktop.store.migrate import (
    MIGRATIONS,
    alembic_config,
    current_revision,
    head_revision,
    upgrade,
)
from tests.factories import small_province

SEARCH_TABLES = {"search_text", "search_title_fts", "search_body_fts", "search_queue"}


def _migration() -> ModuleType:
    path = MIGRATIONS / "versions" / "0005_search_index.py"
    spec = importlib.util.spec_from_file_location("migration_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _downgrade(db: Database, revision: str) -> None:
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return set(
            connection.scalars(
                text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            )
        )


def _found(db: Database, needle: str) -> set[tuple[str, str]]:
    return {(h.collection, h.record_id) for h in search(db, needle)}


def _assert_index_matches_the_records(db: Database) -> None:
    """``search_text`` holds exactly the live records' text, and both indexes agree with it."""
    assert sync_index(db) is True
    migration = _migration()
    with db.engine.begin() as connection:
        for index in ("search_title_fts", "search_body_fts"):  # raises if the index is unsound
            connection.execute(
                text(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
            )
        stored = set(
            connection.execute(text("SELECT collection, record_id, title, body FROM search_text"))
        )
        expected = set()
        for table in migration.SOURCES:
            values, live = migration._values(table, "src"), migration._live("src")
            expected |= set(
                connection.execute(text(f"SELECT {values} FROM {table} src WHERE {live}"))
            )
    assert stored == expected


def test_kinds_read_the_fields_in_the_order_the_migration_stores_them() -> None:
    sources = _migration().SOURCES
    assert {kind.collection for kind in KINDS} == set(sources)
    for kind in KINDS:
        number, title, fields = sources[kind.collection]
        assert (kind.number, kind.fields) == (number, (title, *fields)), kind.collection


def test_an_existing_database_with_records_is_indexed_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    made = small_province(db, tmp_path)
    gone = RecordService(db).save(r.NetworkMember(name="ศูนย์เรียนรู้ที่ปิดไปแล้ว"))
    RecordService(db).delete(r.NetworkMember, gone.id)
    _downgrade(db, "0004")  # the schema before the index: what laptops in the field have
    assert current_revision(db) == "0004" and not SEARCH_TABLES & _tables(db)
    # a record written at the old schema (no triggers, so nothing queued) is indexed too;
    # searching by LIKE is test_without_fts5_the_database_stays_usable_and_search_uses_like
    RecordService(db).save(r.NetworkMember(name="ปราชญ์ชาวบ้านด้านย้อมคราม"))
    db.close()

    upgraded = Database(path)
    assert current_revision(upgraded) == head_revision(upgraded)
    assert _tables(upgraded) >= SEARCH_TABLES
    assert len(list(upgraded.backups_dir.glob("old-*-before-upgrade-0004.db"))) == 1
    assert _found(upgraded, "ครามบ้าน") == {("producers", made["producer"].id)}
    assert _found(upgraded, "บรรจุภัณฑ์เสร็จ") == {("visits", made["visit"].id)}
    assert [h.title for h in search(upgraded, "ชญ์ชาว")] == ["ปราชญ์ชาวบ้านด้านย้อมคราม"]
    assert search(upgraded, "ที่ปิดไป") == []  # tombstoned before the upgrade
    _assert_index_matches_the_records(upgraded)
    upgraded.close()


def test_a_downgrade_removes_the_index_and_its_triggers(db: Database, tmp_path: Path) -> None:
    small_province(db, tmp_path)
    before = _tables(db)
    _downgrade(db, "0004")
    left = _tables(db)
    assert not {name for name in left if name.startswith("search_")}
    assert before - left >= SEARCH_TABLES
    upgrade(db)  # and it can be upgraded again
    _assert_index_matches_the_records(db)


def test_every_field_written_any_way_is_indexed_and_the_index_stays_sound(
    db: Database, tmp_path: Path
) -> None:
    made = small_province(db, tmp_path)
    keys = {
        "producers": "producer",
        "products": "product",
        "swot_items": "weakness",
        "plans": "plan",
        "plan_actions": "action",
        "visits": "visit",
        "meetings": "meeting",
        "network_members": "member",
    }
    ids = {collection: made[key].id for collection, key in keys.items()}  # fmt: skip
    # An UPDATE of each searchable column (as an import or a merge might write it)
    for kind in KINDS:
        for at, field in enumerate(kind.fields):
            marker = f"ข้อความทดสอบ{kind.number}ช่อง{at}จบ"
            with db.transaction() as session:
                setattr(session.get(kind.row_type, ids[kind.collection]), field, marker)
            [hit] = search(db, f"ทดสอบ{kind.number}ช่อง{at}")
            assert (hit.collection, hit.record_id) == (kind.collection, ids[kind.collection])
            assert hit.field == field.removeprefix("address_") and hit.snippet == marker
    _assert_index_matches_the_records(db)

    member = ids["network_members"]
    with db.engine.begin() as connection:
        # INSERT OR REPLACE deletes the old row without firing its delete trigger
        connection.execute(
            text(
                "INSERT OR REPLACE INTO network_members (id, updated_at, deleted, extra, name,"
                " kind, organization, expertise, phone, email) VALUES (:id, '2024-01-01 00:00:00',"
                " 0, '{}', 'สถาบันใหม่แทนที่', 'government_agency', '', '', '', '')"
            ),
            {"id": member},
        )
    assert _found(db, "ใหม่แทนที่") == {("network_members", member)}
    assert search(db, "ข้อความทดสอบ8") == []
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE plans SET deleted = 1 WHERE id = :id"), {"id": ids["plans"]}
        )
        connection.execute(text("DELETE FROM meeting_products"))
        connection.execute(text("DELETE FROM meetings WHERE id = :id"), {"id": ids["meetings"]})
    assert search(db, "ข้อความทดสอบ4") == [] and search(db, "ข้อความทดสอบ7") == []
    _assert_index_matches_the_records(db)


def test_a_bulk_write_only_queues_its_records_and_one_sync_indexes_them(db: Database) -> None:
    rows = [(str(uuid.uuid4()), f"ปราชญ์ด้านจักสานคนที่ {i}", "local_sage") for i in range(300)]
    with db.transaction() as session:  # as an importer writes: one executemany per batch
        session.connection().exec_driver_sql(
            "INSERT INTO network_members (id, updated_at, deleted, extra, name, kind, organization,"
            " expertise, phone, email)"
            " VALUES (?, '2024-01-01 00:00:00', 0, '{}', ?, ?, '', '', '', '')",
            rows,
        )
        assert session.scalar(text("SELECT count(*) FROM search_text")) == 0
        assert session.scalar(text("SELECT count(*) FROM search_queue")) == 300
    assert sync_index(db) is True
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM search_queue")) == 0
        assert connection.scalar(text("SELECT count(*) FROM search_text")) == 300
    assert len(search(db, "ด้านจักสาน", limit=1000)) == 300
    assert [h.title for h in search(db, "คนที่ 299")] == ["ปราชญ์ด้านจักสานคนที่ 299"]
    _assert_index_matches_the_records(db)


def test_searching_while_another_program_writes_neither_waits_nor_shows_stale_records(
    db: Database, tmp_path: Path
) -> None:
    made = small_province(db, tmp_path)
    assert sync_index(db) is True
    service = RecordService(db)
    service.delete(r.NetworkMember, made["member"].id)  # queued, not yet indexed
    added = service.save(r.NetworkMember(name="สภาวัฒนธรรมอำเภอเมืองเลย"))
    other = sqlite3.connect(db.file, timeout=0)  # another writer holds the database
    other.execute("BEGIN IMMEDIATE")
    try:
        assert search(db, "ราชภัฏ") == []  # the deleted record is not offered
        assert _found(db, "ครามบ้าน") == {("producers", made["producer"].id)}
        assert search(db, "วัฒนธรรมอ") == []  # found once the index can be brought up to date
    finally:
        other.rollback()
        other.close()
    assert _found(db, "วัฒนธรรมอ") == {("network_members", added.id)}
    _assert_index_matches_the_records(db)


def test_after_a_large_bulk_write_each_search_indexes_a_part(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kbo_desktop.services import search as search_service

    monkeypatch.setattr(search_service, "SYNC_PER_SEARCH", 40)
    service = RecordService(db)
    service.save_many(r.NetworkMember(name=f"อาสาสมัครพัฒนาชุมชนรุ่นที่ {i}") for i in range(100))
    found = [len(search(db, "สมัครพัฒนา", limit=1000)) for _ in range(4)]
    assert found == [40, 80, 100, 100]  # never a record that is not indexed yet
    _assert_index_matches_the_records(db)


def test_without_fts5_the_database_stays_usable_and_search_uses_like(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kbo_desktop.services import search as search_service

    made = small_province(db, tmp_path)
    monkeypatch.setattr(search_service, "_trigram_available", lambda: False)
    added = RecordService(db).save(r.NetworkMember(name="สภาวัฒนธรรมอำเภอเมืองเลย"))
    assert _found(db, "ครามบ้าน") == {("producers", made["producer"].id)}
    assert _found(db, "วัฒนธรรมอ") == {("network_members", added.id)}
