"""The store keeps what services save, keeps tombstones and refuses bad records."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import text

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import NotFoundError, ValidationErrors
from kbo_desktop.store.database import Database
from tests.factories import small_province


def test_every_kind_of_record_reads_back_as_saved(db, records, tmp_path):
    saved = small_province(db, tmp_path)
    for record in saved.values():
        assert records.get(type(record), record.id) == record


def test_updated_at_moves_forward_on_every_change(db, records, tmp_path):
    producer = small_province(db, tmp_path)["producer"]
    time.sleep(0.01)
    producer.phone = "089-999-0000"
    changed = records.save(producer)
    assert changed.updated_at > producer.updated_at


def test_deleting_a_producer_tombstones_everything_under_it_and_undo_brings_it_back(db, records, tmp_path):
    saved = small_province(db, tmp_path)
    deleted = records.delete(r.Producer, saved["producer"].id)
    kinds = {cls for cls, _ in deleted}
    assert {r.Producer, r.Product, r.Certification, r.SwotItem, r.Plan, r.PlanAction, r.Visit,
            r.VisitProgress, r.Photo} <= kinds  # fmt: skip
    assert records.list(r.Product) == []
    with pytest.raises(NotFoundError):
        records.get(r.Producer, saved["producer"].id)
    tombstones = records.list(r.Product, include_deleted=True)
    assert [p.deleted for p in tombstones] == [True]

    records.restore(deleted)
    assert records.get(r.Product, saved["product"].id).name == "ผ้าฝ้ายทอมือย้อมคราม"
    assert len(records.list(r.PlanAction)) == 1


def test_a_record_pointing_at_a_missing_producer_is_refused_and_nothing_is_stored(records):
    product = r.Product(producer_id="0b7e3a4c-1111-4222-8333-944455556666", name="น้ำพริก")
    with pytest.raises(ValidationErrors) as caught:
        records.save(product)
    assert caught.value.field == "producer_id"
    assert records.list(r.Product, include_deleted=True) == []


def test_validation_names_each_bad_field_in_thai_and_english(records, tmp_path, db):
    saved = small_province(db, tmp_path)
    action = saved["action"]
    action.progress_pct = 140
    action.budget_thb = -5
    action.due_on = action.start_on.replace(year=action.start_on.year - 1)
    with pytest.raises(ValidationErrors) as caught:
        records.save(action)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"progress_pct", "budget_thb", "due_on"}
    messages = {p.field: p for p in caught.value.problems}
    assert "ความคืบหน้า" in messages["progress_pct"].message_th
    assert "between 0 and 100" in messages["progress_pct"].message_en
    assert records.get(r.PlanAction, action.id).progress_pct == 40


def test_a_producer_address_outside_the_shipped_gazetteer_is_refused(records):
    producer = r.Producer(name="กลุ่มทดสอบ", address=r.Address(tambon="นาอาน", amphoe="เชียงคาน", province="เลย"))
    with pytest.raises(ValidationErrors) as caught:
        records.save(producer)
    assert caught.value.field.startswith("address.")


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_default_database_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    db = Database()
    try:
        assert db.file is not None
        assert Path(db.file).is_relative_to(tmp_path / "xdg")
    finally:
        db.close()
