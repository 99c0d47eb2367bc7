"""The compact product summary that stays in view above the analysis.

The committee judges points against the product's standing: its photo, star
rating, quadrant and certifications. This fills the summary labels of a form
from a :class:`~kbo_desktop.services.analysis.ProductSummary` (plain data, so
no query happens here).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap

from kbo_desktop.domain.enums import CertificationStatus
from kbo_desktop.services.analysis import ProductSummary
from kbo_desktop.ui.analysis.product_picker import stars
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable


def summary_lines(summary: ProductSummary) -> tuple[str, str, str]:
    """Name line, details line and certifications line, as shown."""
    product = summary.product
    name = f"<b>{wrappable(product.name)}</b> — {wrappable(summary.producer_name)}"
    details = [enum_label(product.category)]
    if summary.district:
        details.append(
            QCoreApplication.translate("ProductSummary", "อ.%1").replace("%1", summary.district)
        )
    if product.star_rating is not None:
        rating = QCoreApplication.translate("ProductSummary", "%1 ดาว").replace(
            "%1", str(product.star_rating)
        )
        if product.star_rating_year_be:
            rating += QCoreApplication.translate("ProductSummary", " (ปี %1)").replace(
                "%1", str(product.star_rating_year_be)
            )
        details.append(f"{stars(product.star_rating)} {rating}")
    if product.quadrant is not None:
        details.append(enum_label(product.quadrant))
    held = [
        (
            c.number
            if c.number.startswith((c.standard.label_th, enum_label(c.standard)))
            else f"{enum_label(c.standard)} {c.number}".strip()
        )
        + ("" if c.status == CertificationStatus.HELD else f" ({enum_label(c.status)})")
        for c in summary.certifications
    ]
    certs = QCoreApplication.translate("ProductSummary", "มาตรฐาน: ") + (
        ", ".join(held) if held else QCoreApplication.translate("ProductSummary", "ยังไม่มี")
    )
    return name, " · ".join(details), certs


def show_summary(ui: Any, summary: ProductSummary | None) -> None:
    """Fill ``photoLabel``, ``productNameLabel``, ``productDetailsLabel`` and
    ``certificationsLabel`` of ``ui``; ``None`` shows the "pick a product" hint."""
    if summary is None:
        ui.photoLabel.clear()
        ui.productNameLabel.setText(
            QCoreApplication.translate("ProductSummary", "เลือกผลิตภัณฑ์จากรายการทางซ้าย")
        )
        ui.productDetailsLabel.clear()
        ui.certificationsLabel.clear()
        return
    name, details, certs = summary_lines(summary)
    ui.productNameLabel.setText(name)
    ui.productDetailsLabel.setText(wrappable(details))
    ui.certificationsLabel.setText(wrappable(certs))
    pixmap = QPixmap(str(summary.photo_path)) if summary.photo_path else QPixmap()
    if pixmap.isNull():
        ui.photoLabel.setPixmap(QPixmap())
        ui.photoLabel.setText(QCoreApplication.translate("ProductSummary", "ไม่มีภาพ"))
    else:
        size = ui.photoLabel.maximumSize()
        ui.photoLabel.setPixmap(
            pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
