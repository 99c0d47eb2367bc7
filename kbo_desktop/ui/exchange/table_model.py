"""One read-only table model (and its view) for the lists in the exchange dialogs.

Previews, problem lists and backup lists are all a few columns of text
computed once by a service; a model per dialog would repeat the same
``data`` code. Rows carry their display texts, optional sort
keys (numbers sort as numbers, Thai in dictionary order) and a payload the
dialog reads back with :data:`PAYLOAD_ROLE`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kbo_desktop.domain.thai_admin import thai_sort_key
from kbo_desktop.ui.widgets.table_model import ALIGN_NUMBER, ListTableModel, cell_text

Index = QModelIndex | QPersistentModelIndex
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
_WARNING = QColor("#b00020")


@dataclass(frozen=True)
class TableRow:
    """One row: its texts, optional sort keys per column, and what it stands for."""

    cells: tuple[str, ...]
    payload: Any = None
    sort_keys: tuple[Any, ...] | None = (
        None  # per column from the left; None: the text's Thai order
    )
    warning: bool = False  # shown in the warning colour (a problem, an unreadable backup)
    group: str = ""  # what RowsProxy.set_group keeps (e.g. the kind of record)


class RowsModel(ListTableModel[TableRow]):
    """Read-only rows of text under the given headers; ``numeric`` columns align right."""

    def __init__(
        self, headers: Sequence[str], numeric: Sequence[int] = (), parent: QObject | None = None
    ):
        super().__init__(parent)
        self.set_headers(headers)
        self._numeric = frozenset(numeric)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = index.column()
        text = row.cells[column] if column < len(row.cells) else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(text, role)
        if role == PAYLOAD_ROLE:
            return row.payload
        if role == FILTER_ROLE:
            return row.group
        if role == SORT_ROLE:
            keys = row.sort_keys or ()
            return (
                keys[column]
                if column < len(keys) and keys[column] is not None
                else thai_sort_key(text)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric:
            return ALIGN_NUMBER
        if role == Qt.ItemDataRole.ForegroundRole and row.warning:
            return QBrush(_WARNING)
        return None


class RowsProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` and keeps only rows of one group ("" keeps all)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._group = ""

    def set_group(self, group: str) -> None:
        self.beginFilterChange()
        self._group = group
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._group:
            return True
        model = self.sourceModel()
        return model.index(source_row, 0, source_parent).data(FILTER_ROLE) == self._group


def table_view(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """A read-only, row-selecting table that wraps Thai text and stretches its last column."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
