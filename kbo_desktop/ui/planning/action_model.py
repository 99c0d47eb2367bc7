"""A plan's actions as an editable table, with overdue rows and field problems marked.

The model edits plain :class:`~kbo_desktop.domain.records.PlanAction` records
in memory; the planning tab stores them through the planning service when the
user saves. Names for ids (the weakness an action answers, its responsible
member) come from lookups the tab hands in, so the model never queries.

Overdue actions are marked as in every action table
(:mod:`~kbo_desktop.ui.planning.action_display`): a tinted row, a warning icon
on the due date, and the words "เลยกำหนด".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import ActionStatus, PlanArea
from kbo_desktop.services.planning import is_overdue
from kbo_desktop.ui.planning.action_display import action_text, overdue_mark
from kbo_desktop.ui.widgets.table_model import ALIGN_NUMBER, ListTableModel
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex

AREA, DESCRIPTION, WEAKNESS, MEMBER, START, DUE, BUDGET, STATUS, PROGRESS = range(9)
#: Which record field each column edits.
FIELDS = (
    "area", "description", "addresses_swot_item_id", "responsible_member_id",
    "start_on", "due_on", "budget_thb", "status", "progress_pct",
)  # fmt: skip
#: Column titles, marked for lupdate; translated when the model is made.
HEADERS = (
    QT_TRANSLATE_NOOP("ActionTableModel", "ด้าน"),
    QT_TRANSLATE_NOOP("ActionTableModel", "กิจกรรม"),
    QT_TRANSLATE_NOOP("ActionTableModel", "ข้อด้อยที่แก้"),
    QT_TRANSLATE_NOOP("ActionTableModel", "ผู้รับผิดชอบ"),
    QT_TRANSLATE_NOOP("ActionTableModel", "วันเริ่ม"),
    QT_TRANSLATE_NOOP("ActionTableModel", "กำหนดเสร็จ"),
    QT_TRANSLATE_NOOP("ActionTableModel", "งบ (บาท)"),
    QT_TRANSLATE_NOOP("ActionTableModel", "สถานะ"),
    QT_TRANSLATE_NOOP("ActionTableModel", "ความคืบหน้า"),
)
ActionRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2
PROBLEM_TINT = QColor("#fff1c2")


class ActionTableModel(ListTableModel[r.PlanAction]):
    """Rows are actions; columns are :data:`FIELDS`.

    Signals:
        actionsChanged(): an action was edited, added or removed (roll-ups follow).
    """

    actionsChanged = Signal()
    NUMBERED_ROWS = True

    def __init__(self, parent: QObject | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.set_headers([QCoreApplication.translate("ActionTableModel", str(h)) for h in HEADERS])
        self._weaknesses: dict[str, str] = {}
        self._members: dict[str, str] = {}
        self._problems: dict[tuple[str, str], str] = {}
        self.today = today or date.today()

    # -- loading -------------------------------------------------------------
    def set_lookups(
        self, weaknesses: Sequence[r.SwotItem], members: Sequence[r.NetworkMember]
    ) -> None:
        """Names shown for the weakness and member ids."""
        self._weaknesses = {w.id: w.text for w in weaknesses}
        self._members = {m.id: m.name for m in members}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, WEAKNESS), self.index(len(self._rows) - 1, MEMBER)
            )

    def set_actions(self, actions: Sequence[r.PlanAction]) -> None:
        self._problems.clear()
        self.replace_rows(actions)

    def actions(self) -> list[r.PlanAction]:
        return self.rows()

    def action(self, row: int) -> r.PlanAction:
        return self._rows[row]

    def row_of(self, action_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == action_id), -1)

    def set_today(self, today: date) -> None:
        self.today = today
        self.emit_all_changed()

    def set_problems(self, problems: dict[tuple[str, str], str]) -> None:
        """Mark cells at fault: keys are (action id, field name), values Thai messages."""
        self._problems = dict(problems)
        self.emit_all_changed()

    # -- reading ---------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.row_at_index(index)
        if action is None:
            return None
        column = index.column()
        overdue = is_overdue(action, self.today)
        problem = self._problems.get((action.id, FIELDS[column]))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column, overdue)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(action, FIELDS[column])
            return value.value if isinstance(value, ActionStatus | PlanArea) else value
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem
            if overdue:
                return self.tr("เลยกำหนดเสร็จแล้วแต่ยังไม่เสร็จ")
            return (
                self._display(action, column, overdue)
                if column in (DESCRIPTION, WEAKNESS)
                else None
            )
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_TINT)
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            return overdue_mark(role, overdue, due_column=column == DUE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BUDGET, PROGRESS):
            return ALIGN_NUMBER
        if role == ActionRole:
            return action
        if role == OverdueRole:
            return overdue
        return None

    def _display(self, action: r.PlanAction, column: int, overdue: bool) -> str:
        if column == WEAKNESS:
            return wrappable(self._weaknesses.get(action.addresses_swot_item_id or "", ""))
        if column == MEMBER:
            return wrappable(self._members.get(action.responsible_member_id or "", ""))
        return action_text(action, FIELDS[column], overdue)

    # -- editing -------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        try:
            converted = _convert(column, value)
        except (TypeError, ValueError):
            return False
        action = self._rows[index.row()]
        if getattr(action, FIELDS[column]) == converted:
            return False
        changes: dict[str, Any] = {FIELDS[column]: converted}
        if column == STATUS and converted == ActionStatus.DONE:
            changes["progress_pct"] = 100
        if (
            column == PROGRESS
            and converted == 100
            and action.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
        ):
            changes["status"] = ActionStatus.DONE
        self._rows[index.row()] = replace(action, **changes)
        self._problems.pop((action.id, FIELDS[column]), None)
        self.emit_row_changed(index.row())
        self.actionsChanged.emit()
        return True

    def insert_action(self, action: r.PlanAction, row: int | None = None) -> int:
        row = len(self._rows) if row is None else max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, action)
        self.endInsertRows()
        self.actionsChanged.emit()
        return row

    def take_action(self, row: int) -> r.PlanAction:
        self.beginRemoveRows(QModelIndex(), row, row)
        action = self._rows.pop(row)
        self.endRemoveRows()
        self.actionsChanged.emit()
        return action


def _convert(column: int, value: Any) -> Any:
    """An editor's value as the record field's type (raises ValueError if it is not one)."""
    if column == AREA:
        return PlanArea(value)
    if column == STATUS:
        return ActionStatus(value)
    if column == DESCRIPTION:
        return str(value)
    if column in (WEAKNESS, MEMBER):
        return str(value) if value else None
    if column in (START, DUE):
        if value is not None and not isinstance(value, date):
            raise TypeError(value)
        return value
    if column == BUDGET:
        return None if value in (None, "") else float(value)
    return int(value)
