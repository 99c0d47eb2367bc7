"""The meetings tab driven through its widgets: type, click, save, then look at the store;
generate, cancel, preview, save and print the packet."""

from __future__ import annotations

import io
import time
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QLineEdit, QMessageBox
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category
from kbo_desktop.services.meetings import AgendaProduct
from kbo_desktop.services.packet import PacketCancelled
from kbo_desktop.ui.meetings.agenda_products import (
    ChosenProductsModel,
    ProductCheckModel,
    ProductFilterProxy,
)
from kbo_desktop.ui.meetings.models import AgendaItemsModel, MeetingListModel
from kbo_desktop.ui.meetings.pdf_preview import render_pdf_to_printer
from kbo_desktop.ui.meetings.tab import PAGE_PACKET, PAGE_PRODUCTS, MeetingsTab
from kbo_desktop.ui.widgets.thai_wrap import unwrappable as _plain
from tests.factories import small_province

Yes = QMessageBox.StandardButton.Yes
LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _type(widget, text: str) -> None:  # noqa: ANN001
    """Type Thai key by key, as a Thai keyboard layout sends it (QTest asserts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _type_into_item_editor(qtbot, view, text: str) -> None:  # noqa: ANN001
    """Type into the line edit the view opened for an item and press Enter
    (the view commits on its next event loop turn; closed editors are hidden)."""
    [editor] = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    _type(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for number in range(pages):
        page.drawString(72, 720, f"page {number + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


@pytest.fixture
def province(db, tmp_path):  # noqa: ANN001, ANN201
    data = small_province(db, tmp_path)
    from kbo_desktop.services.records import RecordService

    records = RecordService(db)
    producer = records.save(
        r.Producer(name="กลุ่มแม่บ้านน้ำพริกนาด้วง", address=r.Address(amphoe="นาด้วง", province="เลย"))
    )
    data["chili"] = records.save(
        r.Product(producer_id=producer.id, name="น้ำพริกเผาสูตรโบราณ", category=Category.FOOD)
    )
    wine = r.Product(
        producer_id=producer.id, name="ไวน์มะขามหวาน", category=Category.BEVERAGE, kbo_target=True
    )
    data["wine"] = records.save(wine)
    return data


@pytest.fixture
def make_tab(db, qtbot, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Yes)

    def make(**kwargs) -> MeetingsTab:  # noqa: ANN003
        widget = MeetingsTab(db, **kwargs)
        qtbot.addWidget(widget)
        widget.resize(1280, 800)
        widget.show()
        return widget

    return make


def test_create_meeting_via_form_and_save(province, make_tab, qtbot, records) -> None:
    tab = make_tab()
    ui = tab.details.ui
    qtbot.mouseClick(tab.ui.newButton, LEFT)
    with qtbot.waitSignal(tab.dirtyChanged, check_params_cb=lambda dirty: dirty):
        _type(ui.titleEdit, "ประชุมคณะกรรมการ KBO ครั้งที่ 1/2567")
    tab.details.held_on_edit.line_edit.setFocus()
    _type(tab.details.held_on_edit.line_edit, "15 ม.ค. 2567")
    qtbot.keyClick(tab.details.held_on_edit.line_edit, Qt.Key.Key_Return)
    _type(ui.venueEdit, "ห้องประชุมศาลากลางจังหวัดเลย")
    for item in ("เรื่องประธานแจ้งที่ประชุมทราบ", "เรื่องพิจารณาแผนพัฒนาผลิตภัณฑ์"):
        qtbot.mouseClick(ui.addAgendaButton, LEFT)
        _type_into_item_editor(qtbot, ui.agendaList, item)
    _type(ui.minutesEdit, "ที่ประชุมมีมติเห็นชอบ")
    with qtbot.waitSignal(tab.dirtyChanged, check_params_cb=lambda dirty: not dirty):
        qtbot.mouseClick(tab.ui.saveButton, LEFT)
    stored = [m for m in records.list(r.Meeting) if m.title.endswith("1/2567")]
    assert len(stored) == 1
    meeting = stored[0]
    assert meeting.held_on == date(2024, 1, 15) and meeting.venue == "ห้องประชุมศาลากลางจังหวัดเลย"
    assert meeting.agenda == ["เรื่องประธานแจ้งที่ประชุมทราบ", "เรื่องพิจารณาแผนพัฒนาผลิตภัณฑ์"]
    assert meeting.minutes == "ที่ประชุมมีมติเห็นชอบ"
    # the list shows it first (newest) and selected
    assert tab.model.meeting(0).id == meeting.id
    assert tab.ui.meetingTable.currentIndex().row() == 0


def test_choose_products_filter_and_reorder(province, make_tab, qtbot, records) -> None:
    tab = make_tab()
    editor = tab.products
    tab.ui.sectionTabs.setCurrentIndex(PAGE_PRODUCTS)
    assert editor.product_ids() == [province["product"].id]  # the meeting as stored
    view = editor.ui.productList
    _type(editor.ui.filterEdit, "น้ำพริกเผา")
    assert editor.proxy.rowCount() == 1
    view.setFocus()
    view.setCurrentIndex(editor.proxy.index(0, 0))
    with qtbot.waitSignal(tab.dirtyChanged):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    editor.ui.filterEdit.clear()
    qtbot.mouseClick(editor.ui.targetsOnlyCheck, LEFT)
    names = [_plain(editor.proxy.index(i, 0).data()) for i in range(editor.proxy.rowCount())]
    assert len(names) == 2 and not any(
        n.startswith("น้ำพริกเผา") for n in names
    )  # targets: cloth and wine
    wine_row = next(i for i, n in enumerate(names) if "ไวน์" in n)
    view.setCurrentIndex(editor.proxy.index(wine_row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter toggles too
    ids = [province["product"].id, province["chili"].id, province["wine"].id]
    assert editor.product_ids() == ids
    # move the wine up to the top of the agenda
    editor.ui.chosenList.setCurrentIndex(editor.chosen.index(2, 0))
    qtbot.mouseClick(editor.ui.productUpButton, LEFT)
    qtbot.mouseClick(editor.ui.productUpButton, LEFT)
    assert not editor.ui.productUpButton.isEnabled()
    # and take the chili off again
    editor.ui.chosenList.setCurrentIndex(editor.chosen.index(2, 0))
    qtbot.mouseClick(editor.ui.removeProductButton, LEFT)
    assert tab.save()
    stored = records.get(r.Meeting, province["meeting"].id)
    assert stored.product_ids == [province["wine"].id, province["product"].id]


def test_reorder_agenda_items(province, make_tab, qtbot, records) -> None:
    tab = make_tab()
    ui = tab.details.ui
    qtbot.mouseClick(ui.addAgendaButton, LEFT)
    _type_into_item_editor(qtbot, ui.agendaList, "เรื่องสืบเนื่อง")
    assert tab.details.agenda.items() == ["เรื่องแจ้งเพื่อทราบ", "เรื่องสืบเนื่อง"]
    numbering = ui.agendaList.itemDelegate()
    assert numbering.prefix(1).startswith("ระเบียบวาระที่ 2")
    qtbot.mouseClick(ui.agendaUpButton, LEFT)
    assert tab.details.agenda.items() == ["เรื่องสืบเนื่อง", "เรื่องแจ้งเพื่อทราบ"]
    qtbot.mouseClick(tab.ui.saveButton, LEFT)
    assert records.get(r.Meeting, province["meeting"].id).agenda == ["เรื่องสืบเนื่อง", "เรื่องแจ้งเพื่อทราบ"]
    ui.agendaList.setCurrentIndex(tab.details.agenda.index(0, 0))
    qtbot.mouseClick(ui.removeAgendaButton, LEFT)
    qtbot.mouseClick(tab.ui.revertButton, LEFT)
    assert tab.details.agenda.items() == ["เรื่องสืบเนื่อง", "เรื่องแจ้งเพื่อทราบ"]
    assert not tab.has_unsaved_changes()


def test_missing_title_and_date_are_shown_next_to_the_fields(
    province, make_tab, qtbot, records
) -> None:
    tab = make_tab()
    qtbot.mouseClick(tab.ui.newButton, LEFT)
    _type(tab.details.ui.venueEdit, "อำเภอภูเรือ")
    qtbot.mouseClick(tab.ui.saveButton, LEFT)
    title_error = tab.details.errors.label("title")
    date_error = tab.details.errors.label("held_on")
    assert title_error.isVisibleTo(tab) and "ชื่อเรื่อง" in _plain(title_error.text())
    assert date_error.isVisibleTo(tab) and "วันที่ประชุม" in _plain(date_error.text())
    assert len(records.list(r.Meeting)) == 1  # only the factory's
    # a date that cannot be read is reported too, in Thai
    _type(tab.details.ui.titleEdit, "ประชุมนัดพิเศษ")
    tab.details.held_on_edit.line_edit.setFocus()
    _type(tab.details.held_on_edit.line_edit, "วันพรุ่งนี้")
    qtbot.keyClick(tab.details.held_on_edit.line_edit, Qt.Key.Key_Return)
    assert not tab.save()
    assert "อ่านวันที่ประชุมไม่ได้" in _plain(date_error.text()) and not title_error.isVisibleTo(tab)
    assert len(records.list(r.Meeting)) == 1


def test_delete_meeting_and_undo(province, make_tab, qtbot, records) -> None:
    tab = make_tab()
    qtbot.mouseClick(tab.ui.deleteButton, LEFT)
    assert records.list(r.Meeting) == [] and tab.model.rowCount() == 0
    assert tab.ui.undoBar.isVisible() and not tab.ui.editorPane.isEnabled()
    qtbot.mouseClick(tab.ui.undoButton, LEFT)
    assert [m.id for m in records.list(r.Meeting)] == [province["meeting"].id]
    assert tab.current_meeting() is not None and tab.current_meeting().id == province["meeting"].id


def test_generate_packet_with_the_packet_service(
    province, make_tab, qtbot, tmp_path, monkeypatch
) -> None:
    tab = make_tab()
    tab.ui.sectionTabs.setCurrentIndex(PAGE_PACKET)
    panel = tab.packet
    assert not panel.ui.personalDataCheck.isChecked()
    assert not panel.ui.savePdfButton.isEnabled()
    reports: list[tuple[int, int]] = []
    panel.ui.progressBar.valueChanged.connect(
        lambda v: reports.append((v, panel.ui.progressBar.maximum()))
    )
    with qtbot.waitSignal(panel.packetReady, timeout=30000) as ready:
        qtbot.mouseClick(panel.ui.generateButton, LEFT)
        assert panel.ui.cancelButton.isVisible() and not panel.ui.generateButton.isEnabled()
    assert ready.args[0] >= 1 and panel.preview.page_count() == ready.args[0]
    assert panel.preview.pdf_document().status() == QPdfDocument.Status.Ready
    assert not panel.ui.cancelButton.isVisible() and panel.ui.savePdfButton.isEnabled()
    assert reports and reports[-1][0] == reports[-1][1]
    assert tab.can_print()
    # save it where the dialog says
    target = tmp_path / "out" / "packet.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), "")
    )
    qtbot.mouseClick(panel.ui.savePdfButton, LEFT)
    assert target.read_bytes() == panel.preview.pdf_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["packet.pdf"]  # no temporary left behind


def test_generating_saves_pending_edits_first(province, make_tab, qtbot, records) -> None:
    calls: list[tuple[str, bool]] = []

    def build(db, meeting_id, options, *, progress, cancelled):  # noqa: ANN001, ANN202
        calls.append((records.get(r.Meeting, meeting_id).title, options.include_personal_data))
        progress(1, 1)
        return _pdf(3)

    tab = make_tab(build=build)
    _type(tab.details.ui.titleEdit, " (แก้ไข)")
    qtbot.mouseClick(tab.packet.ui.personalDataCheck, LEFT)
    with qtbot.waitSignal(tab.packet.packetReady, timeout=10000) as ready:
        qtbot.mouseClick(tab.packet.ui.generateButton, LEFT)
    assert ready.args == [3]
    assert calls == [("ประชุมคณะกรรมการ KBO จังหวัดเลย ครั้งที่ 2/2566 (แก้ไข)", True)]
    assert not tab.has_unsaved_changes()


def test_cancel_stops_generation_without_an_error_dialog(
    province, make_tab, qtbot, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(str(a)))
    steps: list[int] = []

    def build(db, meeting_id, options, *, progress, cancelled):  # noqa: ANN001, ANN202
        for step in range(10000):
            if cancelled():
                raise PacketCancelled()
            steps.append(step)
            progress(step, 10000)
            time.sleep(0.002)
        return _pdf(1)

    tab = make_tab(build=build)
    tab.ui.sectionTabs.setCurrentIndex(PAGE_PACKET)
    panel = tab.packet
    with qtbot.waitSignal(panel.ui.progressBar.valueChanged, timeout=10000):
        qtbot.mouseClick(panel.ui.generateButton, LEFT)
    with qtbot.waitSignal(panel.ui.cancelButton.clicked):
        qtbot.mouseClick(panel.ui.cancelButton, LEFT)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10000)
    assert len(steps) < 10000
    assert "ยกเลิก" in _plain(panel.ui.statusLabel.text())
    assert warnings == [] and panel.preview.page_count() == 0
    assert panel.ui.generateButton.isEnabled() and not panel.ui.cancelButton.isVisible()


def test_failure_is_reported_in_a_dialog(province, make_tab, qtbot, monkeypatch) -> None:
    from kbo_desktop.domain.errors import NotFoundError

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    def build(db, meeting_id, options, *, progress, cancelled):  # noqa: ANN001, ANN202
        raise NotFoundError("ไม่พบการประชุม", "no meeting")

    tab = make_tab(build=build)
    qtbot.mouseClick(tab.packet.ui.generateButton, LEFT)
    qtbot.waitUntil(lambda: not tab.packet.is_running(), timeout=10000)
    assert warnings == ["ไม่พบการประชุม"]


def test_print_renders_every_page_to_the_printer(qtbot, tmp_path) -> None:
    from kbo_desktop.ui.meetings.pdf_preview import PdfPreview

    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.set_pdf(_pdf(3)) and preview.page_count() == 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert render_pdf_to_printer(preview.pdf_document(), printer) == 3
    assert out.read_bytes().startswith(b"%PDF")
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == 3
    size = printed.pagePointSize(0)
    assert abs(size.width() - A4[0]) < 2 and abs(size.height() - A4[1]) < 2
    printed.close()


def test_models(qtmodeltester, qtbot) -> None:
    meetings = MeetingListModel()
    first = r.Meeting(title="ประชุมครั้งที่ 1", held_on=date(2024, 1, 1), product_ids=["a"])
    meetings.set_meetings([first, r.Meeting(title="ประชุมครั้งที่ 2")])
    qtmodeltester.check(meetings)
    agenda = AgendaItemsModel()
    agenda.set_items(["ก", "ข", "ค"])
    qtmodeltester.check(agenda)
    assert agenda.move(0, +1) == 1 and agenda.items() == ["ข", "ก", "ค"]
    assert agenda.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert agenda.items() == ["ค", "ข", "ก"]
    assert agenda.insertRows(3, 1) and agenda.removeRows(0, 2) and agenda.items() == ["ก", ""]
    qtmodeltester.check(agenda)
    products = [
        AgendaProduct(product_id=str(i), name=f"สินค้า {i}", producer_name="กลุ่ม",
                      amphoe="เมืองเลย", category=Category.FOOD, kbo_target=i % 2 == 0)
        for i in range(4)
    ]  # fmt: skip
    chosen = ChosenProductsModel()
    catalogue = ProductCheckModel(chosen)
    catalogue.set_products(products)
    assert catalogue.setData(
        catalogue.index(2, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    chosen.add("0")
    assert chosen.ids() == ["2", "0"] and chosen.move(1, -1) == 0 and chosen.ids() == ["0", "2"]
    assert chosen.set_ids(["3", "gone"]) == ["gone"]
    qtmodeltester.check(chosen)
    qtmodeltester.check(catalogue)
    proxy = ProductFilterProxy()
    proxy.setSourceModel(catalogue)
    proxy.set_filters("", True)
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy)


def test_wrong_collection_and_unknown_ids(province, make_tab) -> None:
    tab = make_tab()
    assert not tab.show_record("producers", province["producer"].id)
    assert not tab.show_record("meetings", "no-such-id")
    assert tab.show_record("meetings", province["meeting"].id)
