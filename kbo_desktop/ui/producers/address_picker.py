"""Province → amphoe → tambon → postcode pickers that fill each other in.

Officers know the tambon and amphoe by heart but rarely the postcode, and a
typo in a place name spoils every report grouped by district. The three
editable combo boxes offer the gazetteer's names (matching any part of the
name as the user types) and each choice narrows the next; a tambon with one
postcode fills the postcode. Typing a name the gazetteer lacks is still
allowed: validation then says what is wrong next to the field.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from kbo_desktop.domain.records import Address
from kbo_desktop.domain.thai_admin import Amphoe, Province, ThaiAdmin, gazetteer


class AddressPicker(QObject):
    """Drives the place combos and postcode field of a form.

    Signals:
        changed(): the province, amphoe, tambon or postcode text changed
            (by the user or by filling in).
    """

    changed = Signal()

    def __init__(
        self,
        province: QComboBox,
        amphoe: QComboBox,
        tambon: QComboBox,
        postcode: QLineEdit,
        admin: ThaiAdmin | None = None,
    ):
        super().__init__(province)
        self._admin = admin or gazetteer()
        self.province_combo, self.amphoe_combo, self.tambon_combo = province, amphoe, tambon
        self.postcode_edit = postcode
        self._province: Province | None = None
        self._amphoe: Amphoe | None = None
        self._filling = False
        for combo in (province, amphoe, tambon):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMaxVisibleItems(15)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
        self._set_items(province, [p.name_th for p in self._admin.provinces()])
        province.currentTextChanged.connect(self._on_province_combo_text_changed)
        amphoe.currentTextChanged.connect(self._on_amphoe_combo_text_changed)
        tambon.currentTextChanged.connect(self._on_tambon_combo_text_changed)
        postcode.textEdited.connect(self._on_postcode_edit_text_edited)

    # -- value -----------------------------------------------------------------------

    def set_address(self, address: Address) -> None:
        """Show ``address`` as stored, offering the choices that follow from it."""
        self._filling = True
        try:
            self.province_combo.setEditText(address.province)
            self._offer_amphoes(self._admin.find_province(address.province))
            self.amphoe_combo.setEditText(address.amphoe)
            self._offer_tambons(self._find_amphoe(address.amphoe))
            self.tambon_combo.setEditText(address.tambon)
            self.postcode_edit.setText(address.postcode)
        finally:
            self._filling = False

    def place_fields(self) -> dict[str, str]:
        """The province, amphoe, tambon and postcode as shown (trimmed)."""
        return {
            "province": self.province_combo.currentText().strip(),
            "amphoe": self.amphoe_combo.currentText().strip(),
            "tambon": self.tambon_combo.currentText().strip(),
            "postcode": self.postcode_edit.text().strip(),
        }

    # -- cascading ---------------------------------------------------------------------

    def _on_province_combo_text_changed(self, text: str) -> None:
        if self._filling:
            return
        province = self._admin.find_province(text)
        if province is not None and province != self._province:
            self._offer_amphoes(province)
            self._clear_text(self.amphoe_combo, self.tambon_combo)
            self._offer_tambons(None)
            self.postcode_edit.clear()
        self.changed.emit()

    def _on_amphoe_combo_text_changed(self, text: str) -> None:
        if self._filling:
            return
        amphoe = self._find_amphoe(text)
        if amphoe is not None and amphoe != self._amphoe:
            self._offer_tambons(amphoe)
            self._clear_text(self.tambon_combo)
            self.postcode_edit.clear()
        self.changed.emit()

    def _on_tambon_combo_text_changed(self, text: str) -> None:
        if self._filling:
            return
        found = self._admin.find_tambons(text, self._amphoe, self._province)
        if len(found) == 1 and len(found[0].postcodes) == 1:
            self.postcode_edit.setText(found[0].postcodes[0])
        self.changed.emit()

    def _on_postcode_edit_text_edited(self, _text: str) -> None:
        self.changed.emit()

    def _find_amphoe(self, text: str) -> Amphoe | None:
        if not text.strip():
            return None
        found = self._admin.find_amphoes(text, self._province)
        return found[0] if len(found) == 1 else None

    def _offer_amphoes(self, province: Province | None) -> None:
        self._province = province
        names = [a.name_th for a in self._admin.amphoes_of(province)] if province else []
        self._set_items(self.amphoe_combo, names)

    def _offer_tambons(self, amphoe: Amphoe | None) -> None:
        self._amphoe = amphoe
        names = [t.name_th for t in self._admin.tambons_of(amphoe)] if amphoe else []
        self._set_items(self.tambon_combo, names)

    @staticmethod
    def _set_items(combo: QComboBox, names: list[str]) -> None:
        """Replace the choices without touching the text being typed."""
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        combo.setCurrentIndex(-1)
        combo.setEditText(text)
        combo.blockSignals(False)

    def _clear_text(self, *combos: QComboBox) -> None:
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(-1)
            combo.setEditText("")
            combo.blockSignals(False)
