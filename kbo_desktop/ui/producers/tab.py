"""The ผู้ผลิต/ผลิตภัณฑ์ tab: the producer list on the left, the editor on the right.

The tab keeps the promise of the main window's contract: nothing typed is lost
when the user picks another producer (they are asked first), deletes ask and
can be undone from the bar under the list (or the ``undo_action`` the main
window may put in its Edit menu), and the list is refreshed after each save.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QHeaderView, QMessageBox, QVBoxLayout, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import NotFoundError
from kbo_desktop.services import producer_list as service
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.producers.filters import FilterBar
from kbo_desktop.ui.producers.list_model import (
    COL_CATEGORIES,
    COL_NAME,
    ID_ROLE,
    ProducerListModel,
    ProducerSortProxy,
    size_for_paging,
)
from kbo_desktop.ui.producers.producer_editor import ProducerEditor
from kbo_desktop.ui.tab_page import TabPage
from kbo_desktop.ui.widgets.thai_wrap import wrappable

log = logging.getLogger(__name__)


class ProducersTab(TabPage):
    """Producer profiles: list, filters, editor, delete with undo.

    Signals (from :class:`TabPage`):
        statusMessage(str), dirtyChanged(bool).

    Attributes:
        undo_action: undoes the last delete made in this tab; disabled when
            there is nothing to undo.
    """

    KEY = "producers"

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._records = RecordService(db)
        self._undo: list[tuple[str, list[tuple[type[r.Record], str]]]] = []
        self._current_id: str | None = None
        ui = self.ui = load_form("producers_tab.ui", self)
        self.model = ProducerListModel(db, self)
        self.proxy = ProducerSortProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.producerTable
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        size_for_paging(table)  # rows are read as they scroll into view
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(False)
        for column, width in ((COL_NAME, 190), (COL_CATEGORIES, 112)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.filters = FilterBar(ui.searchEdit, ui.amphoeFilterCombo, ui.categoryFilterCombo,
                                 ui.starFilterCombo, ui.quadrantFilterCombo, ui.targetFilterCheck)  # fmt: skip
        self.editor = ProducerEditor(db)
        host_layout = QVBoxLayout(ui.editorHost)
        host_layout.setContentsMargins(6, 0, 0, 0)
        host_layout.addWidget(self.editor)
        ui.splitter.setStretchFactor(0, 5)
        ui.splitter.setStretchFactor(1, 6)
        ui.splitter.setSizes([660, 620])
        self.undo_action = QAction(self.tr("เลิกทำการลบ"), self)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        self.filters.changed.connect(self._on_filters_changed)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        ui.newButton.clicked.connect(self.new_record)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.undoButton.clicked.connect(self.undo_delete)
        ui.undoCloseButton.clicked.connect(ui.undoBar.hide)
        self.editor.dirtyChanged.connect(self.dirtyChanged)
        self.editor.statusMessage.connect(self.statusMessage)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.recordDeleted.connect(self._on_editor_record_deleted)
        self.refresh()
        if self.model.rowCount():
            self._select_producer(self.proxy.index(0, 0).data(ID_ROLE))
        else:
            self.editor.clear()

    # -- TabPage contract ------------------------------------------------------------

    def title(self) -> str:
        return self.tr("ผู้ผลิต/ผลิตภัณฑ์")

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def save(self) -> bool:
        return self.editor.save()

    def revert(self) -> None:
        self.editor.revert()

    def undo_stack(self) -> QUndoStack:
        return self.editor.history.stack

    def new_record(self) -> None:
        if not self._may_leave():
            return
        self._current_id = None
        self.ui.producerTable.selectionModel().clearSelection()
        self.editor.new_producer()

    def delete_selected(self) -> None:
        producer_id = self.editor.producer_id()
        if producer_id is None:
            return
        name = self.editor.draft().producer.name
        answer = QMessageBox.question(
            self,
            self.tr("ลบผู้ผลิต"),
            self.tr(
                "ลบ “%1” พร้อมผลิตภัณฑ์ มาตรฐาน แผนพัฒนา บันทึกการลงพื้นที่ และภาพถ่ายทั้งหมดหรือไม่?\n"
                "ลบแล้วยังกด “เลิกทำการลบ” ได้"
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        undo = self._records.delete(r.Producer, producer_id)
        self._push_undo(self.tr("ลบ “%1” แล้ว").replace("%1", name), undo)
        self._current_id = None
        self.refresh()
        if self.model.rowCount():
            self._select_producer(self.proxy.index(0, 0).data(ID_ROLE), ask=False)
        else:
            self.editor.clear()

    def refresh(self) -> None:
        """Reload the list (filters applied) and the district choices, keeping the selection."""
        self.filters.set_amphoes(service.amphoes_in_use(self.db))
        self.model.load(self.filters.current())
        self.ui.countLabel.setText(self.tr("%n ราย", "", self.model.rowCount()))
        if self._current_id:
            self._highlight(self._current_id)

    def show_record(self, collection: str, record_id: str) -> bool:
        try:
            if collection == "producers":
                producer_id, product_id = record_id, None
            elif collection == "products":
                product = self._records.get(r.Product, record_id)
                producer_id, product_id = product.producer_id, record_id
            elif collection == "certifications":
                cert = self._records.get(r.Certification, record_id)
                product = self._records.get(r.Product, cert.product_id)
                producer_id, product_id = product.producer_id, product.id
            else:
                return False
        except NotFoundError:
            return False
        if producer_id != self._current_id and not self._may_leave():
            return True
        if self.model.row_of(producer_id) < 0:
            self.filters.reset()
            self.refresh()
        self._select_producer(producer_id, ask=False)
        if product_id:
            self.editor.select_product(product_id)
        return True

    # -- undo of deletes ------------------------------------------------------------

    def undo_delete(self) -> None:
        """Bring back what the last delete in this tab removed."""
        if not self._undo:
            return
        text, deleted = self._undo.pop()
        self._records.restore(deleted)
        restored_producer = next((rid for cls, rid in deleted if cls is r.Producer), None)
        self.refresh()
        if restored_producer and self._may_leave():
            self._select_producer(restored_producer, ask=False)
        elif self.editor.producer_id():
            self.editor.reload_keeping_edits()
        self._update_undo()
        self.statusMessage.emit(self.tr("เลิกทำแล้ว: %1").replace("%1", text))

    def _push_undo(self, text: str, deleted: list[tuple[type[r.Record], str]]) -> None:
        self._undo.append((text, deleted))
        self._update_undo()
        self.statusMessage.emit(text)

    def _update_undo(self) -> None:
        ui = self.ui
        if self._undo:
            text = self._undo[-1][0]
            ui.undoLabel.setText(wrappable(text))
            ui.undoBar.show()
            self.undo_action.setText(self.tr("เลิกทำ: %1").replace("%1", text))
        else:
            ui.undoBar.hide()
            self.undo_action.setText(self.tr("เลิกทำการลบ"))
        self.undo_action.setEnabled(bool(self._undo))

    # -- selection --------------------------------------------------------------------

    def _may_leave(self) -> bool:
        """Ask what to do with unsaved edits; False means stay."""
        if not self.editor.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("ยังไม่ได้บันทึก"),
            self.tr("ข้อมูลผู้ผลิตที่แก้ไขยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        return answer == QMessageBox.StandardButton.Discard

    def _select_producer(self, producer_id: str, *, ask: bool = True) -> None:
        if ask and producer_id != self._current_id and not self._may_leave():
            self._highlight(self._current_id)
            return
        self._current_id = producer_id
        self._highlight(producer_id)
        self.editor.load(producer_id)

    def _highlight(self, producer_id: str | None) -> None:
        """Select the producer's row without reacting to it."""
        table = self.ui.producerTable
        selection = table.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(producer_id) if producer_id else -1
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            table.scrollTo(index)
        else:
            selection.clear()
        selection.blockSignals(False)
        table.viewport().update()

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        producer_id = current.data(ID_ROLE) if current.isValid() else None
        if producer_id and producer_id != self._current_id:
            self._select_producer(producer_id)

    def _on_filters_changed(self) -> None:
        self.refresh()

    def _on_editor_saved(self, producer_id: str) -> None:
        self._current_id = producer_id
        self.refresh()

    def _on_editor_record_deleted(self, text: str, undo: list) -> None:  # type: ignore[type-arg]
        self._push_undo(text, undo)
        self.refresh()
