"""Editing a plan's actions in the table: columns, editors, add, remove, undo.

The planning tab owns the plan; this controller owns what happens inside the
actions table, so the tab reads as "choose a product and a year, save the
plan" and this reads as "edit rows". Removing a row keeps it on an undo stack
and remembers its id so the save can tombstone it; nothing is stored here.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import ActionStatus, PlanArea
from kbo_desktop.domain.errors import ValidationError
from kbo_desktop.domain.thai_dates import fiscal_year_bounds
from kbo_desktop.ui.planning import action_model as am
from kbo_desktop.ui.planning.delegates import (
    BudgetDelegate,
    ChoiceDelegate,
    Choices,
    DateDelegate,
    ProgressDelegate,
    WrapDelegate,
)
from kbo_desktop.ui.widgets.language import enum_label, message_of

_ID_IN_RECORD = re.compile(r"\(([0-9a-f-]{36})\)")
_WIDTHS = (
    (am.AREA, 88), (am.DESCRIPTION, 220), (am.WEAKNESS, 140), (am.MEMBER, 122), (am.START, 100),
    (am.DUE, 128), (am.BUDGET, 86), (am.STATUS, 96), (am.PROGRESS, 96),
)  # fmt: skip


def record_id_of(problem: ValidationError) -> str:
    """The record id a validation problem names in its ``record`` ("… (uuid)")."""
    match = _ID_IN_RECORD.search(problem.record)
    return match.group(1) if match else ""


class ActionsTableController(QObject):
    """Sets up the actions table and performs its row operations.

    Signals:
        removed(str): a row was removed (its description, for the status bar).
        undoAvailable(bool): whether a removed row can be brought back.
    """

    removed = Signal(str)
    undoAvailable = Signal(bool)

    def __init__(
        self,
        table: QTableView,
        model: am.ActionTableModel,
        weakness_choices: Choices,
        member_choices: Choices,
    ):
        super().__init__(table)
        self.table = table
        self.model = model
        self._undo: list[tuple[int, r.PlanAction]] = []
        self._removed_ids: set[str] = set()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        delegates = {
            am.AREA: ChoiceDelegate(lambda: [(enum_label(a), a.value) for a in PlanArea], table),
            am.DESCRIPTION: WrapDelegate(table),
            am.WEAKNESS: ChoiceDelegate(weakness_choices, table),
            am.MEMBER: ChoiceDelegate(member_choices, table),
            am.START: DateDelegate(table),
            am.DUE: DateDelegate(table),
            am.BUDGET: BudgetDelegate(table),
            am.STATUS: ChoiceDelegate(
                lambda: [(enum_label(s), s.value) for s in ActionStatus], table
            ),
            am.PROGRESS: ProgressDelegate(table),
        }
        for column, delegate in delegates.items():
            table.setItemDelegateForColumn(column, delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for column, width in _WIDTHS:
            # Never narrower than the column's title (English titles run longer).
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 24))
        header.setSectionResizeMode(am.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        # Row heights follow the wrapped text, which follows the column widths.
        header.sectionResized.connect(self._on_header_section_resized)
        model.actionsChanged.connect(self._on_header_section_resized)

    def add_shortcuts(self, add: QAction, remove: QAction, undo: QAction) -> None:
        """Insert, Delete and Ctrl+Z while the table has the focus."""
        for action, keys in (
            (add, QKeySequence("Insert")),
            (remove, QKeySequence(QKeySequence.StandardKey.Delete)),
            (undo, QKeySequence(QKeySequence.StandardKey.Undo)),
        ):
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)

    # -- rows ----------------------------------------------------------------
    def reset(self) -> None:
        """Forget removed rows (after loading or saving a plan)."""
        self._undo.clear()
        self._removed_ids.clear()
        self.undoAvailable.emit(False)

    def removed_ids(self) -> set[str]:
        return set(self._removed_ids)

    def add(self, plan: r.Plan, today: date) -> None:
        """A new action starting today (or at the start of the plan's year) and
        its description open for typing."""
        start, end = fiscal_year_bounds(plan.fiscal_year_be)
        action = r.PlanAction(plan_id=plan.id, start_on=today if start <= today <= end else start)
        row = self.model.insert_action(action)
        self.select(row, am.DESCRIPTION)
        self.table.edit(self.model.index(row, am.DESCRIPTION))

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        action = self.model.take_action(row)
        self._undo.append((row, action))
        self._removed_ids.add(action.id)
        self.undoAvailable.emit(True)
        if self.model.rowCount():
            self.select(min(row, self.model.rowCount() - 1))
        self.removed.emit(action.description)

    def undo_remove(self) -> None:
        if not self._undo:
            return
        row, action = self._undo.pop()
        self._removed_ids.discard(action.id)
        self.select(self.model.insert_action(action, row))
        self.undoAvailable.emit(bool(self._undo))

    def select(self, row: int, column: int = 0) -> None:
        if row < 0:
            return
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.scrollTo(index)
        self.table.setFocus()

    def commit_open_editor(self) -> None:
        """A cell still being typed in counts: saving must not lose it."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def mark_problems(
        self, problems: list[ValidationError]
    ) -> tuple[list[str], list[ValidationError]]:
        """Mark the cells of action problems and select the first.

        Returns:
            Thai lines naming the row of each action problem, and the problems
            that were not about an action in the table (the plan's own).
        """
        cells: dict[tuple[str, str], str] = {}
        lines: list[str] = []
        others: list[ValidationError] = []
        for problem in problems:
            action_id = record_id_of(problem)
            row = self.model.row_of(action_id) if action_id else -1
            if row < 0:
                others.append(problem)
                continue
            cells[(action_id, problem.field)] = message_of(problem)
            lines.append(
                self.tr("กิจกรรมแถวที่ %1: %2")
                .replace("%1", str(row + 1))
                .replace("%2", message_of(problem))
            )
        self.model.set_problems(cells)
        if cells:
            action_id, field = next(iter(cells))
            column = am.FIELDS.index(field) if field in am.FIELDS else 0
            self.select(self.model.row_of(action_id), column)
        return lines, others

    def _on_header_section_resized(self, *_args: object) -> None:
        self.table.resizeRowsToContents()
