"""The analysis tab (วิเคราะห์ผลิตภัณฑ์): a product's SWOT points, edited and ordered.

Left, the product picker; on top, a compact summary of the chosen product that
stays in view; below, the five groups side by side and an editor for the
selected point. Every edit stays in memory (the :class:`SwotBoard`) until Save
stores the whole analysis in one transaction, so Revert can always go back and
a failed validation loses nothing.

Keyboard (in a group list): Ctrl+Up/Down move the point within its group,
Ctrl+Left/Right send it to the previous/next group, Insert adds a point,
Delete removes it, Ctrl+Z brings the last removed point back.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import SwotKind
from kbo_desktop.domain.errors import KboError, ValidationErrors
from kbo_desktop.services.analysis import KIND_ORDER, AnalysisService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.analysis.point_actions import build_point_actions, show_point_menu
from kbo_desktop.ui.analysis.product_picker import ProductPicker
from kbo_desktop.ui.analysis.summary import show_summary
from kbo_desktop.ui.analysis.swot_model import SwotBoard
from kbo_desktop.ui.analysis.swot_view import SwotListView
from kbo_desktop.ui.analysis.unsaved import confirm_leave
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.tab_page import TabPage
from kbo_desktop.ui.widgets.language import enum_label, message_of

log = logging.getLogger(__name__)
_ID_IN_RECORD = re.compile(r"\(([0-9a-f-]{36})\)")


class AnalysisTab(TabPage):
    """SWOT analysis of one product at a time (see module docs for the keys).

    Signals: inherited ``statusMessage(str)`` and ``dirtyChanged(bool)``.
    """

    KEY = "analysis"

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.service = AnalysisService(db)
        self.ui = load_form("analysis_tab.ui", self, custom_widgets=[ProductPicker, SwotListView])
        self.picker: ProductPicker = self.ui.productPicker
        self.board = SwotBoard(self)
        self.lists: dict[SwotKind, SwotListView] = {
            kind: getattr(self.ui, f"{kind.value}List") for kind in KIND_ORDER
        }
        self._current_id = ""
        self._loading = False
        self.ui.mainSplitter.setSizes([250, 1030])
        self.ui.mainSplitter.setStretchFactor(1, 1)
        for kind in KIND_ORDER:
            self.ui.kindCombo.addItem(enum_label(kind), kind.value)
        self._build_actions()
        self._connect()
        self._set_point_enabled(False)
        self._on_board_dirty_changed(False)
        self.refresh()

    # ------------------------------------------------------------ TabPage
    def title(self) -> str:
        return self.tr("วิเคราะห์ผลิตภัณฑ์")

    def has_unsaved_changes(self) -> bool:
        return self.board.is_dirty()

    def save(self) -> bool:
        product_id = self.board.product_id
        if not product_id or not self.board.is_dirty():
            return True
        try:
            outcome = self.service.save_analysis(
                product_id, self.board.snapshot(), self.board.deleted_ids()
            )
        except ValidationErrors as exc:
            self._show_problem(exc)
            return False
        keep = self._current_id
        self.board.load(product_id, outcome.groups)
        self._select_point(keep)
        message = self.tr("บันทึกการวิเคราะห์แล้ว")
        if outcome.unlinked_actions:
            message += self.tr(" (กิจกรรม %1 รายการไม่ได้ผูกกับข้อด้อยที่ลบแล้ว)").replace(
                "%1", str(outcome.unlinked_actions)
            )
        self.statusMessage.emit(message)
        return True

    def revert(self) -> None:
        self._load_product(self.board.product_id)
        self.statusMessage.emit(self.tr("ยกเลิกการแก้ไขแล้ว"))

    def new_record(self) -> None:
        self._on_add_button_clicked()

    def delete_selected(self) -> None:
        self._on_delete_action_triggered()

    def refresh(self) -> None:
        self.picker.set_choices(self.service.product_choices())
        members = self.service.members()
        combo = self.ui.sourceCombo
        combo.blockSignals(True)
        text = combo.currentText()
        combo.clear()
        combo.addItems([m.name for m in members])
        combo.setCurrentText(text)
        combo.blockSignals(False)

    def show_record(self, collection: str, record_id: str) -> bool:
        if collection == r.Product.COLLECTION:
            return self.picker.select_product(record_id)
        if collection == r.SwotItem.COLLECTION:
            try:
                item = self.service.records.get(r.SwotItem, record_id)
            except KboError:
                return False
            if not self.picker.select_product(item.product_id):
                return False
            return self._select_point(record_id)
        return False

    # ------------------------------------------------------------ wiring
    def _build_actions(self) -> None:
        slots = {
            "moveUp": self._on_move_up_action_triggered,
            "moveDown": self._on_move_down_action_triggered,
            "previousGroup": self._on_previous_group_action_triggered,
            "nextGroup": self._on_next_group_action_triggered,
            "insert": self._on_add_button_clicked,
            "delete": self._on_delete_action_triggered,
            "undo": self._on_undo_action_triggered,
        }
        self.point_actions = build_point_actions(self, self.lists.values(), slots)
        add_menu = QMenu(self)
        for kind in KIND_ORDER:
            add_menu.addAction(enum_label(kind), partial(self._add_point, kind))
        self.ui.addButton.setMenu(add_menu)

    def _connect(self) -> None:
        self.picker.productChosen.connect(self._on_picker_product_chosen)
        self.board.dirtyChanged.connect(self._on_board_dirty_changed)
        self.board.pointMoved.connect(self._on_board_point_moved)
        for kind, view in self.lists.items():
            model = self.board.models[kind]
            view.setModel(model)
            view.selectionModel().currentChanged.connect(
                lambda current, _prev, k=kind: self._on_list_current_changed(k, current)
            )
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, k=kind: self._on_list_context_menu(k, pos)
            )
            for signal in (
                model.rowsInserted,
                model.rowsRemoved,
                model.modelReset,
                model.rowsMoved,
            ):
                signal.connect(self._on_models_changed)
        self.ui.textEdit.textChanged.connect(self._on_text_edit_text_changed)
        self.ui.sourceCombo.currentTextChanged.connect(self._on_source_combo_text_changed)
        self.ui.recordedOnEdit.dateChanged.connect(self._on_recorded_on_edit_date_changed)
        self.ui.kindCombo.activated.connect(self._on_kind_combo_activated)
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.moveUpButton.clicked.connect(self._on_move_up_action_triggered)
        self.ui.moveDownButton.clicked.connect(self._on_move_down_action_triggered)
        self.ui.deleteButton.clicked.connect(self._on_delete_action_triggered)
        self.ui.undoButton.clicked.connect(self._on_undo_action_triggered)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.revert)

    # ------------------------------------------------------------ product
    def _on_picker_product_chosen(self, product_id: str) -> None:
        if product_id == self.board.product_id:
            return
        if self.board.is_dirty() and not self._confirm_leave():
            self.picker.blockSignals(True)
            self.picker.select_product(self.board.product_id)
            self.picker.blockSignals(False)
            return
        self._load_product(product_id)

    def _confirm_leave(self) -> bool:
        question = self.tr("การวิเคราะห์ของผลิตภัณฑ์นี้ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่")
        return confirm_leave(self, question, self.save)

    def _load_product(self, product_id: str) -> None:
        self._current_id = ""
        if not product_id:
            self.board.load("", {})
            show_summary(self.ui, None)
            self._set_point_enabled(False)
            return
        show_summary(self.ui, self.service.summary(product_id))
        self.board.load(product_id, self.service.points(product_id))
        self._set_point_enabled(False)
        for view in self.lists.values():
            view.setEnabled(True)
        first = next((k for k in KIND_ORDER if self.board.models[k].rowCount()), None)
        if first is not None:
            self._select_row(first, 0)

    # ------------------------------------------------------------ selection and editor
    def _current(self) -> tuple[SwotKind, int] | None:
        return self.board.locate(self._current_id) if self._current_id else None

    def _select_row(self, kind: SwotKind, row: int) -> None:
        view = self.lists[kind]
        index = self.board.models[kind].index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)

    def _select_point(self, item_id: str) -> bool:
        found = self.board.locate(item_id) if item_id else None
        if found is None:
            return False
        self._select_row(*found)
        return True

    def _on_list_current_changed(self, kind: SwotKind, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other, view in self.lists.items():
            if other != kind:
                view.selectionModel().clear()
        item = self.board.models[kind].item(current.row())
        self._current_id = item.id
        self._loading = True
        self.ui.textEdit.setPlainText(item.text)
        self.ui.sourceCombo.setCurrentText(item.source)
        self.ui.recordedOnEdit.set_date(item.recorded_on)
        self.ui.kindCombo.setCurrentIndex(KIND_ORDER.index(kind))
        self._loading = False
        self.ui.textError.clear()
        self._set_point_enabled(True)

    def _set_point_enabled(self, enabled: bool) -> None:
        has_product = bool(self.board.product_id)
        for view in self.lists.values():
            view.setEnabled(has_product)
        for name in ("textEdit", "sourceCombo", "recordedOnEdit", "kindCombo", "moveUpButton",
                     "moveDownButton", "deleteButton"):  # fmt: skip
            getattr(self.ui, name).setEnabled(enabled and has_product)
        self.ui.addButton.setEnabled(has_product)
        self.ui.undoButton.setEnabled(self.board.can_undo())
        if not enabled:
            self._loading = True
            self.ui.textEdit.clear()
            self.ui.sourceCombo.setCurrentText("")
            self.ui.recordedOnEdit.set_date(None)
            self._loading = False

    def _update_current(self, **changes: object) -> None:
        found = self._current()
        if self._loading or found is None:
            return
        kind, row = found
        self.board.models[kind].update(row, **changes)

    def _on_text_edit_text_changed(self) -> None:
        text = self.ui.textEdit.toPlainText()
        self._update_current(text=text)
        if text.strip():
            self.ui.textError.clear()

    def _on_source_combo_text_changed(self, text: str) -> None:
        self._update_current(source=text.strip())

    def _on_recorded_on_edit_date_changed(self, value: date | None) -> None:
        self._update_current(recorded_on=value)

    def _on_kind_combo_activated(self, index: int) -> None:
        found = self._current()
        if found is not None and KIND_ORDER[index] != found[0]:
            self.board.move_to_group(found[0], found[1], KIND_ORDER[index])

    # ------------------------------------------------------------ point operations
    def _target_kind(self) -> SwotKind:
        """The group a new point goes to: the focused list's, else the selected point's."""
        focused = next((k for k, v in self.lists.items() if v.hasFocus()), None)
        if focused is not None:
            return focused
        found = self._current()
        return found[0] if found is not None else SwotKind.STRENGTH

    def _on_add_button_clicked(self) -> None:
        self._add_point(self._target_kind())

    def _add_point(self, kind: SwotKind) -> None:
        if not self.board.product_id:
            return
        item = r.SwotItem(product_id=self.board.product_id, kind=kind, recorded_on=date.today())
        row = self.board.add(kind, item)
        self._select_row(kind, row)
        self.ui.textEdit.setFocus()
        self.statusMessage.emit(
            self.tr("เพิ่มประเด็นใหม่ในกลุ่ม%1 พิมพ์ข้อความแล้วกดบันทึก").replace("%1", enum_label(kind))
        )

    def _on_move_up_action_triggered(self) -> None:
        self._move_by(-1)

    def _on_move_down_action_triggered(self) -> None:
        self._move_by(1)

    def _move_by(self, step: int) -> None:
        found = self._current()
        if found is not None:
            self.board.move_by(found[0], found[1], step)

    def _on_previous_group_action_triggered(self) -> None:
        self._move_group(-1)

    def _on_next_group_action_triggered(self) -> None:
        self._move_group(1)

    def _move_group(self, step: int) -> None:
        found = self._current()
        if found is None:
            return
        target = KIND_ORDER.index(found[0]) + step
        if 0 <= target < len(KIND_ORDER):
            self.board.move_to_group(found[0], found[1], KIND_ORDER[target])

    def _on_board_point_moved(self, kind_value: str, row: int) -> None:
        kind = SwotKind(kind_value)
        self._select_row(kind, row)
        self.lists[kind].setFocus()

    def _on_delete_action_triggered(self) -> None:
        found = self._current()
        if found is None:
            return
        kind, row = found
        item = self.board.remove(kind, row)
        self._current_id = ""
        model = self.board.models[kind]
        if model.rowCount():
            self._select_row(kind, min(row, model.rowCount() - 1))
        else:
            self._set_point_enabled(False)
        self.lists[kind].setFocus()
        self.ui.undoButton.setEnabled(True)
        self.statusMessage.emit(
            self.tr('ลบประเด็น "%1" แล้ว กด Ctrl+Z หรือปุ่มเรียกคืนเพื่อนำกลับมา').replace(
                "%1", item.short_name()[:40]
            )
        )

    def _on_undo_action_triggered(self) -> None:
        restored = self.board.undo_remove()
        if restored is not None:
            self._select_row(*restored)
            self.lists[restored[0]].setFocus()
            self.statusMessage.emit(self.tr("เรียกคืนประเด็นแล้ว"))
        self.ui.undoButton.setEnabled(self.board.can_undo())

    def _on_list_context_menu(self, kind: SwotKind, pos: QPoint) -> None:
        index = self.lists[kind].indexAt(pos)
        if index.isValid():
            self._select_row(kind, index.row())

        def move_to(target: SwotKind) -> None:
            self.board.move_to_group(kind, index.row(), target)

        show_point_menu(self.lists[kind], pos, kind, self.point_actions, move_to)

    def _on_models_changed(self, *_args: object) -> None:
        for kind in KIND_ORDER:
            count = self.board.models[kind].rowCount()
            getattr(self.ui, f"{kind.value}Box").setTitle(f"{enum_label(kind)} ({count})")

    def _on_board_dirty_changed(self, dirty: bool) -> None:
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        self.ui.undoButton.setEnabled(self.board.can_undo())
        self.dirtyChanged.emit(dirty)

    def _show_problem(self, exc: ValidationErrors) -> None:
        """Select the first point at fault and say what is wrong beside its text."""
        problem = exc.problems[0]
        match = _ID_IN_RECORD.search(problem.record)
        if match:
            self._select_point(match.group(1))
        self.ui.textError.setText(message_of(problem))
        self.ui.textEdit.setFocus()
        self.statusMessage.emit(self.tr("ยังบันทึกไม่ได้: %1").replace("%1", message_of(problem)))
