"""Bulk writes (imports, the demo) store exactly the rows the ORM path stores."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import from_contract
from kbo_desktop.services.demo import build_demo
from kbo_desktop.services.exchange import build_document
from kbo_desktop.store.bulk import bulk_load, insert_records, load_records, update_records
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import ROW_TYPES, apply_to_row, row_values

_RECORD_TABLES = [ROW_TYPES[cls].__tablename__ for cls in r.RECORD_TYPES] + ["meeting_products"]


def _rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())  # noqa: S608
            for table in _RECORD_TABLES
        }


def _demo_records(tmp_path: Path) -> list[r.Record]:
    source = Database(tmp_path / "demo.db")
    build_demo(source, today=date(2024, 2, 29))
    document = build_document(source)
    source.close()
    return [
        from_contract(cls, item) for cls in r.RECORD_TYPES for item in document["records"][cls.COLLECTION]
    ]


def test_bulk_inserted_rows_are_the_rows_the_orm_writes(tmp_path):
    records = _demo_records(tmp_path)
    orm, bulk = Database(tmp_path / "orm.db"), Database(tmp_path / "bulk.db")
    with orm.transaction() as session:
        for record in records:
            row = ROW_TYPES[type(record)](id=record.id)
            session.add(row)
            apply_to_row(record, row, keep_timestamp=True)
            session.flush()
    with bulk.transaction() as session:
        for cls in r.RECORD_TYPES:
            insert_records(session, [item for item in records if type(item) is cls])
    orm.close(), bulk.close()
    assert _rows(tmp_path / "bulk.db") == _rows(tmp_path / "orm.db")
    assert sum(len(rows) for rows in _rows(tmp_path / "bulk.db").values()) > len(records)


def test_row_values_cover_every_column_of_every_table():
    for cls in r.RECORD_TYPES:
        columns = set(ROW_TYPES[cls].__table__.columns.keys())
        assert set(row_values(cls(updated_at=None))) == columns, cls


def test_bulk_update_and_load_give_back_the_new_versions(tmp_path, db):
    records = _demo_records(tmp_path)
    meeting = next(item for item in records if isinstance(item, r.Meeting))
    producers = [item for item in records if isinstance(item, r.Producer)][:3]
    with db.transaction() as session:
        for cls in r.RECORD_TYPES:
            insert_records(session, [item for item in records if type(item) is cls])
    for producer in producers:
        producer.name += " (แก้ไข)"
        producer.address.tambon = "นาอาน"
    meeting.product_ids = list(reversed(meeting.product_ids[:5]))
    with db.transaction() as session:
        update_records(session, producers)
        update_records(session, [meeting])
    with db.reading() as session:
        stored = load_records(session, r.Producer, [p.id for p in producers] + ["not-there"])
        stored_meeting = load_records(session, r.Meeting, [meeting.id])[meeting.id]
    assert [stored[p.id] for p in producers] == producers
    assert stored_meeting == meeting and stored_meeting.product_ids == meeting.product_ids


def _indexes(db: Database) -> list[tuple[str, str]]:
    with db.reading() as session:
        return sorted(session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index'")).all())


def test_a_bulk_load_builds_the_indexes_it_set_aside_and_a_failed_one_keeps_them(tmp_path, db):
    before = _indexes(db)
    records = _demo_records(tmp_path)
    with db.transaction() as session, bulk_load(session, ["swot_items", "visits"]):
        names = {name for (name,) in session.execute(text("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))}
        assert "swot_items" not in names and "visits" not in names and "products" in names
        for cls in r.RECORD_TYPES:
            insert_records(session, [item for item in records if type(item) is cls])
    assert _indexes(db) == before

    class Broken(Exception):
        pass

    with pytest.raises(Broken), db.transaction() as session, bulk_load(session, ["photos"]):
        raise Broken
    assert _indexes(db) == before
