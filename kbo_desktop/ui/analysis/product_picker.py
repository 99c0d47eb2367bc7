"""Choosing a product: a searchable list filtered by district and category.

Shared by the analysis and planning tabs, which both work on one product at a
time. The list is a model over :class:`~kbo_desktop.services.analysis.ProductChoice`
rows handed in by the tab (the picker never queries the database); search and
filters live in a proxy so typing never reloads anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from kbo_desktop.domain.enums import Category
from kbo_desktop.services.analysis import ProductChoice
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex

ProductIdRole = Qt.ItemDataRole.UserRole + 1
DistrictRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
SearchTextRole = Qt.ItemDataRole.UserRole + 4


def stars(rating: int | None) -> str:
    """★★★☆☆ for 3 of 5; empty when the product has no rating yet."""
    return "" if rating is None else "★" * rating + "☆" * (5 - rating)


class ProductChoiceModel(QAbstractListModel):
    """Products as two-line entries: the name, then producer and district."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ProductChoice] = []

    def set_choices(self, choices: Sequence[ProductChoice]) -> None:
        self.beginResetModel()
        self._rows = list(choices)
        self.endResetModel()

    def choice(self, row: int) -> ProductChoice:
        return self._rows[row]

    def row_of(self, product_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.product_id == product_id), -1)

    def districts(self) -> list[str]:
        return sorted({c.district for c in self._rows if c.district})

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            district = (
                " · " + self.tr("อ.%1").replace("%1", "\u2060" + wrappable(c.district))
                if c.district
                else ""
            )
            return f"{wrappable(c.name)}\n{wrappable(c.producer_name)}{district}"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [c.name, c.producer_name, enum_label(c.category), stars(c.star_rating)]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{c.name} {c.producer_name}"
        if role == ProductIdRole:
            return c.product_id
        if role == DistrictRole:
            return c.district
        if role == CategoryRole:
            return c.category.value
        if role == SearchTextRole:
            return f"{c.name} {c.producer_name} {c.district}".casefold()
        return None


class ProductFilterProxy(QSortFilterProxyModel):
    """Keeps products whose name, producer or district contains the search text
    (a plain substring: Thai has no word spaces to match on) and that match the
    chosen district and category."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._text = ""
        self._district = ""
        self._category = ""

    def set_filters(self, text: str, district: str, category: str) -> None:
        self.beginFilterChange()
        self._text, self._district, self._category = text.strip().casefold(), district, category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._district and index.data(DistrictRole) != self._district:
            return False
        if self._category and index.data(CategoryRole) != self._category:
            return False
        return not self._text or self._text in index.data(SearchTextRole)


class ProductPicker(QWidget):
    """Search box, district and category filters, and the product list.

    Signals:
        productChosen(str): the current product changed (its id; "" when none).
    """

    productChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = load_form("analysis_product_picker.ui", self)
        self.model = ProductChoiceModel(self)
        self.proxy = ProductFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.productList.setModel(self.proxy)
        self.ui.categoryCombo.addItem(self.tr("ทุกประเภท"), "")
        for category in Category:
            self.ui.categoryCombo.addItem(enum_label(category), category.value)
        self.ui.searchEdit.textChanged.connect(self._on_filters_changed)
        self.ui.districtCombo.currentIndexChanged.connect(self._on_filters_changed)
        self.ui.categoryCombo.currentIndexChanged.connect(self._on_filters_changed)
        self.ui.productList.selectionModel().currentChanged.connect(
            self._on_product_list_current_changed
        )
        self.ui.searchEdit.installEventFilter(self)
        self._current = ""

    def set_choices(self, choices: Sequence[ProductChoice]) -> None:
        """Show these products, keeping the current one chosen if it is still there."""
        keep = self._current
        district = self.ui.districtCombo.currentData() or ""
        self.model.set_choices(choices)
        combo = self.ui.districtCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("ทุกอำเภอ"), "")
        for name in self.model.districts():
            combo.addItem(self.tr("อ.%1").replace("%1", name), name)
        combo.setCurrentIndex(max(0, combo.findData(district)))
        combo.blockSignals(False)
        self._on_filters_changed()
        if keep and not self.select_product(keep):
            self._set_current("")

    def current_product_id(self) -> str:
        return self._current

    def select_product(self, product_id: str) -> bool:
        """Make ``product_id`` current (clearing filters that hide it); False if unknown."""
        row = self.model.row_of(product_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.ui.searchEdit.clear()
            self.ui.districtCombo.setCurrentIndex(0)
            self.ui.categoryCombo.setCurrentIndex(0)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.productList.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.productList.scrollTo(proxy_index)
        return True

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt override
        """Down in the search box goes to the list, so the keyboard never gets stuck."""
        if (
            watched is self.ui.searchEdit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.ui.productList.setFocus()
            if not self.ui.productList.currentIndex().isValid() and self.proxy.rowCount():
                self.ui.productList.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _on_filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(
            self.ui.searchEdit.text(),
            self.ui.districtCombo.currentData() or "",
            self.ui.categoryCombo.currentData() or "",
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.countLabel.setText(
            self.tr("แสดง %1 จาก %2 ผลิตภัณฑ์").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _on_product_list_current_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if current.isValid():
            self._set_current(str(current.data(ProductIdRole)))

    def _set_current(self, product_id: str) -> None:
        if product_id != self._current:
            self._current = product_id
            self.productChosen.emit(product_id)
