"""The conflict review driven through its widgets: see both versions, choose per field, save."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category
from kbo_desktop.services.conflicts import list_conflicts
from kbo_desktop.services.exchange import export_bundle, import_bundle
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange.review_conflict_models import (
    COL_CHOICE,
    COL_CURRENT,
    COL_FIELDS,
    COL_KIND,
    COL_LABEL,
    COL_OTHER,
    COL_RECORD,
    COL_SOURCE,
    DIFFERS_ROLE,
    KEEP,
    TAKE_OTHER,
)
from kbo_desktop.ui.widgets.table_model import PLAIN_ROLE
from tests.factories import small_province
from tests.ui_helpers import answer_questions, shown

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def laptops(db: Database, tmp_path: Path):  # noqa: ANN201
    """The district laptop (``db``) and the provincial office, which has its records."""
    made = small_province(db, tmp_path)
    office = Database(tmp_path / "office.db")
    import_bundle(office, export_bundle(db, tmp_path / "base.kbo").file, backup=False)
    yield db, office, made
    office.close()


def _edit(db: Database, record: r.Record, **changes: object) -> r.Record:
    service = RecordService(db)
    return service.save(dataclasses.replace(service.get(type(record), record.id), **changes))


def _bring_district_bundle(district: Database, office: Database, tmp_path: Path) -> None:
    bundle = export_bundle(district, tmp_path / "nadueang.kbo").file
    import_bundle(office, bundle, office="อำเภอนาด้วง", backup=False)


@pytest.fixture
def open_dialog(qapp, qtbot):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.exchange.conflict_review import ConflictReviewDialog

    create_application([])

    def make(db: Database) -> ConflictReviewDialog:
        return shown(qtbot, ConflictReviewDialog(db))

    return make


def _cell(dialog, field: str, column: int) -> str:  # noqa: ANN001
    model = dialog.field_model
    return str(model.index(model.row_of(field), column).data(PLAIN_ROLE))


def _pick(dialog, field: str, choice: str) -> None:  # noqa: ANN001
    combo = dialog.choice_combo(field)
    assert isinstance(combo, QComboBox) and combo.isVisible()
    combo.setCurrentIndex(combo.findData(choice))


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def test_the_list_names_the_record_and_where_the_other_version_came_from(
    laptops, tmp_path, open_dialog
):  # noqa: ANN001
    district, office, made = laptops
    _edit(office, made["product"], price_thb=520.0)
    _edit(district, made["product"], price_thb=480.0, sales_channels=["Facebook"])
    _bring_district_bundle(district, office, tmp_path)

    dialog = open_dialog(office)

    assert dialog.list_model.rowCount() == 1
    row = [
        str(dialog.list_model.index(0, c).data(PLAIN_ROLE))
        for c in range(dialog.list_model.columnCount())
    ]
    assert row[COL_RECORD] == "ผลิตภัณฑ์: ผ้าฝ้ายทอมือย้อมคราม"
    assert "กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน" in row[1]  # the producer it belongs to
    assert row[COL_KIND] == "แก้ไขทั้งสองเครื่อง"
    assert row[COL_FIELDS] == "ราคา, ช่องทางจำหน่าย"
    assert row[COL_SOURCE] == "อำเภอนาด้วง\n(nadueang.kbo)"
    assert "(1 รายการ)" in dialog.windowTitle()
    # The newer district version is in use; the office's own older one is the other.
    assert "อำเภอนาด้วง" in str(
        dialog.field_model.headerData(COL_CURRENT, Qt.Orientation.Horizontal)
    )
    assert "เครื่องนี้" in str(dialog.field_model.headerData(COL_OTHER, Qt.Orientation.Horizontal))


def test_choosing_per_field_and_saving_stores_exactly_the_chosen_values(
    laptops, tmp_path, open_dialog, qtbot
):  # noqa: ANN001
    district, office, made = laptops
    producer = made["producer"]
    _edit(office, producer, name="วิสาหกิจชุมชนทอผ้าฝ้ายนาอาน", members_count=30, notes="แก้ที่จังหวัด")
    _edit(district, producer, phone="089-999-0000", members_count=27, notes="แก้ที่อำเภอ")
    _bring_district_bundle(district, office, tmp_path)

    dialog = open_dialog(office)

    model = dialog.field_model
    labels = {
        model.index(row, COL_LABEL).data(PLAIN_ROLE): model.index(row, 0).data(DIFFERS_ROLE)
        for row in range(model.rowCount())
    }
    assert {label for label, differs in labels.items() if differs} == {
        "ชื่อกลุ่ม/ผู้ผลิต", "โทรศัพท์", "จำนวนสมาชิก", "หมายเหตุ",
    }  # fmt: skip
    assert labels["ตำบล"] is False and labels["ผู้ติดต่อ"] is False  # shown for context, no choice
    assert dialog.choice_combo("address.tambon") is None
    assert (_cell(dialog, "name", COL_CURRENT), _cell(dialog, "name", COL_OTHER)) == (
        "กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน", "วิสาหกิจชุมชนทอผ้าฝ้ายนาอาน",
    )  # fmt: skip
    assert (
        _cell(dialog, "members_count", COL_CURRENT),
        _cell(dialog, "members_count", COL_OTHER),
    ) == ("27", "30")

    _pick(dialog, "name", TAKE_OTHER)
    _pick(dialog, "notes", TAKE_OTHER)
    _pick(dialog, "phone", KEEP)
    assert _cell(dialog, "name", COL_CHOICE) == "ใช้ค่าจากอีกฉบับ"
    assert _cell(dialog, "members_count", COL_CHOICE) == "คงค่าที่ใช้อยู่"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    stored = RecordService(office).get(r.Producer, producer.id)
    assert (stored.name, stored.notes, stored.phone, stored.members_count) == (
        "วิสาหกิจชุมชนทอผ้าฝ้ายนาอาน", "แก้ที่จังหวัด", "089-999-0000", 27,
    )  # fmt: skip
    assert stored.contact_name == producer.contact_name and stored.address == producer.address
    assert list_conflicts(office) == [] and list_conflicts(office, open_only=False)[0].resolved
    assert dialog.changed
    assert dialog.pages.currentWidget() is dialog.empty_page and dialog.empty_page.isVisible()
    assert "บันทึกการเลือก" in dialog.status.text() and not dialog.save_button.isVisible()


def test_shortcuts_and_double_click_choose_whole_versions(laptops, tmp_path, open_dialog, qtbot):  # noqa: ANN001
    district, office, made = laptops
    producer = made["producer"]
    _edit(office, producer, members_count=30, notes="แก้ที่จังหวัด")
    _edit(district, producer, members_count=27, notes="แก้ที่อำเภอ")
    _bring_district_bundle(district, office, tmp_path)
    dialog = open_dialog(office)

    qtbot.mouseClick(dialog.take_all_button, Qt.MouseButton.LeftButton)
    assert dialog.field_model.choices() == {"members_count": TAKE_OTHER, "notes": TAKE_OTHER}
    assert dialog.choice_combo("notes").currentData() == TAKE_OTHER  # the open combos follow
    qtbot.mouseClick(dialog.keep_all_button, Qt.MouseButton.LeftButton)
    assert set(dialog.field_model.choices().values()) == {KEEP}

    model, view = dialog.field_model, dialog.field_table
    other = model.index(model.row_of("notes"), COL_OTHER)
    view.scrollTo(other)
    where = view.visualRect(other).center()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=where
    )  # a double click starts with a press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert dialog.field_model.choices() == {"members_count": KEEP, "notes": TAKE_OTHER}

    assert dialog.save()
    stored = RecordService(office).get(r.Producer, producer.id)
    assert (stored.members_count, stored.notes) == (27, "แก้ที่จังหวัด")


def test_values_read_as_people_write_them(laptops, tmp_path, open_dialog):  # noqa: ANN001
    district, office, made = laptops
    _edit(office, made["product"], category=Category.HOUSEHOLD_DECOR_SOUVENIR, price_thb=1250.0)
    _edit(
        district,
        made["product"],
        sales_channels=["หน้าร้านในชุมชน", "Facebook", "Shopee"],
        star_rating=4,
    )
    _edit(office, made["certification"], expires_on=date(2026, 4, 30))
    _edit(district, made["certification"], expires_on=date(2027, 4, 30))
    _bring_district_bundle(district, office, tmp_path)

    dialog = open_dialog(office)
    assert dialog.list_model.rowCount() == 2
    records = [str(dialog.list_model.index(row, COL_RECORD).data(PLAIN_ROLE)) for row in range(2)]
    product_row = next(row for row, text in enumerate(records) if text.startswith("ผลิตภัณฑ์"))
    dialog.conflict_table.selectRow(product_row)
    assert (
        _cell(dialog, "producer_id", COL_CURRENT) == "กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน"
    )  # a name, not an id
    assert _cell(dialog, "category", COL_CURRENT) == "ผ้า เครื่องแต่งกาย"
    assert _cell(dialog, "category", COL_OTHER) == "ของใช้ ของตกแต่ง ของที่ระลึก"
    assert _cell(dialog, "price_thb", COL_OTHER) == "1,250 บาท"
    assert _cell(dialog, "sales_channels", COL_CURRENT) == "• หน้าร้านในชุมชน\n• Facebook\n• Shopee"
    assert _cell(dialog, "star_rating", COL_CURRENT) == "★★★★☆ (4)"
    assert _cell(dialog, "kbo_target", COL_CURRENT) == "ใช่"

    dialog.conflict_table.selectRow(1 - product_row)
    assert dialog.heading.text() == "มาตรฐาน: มผช. มผช. 11/2546"
    assert _cell(dialog, "expires_on", COL_CURRENT) == "30 เม.ย. 2570"
    assert _cell(dialog, "expires_on", COL_OTHER) == "30 เม.ย. 2569"
    assert _cell(dialog, "status", COL_CURRENT) == "ได้รับแล้ว"
    assert (
        dialog.field_model.index(dialog.field_model.row_of("expires_on"), COL_LABEL).data(
            PLAIN_ROLE
        )
        == "วันหมดอายุ"
    )


def test_a_refused_choice_is_explained_and_nothing_is_lost(
    laptops, tmp_path, open_dialog, qtbot, monkeypatch
):  # noqa: ANN001
    district, office, made = laptops
    visit = made["visit"]
    _edit(office, visit, visited_on=date(2023, 3, 20), follow_up_on=date(2023, 4, 30))
    _edit(district, visit, visited_on=date(2023, 3, 1), follow_up_on=date(2023, 3, 15))
    _bring_district_bundle(district, office, tmp_path)
    shown = _warnings(monkeypatch)
    dialog = open_dialog(office)
    assert _cell(dialog, "visited_on", COL_OTHER) == "20 มี.ค. 2566"

    # The office's visit date with the district's follow-up date: follow-up before the visit.
    _pick(dialog, "visited_on", TAKE_OTHER)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1 and "วันติดตามครั้งถัดไปต้องไม่ก่อนวันที่ลงพื้นที่" in shown[0]
    assert len(list_conflicts(office)) == 1 and not dialog.changed
    assert RecordService(office).get(r.Visit, visit.id).visited_on == date(2023, 3, 1)
    assert dialog.field_model.choices() == {"visited_on": TAKE_OTHER, "follow_up_on": KEEP}

    _pick(dialog, "follow_up_on", TAKE_OTHER)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = RecordService(office).get(r.Visit, visit.id)
    assert (stored.visited_on, stored.follow_up_on) == (date(2023, 3, 20), date(2023, 4, 30))
    assert list_conflicts(office) == [] and dialog.changed


def test_a_visit_deleted_on_one_laptop_can_be_brought_back(laptops, tmp_path, open_dialog, qtbot):  # noqa: ANN001
    district, office, made = laptops
    visit = made["visit"]
    _edit(office, visit, findings="พบว่าบรรจุภัณฑ์เสร็จแล้ว")
    RecordService(district).delete(r.Visit, visit.id)
    _bring_district_bundle(district, office, tmp_path)
    dialog = open_dialog(office)
    row = next(
        row for row in range(dialog.list_model.rowCount())
        if str(dialog.list_model.index(row, COL_RECORD).data(PLAIN_ROLE)).startswith("การลงพื้นที่")
    )  # fmt: skip
    dialog.conflict_table.selectRow(row)
    assert dialog.list_model.index(row, COL_KIND).data(PLAIN_ROLE) == "ลบที่เครื่องหนึ่ง แก้ไขที่อีกเครื่อง"
    assert (_cell(dialog, "deleted", COL_CURRENT), _cell(dialog, "deleted", COL_OTHER)) == (
        "ถูกลบแล้ว",
        "ไม่ได้ลบ",
    )
    assert dialog.current_conflict().name.startswith("10 มี.ค. 2566")

    qtbot.mouseClick(dialog.take_all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    restored = RecordService(office).get(r.Visit, visit.id)
    assert not restored.deleted and restored.findings == "พบว่าบรรจุภัณฑ์เสร็จแล้ว"


def test_unsaved_choices_survive_looking_elsewhere_and_closing_asks(
    laptops, tmp_path, open_dialog, monkeypatch
):  # noqa: ANN001
    district, office, made = laptops
    _edit(office, made["producer"], notes="แก้ที่จังหวัด")
    _edit(district, made["producer"], notes="แก้ที่อำเภอ")
    _edit(office, made["product"], price_thb=520.0)
    _edit(district, made["product"], price_thb=480.0)
    _bring_district_bundle(district, office, tmp_path)
    dialog = open_dialog(office)
    first = dialog.current_conflict().conflict.id
    field = "notes" if dialog.field_model.row_of("notes") >= 0 else "price_thb"
    _pick(dialog, field, TAKE_OTHER)

    dialog.conflict_table.selectRow(1)
    assert dialog.current_conflict().conflict.id != first
    dialog.conflict_table.selectRow(0)
    assert dialog.choice_combo(field).currentData() == TAKE_OTHER

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.reject()
    assert dialog.isVisible() and "1 รายการ" in asked[0]
    assert len(list_conflicts(office)) == 2


def test_no_open_conflicts_shows_a_friendly_message(db, open_dialog):  # noqa: ANN001
    dialog = open_dialog(db)
    assert dialog.pages.currentWidget() is dialog.empty_page
    assert dialog.empty_page.heading.text() == "ไม่มีข้อมูลขัดแย้งที่รอตรวจ"
    assert dialog.empty_page.isVisible() and not dialog.save_button.isVisible()
    assert not dialog.save() and not dialog.changed
    dialog.reject()
    assert not dialog.isVisible()


def test_models_pass_the_model_tester(laptops, tmp_path, open_dialog, qtmodeltester):  # noqa: ANN001
    district, office, made = laptops
    _edit(office, made["producer"], notes="แก้ที่จังหวัด", members_count=30)
    _edit(district, made["producer"], notes="แก้ที่อำเภอ")
    _bring_district_bundle(district, office, tmp_path)
    dialog = open_dialog(office)
    qtmodeltester.check(dialog.list_model)
    qtmodeltester.check(dialog.field_model)
