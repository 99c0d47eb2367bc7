"""The producer list as a Qt table model, sorted in Thai dictionary order.

Rows come from :func:`kbo_desktop.services.producer_list.list_producers`
(one query, filtered in SQL); the proxy only sorts. Display text carries
zero-width spaces between Thai words so long names wrap between words on
every platform; the sort and ``IdRole`` roles carry the plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kbo_desktop.domain.thai_admin import thai_sort_key
from kbo_desktop.services.producer_list import ProducerListRow
from kbo_desktop.ui.producers.common import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

(
    COL_NAME,
    COL_AMPHOE,
    COL_TAMBON,
    COL_PRODUCTS,
    COL_CATEGORIES,
    COL_STARS,
    COL_QUADRANT,
    COL_TARGET,
) = range(8)


class ProducerListModel(QAbstractTableModel):
    """Read-only table of :class:`ProducerListRow`, one producer per row."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ProducerListRow] = []
        self._headers = (
            self.tr("ชื่อผู้ผลิต"),
            self.tr("อำเภอ"),
            self.tr("ตำบล"),
            self.tr("ผลิตภัณฑ์"),
            self.tr("ประเภท"),
            self.tr("ดาว"),
            self.tr("กลุ่ม"),
            self.tr("เป้าหมาย"),  # KBO target this year: a ✓ in the cell
        )

    def set_rows(self, rows: Sequence[ProducerListRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, producer_id: str) -> int:
        """Row of a producer, or -1 when the current filter hides it."""
        return next((i for i, row in enumerate(self._rows) if row.id == producer_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return wrappable(self._text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole and column != COL_TARGET:
            return self._text(row, column) or None
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TARGET:
            return self.tr("เป็นเป้าหมาย KBO ปีนี้") if row.kbo_target else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_PRODUCTS,
            COL_STARS,
            COL_TARGET,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: ProducerListRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_AMPHOE:
            return row.amphoe
        if column == COL_TAMBON:
            return row.tambon
        if column == COL_PRODUCTS:
            return str(row.product_count)
        if column == COL_CATEGORIES:
            return ", ".join(enum_label(c) for c in row.categories)
        if column == COL_STARS:
            return self.tr("%n ดาว", "", row.best_star) if row.best_star else "–"
        if column == COL_QUADRANT:
            return ", ".join(q.value for q in row.quadrants)
        if column == COL_TARGET:
            return "✓" if row.kbo_target else ""
        return ""

    def _sort_key(self, row: ProducerListRow, column: int) -> Any:
        if column == COL_PRODUCTS:
            return row.product_count
        if column == COL_STARS:
            return row.best_star or 0
        if column == COL_TARGET:
            return int(row.kbo_target)
        return thai_sort_key(self._text(row, column))


class ProducerSortProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` so Thai names follow dictionary order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
