"""A plan's actions as an editable table, with overdue rows and field problems marked.

The model edits plain :class:`~kbo_desktop.domain.records.PlanAction` records
in memory; the planning tab stores them through the planning service when the
user saves. Names for ids (the weakness an action answers, its responsible
member) come from lookups the tab hands in, so the model never queries.

Overdue actions are marked three ways so colour is never the only cue: a
tinted row, a warning icon on the due date, and the words "เลยกำหนด".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import ActionStatus, PlanArea
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services.planning import effective_progress, is_overdue
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex

AREA, DESCRIPTION, WEAKNESS, MEMBER, START, DUE, BUDGET, STATUS, PROGRESS = range(9)
#: Which record field each column edits.
FIELDS = (
    "area", "description", "addresses_swot_item_id", "responsible_member_id",
    "start_on", "due_on", "budget_thb", "status", "progress_pct",
)  # fmt: skip
HEADERS = (
    "ด้าน", "กิจกรรม", "ข้อด้อยที่แก้", "ผู้รับผิดชอบ",
    "วันเริ่ม", "กำหนดเสร็จ", "งบ (บาท)", "สถานะ", "ความคืบหน้า",
)  # fmt: skip
ActionRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2
OVERDUE_TINT = QColor("#fde4e1")
OVERDUE_TEXT = QColor("#9a1b12")
PROBLEM_TINT = QColor("#fff1c2")


def format_baht(amount: float | None) -> str:
    """``15,000`` or ``1,250.50``: thousands separators, satang only when there are some."""
    if amount is None:
        return ""
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"


class ActionTableModel(QAbstractTableModel):
    """Rows are actions; columns are :data:`FIELDS`.

    Signals:
        actionsChanged(): an action was edited, added or removed (roll-ups follow).
    """

    actionsChanged = Signal()

    def __init__(self, parent: QObject | None = None, *, today: date | None = None):
        super().__init__(parent)
        self._actions: list[r.PlanAction] = []
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
        if self._actions:
            self.dataChanged.emit(
                self.index(0, WEAKNESS), self.index(len(self._actions) - 1, MEMBER)
            )

    def set_actions(self, actions: Sequence[r.PlanAction]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self._problems.clear()
        self.endResetModel()

    def actions(self) -> list[r.PlanAction]:
        return list(self._actions)

    def action(self, row: int) -> r.PlanAction:
        return self._actions[row]

    def row_of(self, action_id: str) -> int:
        return next((i for i, a in enumerate(self._actions) if a.id == action_id), -1)

    def set_today(self, today: date) -> None:
        self.today = today
        self._emit_all()

    def set_problems(self, problems: dict[tuple[str, str], str]) -> None:
        """Mark cells at fault: keys are (action id, field name), values Thai messages."""
        self._problems = dict(problems)
        self._emit_all()

    # -- reading ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
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
        if role == Qt.ItemDataRole.BackgroundRole:
            if problem:
                return QBrush(PROBLEM_TINT)
            return QBrush(OVERDUE_TINT) if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == DUE:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.DecorationRole and overdue and column == DUE:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BUDGET, PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ActionRole:
            return action
        if role == OverdueRole:
            return overdue
        return None

    def _display(self, action: r.PlanAction, column: int, overdue: bool) -> str:
        if column == AREA:
            return action.area.label_th
        if column == DESCRIPTION:
            return wrappable(action.description)
        if column == WEAKNESS:
            return wrappable(self._weaknesses.get(action.addresses_swot_item_id or "", ""))
        if column == MEMBER:
            return wrappable(self._members.get(action.responsible_member_id or "", ""))
        if column == START:
            return format_thai_date(action.start_on)
        if column == DUE:
            text = format_thai_date(action.due_on)
            return f"{text}\n{self.tr('เลยกำหนด')}" if overdue else text
        if column == BUDGET:
            return format_baht(action.budget_thb)
        if column == STATUS:
            return action.status.label_th
        return f"{effective_progress(action)}%"

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
        action = self._actions[index.row()]
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
        self._actions[index.row()] = replace(action, **changes)
        self._problems.pop((action.id, FIELDS[column]), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(FIELDS) - 1))
        self.actionsChanged.emit()
        return True

    def insert_action(self, action: r.PlanAction, row: int | None = None) -> int:
        row = len(self._actions) if row is None else max(0, min(row, len(self._actions)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._actions.insert(row, action)
        self.endInsertRows()
        self.actionsChanged.emit()
        return row

    def take_action(self, row: int) -> r.PlanAction:
        self.beginRemoveRows(QModelIndex(), row, row)
        action = self._actions.pop(row)
        self.endRemoveRows()
        self.actionsChanged.emit()
        return action

    def _emit_all(self) -> None:
        if self._actions:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._actions) - 1, len(FIELDS) - 1)
            )


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
