"""The products on a meeting's agenda: a checkable catalogue and the chosen order.

The committee discusses products in an order it decides, and the packet
follows that order, so the chosen products are one ordered list
(:class:`ChosenProductsModel`, the single source of truth) and the catalogue
of every product (:class:`ProductCheckModel`) only shows a tick for the ones
in it. Ticking appends a product to the end of the order; unticking removes it.
Search and the "KBO targets only" switch live in :class:`ProductFilterProxy`
so typing never reloads anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kbo_desktop.services.meetings import AgendaProduct
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex

PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KBO_TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


def _where(product: AgendaProduct) -> str:
    """``กลุ่มทอผ้า… · อ.เมืองเลย``: who makes it and where."""
    if not product.amphoe:
        return product.producer_name
    district = QCoreApplication.translate("AgendaProducts", "อ.%1").replace("%1", product.amphoe)
    return f"{product.producer_name} · {district}"


class ChosenProductsModel(QAbstractListModel):
    """The products on the agenda, in agenda order, reorderable."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._catalogue: dict[str, AgendaProduct] = {}
        self._ids: list[str] = []

    def set_catalogue(self, products: Iterable[AgendaProduct]) -> None:
        """The products that may be chosen; chosen ones no longer there are dropped."""
        self.beginResetModel()
        self._catalogue = {p.product_id: p for p in products}
        self._ids = [i for i in self._ids if i in self._catalogue]
        self.endResetModel()

    def set_ids(self, product_ids: Sequence[str]) -> list[str]:
        """Choose these products in this order; returns the ids it had to leave
        out because no such product exists any more."""
        self.beginResetModel()
        self._ids = [i for i in dict.fromkeys(product_ids) if i in self._catalogue]
        self.endResetModel()
        return [i for i in product_ids if i not in self._catalogue]

    def ids(self) -> list[str]:
        return list(self._ids)

    def contains(self, product_id: str) -> bool:
        return product_id in self._ids

    def add(self, product_id: str) -> bool:
        if product_id in self._ids or product_id not in self._catalogue:
            return False
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.append(product_id)
        self.endInsertRows()
        return True

    def remove(self, product_id: str) -> bool:
        if product_id not in self._ids:
            return False
        row = self._ids.index(product_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self.endRemoveRows()
        return True

    def move(self, row: int, delta: int) -> int:
        """Move one product up (``-1``) or down (``+1``); returns its new row."""
        target = row + delta
        if not 0 <= row < len(self._ids) or not 0 <= target < len(self._ids):
            return row
        destination = target if delta < 0 else target + 1
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return row
        self._ids.insert(target, self._ids.pop(row))
        self.endMoveRows()
        return target

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        product = self._catalogue[self._ids[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{product.name}\n{_where(product)}"  # numbered and wrapped by the view
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{product.name}\n{_where(product)}"
        if role == PRODUCT_ID_ROLE:
            return product.product_id
        return None


class ProductCheckModel(QAbstractListModel):
    """Every product that could go on the agenda, ticked when it is chosen."""

    def __init__(self, chosen: ChosenProductsModel, parent: QObject | None = None):
        super().__init__(parent)
        self._chosen = chosen
        self._products: list[AgendaProduct] = []
        chosen.modelReset.connect(self._on_chosen_changed)
        chosen.rowsInserted.connect(self._on_chosen_changed)
        chosen.rowsRemoved.connect(self._on_chosen_changed)

    def set_products(self, products: Sequence[AgendaProduct]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self.endResetModel()
        self._chosen.set_catalogue(self._products)

    def product(self, row: int) -> AgendaProduct:
        return self._products[row]

    def row_of(self, product_id: str) -> int:
        return next((i for i, p in enumerate(self._products) if p.product_id == product_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._products)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._products):
            return None
        product = self._products[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # no-break spaces keep the target mark on one line
            target = self.tr("  ★\u00a0เป้าหมาย\u00a0KBO") if product.kbo_target else ""
            return wrappable(
                f"{product.name}{target}\n{_where(product)} · {enum_label(product.category)}"
            )
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = self._chosen.contains(product.product_id)
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{product.name}\n{_where(product)}\n{enum_label(product.category)}"
        if role == PRODUCT_ID_ROLE:
            return product.product_id
        if role == KBO_TARGET_ROLE:
            return product.kbo_target
        if role == SEARCH_ROLE:
            return f"{product.name} {product.producer_name} {product.amphoe}".casefold()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._products):
            return False
        product_id = self._products[index.row()].product_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._chosen.add(product_id)
        else:
            self._chosen.remove(product_id)
        return True

    def _on_chosen_changed(self, *_args: object) -> None:
        if self._products:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._products) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )


class ProductFilterProxy(QSortFilterProxyModel):
    """Keeps products whose name, producer or district contains the search text
    (a plain substring: Thai has no word spaces to match on), and only the KBO
    targets when asked."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._text = ""
        self._targets_only = False

    def set_filters(self, text: str, targets_only: bool) -> None:
        self.beginFilterChange()
        self._text, self._targets_only = text.strip().casefold(), targets_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._targets_only and not index.data(KBO_TARGET_ROLE):
            return False
        return not self._text or self._text in (index.data(SEARCH_ROLE) or "")
