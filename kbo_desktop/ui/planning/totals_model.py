"""Budget totals (by area, by responsible member) as a small read-only table.

The planning tab recomputes the totals from the actions being edited, so the
figures follow every change before anything is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from kbo_desktop.domain import records as r
from kbo_desktop.services.planning import METHOD_BUDGET, Rollup, budget_by_area, budget_by_member
from kbo_desktop.ui.planning.action_display import format_baht
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
LABEL, AMOUNT = 0, 1


def rollup_summary(result: Rollup) -> str:
    """The line beside the plan's progress bar, saying how the figure was made."""
    method = (
        QCoreApplication.translate("PlanRollup", "ถ่วงน้ำหนักตามงบประมาณ")
        if result.method == METHOD_BUDGET
        else QCoreApplication.translate("PlanRollup", "ค่าเฉลี่ยของกิจกรรม")
    )
    text = QCoreApplication.translate(
        "PlanRollup", "ความคืบหน้ารวม (%1) · เสร็จ %2 จาก %3 กิจกรรม · งบประมาณรวม %4 บาท"
    )
    for marker, value in (
        ("%1", method),
        ("%2", str(result.done)),
        ("%3", str(result.counted)),
        ("%4", format_baht(result.budget_thb)),
    ):
        text = text.replace(marker, value)
    if result.overdue:
        text += QCoreApplication.translate("PlanRollup", " · ⚠ เลยกำหนด %1 กิจกรรม").replace(
            "%1", str(result.overdue)
        )
    return text


def area_rows(actions: Sequence[r.PlanAction]) -> list[tuple[str, float]]:
    return [(enum_label(area), amount) for area, amount in budget_by_area(actions)]


def member_rows(
    actions: Sequence[r.PlanAction], members: Sequence[r.NetworkMember]
) -> list[tuple[str, float]]:
    names = {m.id: m.name for m in members}
    nobody = QCoreApplication.translate("PlanRollup", "ยังไม่ระบุผู้รับผิดชอบ")
    return [(names.get(mid or "", nobody), amount) for mid, amount in budget_by_member(actions)]


class TotalsModel(QAbstractTableModel):
    """Rows of (label, baht) and a last row with the sum."""

    def __init__(self, heading: str, parent: QObject | None = None):
        super().__init__(parent)
        self._heading = heading
        self._rows: list[tuple[str, float]] = []

    def set_rows(self, rows: Sequence[tuple[str, float]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[tuple[str, float]]:
        return list(self._rows)

    def total(self) -> float:
        return sum(amount for _label, amount in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self._heading, self.tr("งบประมาณ (บาท)"))[section] if section in (0, 1) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        is_total = index.row() == len(self._rows)
        label, amount = (self.tr("รวม"), self.total()) if is_total else self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrappable(label) if index.column() == LABEL else format_baht(amount)
        if role == Qt.ItemDataRole.EditRole:
            return label if index.column() == LABEL else amount
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
