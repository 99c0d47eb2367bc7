"""Item models of the meetings tab: the list of meetings and a meeting's agenda items.

The products on the agenda have their own models in
:mod:`kbo_desktop.ui.meetings.agenda_products`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kbo_desktop.domain import records as r
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.table_model import TextTableModel

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1

COL_DATE, COL_TITLE, COL_PRODUCTS = range(3)


class MeetingListModel(TextTableModel[r.Meeting]):
    """Read-only table of meetings in the order given (the service sorts newest first)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_headers((self.tr("วันที่"), self.tr("การประชุม"), self.tr("ผลิตภัณฑ์")))

    def set_meetings(self, meetings: Sequence[r.Meeting]) -> None:
        self.replace_rows(meetings)

    def meeting(self, row: int) -> r.Meeting:
        return self._rows[row]

    def row_of(self, meeting_id: str) -> int:
        """Row of a meeting, or -1 when it is not listed."""
        return next((i for i, mt in enumerate(self._rows) if mt.id == meeting_id), -1)

    def text(self, meeting: r.Meeting, column: int) -> str:
        if column == COL_DATE:
            return format_be_date(meeting.held_on)
        if column == COL_TITLE:
            return meeting.title
        if column == COL_PRODUCTS:
            return str(len(meeting.product_ids))
        return ""

    def role_data(self, meeting: r.Meeting, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [meeting.title, format_be_date(meeting.held_on, "long"), meeting.venue]
            return "\n".join(p for p in parts if p)
        if role == ID_ROLE:
            return meeting.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PRODUCTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AgendaItemsModel(QAbstractListModel):
    """A meeting's agenda items (วาระ) as an editable, reorderable list of text.

    The view numbers the items ("วาระที่ n", see
    :class:`~kbo_desktop.ui.meetings.delegates.NumberedDelegate`), so the
    numbering follows the order on screen while each row's data is its text.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[str] = []

    def set_items(self, items: Sequence[str]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[str]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        text = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._items)
        ):
            return False
        text = str(value)
        if text == self._items[index.row()]:
            return True
        self._items[index.row()] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._items):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._items[row:row] = [""] * count
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._items[row : row + count]
        self.endRemoveRows()
        return True

    def moveRows(  # noqa: N802
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Move items; ``destination_child`` is the row *before* which they land (Qt's rule)."""
        n = len(self._items)
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > n or not 0 <= destination_child <= n:
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # a move onto itself
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._items[source_row : source_row + count]
        del self._items[source_row : source_row + count]
        target = destination_child - count if destination_child > source_row else destination_child
        self._items[target:target] = moving
        self.endMoveRows()
        return True

    def move(self, row: int, delta: int) -> int:
        """Move one item up (``-1``) or down (``+1``); returns its new row
        (unchanged when it cannot move)."""
        target = row + delta
        if not 0 <= row < len(self._items) or not 0 <= target < len(self._items):
            return row
        destination = target if delta < 0 else target + 1
        return target if self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination) else row
