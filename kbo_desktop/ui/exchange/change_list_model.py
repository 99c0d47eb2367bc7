"""The import preview's lists of changed records, read straight from the service's rows.

A national bundle imported into an empty database changes every one of its
~665,000 records; :func:`~kbo_desktop.services.exchange_summary.describe_bundle`
lists them in a compact :class:`~kbo_desktop.services.change_list.ChangeList`
that makes a :class:`ChangedRecord` only for a row asked for. This model
shows that list as it is: cells are worked out in :meth:`data` for the rows
on screen only, showing one kind of record is an array of row numbers (made
once, when the list is given), and sorting moves row numbers, never rows.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kbo_desktop.domain import records as r
from kbo_desktop.domain.thai_admin import thai_sort_key
from kbo_desktop.services.change_list import ChangedRecord, rows_by_collection
from kbo_desktop.ui.exchange.labels import kind_label
from kbo_desktop.ui.exchange.table_model import FILTER_ROLE, PAYLOAD_ROLE
from kbo_desktop.ui.widgets.table_model import cell_text

Index = QModelIndex | QPersistentModelIndex
#: Above this many rows the list keeps the service's order (grouped by kind)
#: and its headers do not sort: sorting by name would stall the window.
SORT_LIMIT = 50_000
_ORDER = {cls.COLLECTION: i for i, cls in enumerate(r.RECORD_TYPES)}
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


class ChangeListModel(QAbstractTableModel):
    """Kind, name, what it belongs to and the outcome of each :class:`ChangedRecord`.

    ``outcome_text`` says the last column for a row; its answers are kept
    per distinct (collection, outcome, tombstone, fields), which repeat: the
    collection too, as each kind names its fields its own way. The rows
    shown are all of the given list, or one kind's (:meth:`set_kind`), in
    the list's own order unless :meth:`sort` was asked for.
    """

    def __init__(
        self,
        headers: Sequence[str],
        outcome_text: Callable[[ChangedRecord], str],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._headers = tuple(headers)
        self._outcome_text = outcome_text
        self._outcomes: dict[tuple[str, str, bool, tuple[str, ...]], str] = {}
        self._items: Sequence[ChangedRecord] = ()
        self._by_kind: dict[str, array] = {}  # row numbers of each kind, in list order
        self._kind = ""
        self._shown: array | None = None  # row numbers shown; None: the whole list in order
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- contents ----------------------------------------------------------------
    def set_items(self, items: Sequence[ChangedRecord]) -> None:
        """Show ``items`` (kept, not copied), all kinds, in their own order."""
        self.beginResetModel()
        self._items = items
        self._outcomes.clear()
        self._by_kind = rows_by_collection(items)
        self._kind, self._sort = "", None
        self._shown = self._arrange()
        self.endResetModel()

    def items(self) -> Sequence[ChangedRecord]:
        """The list the model reads (the very one given to :meth:`set_items`)."""
        return self._items

    def shown_rows(self) -> array | None:
        """Which list positions are shown, in order (``None``: all of them, in list order)."""
        return self._shown

    def set_kind(self, kind: str) -> None:
        """Show only records of this collection ("" shows every kind)."""
        if kind == self._kind:
            return
        self.beginResetModel()
        self._kind = kind
        self._shown = self._arrange()
        self.endResetModel()

    def sortable(self) -> bool:
        return len(self._items) <= SORT_LIMIT

    def item_at(self, row: int) -> ChangedRecord | None:
        if not 0 <= row < self.rowCount():
            return None
        return self._items[row if self._shown is None else self._shown[row]]

    def cells(self, row: int) -> tuple[str, ...]:
        """A row's four texts, plain (for tests and copying)."""
        item = self.item_at(row)
        return () if item is None else tuple(self._text(item, c) for c in range(4))

    # -- arranging ----------------------------------------------------------------
    def _arrange(self) -> array | None:
        """The rows to show for the current kind and sort order."""
        kinds = [self._kind] if self._kind else sorted(self._by_kind, key=self._kind_order)
        column, order = self._sort if self._sort is not None else (-1, Qt.SortOrder.AscendingOrder)
        if column < 0 and self._kind == "" and self._grouped(kinds):
            return None  # the list is already grouped in kind order
        descending = order == Qt.SortOrder.DescendingOrder
        if column <= 0:  # by kind: whole groups, each in list order (a stable sort)
            rows = array("I")
            for kind in reversed(kinds) if descending else kinds:
                rows.extend(self._by_kind.get(kind, array("I")))
            return rows
        rows = array("I")
        for kind in kinds:
            rows.extend(self._by_kind.get(kind, array("I")))
        items = self._items
        keyed = sorted(
            rows, key=lambda n: thai_sort_key(self._text(items[n], column)), reverse=descending
        )
        return array("I", keyed)

    def _grouped(self, kinds: list[str]) -> bool:
        """Whether the list holds these kinds one after another, each in one run."""
        start = 0
        for kind in kinds:
            rows = self._by_kind[kind]
            if rows[0] != start or rows[-1] != start + len(rows) - 1:
                return False
            start += len(rows)
        return True

    @staticmethod
    def _kind_order(kind: str) -> int:
        return _ORDER.get(kind, len(_ORDER))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the shown rows by a column (Thai dictionary order; kinds in contract order).

        Lists longer than :data:`SORT_LIMIT` keep their order.
        """
        if not self.sortable() or not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        before = [(self.item_number(i.row()), i.column()) for i in kept]
        self._sort = (column, order)
        self._shown = self._arrange()
        if kept:
            position = {n: row for row, n in enumerate(self._positions())}
            self.changePersistentIndexList(
                kept,
                [self.index(position[n], c) if n in position else QModelIndex() for n, c in before],
            )
        self.layoutChanged.emit()

    def item_number(self, row: int) -> int:
        """The list position shown at ``row``."""
        return row if self._shown is None else self._shown[row]

    def _positions(self) -> Sequence[int]:
        return range(len(self._items)) if self._shown is None else self._shown

    # -- Qt model -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self._items) if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index.row())
        if item is None:
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return cell_text(self._text(item, index.column()), role)
        if role == PAYLOAD_ROLE:
            return item.record_id
        if role == FILTER_ROLE:
            return item.collection
        return None

    def _text(self, item: ChangedRecord, column: int) -> str:
        if column == 0:
            return kind_label(item.collection)
        if column == 1:
            return item.name
        if column == 2:
            return item.context
        if column == 3:
            key = (item.collection, item.outcome, item.tombstone, item.fields)
            text = self._outcomes.get(key)
            if text is None:
                text = self._outcomes[key] = self._outcome_text(item)
            return text
        return ""
