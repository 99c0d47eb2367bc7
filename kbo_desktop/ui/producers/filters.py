"""The filter bar above the producer list: text, district, category, stars, quadrant, target.

Filters run in SQL (:func:`~kbo_desktop.services.producer_list.producer_ids`)
because product criteria need the products table and a national list is too
big to filter in Python; typing is debounced so a fast typist does not run a
query per key.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from kbo_desktop.domain.enums import Category, Quadrant
from kbo_desktop.services.producer_list import ProducerFilter
from kbo_desktop.ui.widgets.language import current_enum, fill_enum_combo, select_data

TYPING_DELAY_MS = 250


class FilterBar(QObject):
    """Reads the filter widgets of the producers tab form as a :class:`ProducerFilter`.

    Signals:
        changed(): the filter changed (text after a short pause, the rest at once).
    """

    changed = Signal()

    def __init__(
        self,
        text: QLineEdit,
        amphoe: QComboBox,
        category: QComboBox,
        stars: QComboBox,
        quadrant: QComboBox,
        target: QCheckBox,
    ):
        super().__init__(text)
        self.text_edit, self.amphoe_combo, self.category_combo = text, amphoe, category
        self.stars_combo, self.quadrant_combo, self.target_check = stars, quadrant, target
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        amphoe.addItem(self.tr("ทุกอำเภอ"), "")
        fill_enum_combo(category, Category, self.tr("ทุกประเภท"))
        stars.addItem(self.tr("ทุกระดับดาว"), None)
        for n in range(1, 6):
            stars.addItem(self.tr("%n ดาว", "", n), n)
        fill_enum_combo(quadrant, Quadrant, self.tr("ทุกกลุ่ม"))
        text.textChanged.connect(self._on_text_edit_text_changed)
        text.returnPressed.connect(self._on_text_edit_return_pressed)
        for combo in (amphoe, category, stars, quadrant):
            combo.currentIndexChanged.connect(self.changed)
        target.toggled.connect(self.changed)

    def current(self) -> ProducerFilter:
        return ProducerFilter(
            text=self.text_edit.text(),
            amphoe=self.amphoe_combo.currentData() or "",
            category=current_enum(self.category_combo, Category),
            stars=self.stars_combo.currentData(),
            quadrant=current_enum(self.quadrant_combo, Quadrant),
            kbo_target_only=self.target_check.isChecked(),
        )

    def is_filtering(self) -> bool:
        return self.current() != ProducerFilter()

    def set_amphoes(self, names: Sequence[str]) -> None:
        """Offer the districts producers are in, keeping the current choice."""
        combo = self.amphoe_combo
        chosen = combo.currentData() or ""
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for name in names:
            combo.addItem(name, name)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(chosen, chosen)
        select_data(combo, chosen)
        combo.blockSignals(False)

    def reset(self) -> None:
        """Show every producer (e.g. before jumping to a search result)."""
        widgets = (self.text_edit, self.amphoe_combo, self.category_combo, self.stars_combo,
                   self.quadrant_combo, self.target_check)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.text_edit.clear()
        for combo in (
            self.amphoe_combo,
            self.category_combo,
            self.stars_combo,
            self.quadrant_combo,
        ):
            combo.setCurrentIndex(0)
        self.target_check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._timer.stop()

    def _on_text_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_text_edit_return_pressed(self) -> None:
        self._timer.stop()
        self.changed.emit()
