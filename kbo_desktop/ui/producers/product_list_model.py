"""The producer editor's product list: the draft's own products, edited in place.

Names and categories show as they are typed, so the list never disagrees with
the form beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kbo_desktop.domain import records as r
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex


class ProductListModel(QAbstractListModel):
    """The draft's products, by name and category; edits show as they are typed."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._products: list[r.Product] = []

    def set_products(self, products: list[r.Product]) -> None:
        """Show (and, through add/remove, edit) the draft's own product list."""
        self.beginResetModel()
        self._products = products
        self.endResetModel()

    def add(self, product: r.Product) -> int:
        row = len(self._products)
        self.beginInsertRows(QModelIndex(), row, row)
        self._products.append(product)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._products[row]
        self.endRemoveRows()

    def product(self, row: int) -> r.Product | None:
        return self._products[row] if 0 <= row < len(self._products) else None

    def row_of(self, product_id: str) -> int:
        return next((i for i, p in enumerate(self._products) if p.id == product_id), -1)

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self._products):
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._products)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._products):
            return None
        product = self._products[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = product.name or self.tr("(ผลิตภัณฑ์ใหม่ ยังไม่มีชื่อ)")
            return wrappable(f"{name} — {enum_label(product.category)}")
        return None
