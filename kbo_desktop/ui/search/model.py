"""Search results as a two-level tree: one group per kind of record, hits below.

Group rows carry the kind's label and hit count; hit rows carry the record's
title (column 0) and the text around the match (column 1). ``HIT_ROLE``
returns the :class:`~kbo_desktop.services.search.SearchHit` of a hit row and
``None`` for a group.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from kbo_desktop.services.search import KIND_LABELS, SearchHit
from kbo_desktop.ui.widgets.language import language
from kbo_desktop.ui.widgets.thai_wrap import wrappable

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_TITLE, COLUMN_SNIPPET = 0, 1
_GROUP = 0xFFFFFFFF  # internalId of group rows; hit rows store their group's row

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractItemModel):
    """Hits grouped by collection, in the order the search service returned them."""

    def __init__(self, parent: object | None = None):
        super().__init__(parent)  # type: ignore[arg-type]
        self._groups: list[tuple[str, list[SearchHit]]] = []
        self._language = language()

    def set_language(self, language: str) -> None:
        self._language = language

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the results (a new query)."""
        self.beginResetModel()
        grouped: dict[str, list[SearchHit]] = {}
        for hit in hits:
            grouped.setdefault(hit.collection, []).append(hit)
        self._groups = list(grouped.items())
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(hits) for _, hits in self._groups)

    def first_hit_index(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # -- Qt model API ----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row())

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            collection, hits = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == COLUMN_TITLE:
                th, en = KIND_LABELS.get(collection, (collection, collection))
                return f"{en if self._language == 'en' else th} ({len(hits)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = self._groups[index.internalId()][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrappable(hit.title if index.column() == COLUMN_TITLE else hit.snippet)
        if role == Qt.ItemDataRole.ToolTipRole:
            return wrappable(hit.snippet)
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == COLUMN_TITLE:
                return QCoreApplication.translate("SearchResultsModel", "รายการ")
            if section == COLUMN_SNIPPET:
                return QCoreApplication.translate("SearchResultsModel", "ข้อความที่พบ")
        return None
