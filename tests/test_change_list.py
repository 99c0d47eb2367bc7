"""The preview's compact change list must read back exactly the rows put in, in order."""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import Any

import pytest

from kbo_desktop.domain import records as r
from kbo_desktop.services.change_list import ChangedRecord, ChangeList, rows_by_collection
from kbo_desktop.services.exchange import ImportSummary, export_bundle
from kbo_desktop.services.exchange_summary import BundlePreview, describe_bundle
from kbo_desktop.services.merge import CollectionCounts
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from tests.factories import small_province

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

ROWS = [
    ChangedRecord("producers", "p-1", "กลุ่มทอผ้าฝ้ายบ้านนาอาน", "ต.นาอาน อ.เมืองเลย", "added"),
    ChangedRecord(
        "products",
        "x-1",
        "ผ้าทอมือลายขิด",
        "กลุ่มทอผ้าฝ้ายบ้านนาอาน",
        "updated",
        fields=("price_thb", "address.tambon"),
    ),
    ChangedRecord(
        "products", "x-2", "ผ้าคลุมไหล่ “ลายน้ำไหล” – ย้อมคราม…", "กลุ่มทอผ้าฝ้ายบ้านนาอาน", "deleted"
    ),
    ChangedRecord("producers", "p-2", "", "", "added", tombstone=True),
    # Text Thai's one-byte code page cannot write (Lao, Chinese, an emoji) beside Thai digits.
    ChangedRecord("swot_items", "ສ-3", "ຜ້າໄໝ 丝绸 🧵 ๒๕๖๗", "ผ้าทอมือลายขิด", "added"),
    ChangedRecord("visits", "v-1", "23 มิ.ย. 2567 ติดตามผลการอบรม", "กลุ่มทอผ้าฝ้ายบ้านนาอาน", "local"),
]


def test_a_change_list_reads_back_the_same_rows_in_the_same_order() -> None:
    changes = ChangeList(ROWS)

    assert len(changes) == len(ROWS) and bool(changes)
    assert list(changes) == ROWS  # names, contexts, outcomes and fields exactly as given
    assert changes == ROWS and changes == ChangeList(ROWS)
    assert changes != ROWS[:-1] and changes != ChangeList(reversed(ROWS))
    assert changes[4].name == "ຜ້າໄໝ 丝绸 🧵 ๒๕๖๗" and changes[-1] == ROWS[-1]
    assert changes[1:3] == ROWS[1:3] and changes[::-2] == ROWS[::-2]
    assert changes.name_at(2) == ROWS[2].name
    with pytest.raises(IndexError):
        changes[len(ROWS)]
    assert not ChangeList() and list(ChangeList()) == []


def test_a_long_list_reads_back_every_name_across_its_buffers() -> None:
    purposes = ["ติดตามผล", "ร่วมกับเจ้าหน้าที่สาธารณสุขตรวจประเมินสถานที่ผลิต", "", "อบรม “ขายออนไลน์” 🛒"]
    rows = [
        ChangedRecord("visits", f"v-{n}", f"{n % 28 + 1} มิ.ย. 2567 {purposes[n % 4] * (n % 5)}",
                      f"กลุ่มที่ {n % 97}", "added")
        for n in range(20_000)
    ]  # fmt: skip  # ~1.5 MB of names: several of the list's text buffers

    changes = ChangeList(rows)

    assert list(changes) == rows
    assert [changes.name_at(n) for n in range(0, 20_000, 7)] == [row.name for row in rows[::7]]


def test_a_row_whose_parent_is_named_later_gets_its_context() -> None:
    changes = ChangeList(ROWS)

    changes.set_context(3, "ต.ชัยพฤกษ์ อ.เมืองเลย")

    assert changes[3] == ChangedRecord("producers", "p-2", "", "ต.ชัยพฤกษ์ อ.เมืองเลย", "added", True)
    assert [item.context for item in changes[:3]] == [item.context for item in ROWS[:3]]


def test_rows_by_collection_are_the_same_for_a_change_list_and_a_plain_list() -> None:
    from_codes = rows_by_collection(ChangeList(ROWS))

    assert from_codes == rows_by_collection(ROWS)
    assert from_codes["products"] == array("I", [1, 2]) and list(from_codes)[0] == "producers"


def test_describe_bundle_lists_names_in_any_script_as_they_were_written(
    db: Database, tmp_path: Path
) -> None:
    other = Database(tmp_path / "other" / "kbo.db")
    made = small_province(other, tmp_path)
    service = RecordService(other)
    lao = service.save(r.Product(producer_id=made["producer"].id, name="ຜ້າໄໝລາວ 丝绸 🧵"))
    bundle = export_bundle(other, tmp_path / "all.kbo").file
    other.close()

    preview = describe_bundle(db, bundle)

    assert isinstance(preview.changes, ChangeList)
    rows = {item.record_id: item for item in preview.changes}
    assert rows[lao.id].name == "ຜ້າໄໝລາວ 丝绸 🧵"
    assert rows[lao.id].context == rows[made["product"].id].context == made["producer"].name
    assert len(rows) == len(preview.changes)  # every record once


def _updated(collection: str, number: int) -> ChangedRecord:
    name = f"รายการที่ {number}"
    return ChangedRecord(
        collection, f"{collection}-{number}", name, "", "updated", fields=("name",)
    )


def test_the_same_field_changed_in_two_kinds_is_named_as_each_kind_names_it(
    qapp, db: Database, tmp_path: Path, qtbot, monkeypatch: Any  # noqa: ANN001
) -> None:  # fmt: skip
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.exchange import import_preview

    create_application([])
    summary = ImportSummary(Path("two.kbo"), preview=True)
    summary.counts = {kind: CollectionCounts(updated=1) for kind in ("producers", "products")}
    changes = ChangeList([_updated("producers", 1), _updated("products", 2)])
    preview = BundlePreview(summary, changes=changes)
    monkeypatch.setattr(import_preview, "describe_bundle", lambda *_args, **_kwargs: preview)
    dialog = import_preview.ImportPreviewDialog(db, tmp_path / "two.kbo")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state != "loading", timeout=10000)

    model = dialog.changes_model
    outcomes = {model.cells(row)[1]: model.cells(row)[3] for row in range(model.rowCount())}
    assert outcomes == {
        "รายการที่ 1": "ปรับปรุง: ชื่อกลุ่ม/ผู้ผลิต",
        "รายการที่ 2": "ปรับปรุง: ชื่อผลิตภัณฑ์",
    }
