"""The producers list is in Thai dictionary order however a producer was written.

The order comes from a stored key column (``producers.name_key``, written
with every row and filled in for older databases by migration 0007), so
every way a producer reaches the database must write it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from kbo_desktop.domain import records as r
from kbo_desktop.domain.thai_admin import thai_sort_key
from kbo_desktop.services.exchange import export_bundle, import_bundle
from kbo_desktop.services.producer_list import producer_ids
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.store.migrate import upgrade

# Code-point order would put the เ-word last; the dictionary reads it as กเ… (after กล…).
NAMES = ["ขนมไทยบ้านสวน", "เกษตรกรบ้านนาอาน", "กลุ่มจักสานไม้ไผ่"]
IN_DICTIONARY_ORDER = ["กลุ่มจักสานไม้ไผ่", "เกษตรกรบ้านนาอาน", "ขนมไทยบ้านสวน"]


def _names_in_list_order(db: Database) -> list[str]:
    service = RecordService(db)
    return [service.get(r.Producer, pid).name for pid in producer_ids(db)]


def _stored_keys(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        return dict(connection.execute("SELECT name, name_key FROM producers").fetchall())


def test_an_older_database_gets_the_keys_when_upgraded(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, upgrade=False)
    upgrade(old, "0006")
    with old.engine.begin() as connection:
        for number, name in enumerate(NAMES, start=1):
            connection.execute(
                text(
                    "INSERT INTO producers (id, updated_at, deleted, extra, name, producer_type,"
                    " otop_registration_no, contact_name, phone, address_house_no, address_village_no,"
                    " address_village, address_tambon, address_amphoe, address_province, address_postcode,"
                    " notes) VALUES (:id, '2023-01-19 03:00:00', 0, '{}', :name, 'community_group',"
                    " '', '', '', '', '', '', '', 'เมืองเลย', 'เลย', '', '')"
                ),
                {"id": f"6f1c2b1e-0000-4000-8000-00000000000{number}", "name": name},
            )
    old.close()

    reopened = Database(path)
    assert _names_in_list_order(reopened) == IN_DICTIONARY_ORDER
    reopened.close()
    assert _stored_keys(path) == {name: thai_sort_key(name) for name in NAMES}


def test_saving_and_renaming_keep_the_order(db):
    service = RecordService(db)
    saved = [service.save(r.Producer(name=name)) for name in NAMES]
    assert _names_in_list_order(db) == IN_DICTIONARY_ORDER

    service.save(replace(saved[0], name="กล้วยตากบ้านสวน"))  # the ข-word becomes a ก-word
    assert _names_in_list_order(db) == ["กล้วยตากบ้านสวน", "กลุ่มจักสานไม้ไผ่", "เกษตรกรบ้านนาอาน"]


def test_imported_producers_are_in_order_both_added_and_updated(tmp_path):
    source = Database(tmp_path / "source.db")
    service = RecordService(source)
    saved = [service.save(r.Producer(name=name)) for name in NAMES]
    export_bundle(source, tmp_path / "first.kbo")

    target = Database(tmp_path / "target.db")
    import_bundle(target, tmp_path / "first.kbo")
    assert _names_in_list_order(target) == IN_DICTIONARY_ORDER

    service.save(replace(saved[1], name="โคมไฟไม้ไผ่"))  # โค… sorts after ข…
    export_bundle(source, tmp_path / "second.kbo")
    import_bundle(target, tmp_path / "second.kbo")
    assert _names_in_list_order(target) == ["กลุ่มจักสานไม้ไผ่", "ขนมไทยบ้านสวน", "โคมไฟไม้ไผ่"]
    target.close()
    assert _stored_keys(tmp_path / "target.db")["โคมไฟไม้ไผ่"] == thai_sort_key("โคมไฟไม้ไผ่")


def test_the_sort_rule_has_not_changed_since_the_keys_were_stored():
    """Stored keys were written by this rule; changing it leaves old keys in the old order.

    If this fails on purpose, add a migration that writes ``producers.name_key``
    again for every producer (as 0007 does) and update the expected keys here.
    """
    # Leading vowels after their consonant, tone marks moved to the end (ties only).
    assert [thai_sort_key(name) for name in NAMES] == ["ขนมทไยบานสวน้", "กเษตรกรบานนาอาน้", "กลุมจักสานมไผไ่้่"]
    assert thai_sort_key("ไก่ย่าง") == "กไยาง่่"
