"""Reviewing conflicts: records two laptops changed since they last exchanged.

The import already kept the newer version, so the data is usable; the other
version waits in the conflict log. Here the officer sees both side by side,
field by field, picks per field which value is right, and saves the choice,
which writes the record with a fresh time so the decision travels in the next
bundle. Choices made on a conflict and not yet saved are kept while the
dialog is open, so looking at another conflict loses nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.conflicts import LOCAL, resolve_conflict
from kbo_desktop.services.review_support import (
    ConflictOverview,
    choices_taking_other,
    compare_conflict,
    conflict_overviews,
)
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange.review_conflict_models import (
    COL_CHOICE,
    COL_CONTEXT,
    COL_CURRENT,
    COL_FIELDS,
    COL_KIND,
    COL_LABEL,
    COL_OTHER,
    COL_RECORD,
    COL_SOURCE,
    COL_WHEN,
    KEEP,
    TAKE_OTHER,
    ConflictListModel,
    FieldChoiceModel,
    choice_text,
)
from kbo_desktop.ui.exchange.review_dialog import ReviewDialog
from kbo_desktop.ui.exchange.review_widgets import (
    HEADING_STYLE,
    EmptyState,
    Index,
    WrappedRowsDelegate,
    fit_on_screen,
    setup_list_view,
    show_refusal,
)
from kbo_desktop.ui.widgets.thai_wrap import WrapLabel

log = logging.getLogger(__name__)


class ChoiceDelegate(WrappedRowsDelegate):
    """A combo of "keep the value in use" / "take the other value" in the choice
    column, meant to stay open (persistent editor) on every differing row."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent, objectName="choiceCombo")
        for choice in (KEEP, TAKE_OTHER):
            combo.addItem(choice_text(choice), choice)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Only the cell's background: the open combo shows the choice."""
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        wanted = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if wanted >= 0 and wanted != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(wanted)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Keep the combo its own height at the top of a tall (wrapped) row."""
        rect = option.rect.adjusted(3, 3, -3, -3)
        rect.setHeight(min(rect.height(), editor.sizeHint().height()))
        editor.setGeometry(rect)


class ConflictReviewDialog(ReviewDialog):
    """Open conflicts on top; the chosen one's fields side by side below.

    ``changed`` turns True once any conflict was resolved.
    """

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.setObjectName("conflictReviewDialog")
        self.setWindowTitle(self.tr("ตรวจข้อมูลขัดแย้ง"))
        self._current: ConflictOverview | None = None
        self._pending: dict[int, dict[str, str]] = {}  # unsaved choices per conflict id
        self.list_model = ConflictListModel(self)
        self.field_model = FieldChoiceModel(self)
        self._build()
        fit_on_screen(self)
        self.reload()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.empty_page = EmptyState(
            self.tr("ไม่มีข้อมูลขัดแย้งที่รอตรวจ"),
            self.tr("ทุกระเบียนที่นำเข้าตรงกันแล้ว เมื่อนำเข้าไฟล์ .kbo แล้วพบว่าเครื่องนี้กับเครื่องที่ส่งมา"
                    "แก้ไขระเบียนเดียวกันทั้งคู่ รายการนั้นจะมาแสดงที่นี่ให้เลือกค่าที่ถูกต้อง"),
        )  # fmt: skip
        intro = WrapLabel(
            self.tr("แต่ละรายการคือระเบียนที่เครื่องนี้และเครื่องที่ส่งไฟล์มาแก้ไขทั้งคู่ โปรแกรมใช้ฉบับที่แก้ไขล่าสุดไว้ก่อน "
                    "และเก็บอีกฉบับไว้ให้ตรวจ เลือกค่าที่ถูกต้องในแต่ละช่องที่ไฮไลต์ "
                    "(หรือดับเบิลคลิกที่ค่านั้น) แล้วกด “บันทึกการเลือก”")
        )  # fmt: skip
        intro.setObjectName("conflictIntro")
        self.conflict_table = QTableView(objectName="conflictTable")
        self.conflict_table.setModel(self.list_model)
        setup_list_view(self.conflict_table)
        header = self.conflict_table.horizontalHeader()
        for column, width in {COL_KIND: 150, COL_SOURCE: 170, COL_WHEN: 125}.items():
            header.resizeSection(column, width)
        for column in (COL_RECORD, COL_CONTEXT, COL_FIELDS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.heading = QLabel(objectName="conflictHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.heading.setWordWrap(True)
        self.detail = WrapLabel()
        self.detail.setObjectName("conflictDetail")
        self.only_differing = QCheckBox(self.tr("แสดงเฉพาะช่องที่ต่างกัน"), objectName="onlyDiffering")
        self.keep_all_button = QPushButton(self.tr("คงค่าที่ใช้อยู่ทุกช่อง"), objectName="keepAllButton")
        self.take_all_button = QPushButton(self.tr("ใช้ค่าจากอีกฉบับทุกช่อง"), objectName="takeAllButton")
        tools = QHBoxLayout()
        tools.addWidget(self.only_differing)
        tools.addStretch(1)
        tools.addWidget(self.keep_all_button)
        tools.addWidget(self.take_all_button)
        self.field_table = QTableView(objectName="fieldTable")
        self.field_table.setModel(self.field_model)
        setup_list_view(self.field_table, long_list=False)
        self.field_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.field_table.setItemDelegateForColumn(COL_CHOICE, ChoiceDelegate(self.field_table))
        self.field_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        fields_header = self.field_table.horizontalHeader()
        fields_header.resizeSection(COL_LABEL, 190)
        fields_header.resizeSection(COL_CHOICE, 190)
        for column in (COL_CURRENT, COL_OTHER):
            fields_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(objectName="conflictStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("บันทึกการเลือก"), objectName="saveChoicesButton")
        self.save_button.setDefault(True)
        self._lay_out(
            "conflict", self.empty_page, intro, self.conflict_table,
            (self.heading, self.detail, tools, self.field_table), (190, 420),
            self.status, self.save_button,
        )  # fmt: skip

        self.conflict_table.selectionModel().selectionChanged.connect(
            self._on_conflict_table_selection_changed
        )
        self.field_table.doubleClicked.connect(self._on_field_table_double_clicked)
        self.only_differing.toggled.connect(self._on_only_differing_toggled)
        self.keep_all_button.clicked.connect(lambda: self.field_model.choose_all(KEEP))
        self.take_all_button.clicked.connect(lambda: self.field_model.choose_all(TAKE_OTHER))
        self.save_button.clicked.connect(self.save)

    # -- data ----------------------------------------------------------------------
    def reload(self, select_row: int = 0) -> None:
        """Read the open conflicts again and select the one at ``select_row`` (or the last)."""
        self._remember_choices()
        self._current = None
        items = conflict_overviews(self.db, self._language)
        self.list_model.replace_rows(items)
        self._pending = {k: v for k, v in self._pending.items() if self.list_model.row_of(k) >= 0}
        title = (
            self.tr("ตรวจข้อมูลขัดแย้ง (%1 รายการ)").replace("%1", str(len(items)))
            if items else self.tr("ตรวจข้อมูลขัดแย้ง")
        )  # fmt: skip
        self._show_list(len(items), title, select_row)

    def current_conflict(self) -> ConflictOverview | None:
        return self._current

    def _remember_choices(self) -> None:
        if self._current is not None:
            self._pending[self._current.conflict.id] = self.field_model.choices()

    def _show(self, overview: ConflictOverview | None) -> None:
        self._current = overview
        self.save_button.setEnabled(overview is not None)
        for button in (self.keep_all_button, self.take_all_button):
            button.setEnabled(overview is not None)
        if overview is None:
            self.heading.clear()
            self.detail.setText("")
            self.field_model.set_fields([])
            return
        conflict = overview.conflict
        self.heading.setText(f"{overview.record_type}: {overview.name}")
        here, sender = self.tr("เครื่องนี้"), overview.source
        if conflict.source_file:
            sender_long = (
                self.tr("%1 (ไฟล์ %2)").replace("%1", sender).replace("%2", conflict.source_file)
            )
        else:
            sender_long = sender
        if conflict.winner == LOCAL:
            current_from, other_from = here, sender
            story = self.tr("ฉบับที่ใช้อยู่คือฉบับของเครื่องนี้ (แก้ไขล่าสุด) · อีกฉบับมาจาก %1")
        else:
            current_from, other_from = sender, here
            story = self.tr("ฉบับที่ใช้อยู่มาจาก %1 (แก้ไขล่าสุด) · อีกฉบับคือฉบับของเครื่องนี้ก่อนนำเข้า")
        self.detail.setText(
            "\n".join(p for p in (overview.context, story.replace("%1", sender_long)) if p)
        )
        rows = compare_conflict(self.db, conflict, self._language)
        self.field_model.set_fields(
            rows, self._pending.get(conflict.id),
            current_header=self.tr("ฉบับที่ใช้อยู่\n(จาก%1)").replace("%1", current_from),
            other_header=self.tr("อีกฉบับ\n(จาก%1)").replace("%1", other_from),
        )  # fmt: skip
        for row in range(self.field_model.rowCount()):
            if self.field_model.comparison(row).differs:
                self.field_table.openPersistentEditor(self.field_model.index(row, COL_CHOICE))
        self._on_only_differing_toggled(self.only_differing.isChecked())

    def choice_combo(self, field: str) -> QComboBox | None:
        """The combo where the user chooses the value of ``field`` (tests drive it)."""
        row = self.field_model.row_of(field)
        widget = self.field_table.indexWidget(self.field_model.index(row, COL_CHOICE))
        return widget if isinstance(widget, QComboBox) else None

    # -- actions -------------------------------------------------------------------
    def save(self) -> bool:
        """Resolve the shown conflict with the choices made; False if refused."""
        overview = self._current
        if overview is None:
            return False
        conflict = overview.conflict
        choices = choices_taking_other(conflict, self.field_model.fields_taking_other())
        try:
            resolve_conflict(self.db, conflict.id, choices)
        except KboError as exc:
            log.info("resolving conflict %s refused: %s", conflict.id, exc)
            show_refusal(self, self.tr("บันทึกการเลือกไม่สำเร็จ"), exc)
            return False
        self.changed = True
        row = self.list_model.row_of(conflict.id)
        self._current = None
        self._pending.pop(conflict.id, None)
        self.reload(select_row=max(row, 0))
        self.status.setText(
            self.tr("บันทึกการเลือกของ %1 แล้ว").replace(
                "%1", f"{overview.record_type} {overview.name}"
            )
        )
        return True

    def unsaved_count(self) -> int:
        """Conflicts with a value taken from the other version but not saved."""
        self._remember_choices()
        return sum(1 for choices in self._pending.values() if TAKE_OTHER in choices.values())

    def reject(self) -> None:
        unsaved = self.unsaved_count()
        if unsaved:
            answer = QMessageBox.question(
                self, self.tr("ยังไม่ได้บันทึกการเลือก"),
                self.tr("มีการเลือกค่าที่ยังไม่ได้บันทึกใน %1 รายการ ปิดหน้าต่างโดยไม่บันทึกหรือไม่")
                .replace("%1", str(unsaved)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    # -- slots ---------------------------------------------------------------------
    def _on_conflict_table_selection_changed(
        self, selected: QItemSelection, _old: QItemSelection
    ) -> None:
        self._remember_choices()
        rows = selected.indexes()
        self._show(self.list_model.row_at(rows[0].row()) if rows else None)

    def _on_field_table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (COL_CURRENT, COL_OTHER):
            choice = KEEP if index.column() == COL_CURRENT else TAKE_OTHER
            self.field_model.choose(index.row(), choice)

    def _on_only_differing_toggled(self, only: bool) -> None:
        for row in range(self.field_model.rowCount()):
            hide = only and not self.field_model.comparison(row).differs
            self.field_table.setRowHidden(row, hide)
