"""The analysis tab through its widgets: pick, type, reorder, move, delete, save."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import SwotKind
from kbo_desktop.services.analysis import AnalysisService
from kbo_desktop.ui.analysis.product_picker import ProductChoiceModel
from kbo_desktop.ui.analysis.tab import AnalysisTab
from tests.factories import small_province

CTRL = Qt.KeyboardModifier.ControlModifier
# The offscreen platform warns that it cannot propagate size hints of shown windows.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _type(widget, text: str) -> None:  # noqa: ANN001
    """Type Thai text key by key (QTest's keyClicks only knows ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def province(db, tmp_path):  # noqa: ANN001, ANN201
    data = small_province(db, tmp_path)
    service = AnalysisService(db)
    for text in ("ฝ้ายปลูกเองในหมู่บ้าน", "สีครามธรรมชาติไม่ตก", "ช่างทอมีฝีมือ"):
        service.add_point(
            r.SwotItem(product_id=data["product"].id, kind=SwotKind.STRENGTH, text=text)
        )
    return data


@pytest.fixture
def tab(qtbot, db, province):  # noqa: ANN001, ANN201
    widget = AnalysisTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    assert widget.picker.select_product(province["product"].id)
    return widget


def _stored(db, product_id, kind):  # noqa: ANN001, ANN202
    return [p.text for p in AnalysisService(db).points(product_id)[kind]]


def _texts(tab, kind):  # noqa: ANN001, ANN202
    return [p.text for p in tab.board.models[kind].items()]


def _focus_point(qtbot, tab, kind, row):  # noqa: ANN001, ANN202
    view = tab.lists[kind]
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(tab.board.models[kind].index(row, 0)).center(),
    )
    view.setFocus()
    return view


def test_models_pass_qtmodeltester(qtmodeltester, tab) -> None:  # noqa: ANN001
    for model in tab.board.models.values():
        qtmodeltester.check(model)
    qtmodeltester.check(tab.picker.proxy)
    qtmodeltester.check(tab.picker.model)
    empty = ProductChoiceModel()
    qtmodeltester.check(empty)


def test_summary_stays_in_view_with_photo_stars_and_certifications(tab) -> None:  # noqa: ANN001
    assert "ผ้าฝ้ายทอมือย้อมคราม" in tab.ui.productNameLabel.text().replace("\u200b", "")
    details = tab.ui.productDetailsLabel.text().replace("\u200b", "")
    assert "★★★☆☆" in details and "กลุ่ม D" in details
    assert "มผช. 11/2546" in tab.ui.certificationsLabel.text().replace("\u200b", "")
    assert tab.ui.photoLabel.pixmap() is not None and not tab.ui.photoLabel.pixmap().isNull()


def test_picker_filters_by_text_district_and_category(qtbot, tab) -> None:  # noqa: ANN001
    picker = tab.picker
    _type(picker.ui.searchEdit, "ครามบ้านนา")
    assert picker.proxy.rowCount() == 1
    picker.ui.searchEdit.clear()
    _type(picker.ui.searchEdit, "ไม่มีชื่อนี้")
    assert picker.proxy.rowCount() == 0
    picker.ui.searchEdit.clear()
    picker.ui.districtCombo.setCurrentIndex(picker.ui.districtCombo.findData("เมืองเลย"))
    assert picker.proxy.rowCount() == 1
    picker.ui.categoryCombo.setCurrentIndex(picker.ui.categoryCombo.findData("food"))
    assert picker.proxy.rowCount() == 0


def test_type_a_new_point_and_save(qtbot, db, tab, province) -> None:  # noqa: ANN001
    tab.lists[SwotKind.HIGHLIGHT].setFocus()
    qtbot.keyClick(tab.lists[SwotKind.HIGHLIGHT], Qt.Key.Key_Insert)  # adds to the focused group
    assert tab.has_unsaved_changes()
    text = "ลายผ้าปั้นจากเรื่องเล่าของชุมชน นักท่องเที่ยวญี่ปุ่นสนใจ"
    _type(tab.ui.textEdit, text)
    tab.ui.sourceCombo.setFocus()
    tab.ui.sourceCombo.lineEdit().clear()
    _type(tab.ui.sourceCombo.lineEdit(), "ที่ประชุมคณะกรรมการ KBO ครั้งที่ 1/2566")
    date_edit = tab.ui.recordedOnEdit.line_edit
    date_edit.clear()
    _type(date_edit, "19 ม.ค. 2566")
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(tab.dirtyChanged):
        qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    [stored] = AnalysisService(db).points(province["product"].id)[SwotKind.HIGHLIGHT]
    assert (stored.text, stored.source, stored.recorded_on) == (
        text,
        "ที่ประชุมคณะกรรมการ KBO ครั้งที่ 1/2566",
        date(2023, 1, 19),
    )
    assert not tab.has_unsaved_changes()


def test_keyboard_reorder_and_move_between_groups(qtbot, db, tab, province) -> None:  # noqa: ANN001
    pid = province["product"].id
    view = _focus_point(qtbot, tab, SwotKind.STRENGTH, 0)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert _texts(tab, SwotKind.STRENGTH) == ["สีครามธรรมชาติไม่ตก", "ฝ้ายปลูกเองในหมู่บ้าน", "ช่างทอมีฝีมือ"]
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert _texts(tab, SwotKind.STRENGTH)[2] == "ฝ้ายปลูกเองในหมู่บ้าน"
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert _texts(tab, SwotKind.STRENGTH)[1] == "ฝ้ายปลูกเองในหมู่บ้าน"
    assert _stored(db, pid, SwotKind.STRENGTH)[0] == "ฝ้ายปลูกเองในหมู่บ้าน"  # nothing stored yet
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)  # to ข้อเด่น
    assert _texts(tab, SwotKind.HIGHLIGHT) == ["ฝ้ายปลูกเองในหมู่บ้าน"]
    qtbot.keyClick(tab.lists[SwotKind.HIGHLIGHT], Qt.Key.Key_Right, CTRL)  # on to ข้อด้อย, at the end
    assert _texts(tab, SwotKind.WEAKNESS) == ["บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ", "ฝ้ายปลูกเองในหมู่บ้าน"]
    assert tab.ui.kindCombo.currentText() == "ข้อด้อย"
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert _stored(db, pid, SwotKind.STRENGTH) == ["สีครามธรรมชาติไม่ตก", "ช่างทอมีฝีมือ"]
    assert _stored(db, pid, SwotKind.WEAKNESS) == ["บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ", "ฝ้ายปลูกเองในหมู่บ้าน"]
    assert [p.position for p in AnalysisService(db).points(pid)[SwotKind.WEAKNESS]] == [0, 1]


def test_kind_combo_moves_the_point(qtbot, db, tab, province) -> None:  # noqa: ANN001
    _focus_point(qtbot, tab, SwotKind.STRENGTH, 2)
    tab.ui.kindCombo.setFocus()
    qtbot.keyClick(tab.ui.kindCombo, Qt.Key.Key_End)  # อุปสรรค, activated by the keyboard
    assert _texts(tab, SwotKind.THREAT) == ["ช่างทอมีฝีมือ"]


def test_drag_and_drop_through_the_models(qtbot, db, tab, province) -> None:  # noqa: ANN001
    strengths = tab.board.models[SwotKind.STRENGTH]
    weaknesses = tab.board.models[SwotKind.WEAKNESS]
    mime = strengths.mimeData([strengths.index(2, 0)])
    assert strengths.dropMimeData(
        mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )  # within the group
    assert _texts(tab, SwotKind.STRENGTH) == ["ช่างทอมีฝีมือ", "ฝ้ายปลูกเองในหมู่บ้าน", "สีครามธรรมชาติไม่ตก"]
    mime = strengths.mimeData([strengths.index(1, 0)])
    assert not weaknesses.dropMimeData(
        mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex()
    )  # only moves
    assert weaknesses.dropMimeData(
        mime, Qt.DropAction.MoveAction, -1, -1, weaknesses.index(0, 0)
    )  # onto row 0
    assert _texts(tab, SwotKind.WEAKNESS) == ["ฝ้ายปลูกเองในหมู่บ้าน", "บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ"]
    assert strengths.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)
    assert _texts(tab, SwotKind.STRENGTH) == ["สีครามธรรมชาติไม่ตก", "ช่างทอมีฝีมือ"]
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    pid = province["product"].id
    assert _stored(db, pid, SwotKind.STRENGTH) == ["สีครามธรรมชาติไม่ตก", "ช่างทอมีฝีมือ"]
    assert _stored(db, pid, SwotKind.WEAKNESS)[0] == "ฝ้ายปลูกเองในหมู่บ้าน"


def test_delete_undo_and_save_deletion(qtbot, db, tab, province) -> None:  # noqa: ANN001
    view = _focus_point(qtbot, tab, SwotKind.STRENGTH, 1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _texts(tab, SwotKind.STRENGTH) == ["ฝ้ายปลูกเองในหมู่บ้าน", "ช่างทอมีฝีมือ"]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _texts(tab, SwotKind.STRENGTH)[1] == "สีครามธรรมชาติไม่ตก"
    _focus_point(qtbot, tab, SwotKind.STRENGTH, 1)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert _stored(db, province["product"].id, SwotKind.STRENGTH) == [
        "ฝ้ายปลูกเองในหมู่บ้าน",
        "ช่างทอมีฝีมือ",
    ]


def test_empty_text_is_refused_with_a_thai_message_and_nothing_lost(
    qtbot, db, tab, province
) -> None:  # noqa: ANN001
    tab.lists[SwotKind.OPPORTUNITY].setFocus()
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert tab.ui.textError.text() == "กรุณากรอกข้อความ"
    assert tab.has_unsaved_changes()
    assert _stored(db, province["product"].id, SwotKind.OPPORTUNITY) == []
    _type(tab.ui.textEdit, "ตลาดออนไลน์เติบโต")
    assert tab.ui.textError.text() == ""
    assert tab.save()
    assert _stored(db, province["product"].id, SwotKind.OPPORTUNITY) == ["ตลาดออนไลน์เติบโต"]


def test_revert_throws_edits_away(qtbot, tab) -> None:  # noqa: ANN001
    view = _focus_point(qtbot, tab, SwotKind.STRENGTH, 0)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    qtbot.mouseClick(tab.ui.revertButton, Qt.MouseButton.LeftButton)
    assert _texts(tab, SwotKind.STRENGTH)[0] == "ฝ้ายปลูกเองในหมู่บ้าน"
    assert not tab.has_unsaved_changes()


def test_show_record_selects_the_point(tab, province) -> None:  # noqa: ANN001
    assert tab.show_record("swot_items", province["weakness"].id)
    assert tab.ui.textEdit.toPlainText() == "บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ"
    assert not tab.show_record("visits", province["visit"].id)
