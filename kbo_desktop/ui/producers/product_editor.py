"""Editing one product of the producer being edited: its fields, certifications, photos.

The editor changes the product record of the producer editor's draft in
place and says so with ``edited``; saving is the producer editor's job, so a
producer, its products and their certifications are stored together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import (
    Category,
    CertificationStatus,
    PhotoOwnerKind,
    Quadrant,
    Standard,
)
from kbo_desktop.domain.errors import KboError
from kbo_desktop.domain.thai_dates import be_year
from kbo_desktop.services.producer_list import ProducerDetail
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.producers.certifications import CertificationModel, expiry_text
from kbo_desktop.ui.producers.photo_strip import StoredPhotoStrip
from kbo_desktop.ui.widgets.field_errors import FieldErrors
from kbo_desktop.ui.widgets.language import current_enum, fill_enum_combo, select_data
from kbo_desktop.ui.widgets.thai_wrap import wrappable

_AMOUNT = QRegularExpression(r"^[0-9,]*(\.[0-9]{0,2})?$")


def _amount(text: str) -> float | None:
    cleaned = text.replace(",", "").strip()
    return float(cleaned) if cleaned and cleaned != "." else None


def _amount_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}" if value == int(value) else f"{value:.2f}"


class ProductEditor(QWidget):
    """Form for one product and its certifications.

    Signals:
        edited(): a field of the product or of a certification changed.
        recordDeleted(str, list): a stored certification or photo was deleted;
            the text says which and the list undoes it (``RecordService.restore``).
        statusMessage(str): for the status bar.
    """

    edited = Signal()
    recordDeleted = Signal(str, list)
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._detail: ProducerDetail | None = None
        self._product: r.Product | None = None
        self._stored_ids: set[str] = set()
        self._loading = False
        ui = self.ui = load_form("product_editor.ui", self)
        fill_enum_combo(ui.categoryCombo, Category)
        fill_enum_combo(ui.quadrantCombo, Quadrant, self.tr("ไม่ระบุ"))
        fill_enum_combo(ui.standardCombo, Standard)
        fill_enum_combo(ui.certStatusCombo, CertificationStatus)
        ui.starCombo.addItem(self.tr("ไม่ระบุ"), None)
        for stars in range(1, 6):
            ui.starCombo.addItem(self.tr("%n ดาว", "", stars), stars)
        for edit in (ui.priceEdit, ui.salesEdit):
            edit.setValidator(QRegularExpressionValidator(_AMOUNT, edit))
        self.certs = CertificationModel(self)
        ui.certTable.setModel(self.certs)
        header = ui.certTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.certTable.verticalHeader().setVisible(False)
        self.photos = StoredPhotoStrip(db)
        ui.productPhotosLayout.addWidget(self.photos)
        self.errors = FieldErrors(
            {
                "name": ui.productNameEdit,
                "star_rating": ui.starCombo,
                "star_rating_year_be": ui.starYearSpin,
                "price_thb": ui.priceEdit,
                "annual_sales_thb": ui.salesEdit,
            }
        )
        self.cert_errors = FieldErrors(
            {"issued_on": ui.issuedEdit, "expires_on": ui.expiresEdit, "number": ui.certNumberEdit}
        )
        for edit in (ui.productNameEdit, ui.priceEdit, ui.salesEdit, ui.channelsEdit):
            edit.textEdited.connect(self._on_product_field_changed)
        ui.descriptionEdit.textChanged.connect(self._on_product_field_changed)
        for combo in (ui.categoryCombo, ui.starCombo, ui.quadrantCombo):
            combo.currentIndexChanged.connect(self._on_product_field_changed)
        ui.starYearSpin.valueChanged.connect(self._on_product_field_changed)
        ui.kboTargetCheck.toggled.connect(self._on_product_field_changed)
        ui.certNumberEdit.textEdited.connect(self._on_cert_field_changed)
        ui.standardCombo.currentIndexChanged.connect(self._on_cert_field_changed)
        ui.certStatusCombo.currentIndexChanged.connect(self._on_cert_field_changed)
        ui.issuedEdit.dateChanged.connect(self._on_cert_field_changed)
        ui.expiresEdit.dateChanged.connect(self._on_cert_field_changed)
        ui.addCertButton.clicked.connect(self._on_add_cert_button_clicked)
        ui.removeCertButton.clicked.connect(self._on_remove_cert_button_clicked)
        ui.certTable.selectionModel().currentRowChanged.connect(self._on_cert_table_current_changed)
        self.photos.deleted.connect(self.recordDeleted)
        self.photos.statusMessage.connect(self.statusMessage)
        self.set_product(None, None, set())

    # -- binding ---------------------------------------------------------------------

    def set_product(
        self, detail: ProducerDetail | None, product: r.Product | None, stored_ids: set[str]
    ) -> None:
        """Edit ``product`` (a record of ``detail``'s draft); ``stored_ids`` are the ids
        already in the database (photos need a stored owner; deletes of stored rows ask)."""
        self._detail, self._product, self._stored_ids = detail, product, stored_ids
        self.errors.clear()
        self.cert_errors.clear()
        self.setEnabled(product is not None)
        self._loading = True
        try:
            p = product or r.Product()
            ui = self.ui
            ui.productNameEdit.setText(p.name)
            select_data(ui.categoryCombo, p.category)
            select_data(ui.starCombo, p.star_rating)
            ui.starYearSpin.setValue(p.star_rating_year_be or ui.starYearSpin.minimum())
            select_data(ui.quadrantCombo, p.quadrant)
            ui.priceEdit.setText(_amount_text(p.price_thb))
            ui.salesEdit.setText(_amount_text(p.annual_sales_thb))
            ui.channelsEdit.setText(", ".join(p.sales_channels))
            ui.descriptionEdit.setPlainText(p.description)
            ui.kboTargetCheck.setChecked(p.kbo_target)
        finally:
            self._loading = False
        self.certs.set_product(detail, p.id if product else "")
        self.ui.certTable.resizeRowsToContents()
        self._select_cert(0 if self.certs.rowCount() else -1)
        stored = product is not None and product.id in stored_ids
        photos = detail.photos_of(p.id) if detail and stored else []
        self.photos.set_owner(PhotoOwnerKind.PRODUCT, p.id if stored else None, photos)

    def show_problems(self, problems: Mapping[str, Sequence[KboError]]) -> list[KboError]:
        """Mark the product's and its certifications' problems; returns unplaced ones."""
        if self._product is None:
            return []
        unplaced = self.errors.show(problems.get(self._product.id, []))
        for row in range(self.certs.rowCount()):
            cert = self.certs.certification(row)
            if cert is not None and cert.id in problems:
                self._select_cert(row)
                unplaced += self.cert_errors.show(problems[cert.id])
                break
        return unplaced

    # -- product fields -----------------------------------------------------------------

    def _on_product_field_changed(self, *_args: object) -> None:
        if self._loading or self._product is None:
            return
        ui, p = self.ui, self._product
        p.name = ui.productNameEdit.text().strip()
        p.category = current_enum(ui.categoryCombo, Category) or Category.FOOD
        p.star_rating = ui.starCombo.currentData()
        if p.star_rating is not None and ui.starYearSpin.value() == ui.starYearSpin.minimum():
            self._loading = True
            ui.starYearSpin.setValue(be_year(date.today().year))  # rated this year, usually
            self._loading = False
        year = ui.starYearSpin.value()
        p.star_rating_year_be = None if year == ui.starYearSpin.minimum() else year
        p.quadrant = current_enum(ui.quadrantCombo, Quadrant)
        p.price_thb = _amount(ui.priceEdit.text())
        p.annual_sales_thb = _amount(ui.salesEdit.text())
        p.sales_channels = [c.strip() for c in ui.channelsEdit.text().split(",") if c.strip()]
        p.description = ui.descriptionEdit.toPlainText()
        p.kbo_target = ui.kboTargetCheck.isChecked()
        self.edited.emit()

    # -- certifications ------------------------------------------------------------------

    def _current_cert_row(self) -> int:
        return self.ui.certTable.selectionModel().currentIndex().row()

    def _select_cert(self, row: int) -> None:
        table = self.ui.certTable
        if row >= 0:
            table.selectRow(row)
            table.setCurrentIndex(self.certs.index(row, 0))
        else:
            table.clearSelection()
        self._show_cert(self.certs.certification(row))

    def _show_cert(self, cert: r.Certification | None) -> None:
        ui = self.ui
        ui.certFormHost.setEnabled(cert is not None)
        ui.removeCertButton.setEnabled(cert is not None)
        self.cert_errors.clear()
        self._loading = True
        try:
            c = cert or r.Certification()
            select_data(ui.standardCombo, c.standard)
            ui.certNumberEdit.setText(c.number)
            select_data(ui.certStatusCombo, c.status)
            ui.issuedEdit.set_date(c.issued_on)
            ui.expiresEdit.set_date(c.expires_on)
            self._show_expiry(cert)
        finally:
            self._loading = False

    def _show_expiry(self, cert: r.Certification | None) -> None:
        text = expiry_text(cert) if cert else ""
        self.ui.expiryLabel.setText(wrappable(f"⚠ {text}") if text else "")
        self.ui.expiryLabel.setVisible(bool(text))

    def _on_cert_table_current_changed(self, current: object, _previous: object) -> None:
        self._show_cert(self.certs.certification(self._current_cert_row()))

    def _on_cert_field_changed(self, *_args: object) -> None:
        row = self._current_cert_row()
        cert = self.certs.certification(row)
        if self._loading or cert is None:
            return
        ui = self.ui
        cert.standard = current_enum(ui.standardCombo, Standard) or Standard.OTHER
        cert.number = ui.certNumberEdit.text().strip()
        cert.status = current_enum(ui.certStatusCombo, CertificationStatus) or cert.status
        cert.issued_on = ui.issuedEdit.date()
        cert.expires_on = ui.expiresEdit.date()
        self.certs.row_changed(row)
        self._show_expiry(cert)
        self.edited.emit()

    def _on_add_cert_button_clicked(self) -> None:
        if self._product is None:
            return
        row = self.certs.add(r.Certification(product_id=self._product.id))
        self._select_cert(row)
        self.ui.standardCombo.setFocus()
        self.edited.emit()

    def _on_remove_cert_button_clicked(self) -> None:
        row = self._current_cert_row()
        cert = self.certs.certification(row)
        if cert is None:
            return
        if cert.id in self._stored_ids:
            answer = QMessageBox.question(
                self,
                self.tr("ลบมาตรฐาน"),
                self.tr("ลบมาตรฐาน “%1” ของผลิตภัณฑ์นี้หรือไม่?").replace("%1", cert.short_name()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            undo = RecordService(self._db).delete(r.Certification, cert.id)
            self.recordDeleted.emit(
                self.tr("ลบมาตรฐาน “%1” แล้ว").replace("%1", cert.short_name()), undo
            )
        self.certs.remove(row)
        self._select_cert(min(row, self.certs.rowCount() - 1))
        self.edited.emit()
