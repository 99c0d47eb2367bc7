"""The meetings tab (ประชุม/รายงาน): committee meetings, their agenda, and the packet.

Left, the meetings, newest first. Right, the meeting chosen, in three pages:
its details (title, date, venue, agenda items, minutes), the products on its
agenda, and its packet (generate, preview, save, print). Edits stay in memory
until saved; the tab compares them with the stored meeting to know whether
anything is unsaved, and asks before throwing edits away. Deleting shows an
undo bar. The packet is built from the stored meeting, so the tab saves
pending edits before generating.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import KboError, ValidationErrors
from kbo_desktop.services.meetings import Deletion, MeetingService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.meetings.details import MeetingDetailsEditor
from kbo_desktop.ui.meetings.models import (
    COL_DATE,
    COL_PRODUCTS,
    COL_TITLE,
    ID_ROLE,
    MeetingListModel,
)
from kbo_desktop.ui.meetings.packet_panel import PacketPanel
from kbo_desktop.ui.meetings.packet_worker import BuildFunction
from kbo_desktop.ui.meetings.products_editor import AgendaProductsEditor
from kbo_desktop.ui.tab_page import TabPage
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.thai_wrap import wrappable

log = logging.getLogger(__name__)

PAGE_DETAILS, PAGE_PRODUCTS, PAGE_PACKET = range(3)
_EDITED_FIELDS = ("title", "held_on", "venue", "agenda", "product_ids", "minutes")


class MeetingsTab(TabPage):
    """Committee meetings and their packets.

    Signals (from :class:`TabPage`): statusMessage(str), dirtyChanged(bool).

    Args:
        db: the open database.
        build: the packet builder (tests pass a stand-in); the packet
            service's ``build_packet`` by default.
    """

    KEY = "meetings"

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, build: BuildFunction | None = None
    ):
        super().__init__(db, parent)
        self.service = MeetingService(db)
        self.ui = load_form("meetings_tab.ui", self)
        self.model = MeetingListModel(self)
        table = self.ui.meetingTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PRODUCTS, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        self.details = MeetingDetailsEditor(self.ui.detailsPage)
        self.ui.detailsPage.layout().addWidget(self.details)
        self.products = AgendaProductsEditor(self.ui.productsPage)
        self.ui.productsPage.layout().addWidget(self.products)
        self.packet = PacketPanel(db, self.ui.packetPage, build=build)
        self.ui.packetPage.layout().addWidget(self.packet)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 5)
        self.ui.splitter.setSizes([340, 900])
        self.ui.headingLabel.setStyleSheet("font-weight: bold; font-size: 120%;")

        self._stored: r.Meeting | None = None  # as saved (or the blank new one)
        self._is_new = False
        self._dirty = False
        self._undo: tuple[Deletion, str] | None = None
        self._selecting = False

        table.selectionModel().currentRowChanged.connect(self._on_meeting_table_current_row_changed)
        self.ui.newButton.clicked.connect(self._on_new_button_clicked)
        self.ui.deleteButton.clicked.connect(self._on_delete_button_clicked)
        self.ui.undoButton.clicked.connect(self._on_undo_button_clicked)
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.revertButton.clicked.connect(self._on_revert_button_clicked)
        self.details.edited.connect(self._on_editor_edited)
        self.products.edited.connect(self._on_editor_edited)
        self.packet.generateRequested.connect(self._on_packet_generate_requested)
        self.packet.statusMessage.connect(self.statusMessage)
        self.refresh()

    # -- TabPage ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("ประชุม/รายงาน")

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def current_meeting(self) -> r.Meeting | None:
        """The meeting as the form shows it now (``None`` when none is open)."""
        if self._stored is None:
            return None
        edited = self.details.apply_to(self._stored)
        return replace(edited, product_ids=self.products.product_ids())

    def save(self) -> bool:
        meeting = self.current_meeting()
        if meeting is None:
            return True
        problems = self.details.input_problems()
        if problems:
            self._show_problems(problems)
            return False
        try:
            saved = self.service.save(meeting)
        except ValidationErrors as exc:
            self._show_problems(list(exc.problems))
            return False
        except KboError as exc:
            self._show_problems([exc])
            return False
        self.details.errors.clear()
        self.products.show_problems([])
        self._reload_list(select=saved.id)
        self._show(saved, is_new=False)
        self.statusMessage.emit(self.tr("บันทึกการประชุม “%1” แล้ว").replace("%1", saved.title))
        return True

    def revert(self) -> None:
        if self._stored is not None:
            self._show(self._stored, is_new=self._is_new)
            self.statusMessage.emit(self.tr("ย้อนการแก้ไขแล้ว"))

    def new_record(self) -> None:
        if not self._confirm_leaving():
            return
        self._selecting = True
        self.ui.meetingTable.selectionModel().clearSelection()
        self.ui.meetingTable.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
        )
        self._selecting = False
        self._show(r.Meeting(), is_new=True)
        self.ui.sectionTabs.setCurrentIndex(PAGE_DETAILS)
        self.details.title_edit.setFocus()

    def delete_selected(self) -> None:
        if self._stored is None:
            return
        if self._is_new:
            self._show(None, is_new=False)
            return
        meeting = self._stored
        question = self.tr("ลบการประชุม “%1” หรือไม่?\nเลิกทำได้จากแถบใต้รายการ")
        answer = QMessageBox.question(
            self, self.tr("ลบการประชุม"), question.replace("%1", meeting.title)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        deletion = self.service.delete(meeting.id)
        self._undo = (deletion, meeting.id)
        message = self.tr("ลบการประชุม “%1” แล้ว").replace("%1", meeting.title)
        self.ui.undoLabel.setText(wrappable(message))
        self.ui.undoBar.show()
        self._show(None, is_new=False)
        self._reload_list()
        self.statusMessage.emit(message)

    def refresh(self) -> None:
        keep = self._stored.id if self._stored is not None and not self._is_new else ""
        self.products.set_choices(self.service.product_choices())
        self._reload_list(select=keep)
        if keep and self.model.row_of(keep) < 0:
            self._show(None, is_new=False)
        elif not keep and not self._is_new:
            self._select_first()

    def show_record(self, collection: str, record_id: str) -> bool:
        if collection != r.Meeting.COLLECTION:
            return False
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.ui.meetingTable.selectRow(row)
        return self._stored is not None and self._stored.id == record_id

    # -- printing (File ▸ Print of the main window) ---------------------------------
    def can_print(self) -> bool:
        return self.packet.has_packet()

    def print_document(self) -> bool:
        self.ui.sectionTabs.setCurrentIndex(PAGE_PACKET)
        return self.packet.print_packet()

    # -- slots ------------------------------------------------------------------------
    def _on_meeting_table_current_row_changed(
        self, current: QModelIndex, previous: QModelIndex
    ) -> None:
        if self._selecting or not current.isValid():
            return
        meeting_id = str(current.data(ID_ROLE))
        if self._stored is not None and self._stored.id == meeting_id and not self._is_new:
            return
        if not self._confirm_leaving():
            self._select_row(previous.row() if previous.isValid() else -1)
            return
        self._show(self.model.meeting(current.row()), is_new=False)

    def _on_new_button_clicked(self) -> None:
        self.new_record()

    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    def _on_undo_button_clicked(self) -> None:
        if self._undo is None:
            return
        deletion, meeting_id = self._undo
        self._undo = None
        self.ui.undoBar.hide()
        self.service.restore(deletion)
        if self._confirm_leaving():
            self._reload_list(select=meeting_id)
            self._show(self.service.get(meeting_id), is_new=False)
        else:
            self._reload_list()
        self.statusMessage.emit(self.tr("นำการประชุมกลับมาแล้ว"))

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_revert_button_clicked(self) -> None:
        self.revert()

    def _on_editor_edited(self) -> None:
        current = self.current_meeting()
        dirty = (
            current is not None
            and self._stored is not None
            and any(
                getattr(current, name) != getattr(self._stored, name) for name in _EDITED_FIELDS
            )
        )
        self._set_dirty(dirty)

    def _on_packet_generate_requested(self) -> None:
        if self._stored is None:
            return
        if (self._dirty or self._is_new) and not self.save():
            self.ui.sectionTabs.setCurrentIndex(PAGE_DETAILS)
            self.statusMessage.emit(self.tr("แก้ไขข้อมูลการประชุมให้ครบก่อนสร้างเอกสาร"))
            return
        assert self._stored is not None
        self.packet.start(self._stored.id)

    # -- helpers ---------------------------------------------------------------------------
    def _show(self, meeting: r.Meeting | None, *, is_new: bool) -> None:
        """Put a meeting in the editor as the new baseline (``None``: nothing open)."""
        self._is_new = is_new
        self.ui.editorPane.setEnabled(meeting is not None)
        self.ui.deleteButton.setEnabled(meeting is not None)
        if meeting is None:
            self._stored = None
            self.ui.headingLabel.setText(
                wrappable(self.tr("เลือกการประชุมจากรายการ หรือกด “เพิ่มการประชุม”"))
            )
            self.details.set_meeting(r.Meeting())
            self.products.set_product_ids([])
            self.packet.set_meeting("", "")
            self._set_dirty(False)
            return
        missing = self.products.set_product_ids(meeting.product_ids)
        self._stored = meeting
        self.details.set_meeting(meeting)
        heading = meeting.title if not is_new else self.tr("การประชุมใหม่")
        self.ui.headingLabel.setText(wrappable(heading))
        self.packet.set_meeting("" if is_new else meeting.id, meeting.title)
        self._set_dirty(False)
        if missing:
            log.info("meeting %s lists %d products that no longer exist", meeting.id, len(missing))
            self.statusMessage.emit(
                self.tr("ผลิตภัณฑ์ %1 รายการในวาระถูกลบไปแล้ว จะถูกนำออกเมื่อบันทึก").replace(
                    "%1", str(len(missing))
                )
            )
            self._on_editor_edited()

    def _show_problems(self, problems: list[KboError]) -> None:
        unplaced = self.details.show_problems(problems)
        about_products = [p for p in unplaced if p.field == "product_ids"]
        self.products.show_problems(about_products)
        if len(about_products) < len(problems):
            self.ui.sectionTabs.setCurrentIndex(PAGE_DETAILS)
        elif about_products:
            self.ui.sectionTabs.setCurrentIndex(PAGE_PRODUCTS)
        others = [p for p in unplaced if p.field != "product_ids"]
        text = message_of(problems[0]) if problems else ""
        self.ui.stateLabel.setText(wrappable("⚠ " + text) if text else "")
        if others:
            QMessageBox.warning(self, self.tr("บันทึกไม่ได้"), "\n".join(message_of(p) for p in others))
        self.statusMessage.emit(self.tr("ยังบันทึกไม่ได้: %1").replace("%1", text))

    def _set_dirty(self, dirty: bool) -> None:
        self.ui.saveButton.setEnabled(dirty or self._is_new)
        self.ui.revertButton.setEnabled(dirty)
        self.ui.stateLabel.setText(self.tr("มีการแก้ไขที่ยังไม่บันทึก") if dirty else "")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _confirm_leaving(self) -> bool:
        """True when the open meeting may be replaced (saved or discarded on request)."""
        if not self._dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("มีการแก้ไขที่ยังไม่บันทึก"), self.tr("บันทึกการแก้ไขการประชุมนี้ก่อนหรือไม่?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )  # fmt: skip
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def _reload_list(self, select: str = "") -> None:
        self._selecting = True
        try:
            self.model.set_meetings(self.service.list_meetings())
            self._select_row(self.model.row_of(select) if select else -1)
        finally:
            self._selecting = False

    def _select_row(self, row: int) -> None:
        selection = self.ui.meetingTable.selectionModel()
        was = self._selecting
        self._selecting = True
        try:
            if row < 0:
                selection.clear()
            else:
                index = self.model.index(row, 0)
                flags = QItemSelectionModel.SelectionFlag
                selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
                self.ui.meetingTable.scrollTo(index)
        finally:
            self._selecting = was

    def _select_first(self) -> None:
        if self.model.rowCount():
            self._select_row(0)
            self._show(self.model.meeting(0), is_new=False)
        else:
            self._show(None, is_new=False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.packet.shutdown()
        super().closeEvent(event)
