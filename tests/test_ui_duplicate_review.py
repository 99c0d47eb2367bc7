"""The duplicate-producer review through its widgets: see the pair, choose, confirm, merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, PhotoOwnerKind
from kbo_desktop.services.duplicates import merge_producers
from kbo_desktop.services.photos import add_photo
from kbo_desktop.services.records import RecordService
from kbo_desktop.services.review_support import fields_filled_by_merge
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange.review_duplicate_models import (
    COL_A,
    COL_AFTER,
    COL_B,
    COL_FIRST,
    COL_REASONS,
    COL_SCORE,
    COL_SECOND,
    KEY_ROLE,
)
from kbo_desktop.ui.widgets.table_model import PLAIN_ROLE
from tests.factories import make_image, small_province
from tests.ui_helpers import answer_questions, shown

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def twins(db: Database, tmp_path: Path) -> dict[str, r.Record]:
    """The weaving group of small_province, recorded a second time by another officer."""
    made = small_province(db, tmp_path)
    service = RecordService(db)
    twin = service.save(
        r.Producer(name="วิสาหกิจชุมชนทอผ้าฝ้ายย้อมคราม บ้านนาอาน", otop_registration_no="420101-05",
                   address=r.Address(tambon="นาอาน", amphoe="เมืองเลย", province="เลย"))
    )  # fmt: skip
    made["twin"] = twin
    made["twin_product"] = service.save(
        r.Product(producer_id=twin.id, name="ผ้าพันคอย้อมคราม", category=Category.TEXTILE_APPAREL)
    )
    image = make_image(tmp_path / "group.png", colour="navy")
    made["group_photo"] = add_photo(
        db, PhotoOwnerKind.PRODUCER, made["producer"].id, image, "หน้ากลุ่ม"
    )
    return made


@pytest.fixture
def open_dialog(qapp, qtbot):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.exchange.duplicate_review import DuplicateReviewDialog

    create_application([])

    def make(db: Database) -> DuplicateReviewDialog:
        return shown(qtbot, DuplicateReviewDialog(db))

    return make


def _row(dialog, key: str) -> dict[int, str]:  # noqa: ANN001
    model = dialog.comparison_model
    row = next(i for i in range(model.rowCount()) if model.index(i, 0).data(KEY_ROLE) == key)
    return {
        column: str(model.index(row, column).data(PLAIN_ROLE))
        for column in (COL_A, COL_B, COL_AFTER)
    }


def _column_of(dialog, producer: r.Producer) -> int:  # noqa: ANN001
    return COL_A if dialog.current_pair().first.id == producer.id else COL_B


def test_a_likely_pair_is_shown_side_by_side_with_its_reason(db, twins, open_dialog):  # noqa: ANN001
    dialog = open_dialog(db)

    assert dialog.pairs_model.rowCount() == 1
    cells = {c: str(dialog.pairs_model.index(0, c).data(PLAIN_ROLE)) for c in range(4)}
    names = {cells[COL_FIRST].split("\n")[0], cells[COL_SECOND].split("\n")[0]}
    assert names == {twins["producer"].name, twins["twin"].name}
    assert cells[COL_FIRST].endswith("ต.นาอาน อ.เมืองเลย จ.เลย")
    assert cells[COL_REASONS].startswith("• ชื่อคล้ายกัน") and "ในตำบลเดียวกัน" in cells[COL_REASONS]
    assert cells[COL_SCORE].endswith("%")

    group, twin = _column_of(dialog, twins["producer"]), _column_of(dialog, twins["twin"])
    assert _row(dialog, "phone")[group] == "081-234-5678" and _row(dialog, "phone")[twin] == ""
    assert _row(dialog, "otop_registration_no")[twin] == "420101-05"
    assert _row(dialog, "members_count")[group] == "25"
    assert "ต.นาอาน" in _row(dialog, "address")[twin]
    expected = {"products": ("1: ผ้าฝ้ายทอมือย้อมคราม", "1: ผ้าพันคอย้อมคราม"), "swot_items": ("1", "0"),
                "plans": ("1", "0"), "visits": ("1", "0"), "photos": ("2", "0")}  # fmt: skip
    for key, (of_group, of_twin) in expected.items():
        assert (_row(dialog, key)[group], _row(dialog, key)[twin]) == (of_group, of_twin), key
    # The group more work hangs on is offered as the one to keep.
    assert (dialog.keep_first if group == COL_A else dialog.keep_second).isChecked()
    assert _row(dialog, "photos")[COL_AFTER] == "2"


def test_merging_through_the_dialog_moves_everything_to_the_chosen_producer(  # noqa: ANN201
    db,
    twins,
    open_dialog,
    qtbot,
    monkeypatch,  # noqa: ANN001
):
    dialog = open_dialog(db)
    group, twin = twins["producer"], twins["twin"]
    keep_twin = dialog.keep_first if _column_of(dialog, twin) == COL_A else dialog.keep_second
    qtbot.mouseClick(keep_twin, Qt.MouseButton.LeftButton)
    assert keep_twin.isChecked()
    # The twin's empty phone and contact are filled from the group it absorbs.
    assert _row(dialog, "phone")[COL_AFTER] == "081-234-5678 (เติมจาก %s)" % (
        "ข" if keep_twin is dialog.keep_first else "ก"
    )
    assert _row(dialog, "otop_registration_no")[COL_AFTER] == "420101-05"
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    promised = fields_filled_by_merge(twin, group)

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    [text] = asked
    assert f"รวม “{group.name}” เข้ากับ “{twin.name}”" in text
    assert (
        "ผลิตภัณฑ์ 1 รายการ พร้อมมาตรฐาน 1 รายการ ประเด็นวิเคราะห์ 1 ข้อ แผนพัฒนา 1 แผน (กิจกรรม 1 รายการ)"
        in text
    )
    assert "การลงพื้นที่ 1 ครั้ง" in text and "ภาพถ่าย 2 ภาพ" in text
    assert "โทรศัพท์" in text and "ผู้ติดต่อ" in text and "จำนวนสมาชิก" in text
    service = RecordService(db)
    assert {p.id for p in service.list(r.Product, producer_id=twin.id)} == {
        twins["product"].id, twins["twin_product"].id,
    }  # fmt: skip
    assert service.get(r.Visit, twins["visit"].id).producer_id == twin.id
    assert service.get(r.Photo, twins["group_photo"].id).owner_id == twin.id
    assert (
        service.get(r.Plan, twins["plan"].id).product_id == twins["product"].id
    )  # came along with its product
    assert service.get(r.SwotItem, twins["weakness"].id).product_id == twins["product"].id
    assert service.list(r.Producer, include_deleted=True, id=group.id)[0].deleted
    merged = service.get(r.Producer, twin.id)
    plain = ("otop_registration_no", "contact_name", "phone", "members_count", "notes")
    changed = [f for f in plain if getattr(merged, f) != getattr(twin, f)]
    changed += [f"address.{f}" for f in r.Address.__dataclass_fields__
                if getattr(merged.address, f) != getattr(twin.address, f)]  # fmt: skip
    assert promised == changed  # the preview said exactly what the merge filled in
    assert (merged.name, merged.phone, merged.otop_registration_no) == (
        twin.name,
        "081-234-5678",
        "420101-05",
    )
    assert dialog.changed and dialog.pairs_model.rowCount() == 0
    assert dialog.pages.currentWidget() is dialog.empty_page and dialog.empty_page.isVisible()
    assert "ย้ายผลิตภัณฑ์ 1 รายการ การลงพื้นที่ 1 ครั้ง ภาพถ่าย 2 ภาพ" in dialog.status.plainText()


def test_saying_no_to_the_confirmation_changes_nothing(db, twins, open_dialog, qtbot, monkeypatch):  # noqa: ANN001
    dialog = open_dialog(db)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and not dialog.changed
    assert len(RecordService(db).list(r.Producer)) == 2 and dialog.pairs_model.rowCount() == 1


def test_a_refused_merge_is_explained(db, twins, open_dialog, qtbot, monkeypatch):  # noqa: ANN001
    dialog = open_dialog(db)
    keep, drop = dialog.keep_and_drop()
    merge_producers(db, drop.producer.id, keep.producer.id)  # meanwhile, merged the other way round
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text))
    )
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1 and "ไม่พบ" in shown[0]
    assert not dialog.changed and dialog.pairs_model.rowCount() == 1


def test_shared_phone_and_otop_number_are_reasons_too(records, open_dialog):  # noqa: ANN001
    where = r.Address(tambon="นาอาน", amphoe="เมืองเลย", province="เลย")
    elsewhere = r.Address(tambon="ปากชม", amphoe="ปากชม", province="เลย")
    records.save(
        r.Producer(name="กลุ่มจักสานไม้ไผ่", phone="081-234-5678", otop_registration_no="420101-01",
                   address=where)
    )  # fmt: skip
    records.save(
        r.Producer(name="ผู้ผลิตจักสาน", phone="+66 81 234 5678", otop_registration_no="420101 01",
                   address=elsewhere)
    )  # fmt: skip
    dialog = open_dialog(records.db)
    first, second = str(dialog.pairs_model.index(0, COL_REASONS).data(PLAIN_ROLE)).split("\n")
    assert first.startswith("• เลขทะเบียน OTOP เดียวกัน (420101")  # the stronger evidence first
    assert second.startswith("• เบอร์โทรศัพท์เดียวกัน (")
    assert dialog.pairs_model.index(0, COL_SCORE).data(PLAIN_ROLE) == "97%"


def test_no_likely_duplicates_shows_a_friendly_message(db, open_dialog, monkeypatch):  # noqa: ANN001
    dialog = open_dialog(db)
    assert dialog.pages.currentWidget() is dialog.empty_page and dialog.empty_page.isVisible()
    assert dialog.empty_page.heading.text() == "ไม่พบผู้ผลิตที่อาจบันทึกซ้ำ"
    assert not dialog.merge_button.isVisible()
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert not dialog.merge() and asked == [] and not dialog.changed


def test_models_pass_the_model_tester(db, twins, open_dialog, qtmodeltester):  # noqa: ANN001
    dialog = open_dialog(db)
    qtmodeltester.check(dialog.pairs_model)
    qtmodeltester.check(dialog.comparison_model)
    dialog.keep_second.setChecked(not dialog.keep_second.isChecked())
    qtmodeltester.check(dialog.comparison_model)
