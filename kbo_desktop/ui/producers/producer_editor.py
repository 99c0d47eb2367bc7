"""Editing one producer with its products, certifications and photos.

The editor works on a draft (:class:`ProducerDetail` copy) and compares it
with the saved version, so "unsaved changes" is exact: typing a name and
deleting it again leaves nothing to save. Save validates everything first and
shows each message under its field; nothing is stored while anything is
invalid, and what is valid is stored in one transaction.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import PhotoOwnerKind, ProducerType
from kbo_desktop.domain.errors import KboError, ValidationError, ValidationErrors
from kbo_desktop.services import producer_list as service
from kbo_desktop.services.producer_list import ProducerDetail
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.producers.address_picker import AddressPicker
from kbo_desktop.ui.producers.edit_steps import describe, forget_records
from kbo_desktop.ui.producers.photo_strip import StoredPhotoStrip
from kbo_desktop.ui.producers.product_editor import ProductEditor
from kbo_desktop.ui.producers.product_list_model import ProductListModel
from kbo_desktop.ui.widgets.edit_history import Change, EditHistory
from kbo_desktop.ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from kbo_desktop.ui.widgets.language import current_enum, fill_enum_combo, message_of, select_data
from kbo_desktop.ui.widgets.thai_wrap import wrappable


class ProducerEditor(QWidget):
    """Form for one producer; its products on a second page.

    Signals:
        dirtyChanged(bool): the draft now differs (or no longer differs) from
            what is saved.
        saved(str): the producer with this id was saved.
        recordDeleted(str, list): a stored product, certification or photo was
            deleted; the list is what ``RecordService.restore`` needs to undo it.
        statusMessage(str): for the status bar.
    """

    dirtyChanged = Signal(bool)
    saved = Signal(str)
    recordDeleted = Signal(str, list)
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._saved = ProducerDetail(r.Producer())
        self._draft = self._saved.copy()
        self._is_new = True
        self._dirty = False
        self._loading = False
        ui = self.ui = load_form("producer_editor.ui", self)
        ui.headerLabel.setStyleSheet("font-size: 15pt; font-weight: 600;")
        ui.problemsLabel.setStyleSheet(ERROR_STYLE)
        fill_enum_combo(ui.typeCombo, ProducerType)
        self.address = AddressPicker(
            ui.provinceCombo, ui.amphoeCombo, ui.tambonCombo, ui.postcodeEdit
        )
        self.errors = FieldErrors(
            {
                "name": ui.nameEdit,
                "phone": ui.phoneEdit,
                "members_count": ui.membersSpin,
                "address.province": ui.provinceCombo,
                "address.amphoe": ui.amphoeCombo,
                "address.tambon": ui.tambonCombo,
                "address.postcode": ui.postcodeEdit,
            }
        )
        self.photos = StoredPhotoStrip(db)
        ui.producerPhotosLayout.addWidget(self.photos)
        self.products = ProductListModel(self)
        ui.productList.setModel(self.products)
        self.product_editor = ProductEditor(db)
        ui.productScroll.takeWidget()
        ui.productScroll.setWidget(self.product_editor)
        for edit in (ui.nameEdit, ui.otopEdit, ui.contactEdit, ui.phoneEdit, ui.houseNoEdit,
                     ui.villageNoEdit, ui.villageEdit):  # fmt: skip
            edit.textEdited.connect(self._on_field_changed)
        ui.typeCombo.currentIndexChanged.connect(self._on_field_changed)
        ui.membersSpin.valueChanged.connect(self._on_field_changed)
        ui.notesEdit.textChanged.connect(self._on_field_changed)
        self.address.changed.connect(self._on_field_changed)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.addProductButton.clicked.connect(self._on_add_product_button_clicked)
        ui.removeProductButton.clicked.connect(self._on_remove_product_button_clicked)
        ui.productList.selectionModel().currentRowChanged.connect(
            self._on_product_list_current_changed
        )
        self.product_editor.edited.connect(self._on_product_editor_edited)
        for source in (self.product_editor, self.photos):
            source.statusMessage.connect(self.statusMessage)
        self.product_editor.recordDeleted.connect(self._on_record_deleted)
        self.photos.deleted.connect(self._on_record_deleted)
        self.history = EditHistory(lambda: self._draft.copy(), self._restore_step, describe, self)
        self.history.route_undo_keys(self)
        for line_edit in self.findChildren(QLineEdit):  # leaving a field ends its step
            line_edit.editingFinished.connect(self.history.seal)
        self._show_draft()

    # -- state -----------------------------------------------------------------------

    def producer_id(self) -> str | None:
        """The id of the stored producer shown, ``None`` for a new one."""
        return None if self._is_new else self._saved.producer.id

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def draft(self) -> ProducerDetail:
        """The record being edited (tests and the screenshot tool read it)."""
        return self._draft

    def load(self, producer_id: str) -> None:
        """Show a stored producer, throwing away any draft (callers ask first)."""
        self._saved = service.load_detail(self._db, producer_id)
        self._is_new = False
        self._draft = self._saved.copy()
        self.history.reset()
        self._show_draft()

    def new_producer(self) -> None:
        """Start an empty producer; nothing is stored until Save."""
        self._saved = ProducerDetail(r.Producer())
        self._is_new = True
        self._draft = self._saved.copy()
        self.history.reset()
        self._show_draft()
        self.ui.pages.setCurrentIndex(0)
        self.ui.nameEdit.setFocus()

    def clear(self) -> None:
        """Show nothing (no producer selected)."""
        self.new_producer()
        self.setEnabled(False)

    def revert(self) -> None:
        """Throw away unsaved edits and show the saved version again (one undoable step)."""
        self._draft = self._saved.copy()
        self.history.record(Change(self.tr("ยกเลิกการแก้ไขทั้งหมด")))
        self._show_draft()
        self.statusMessage.emit(self.tr("ยกเลิกการแก้ไขแล้ว"))

    def reload_keeping_edits(self) -> None:
        """After an undo brought records back: add them to the draft, keep the edits."""
        if self._is_new:
            return
        fresh = service.load_detail(self._db, self._saved.producer.id)
        known = {x.id for x in (*self._saved.products, *self._saved.certifications)}
        for name in ("products", "certifications"):
            for record in getattr(fresh, name):
                if record.id not in known:
                    getattr(self._saved, name).append(record)
                    getattr(self._draft, name).append(copy.deepcopy(record))
        self._saved.photos = fresh.photos
        self._draft.photos = list(fresh.photos)
        self.history.rewrite(lambda step: self._bring_back(step, fresh))
        self._show_draft()

    def _bring_back(self, step: ProducerDetail, fresh: ProducerDetail) -> None:
        """Put restored records into an undo step too, so no undo drops them again."""
        for name in ("products", "certifications"):
            kept = {x.id for x in getattr(step, name)}
            for record in getattr(fresh, name):
                if record.id not in kept:
                    getattr(step, name).append(copy.deepcopy(record))
        step.photos = list(fresh.photos)

    # -- saving ------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store the draft; False (and messages by the fields) if invalid."""
        problems = service.detail_problems(self._draft)
        if problems:
            self._show_problems(problems)
            return False
        try:
            stored = service.save_detail(
                self._db, self._draft, None if self._is_new else self._saved
            )
        except ValidationErrors as exc:
            self._show_problems({self._draft.producer.id: exc.problems})
            return False
        current = self.product_editor_product_id()
        self._saved, self._is_new = stored, False
        self._draft = stored.copy()
        self.history.reset()
        self._show_draft(current)
        self.saved.emit(stored.producer.id)
        self.statusMessage.emit(self.tr("บันทึก “%1” แล้ว").replace("%1", stored.producer.name))
        return True

    def _show_problems(self, problems: dict[str, list[ValidationError]]) -> None:
        unplaced: list[KboError] = list(self.errors.show(problems.get(self._draft.producer.id, [])))
        bad_products = {p.id for p in self._draft.products if p.id in problems}
        bad_products |= {c.product_id for c in self._draft.certifications if c.id in problems}
        if problems.get(self._draft.producer.id):
            self.ui.pages.setCurrentIndex(0)
        elif bad_products:
            self.ui.pages.setCurrentIndex(1)
        for product in self._draft.products:
            if product.id in bad_products:
                self.select_product(product.id)
                unplaced += self.product_editor.show_problems(problems)
                break
        summary = self.tr("ยังบันทึกไม่ได้ กรุณาแก้ไขช่องที่มีเครื่องหมาย ⚠")
        if bad_products and problems.get(self._draft.producer.id):
            summary += " " + self.tr("(รวมถึงในหน้าผลิตภัณฑ์)")
        lines = [summary, *(message_of(p) for p in unplaced)]
        self.ui.problemsLabel.setText(wrappable("\n".join(lines)))
        self.ui.problemsLabel.setVisible(True)
        self.statusMessage.emit(summary)

    def _clear_problems(self) -> None:
        self.errors.clear()
        self.ui.problemsLabel.setVisible(False)

    # -- showing -----------------------------------------------------------------------

    def _show_draft(self, product_id: str | None = None) -> None:
        self.setEnabled(True)
        self._clear_problems()
        p = self._draft.producer
        ui = self.ui
        self._loading = True
        try:
            ui.nameEdit.setText(p.name)
            select_data(ui.typeCombo, p.producer_type)
            ui.otopEdit.setText(p.otop_registration_no)
            ui.contactEdit.setText(p.contact_name)
            ui.phoneEdit.setText(p.phone)
            ui.membersSpin.setValue(p.members_count or 0)
            ui.houseNoEdit.setText(p.address.house_no)
            ui.villageNoEdit.setText(p.address.village_no)
            ui.villageEdit.setText(p.address.village)
            self.address.set_address(p.address)
            ui.notesEdit.setPlainText(p.notes)
        finally:
            self._loading = False
        self.products.set_products(self._draft.products)
        self.photos.set_owner(
            PhotoOwnerKind.PRODUCER, self.producer_id(), self._draft.photos_of(p.id)
        )
        ui.addProductButton.setEnabled(True)
        row = self.products.row_of(product_id) if product_id else -1
        self._select_product_row(row if row >= 0 else (0 if self.products.rowCount() else -1))
        self._update_dirty()

    def _update_header(self) -> None:
        name = self._draft.producer.name
        header = name or (self.tr("ผู้ผลิตรายใหม่") if self._is_new else "")
        self.ui.headerLabel.setText(wrappable(header))
        self.ui.stateLabel.setText(self.tr("● มีการแก้ไขที่ยังไม่ได้บันทึก") if self._dirty else "")

    def _update_dirty(self) -> None:
        dirty = self._draft != self._saved
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
        self._update_header()

    def _on_field_changed(self, *_args: object) -> None:
        if self._loading:
            return
        ui, p = self.ui, self._draft.producer
        p.name = ui.nameEdit.text().strip()
        p.producer_type = current_enum(ui.typeCombo, ProducerType) or ProducerType.OTHER
        p.otop_registration_no = ui.otopEdit.text().strip()
        p.contact_name = ui.contactEdit.text().strip()
        p.phone = ui.phoneEdit.text().strip()
        p.members_count = ui.membersSpin.value() or None
        p.notes = ui.notesEdit.toPlainText()
        places = self.address.place_fields()
        p.address = r.Address(
            house_no=ui.houseNoEdit.text().strip(),
            village_no=ui.villageNoEdit.text().strip(),
            village=ui.villageEdit.text().strip(),
            tambon=places["tambon"],
            amphoe=places["amphoe"],
            province=places["province"],
            postcode=places["postcode"],
            lat=p.address.lat,
            lon=p.address.lon,
        )
        self._on_draft_edited()

    def _on_draft_edited(self) -> None:
        self.history.record()
        self._update_dirty()

    def _restore_step(self, draft: ProducerDetail, product_id: str | None) -> None:
        """Undo or redo put this draft back: show it, and the product the step changed."""
        draft.photos = self._draft.photos  # photos are stored at once, not steps
        self._draft = draft
        shown = product_id or self.product_editor_product_id()
        self._show_draft(shown)
        if product_id and self.products.row_of(product_id) >= 0:
            self.ui.pages.setCurrentIndex(1)
        elif product_id is None:
            self.ui.pages.setCurrentIndex(0)

    # -- products ----------------------------------------------------------------------

    def product_editor_product_id(self) -> str | None:
        product = self.products.product(self.ui.productList.currentIndex().row())
        return product.id if product else None

    def select_product(self, product_id: str) -> bool:
        """Show one product of this producer on the products page."""
        row = self.products.row_of(product_id)
        if row < 0:
            return False
        self.ui.pages.setCurrentIndex(1)
        self._select_product_row(row)
        return True

    def _select_product_row(self, row: int) -> None:
        view = self.ui.productList
        if row >= 0:
            view.setCurrentIndex(self.products.index(row))
        else:
            view.setCurrentIndex(QModelIndex())
        self._show_product(self.products.product(row))

    def _show_product(self, product: r.Product | None) -> None:
        stored = {x.id for x in (*self._saved.products, *self._saved.certifications)}
        self.product_editor.set_product(self._draft if product else None, product, stored)
        self.ui.removeProductButton.setEnabled(product is not None)

    def _on_product_list_current_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self._show_product(self.products.product(current.row()))

    def _on_product_editor_edited(self) -> None:
        self.products.refresh_row(self.ui.productList.currentIndex().row())
        self._on_draft_edited()

    def _on_add_product_button_clicked(self) -> None:
        product = r.Product(producer_id=self._draft.producer.id)
        row = self.products.add(product)
        self.ui.pages.setCurrentIndex(1)
        self._select_product_row(row)
        self.product_editor.ui.productNameEdit.setFocus()
        self._on_draft_edited()

    def _on_remove_product_button_clicked(self) -> None:
        row = self.ui.productList.currentIndex().row()
        product = self.products.product(row)
        if product is None:
            return
        if any(p.id == product.id for p in self._saved.products):
            name = product.name or self.tr("(ไม่มีชื่อ)")
            answer = QMessageBox.question(
                self,
                self.tr("ลบผลิตภัณฑ์"),
                self.tr("ลบผลิตภัณฑ์ “%1” พร้อมมาตรฐาน ผลการวิเคราะห์ แผนพัฒนา และภาพถ่ายหรือไม่?").replace(
                    "%1", name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            undo = RecordService(self._db).delete(r.Product, product.id)
            self._on_record_deleted(self.tr("ลบผลิตภัณฑ์ “%1” แล้ว").replace("%1", name), undo)
        self._draft.certifications = [
            c for c in self._draft.certifications if c.product_id != product.id
        ]
        self.products.remove(row)
        self._select_product_row(min(row, self.products.rowCount() - 1))
        self._on_draft_edited()

    def _on_record_deleted(self, text: str, undo: list) -> None:  # type: ignore[type-arg]
        """Something stored was deleted: it is no longer part of the saved version."""
        gone = {record_id for _cls, record_id in undo}
        self._saved.products = [p for p in self._saved.products if p.id not in gone]
        self._saved.certifications = [c for c in self._saved.certifications if c.id not in gone]
        self._saved.photos = [p for p in self._saved.photos if p.id not in gone]
        self._draft.photos = [p for p in self._draft.photos if p.id not in gone]
        self.history.rewrite(lambda step: forget_records(step, gone))
        self.recordDeleted.emit(text, undo)
        self._update_dirty()
