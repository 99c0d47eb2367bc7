"""The producers tab driven through its widgets: type, click, save, then look at the store."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, CertificationStatus, Quadrant, Standard
from kbo_desktop.services.records import RecordService
from kbo_desktop.ui.producers.certifications import CertificationModel
from kbo_desktop.ui.producers.tab import ProducersTab
from tests.factories import make_image, small_province

Yes = QMessageBox.StandardButton.Yes
# The offscreen platform cannot raise or grab for the completer popup; real ones can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def tab(db, qtbot, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Yes)
    widget = ProducersTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def _pick(combo, text: str) -> None:  # noqa: ANN001
    index = combo.findText(text)
    assert index >= 0, f"{text} not offered"
    combo.setCurrentIndex(index)


def _type(widget, text: str) -> None:  # noqa: ANN001
    """Type Thai into a widget key by key, as a Thai keyboard layout would.

    QTest's keyClicks maps each character to a key code and asserts on any
    non-ASCII character in this Qt build, so Thai text goes in as key events
    carrying the text (what a real keyboard sends)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _seed(records: RecordService) -> None:
    for name, amphoe, tambon, category, stars, quadrant, target in [
        ("กลุ่มแม่บ้านน้ำพริกนาด้วง", "นาด้วง", "นาด้วง", Category.FOOD, 2, Quadrant.B, False),
        ("วิสาหกิจชุมชนไวน์มะขามภูเรือ", "ภูเรือ", "หนองบัว", Category.BEVERAGE, 4, Quadrant.A, True),
    ]:  # fmt: skip
        producer = records.save(
            r.Producer(name=name, address=r.Address(tambon=tambon, amphoe=amphoe, province="เลย"))
        )
        records.save(r.Product(producer_id=producer.id, name=f"ผลิตภัณฑ์ของ{name}", category=category,
                               star_rating=stars, quadrant=quadrant, kbo_target=target))  # fmt: skip


def test_add_producer_with_address_pickers(tab, qtbot, records) -> None:
    ui = tab.editor.ui
    qtbot.mouseClick(tab.ui.newButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.dirtyChanged, check_params_cb=lambda dirty: dirty):
        _type(ui.nameEdit, "กลุ่มจักสานไม้ไผ่บ้านนาอาน")
    qtbot.keyClicks(ui.phoneEdit, "081-111-2222")
    _type(ui.provinceCombo.lineEdit(), "เลย")
    _pick(ui.amphoeCombo, "เมืองเลย")
    _pick(ui.tambonCombo, "นาอาน")
    assert ui.postcodeEdit.text() == "42000"
    qtbot.keyClicks(ui.houseNoEdit, "99")
    with qtbot.waitSignal(tab.dirtyChanged, check_params_cb=lambda dirty: not dirty):
        assert tab.save()
    [stored] = records.list(r.Producer)
    assert stored.name == "กลุ่มจักสานไม้ไผ่บ้านนาอาน" and stored.phone == "081-111-2222"
    assert (stored.address.province, stored.address.amphoe, stored.address.tambon) == (
        "เลย", "เมืองเลย", "นาอาน")  # fmt: skip
    assert (stored.address.postcode, stored.address.house_no) == ("42000", "99")
    assert tab.model.rowCount() == 1 and not tab.has_unsaved_changes()


def test_add_product_and_certification(tab, qtbot, records) -> None:
    producer = records.save(r.Producer(name="กลุ่มน้ำพริก"))
    tab.refresh()
    tab.show_record("producers", producer.id)
    ed = tab.editor
    qtbot.mouseClick(ed.ui.addProductButton, Qt.MouseButton.LeftButton)
    pui = ed.product_editor.ui
    _type(pui.productNameEdit, "น้ำพริกตาแดง")
    _pick(pui.categoryCombo, Category.FOOD.label_th)
    _pick(pui.starCombo, "3 ดาว")
    pui.starYearSpin.setValue(2566)
    _pick(pui.quadrantCombo, Quadrant.D.label_th)
    qtbot.keyClicks(pui.priceEdit, "1,250.50")
    _type(pui.channelsEdit, "หน้าร้าน, Facebook")
    qtbot.mouseClick(pui.kboTargetCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pui.addCertButton, Qt.MouseButton.LeftButton)
    _pick(pui.standardCombo, Standard.FDA.label_th)
    qtbot.keyClicks(pui.certNumberEdit, "42-2-00165")
    _pick(pui.certStatusCombo, CertificationStatus.HELD.label_th)
    qtbot.keyClicks(pui.issuedEdit.line_edit, "1/5/2566")
    qtbot.keyClick(pui.issuedEdit.line_edit, Qt.Key.Key_Return)
    soon = date.today() + timedelta(days=30)
    qtbot.keyClicks(pui.expiresEdit.line_edit, f"{soon.day}/{soon.month}/{soon.year + 543}")
    qtbot.keyClick(pui.expiresEdit.line_edit, Qt.Key.Key_Return)
    assert "ใกล้หมดอายุ" in pui.expiryLabel.text().replace("\u200b", "")
    qtbot.mouseClick(ed.ui.saveButton, Qt.MouseButton.LeftButton)
    [product] = records.list(r.Product)
    assert (product.name, product.category, product.star_rating, product.star_rating_year_be) == (
        "น้ำพริกตาแดง", Category.FOOD, 3, 2566)  # fmt: skip
    assert (product.quadrant, product.price_thb, product.kbo_target) == (Quadrant.D, 1250.5, True)
    assert product.sales_channels == ["หน้าร้าน", "Facebook"]
    [cert] = records.list(r.Certification)
    assert (cert.product_id, cert.standard, cert.number, cert.status) == (
        product.id, Standard.FDA, "42-2-00165", CertificationStatus.HELD)  # fmt: skip
    assert (cert.issued_on, cert.expires_on) == (date(2023, 5, 1), soon)
    shown = pui.certTable.model().index(0, 4).data()
    assert "ใกล้หมดอายุ" in shown.replace("\u200b", "")  # words, not colour alone
    assert tab.model.index(0, 5).data().replace("\u200b", "") == "3 ดาว"


def test_edit_then_revert_restores_saved_values(tab, qtbot, db, tmp_path, records) -> None:
    made = small_province(db, tmp_path)
    tab.refresh()
    tab.show_record("producers", made["producer"].id)
    ui = tab.editor.ui
    ui.nameEdit.selectAll()
    _type(ui.nameEdit, "ชื่อที่พิมพ์ผิด")
    assert tab.has_unsaved_changes()
    with qtbot.waitSignal(tab.dirtyChanged, check_params_cb=lambda dirty: not dirty):
        qtbot.mouseClick(ui.revertButton, Qt.MouseButton.LeftButton)
    assert ui.nameEdit.text() == made["producer"].name
    assert records.get(r.Producer, made["producer"].id).name == made["producer"].name


def test_empty_name_shows_message_and_saves_nothing(tab, qtbot, records) -> None:
    ui = tab.editor.ui
    tab.new_record()
    _type(ui.contactEdit, "นายสมชาย")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    label = tab.editor.errors.label("name")
    assert label.isVisibleTo(tab) and "กรุณากรอกชื่อ" in label.text().replace("\u200b", "")
    assert ui.problemsLabel.isVisibleTo(tab)
    assert records.list(r.Producer) == [] and tab.has_unsaved_changes()
    _type(ui.nameEdit, "กลุ่มใหม่")
    assert tab.save() and not label.isVisibleTo(tab)
    assert [p.name for p in records.list(r.Producer)] == ["กลุ่มใหม่"]


def test_invalid_product_blocks_the_whole_save(tab, qtbot, records) -> None:
    producer = records.save(r.Producer(name="กลุ่มเดิม"))
    tab.refresh()
    tab.show_record("producers", producer.id)
    ui = tab.editor.ui
    _type(ui.notesEdit, "โน้ตใหม่")
    qtbot.mouseClick(ui.addProductButton, Qt.MouseButton.LeftButton)  # product with no name
    assert not tab.save()
    assert "กรุณากรอกชื่อ" in tab.editor.product_editor.errors.label("name").text().replace(
        "\u200b", ""
    )
    assert records.get(r.Producer, producer.id).notes == "" and records.list(r.Product) == []


def test_delete_asks_and_can_be_undone(tab, qtbot, db, tmp_path, records) -> None:
    made = small_province(db, tmp_path)
    tab.refresh()
    tab.show_record("producers", made["producer"].id)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert records.list(r.Producer) == [] and records.list(r.Product) == []
    assert tab.model.rowCount() == 0 and tab.ui.undoBar.isVisibleTo(tab)
    qtbot.mouseClick(tab.ui.undoButton, Qt.MouseButton.LeftButton)
    assert [p.id for p in records.list(r.Producer)] == [made["producer"].id]
    assert len(records.list(r.Product)) == 1 and len(records.list(r.Certification)) == 1
    assert tab.editor.producer_id() == made["producer"].id and not tab.ui.undoBar.isVisibleTo(tab)


def test_delete_cancelled_keeps_everything(tab, qtbot, monkeypatch, records) -> None:
    producer = records.save(r.Producer(name="กลุ่มที่ยังอยู่"))
    tab.refresh()
    tab.show_record("producers", producer.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert len(records.list(r.Producer)) == 1


def test_filters_narrow_the_list(tab, qtbot, db, tmp_path, records) -> None:
    small_province(db, tmp_path)
    _seed(records)
    tab.refresh()
    ui = tab.ui
    assert tab.proxy.rowCount() == 3

    def shown() -> set[str]:
        return {
            tab.proxy.index(i, 0).data().replace("\u200b", "") for i in range(tab.proxy.rowCount())
        }

    _pick(ui.amphoeFilterCombo, "ภูเรือ")
    assert shown() == {"วิสาหกิจชุมชนไวน์มะขามภูเรือ"}
    ui.amphoeFilterCombo.setCurrentIndex(0)
    _pick(ui.categoryFilterCombo, Category.FOOD.label_th)
    assert shown() == {"กลุ่มแม่บ้านน้ำพริกนาด้วง"}
    ui.categoryFilterCombo.setCurrentIndex(0)
    _pick(ui.starFilterCombo, "3 ดาว")
    assert shown() == {"กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน"}
    ui.starFilterCombo.setCurrentIndex(0)
    _pick(ui.quadrantFilterCombo, Quadrant.A.label_th)
    assert shown() == {"วิสาหกิจชุมชนไวน์มะขามภูเรือ"}
    ui.quadrantFilterCombo.setCurrentIndex(0)
    qtbot.mouseClick(ui.targetFilterCheck, Qt.MouseButton.LeftButton)
    assert shown() == {"กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน", "วิสาหกิจชุมชนไวน์มะขามภูเรือ"}
    qtbot.mouseClick(ui.targetFilterCheck, Qt.MouseButton.LeftButton)
    _type(ui.searchEdit, "น้ำพริก")
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Return)
    assert shown() == {"กลุ่มแม่บ้านน้ำพริกนาด้วง"}
    assert ui.countLabel.text() == "1 ราย"


def test_photos_add_show_and_store_once(tab, qtbot, monkeypatch, db, tmp_path, records) -> None:
    producer = records.save(r.Producer(name="กลุ่มทอผ้า"))
    tab.refresh()
    tab.show_record("producers", producer.id)
    png = make_image(tmp_path / "ผ้าทอ.png", (800, 600), "purple")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(png), str(png)], ""))
    strip = tab.editor.photos
    qtbot.mouseClick(strip.ui.addPhotoButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(strip.ui.addPhotoButton, Qt.MouseButton.LeftButton)
    assert strip.model.rowCount() == 1
    assert not strip.model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert len(list(Path(db.photos_dir).iterdir())) == 1
    [photo] = records.list(r.Photo)
    assert photo.owner_id == producer.id
    strip.ui.photoView.selectionModel().select(
        strip.model.index(0), strip.ui.photoView.selectionModel().SelectionFlag.Select
    )
    qtbot.mouseClick(strip.ui.removePhotoButton, Qt.MouseButton.LeftButton)
    assert strip.model.rowCount() == 0 and records.list(r.Photo) == []
    qtbot.mouseClick(tab.ui.undoButton, Qt.MouseButton.LeftButton)
    assert strip.model.rowCount() == 1 and len(records.list(r.Photo)) == 1


def test_new_producer_cannot_take_photos_until_saved(tab) -> None:
    tab.new_record()
    assert not tab.editor.photos.ui.addPhotoButton.isEnabled()
    assert tab.editor.photos.ui.hintLabel.text()


def test_show_record_finds_a_product_behind_a_filter(tab, qtbot, db, tmp_path, records) -> None:
    made = small_province(db, tmp_path)
    _seed(records)
    tab.refresh()
    _pick(tab.ui.categoryFilterCombo, Category.FOOD.label_th)
    assert tab.show_record("products", made["product"].id)
    assert tab.editor.producer_id() == made["producer"].id
    assert tab.editor.product_editor.ui.productNameEdit.text() == made["product"].name
    assert not tab.show_record("meetings", made["meeting"].id)


def test_leaving_unsaved_edits_asks_first(tab, qtbot, monkeypatch, records) -> None:
    first = records.save(r.Producer(name="กลุ่มแรก"))
    second = records.save(r.Producer(name="กลุ่มสอง"))
    tab.refresh()
    tab.show_record("producers", first.id)
    _type(tab.editor.ui.contactEdit, "นางคำ")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    tab.show_record("producers", second.id)
    assert tab.editor.producer_id() == first.id and tab.has_unsaved_changes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    tab.show_record("producers", second.id)
    assert tab.editor.producer_id() == second.id
    assert records.get(r.Producer, first.id).contact_name == "นางคำ"


def test_models_pass_qtmodeltester(tab, qtmodeltester, db, tmp_path, records) -> None:
    made = small_province(db, tmp_path)
    _seed(records)
    records.save(r.Certification(product_id=made["product"].id, expires_on=date.today()))
    tab.refresh()
    tab.show_record("products", made["product"].id)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    qtmodeltester.check(tab.editor.products)
    qtmodeltester.check(tab.editor.product_editor.certs)
    qtmodeltester.check(tab.editor.product_editor.photos.model)
    qtmodeltester.check(CertificationModel())
