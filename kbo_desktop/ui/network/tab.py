"""The KBO network directory: who can help producers, with what, and how to reach them.

A filterable, sortable list of members on the left and the editor on the
right. Deleting asks first and can be undone from the bar that appears
(RecordService.delete returns exactly what to restore). Later issues assign
plan actions to members; the editor keeps a place for that list.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import MemberKind
from kbo_desktop.domain.errors import ValidationErrors
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.network.editor import MemberEditor
from kbo_desktop.ui.network.model import (
    COL_EMAIL,
    COL_EXPERTISE,
    COL_KIND,
    COL_NAME,
    COL_ORGANIZATION,
    COL_PHONE,
    ID_ROLE,
    MemberFilterProxy,
    NetworkMembersModel,
)
from kbo_desktop.ui.planning.member_actions import MemberActionsView
from kbo_desktop.ui.tab_page import TabPage
from kbo_desktop.ui.widgets.dialogs import ask_save_discard_cancel
from kbo_desktop.ui.widgets.language import enum_label, message_of

log = logging.getLogger(__name__)


class NetworkTab(TabPage):
    """Directory of the province's KBO network members."""

    KEY = "network"

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.service = RecordService(db)
        self.model = NetworkMembersModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._undo: list[tuple[type[r.Record], str]] = []
        self._selecting = False
        self._build()
        self.refresh()
        self.editor.load(None)

    def title(self) -> str:
        return self.tr("เครือข่าย KBO")

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_edit = QLineEdit(objectName="memberFilter", clearButtonEnabled=True)
        self.filter_edit.setPlaceholderText(self.tr("กรองตามชื่อ หน่วยงาน ความเชี่ยวชาญ…"))
        self.kind_combo = QComboBox(objectName="memberKindFilter")
        self.kind_combo.addItem(self.tr("ทุกประเภท"), None)
        for kind in MemberKind:
            self.kind_combo.addItem(enum_label(kind), kind.value)
        self.table = QTableView(objectName="memberTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((COL_NAME, 250), (COL_KIND, 150), (COL_ORGANIZATION, 170), (COL_PHONE, 110),
                              (COL_EMAIL, 200)):  # fmt: skip
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_EXPERTISE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PHONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in range(
            self.model.columnCount()
        ):  # right-click the header to show/hide columns
            toggle = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), header)
            toggle.setCheckable(True)
            toggle.setChecked(column != COL_EMAIL)
            toggle.setEnabled(column != COL_NAME)
            toggle.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
            header.addAction(toggle)
        self.table.setColumnHidden(COL_EMAIL, True)
        self.count_label = QLabel(objectName="memberCount")
        self.undo_bar = QFrame(objectName="undoBar", frameShape=QFrame.Shape.StyledPanel)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("เลิกทำการลบ"), objectName="undoDeleteButton")
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.new_button = QPushButton(self.tr("เพิ่มสมาชิก"), objectName="newMemberButton")
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.new_button)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(filters)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.count_label)
        self.editor = MemberEditor()
        # Every plan action this member is responsible for, across products.
        self.member_actions = MemberActionsView(self.db, self.editor)
        actions_heading = QLabel(self.tr("กิจกรรมตามแผนที่รับผิดชอบ"))
        actions_heading.setStyleSheet("font-weight: bold")
        self.editor.ui.memberSectionsLayout.addWidget(actions_heading)
        self.editor.ui.memberSectionsLayout.addWidget(self.member_actions, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="networkSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 480])
        box = QVBoxLayout(self)
        box.addWidget(self.undo_bar)
        box.addWidget(splitter, 1)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.new_button.clicked.connect(self.new_record)
        self.undo_button.clicked.connect(self.undo_delete)
        self.editor.dirtyChanged.connect(self.dirtyChanged)
        self.editor.saveRequested.connect(self.save)
        self.editor.revertRequested.connect(self.revert)
        self.editor.deleteRequested.connect(self.delete_selected)
        self.editor.memberLoaded.connect(self._on_editor_member_loaded)
        self.member_actions.actionActivated.connect(self.recordRequested)

    # -- TabPage contract -------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def save(self) -> bool:
        record = self.editor.current_record()
        try:
            saved = self.service.save(record)
        except ValidationErrors as exc:
            self.editor.show_problems(exc.problems)
            self.statusMessage.emit(self.tr("ยังบันทึกไม่ได้: %1").replace("%1", message_of(exc)))
            return False
        self.refresh()
        self.editor.load(saved)
        self.select_member(saved.id)
        self.statusMessage.emit(self.tr('บันทึก "%1" แล้ว').replace("%1", saved.name))
        return True

    def revert(self) -> None:
        self.editor.revert_edits()

    def undo_stack(self) -> QUndoStack:
        return self.editor.history.stack

    def new_record(self) -> None:
        if not self._confirm_leave_editor():
            return
        self._selecting = True
        self.table.clearSelection()
        self._selecting = False
        self.editor.load(None)
        self.editor.ui.nameEdit.setFocus()

    def delete_selected(self) -> None:
        if self.editor.is_new():
            return
        member = self.editor.loaded()
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("ลบสมาชิกเครือข่าย"),
            self.tr("ลบ \"%1\" ออกจากเครือข่ายหรือไม่ (เลิกทำได้)").replace("%1", member.name),
            buttons.Yes | buttons.No, buttons.No,
        )  # fmt: skip
        if answer != buttons.Yes:
            return
        self._undo = self.service.delete(r.NetworkMember, member.id)
        self.undo_label.setText(self.tr('ลบ "%1" แล้ว').replace("%1", member.name))
        self.undo_bar.show()
        self.refresh()
        self.editor.load(None)
        self.statusMessage.emit(self.undo_label.text())

    def undo_delete(self) -> None:
        """Bring back the member deleted last."""
        if not self._undo:
            return
        restored_id = self._undo[0][1]
        self.service.restore(self._undo)
        self._undo = []
        self.undo_bar.hide()
        self.refresh()
        self.show_record(r.NetworkMember.COLLECTION, restored_id)
        self.statusMessage.emit(self.tr("เลิกทำการลบแล้ว"))

    def refresh(self) -> None:
        current = self.editor.loaded().id if not self.editor.is_new() else None
        self._selecting = True
        self.model.set_members(self.service.list(r.NetworkMember))
        self._selecting = False
        self._update_count()
        if current is not None and self.model.row_of(current) >= 0:
            self.select_member(current)

    def show_record(self, collection: str, record_id: str) -> bool:
        if collection != r.NetworkMember.COLLECTION or self.model.row_of(record_id) < 0:
            return False
        self.filter_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.select_member(record_id)
        self.editor.load(self.model.member(self.model.row_of(record_id)))
        return True

    def select_first(self) -> None:
        """Select the first member shown (screenshots, first start)."""
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    # -- helpers ---------------------------------------------------------------------
    def select_member(self, member_id: str) -> None:
        row = self.model.row_of(member_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self._selecting = True
            self.table.selectRow(proxy_index.row())
            self.table.scrollTo(proxy_index)
            self._selecting = False

    def _confirm_leave_editor(self) -> bool:
        if not self.editor.is_dirty():
            return True
        answer = ask_save_discard_cancel(
            self, self.editor.current_record().name or self.tr("สมาชิกใหม่")
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("แสดง %1 จาก %2 รายการ").replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )  # fmt: skip

    # -- slots --------------------------------------------------------------------------
    def _on_editor_member_loaded(self, member_id: str) -> None:
        self.member_actions.set_member(member_id or None)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        value = self.kind_combo.currentData()
        self.proxy.set_kind(MemberKind(value) if value else None)
        self._update_count()

    def _on_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        if self._selecting:
            return
        rows = selected.indexes()
        if not rows:
            return
        member_id = rows[0].data(ID_ROLE)
        if member_id == self.editor.loaded().id and not self.editor.is_new():
            return
        if not self._confirm_leave_editor():
            self._reselect(deselected)
            return
        row = self.model.row_of(member_id)
        if row >= 0:  # saving may have reloaded the model
            self.editor.load(self.model.member(row))
            self.select_member(member_id)

    def _reselect(self, deselected: QItemSelection) -> None:
        self._selecting = True
        previous = deselected.indexes()
        if previous:
            self.table.selectRow(previous[0].row())
        else:
            self.table.clearSelection()
        self._selecting = False
