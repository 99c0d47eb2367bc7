"""Choosing the products on a meeting's agenda and the order they are discussed in.

Left: every product, ticked when it is on the agenda, with a search box and a
"KBO targets only" switch. Right: the chosen products in agenda order, moved
with the buttons (the packet's product sections follow this order).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.meetings import AgendaProduct
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.meetings.agenda_products import (
    PRODUCT_ID_ROLE,
    ChosenProductsModel,
    ProductCheckModel,
    ProductFilterProxy,
)
from kbo_desktop.ui.meetings.delegates import NumberedDelegate
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.thai_wrap import wrappable


class AgendaProductsEditor(QWidget):
    """The product catalogue with ticks and the ordered list of chosen products.

    Signals:
        edited(): a product was ticked, unticked or moved.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = load_form("meeting_products.ui", self)
        self.chosen = ChosenProductsModel(self)
        self.catalogue = ProductCheckModel(self.chosen, self)
        self.proxy = ProductFilterProxy(self)
        self.proxy.setSourceModel(self.catalogue)
        self.ui.productList.setModel(self.proxy)
        self.ui.chosenList.setModel(self.chosen)
        self.ui.chosenList.setItemDelegate(NumberedDelegate("%1. ", self.ui.chosenList))
        self._loading = False

        self.ui.filterEdit.textChanged.connect(self._on_filters_changed)
        self.ui.targetsOnlyCheck.toggled.connect(self._on_filters_changed)
        self.ui.productList.activated.connect(self._on_product_list_activated)
        self.ui.productUpButton.clicked.connect(self._on_product_up_button_clicked)
        self.ui.productDownButton.clicked.connect(self._on_product_down_button_clicked)
        self.ui.removeProductButton.clicked.connect(self._on_remove_product_button_clicked)
        self.ui.chosenList.selectionModel().currentChanged.connect(
            self._on_chosen_list_current_changed
        )
        for signal in (self.chosen.rowsInserted, self.chosen.rowsRemoved, self.chosen.rowsMoved):
            signal.connect(self._on_chosen_edited)
        self.chosen.modelReset.connect(self._on_filters_changed)
        self._on_filters_changed()
        self._update_buttons()

    # -- values ----------------------------------------------------------------
    def set_choices(self, products: Sequence[AgendaProduct]) -> None:
        """Every product that may go on the agenda (from the meeting service)."""
        self._loading = True
        try:
            self.catalogue.set_products(products)
        finally:
            self._loading = False
        self._on_filters_changed()

    def set_product_ids(self, product_ids: Sequence[str]) -> list[str]:
        """Tick these products in this order; returns ids of products that no longer exist."""
        self._loading = True
        try:
            missing = self.chosen.set_ids(product_ids)
        finally:
            self._loading = False
        self.show_problems([])
        self._update_buttons()
        return missing

    def product_ids(self) -> list[str]:
        return self.chosen.ids()

    def show_problems(self, problems: Sequence[KboError]) -> None:
        """Show problems about the agenda's products under the chosen list."""
        label = self.ui.productsErrorLabel
        texts = [message_of(p) for p in problems]
        label.setText(wrappable("⚠ " + "\n⚠ ".join(texts)) if texts else "")
        label.setVisible(bool(texts))

    # -- slots -------------------------------------------------------------------
    def _on_filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(self.ui.filterEdit.text(), self.ui.targetsOnlyCheck.isChecked())
        self.ui.countLabel.setText(
            self.tr("แสดง %1 จาก %2 ผลิตภัณฑ์ · เลือกแล้ว %3")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.catalogue.rowCount()))
            .replace("%3", str(self.chosen.rowCount()))
        )

    def _on_product_list_activated(self, index: QModelIndex) -> None:
        """Enter or double-click toggles the tick, as space does."""
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new_state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.proxy.setData(index, new_state, Qt.ItemDataRole.CheckStateRole)

    def _on_product_up_button_clicked(self) -> None:
        self._move_current(-1)

    def _on_product_down_button_clicked(self) -> None:
        self._move_current(+1)

    def _on_remove_product_button_clicked(self) -> None:
        current = self.ui.chosenList.currentIndex()
        if current.isValid():
            self.chosen.remove(str(current.data(PRODUCT_ID_ROLE)))
        self._update_buttons()

    def _move_current(self, delta: int) -> None:
        current = self.ui.chosenList.currentIndex()
        if not current.isValid():
            return
        row = self.chosen.move(current.row(), delta)
        self.ui.chosenList.selectionModel().setCurrentIndex(
            self.chosen.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._update_buttons()

    def _on_chosen_list_current_changed(
        self, _current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self._update_buttons()

    def _on_chosen_edited(self, *_args: object) -> None:
        self._on_filters_changed()
        self._update_buttons()
        if not self._loading:
            self.edited.emit()

    def _update_buttons(self) -> None:
        current = self.ui.chosenList.currentIndex()
        row = current.row() if current.isValid() else -1
        self.ui.removeProductButton.setEnabled(row >= 0)
        self.ui.productUpButton.setEnabled(row > 0)
        self.ui.productDownButton.setEnabled(0 <= row < self.chosen.rowCount() - 1)
