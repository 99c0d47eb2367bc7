"""A table model over a Python list of rows, with fixed column headers.

Most tables in the program show a list of plain records, one per row, under
headers set once. :class:`ListTableModel` holds the list and answers the Qt
questions every such model answers the same way (row and column counts,
headers, an index's row, change notices), so a subclass only says what each
cell shows::

    class HistoryModel(ListTableModel[HistoryEntry]):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.set_headers([self.tr("วันที่"), self.tr("บันทึก")])

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            entry = self.row_at_index(index)
            ...
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

#: Right-aligned, vertically centred: for amounts, years and percentages.
ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: A :class:`TextTableModel` cell's text without the display-only U+200B word
#: breaks (for sorting and for tests); subclasses number their roles from ``UserRole + 1``.
PLAIN_ROLE = Qt.ItemDataRole.UserRole


def cell_text(text: str, role: int) -> str | None:
    """A cell's text for the display role (wrappable between Thai words) or the
    tooltip role (plain, ``None`` when empty so no blank tooltip shows)."""
    return wrappable(text) if role == Qt.ItemDataRole.DisplayRole else text or None


class ListTableModel(QAbstractTableModel, Generic[R]):
    """Rows from a list, columns under fixed headers; read-only (Qt's default
    flags) unless a subclass's ``flags`` says otherwise.

    Set :attr:`NUMBERED_ROWS` to show 1, 2, 3… in the vertical header.
    """

    NUMBERED_ROWS = False

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[R] = []
        self._headers: tuple[str, ...] = ()

    # -- contents ------------------------------------------------------------
    def set_headers(self, headers: Sequence[str]) -> None:
        """The column headers (already translated); their number is the column count."""
        self._headers = tuple(headers)

    def replace_rows(self, rows: Sequence[R]) -> None:
        """Show these rows instead (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_at_index(self, index: Index) -> R | None:
        """The row object behind ``index``, or ``None`` for an invalid index."""
        return self.row_at(index.row()) if index.isValid() else None

    # -- change notices --------------------------------------------------------
    def emit_row_changed(self, row: int) -> None:
        """Every cell of ``row`` may show something new."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def emit_all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if self.NUMBERED_ROWS else None


class TextTableModel(ListTableModel[R]):
    """Rows whose cells are texts that wrap between Thai words.

    A subclass says what each cell reads in :meth:`text`; :meth:`data` shows
    it wrappable, gives it plain under :data:`PLAIN_ROLE`, and hands every
    other role to :meth:`role_data`.
    """

    def text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def role_data(self, row: R, column: int, role: int) -> Any:
        """What a cell shows in any role but the display and plain-text ones."""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at_index(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return wrappable(self.text(row, index.column()))
        if role == PLAIN_ROLE:
            return self.text(row, index.column())
        return self.role_data(row, index.column(), role)
