"""A product's certifications: a table model and the form that edits the selected one.

Expiry matters to committees (an อย. number that lapsed blocks a product from
the provincial selection), so expired and soon-expiring certifications are
marked with an icon and words as well as a colour, for colour-blind readers
and black-and-white printouts of screenshots alike.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from kbo_desktop.domain import records as r
from kbo_desktop.services.producer_list import ExpiryState, ProducerDetail, expiry_state
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
CERT_ROLE = Qt.ItemDataRole.UserRole + 1
COL_STANDARD, COL_NUMBER, COL_STATUS, COL_ISSUED, COL_EXPIRES = range(5)

_BACKGROUND = {ExpiryState.SOON: QColor("#fff4ce"), ExpiryState.EXPIRED: QColor("#fde7e9")}
_ICON = {
    ExpiryState.SOON: QStyle.StandardPixmap.SP_MessageBoxWarning,
    ExpiryState.EXPIRED: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def expiry_text(cert: r.Certification, today: date | None = None) -> str:
    """Words for the expiry state: ``หมดอายุแล้ว``, ``ใกล้หมดอายุ (อีก 30 วัน)`` or empty."""
    today = today or date.today()
    state = expiry_state(cert, today)
    if state == ExpiryState.EXPIRED:
        return QCoreApplication.translate("CertificationModel", "หมดอายุแล้ว")
    if state == ExpiryState.SOON and cert.expires_on is not None:
        days = (cert.expires_on - today).days
        # %1, not %n: lupdate only makes plural forms for tr(), and a plain
        # message looked up with a count is not found.
        return QCoreApplication.translate("CertificationModel", "ใกล้หมดอายุ (อีก %1 วัน)").replace(
            "%1", str(days)
        )
    return ""


class CertificationModel(QAbstractTableModel):
    """Certifications of one product in the editor's draft.

    The model edits the draft's list in place (adding and removing rows), so
    the producer editor sees every change when it compares draft and saved.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._detail: ProducerDetail | None = None
        self._product_id = ""
        self._rows: list[r.Certification] = []
        self._headers = (
            self.tr("มาตรฐาน"),
            self.tr("เลขที่"),
            self.tr("สถานะ"),
            self.tr("วันที่ออก"),
            self.tr("วันหมดอายุ"),
        )

    def set_product(self, detail: ProducerDetail | None, product_id: str) -> None:
        self.beginResetModel()
        self._detail, self._product_id = detail, product_id
        self._rows = detail.certifications_of(product_id) if detail else []
        self.endResetModel()

    def add(self, cert: r.Certification) -> int:
        """Append a certification to the draft; returns its row."""
        assert self._detail is not None
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._detail.certifications.append(cert)
        self._rows.append(cert)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> r.Certification:
        assert self._detail is not None
        self.beginRemoveRows(QModelIndex(), row, row)
        cert = self._rows.pop(row)
        self._detail.certifications.remove(cert)
        self.endRemoveRows()
        return cert

    def certification(self, row: int) -> r.Certification | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_changed(self, row: int) -> None:
        """The record of ``row`` was edited through the form."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cert = self._rows[index.row()]
        column = index.column()
        state = expiry_state(cert)
        if role == Qt.ItemDataRole.DisplayRole:
            return wrappable(self._text(cert, column))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_EXPIRES:
            return expiry_text(cert) or None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_EXPIRES and state in _ICON:
            return QApplication.style().standardIcon(_ICON[state])
        if role == Qt.ItemDataRole.BackgroundRole and state in _BACKGROUND:
            return _BACKGROUND[state]
        if role == Qt.ItemDataRole.ForegroundRole and state in _BACKGROUND:
            return QColor("#1a1a1a")  # dark text on the light warning colours, any theme
        if role == CERT_ROLE:
            return cert
        return None

    def _text(self, cert: r.Certification, column: int) -> str:
        if column == COL_STANDARD:
            return enum_label(cert.standard)
        if column == COL_NUMBER:
            return cert.number
        if column == COL_STATUS:
            return enum_label(cert.status)
        if column == COL_ISSUED:
            return format_be_date(cert.issued_on)
        if column == COL_EXPIRES:
            warning = expiry_text(cert)
            expires = format_be_date(cert.expires_on)
            return f"{expires} · {warning}" if warning and expires else (expires or warning)
        return ""
