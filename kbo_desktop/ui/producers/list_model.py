"""The producer list as a Qt table model that reads only the rows on screen.

A province office may open tens of thousands of producers, so the model never
holds them all. When the filters or the sort change it asks the database for
the matching producers' ids in order
(:func:`~kbo_desktop.services.producer_list.producer_ids`: the row count and
every producer's row in one cheap query), and when the view draws a row it
reads that row's page of :data:`PAGE_SIZE` rows in one query
(:func:`~kbo_desktop.services.producer_list.rows_of`). Filtering and sorting
happen in SQL, Thai text in dictionary order; :meth:`ProducerListModel.sort`
is what clicking a header calls.

Display text carries zero-width spaces between Thai words so long names wrap
between words on every platform; ``ID_ROLE`` carries the producer's id.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView

from kbo_desktop.services import producer_list as service
from kbo_desktop.services.producer_list import (
    ProducerFilter,
    ProducerListRow,
    ProducerOrder,
    SortBy,
)
from kbo_desktop.store.database import Database
from kbo_desktop.ui.widgets.language import enum_label, language
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1

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

SORT_BY = (SortBy.NAME, SortBy.AMPHOE, SortBy.TAMBON, SortBy.PRODUCTS, SortBy.CATEGORIES,
           SortBy.STARS, SortBy.QUADRANTS, SortBy.TARGET)  # fmt: skip  # by column

#: Rows read in one query: a few screenfuls. Reading a page costs a millisecond or
#: two whatever its number, so scrolling stays smooth at any length of list.
PAGE_SIZE = 50
#: Pages kept in memory; the oldest read is dropped first.
PAGES_KEPT = 50

#: Pixels above and below the two lines of a row.
ROW_PADDING = 10
#: Rows a column fitting its contents is measured on: about a screenful.
ROWS_MEASURED = 20

_CENTRED = (COL_PRODUCTS, COL_STARS, COL_TARGET)


class ProducerListModel(QAbstractTableModel):
    """Read-only table of the producers matching a :class:`ProducerFilter`, one per row.

    Call :meth:`load` to (re)read the list, after the filters change or after
    anything that may change it (a save, a delete, an import).

    Args:
        db: the database to read.
        parent: the owning object.
        page_size: rows read per query (tests use small pages).
    """

    def __init__(self, db: Database, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._filters: ProducerFilter | None = None  # None until the first load
        self._order = ProducerOrder()
        self._ids: list[str] = []
        self._rows_by_id: dict[str, int] = {}
        self._pages: OrderedDict[int, list[ProducerListRow | None]] = OrderedDict()
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

    # -- contents -------------------------------------------------------------------

    def load(self, filters: ProducerFilter) -> None:
        """Show the producers matching ``filters`` (a reset: the view forgets its selection)."""
        self.beginResetModel()
        self._filters = filters
        self._read_ids()
        self.endResetModel()

    def row_of(self, producer_id: str) -> int:
        """Row of a producer, or -1 when the current filter hides it."""
        return self._rows_by_id.get(producer_id, -1)

    def producer_at(self, row: int) -> ProducerListRow | None:
        """The producer shown in ``row`` (its page is read if it has not been)."""
        if not 0 <= row < len(self._ids):
            return None
        page_no, offset = divmod(row, self._page_size)
        page = self._pages.get(page_no)
        if page is None:
            page = self._read_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset]

    def _read_ids(self) -> None:
        self._pages.clear()
        if self._filters is None:
            return
        self._ids = service.producer_ids(self._db, self._filters, self._order)
        self._rows_by_id = {producer_id: row for row, producer_id in enumerate(self._ids)}

    def _read_page(self, page_no: int) -> list[ProducerListRow | None]:
        start = page_no * self._page_size
        ids = self._ids[start : start + self._page_size]
        found = {row.id: row for row in service.rows_of(self._db, ids)}
        page: list[ProducerListRow | None] = [found.get(producer_id) for producer_id in ids]
        self._pages[page_no] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return page

    # -- Qt -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = index.column()
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if column in _CENTRED else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.producer_at(index.row())
        if row is None:  # deleted since the list was read; the next load drops it
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return wrappable(self._text(row, column))
        if column == COL_TARGET:
            return self.tr("เป็นเป้าหมาย KBO ปีนี้") if row.kbo_target else None
        return self._text(row, column) or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by ``column``; the selected producer stays selected."""
        if not 0 <= column < len(SORT_BY):
            return
        wanted = ProducerOrder(SORT_BY[column], order == Qt.SortOrder.DescendingOrder, language())
        if wanted == self._order:
            return
        if self._filters is None:  # not loaded yet: the first load sorts
            self._order = wanted
            return
        # (emitting the signals with their arguments crashes PySide6 6.11)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._ids[index.row()] for index in before]
        self._order = wanted
        self._read_ids()
        after = [
            self.index(row, index.column()) if (row := self.row_of(id_)) >= 0 else QModelIndex()
            for id_, index in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

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


def size_for_paging(table: QTableView) -> None:
    """Size ``table``'s rows and columns without reading the whole list.

    Every row gets one fixed height with room for two wrapped lines of Thai,
    marks and all, so the view places row 9,000 without measuring the 8,999
    above it; longer text ends in "…" and shows whole in the tooltip. Columns
    that fit their contents measure only :data:`ROWS_MEASURED` rows (Qt's
    default of 1,000 would read ten pages at every reset).
    """
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(2 * table.fontMetrics().lineSpacing() + ROW_PADDING)
    table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)


class ProducerSortProxy(QIdentityProxyModel):
    """The model as the table sees it: passes sorting on to :class:`ProducerListModel`,
    which sorts in SQL.

    Sorting in a :class:`~PySide6.QtCore.QSortFilterProxyModel` would read every
    row of the list, which is what the paged model exists to avoid.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
