"""Names of the producer editor's undo steps ("แก้ไขชื่อกลุ่ม/ผู้ผลิต", "เพิ่มมาตรฐาน").

:func:`describe` compares two drafts of a producer and says what changed
first, in the words of the form, so Edit ▸ เลิกทำ tells the user what it will
take back. The step's key is the record and field, so typing in one field is
one step; ``where`` is the product to show when the step is undone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kbo_desktop.domain import records as r
from kbo_desktop.services.producer_list import ProducerDetail
from kbo_desktop.ui.widgets.edit_history import Change, first_difference

_CONTEXT = "ProducerEditSteps"

_PRODUCER = {
    "name": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขชื่อกลุ่ม/ผู้ผลิต"),
    "producer_type": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนประเภทผู้ผลิต"),
    "otop_registration_no": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขเลขทะเบียน OTOP"),
    "contact_name": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขผู้ติดต่อ"),
    "phone": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขโทรศัพท์"),
    "members_count": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขจำนวนสมาชิก"),
    "address": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขที่อยู่"),
    "notes": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขหมายเหตุ"),
}
_PRODUCT = {
    "name": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขชื่อผลิตภัณฑ์"),
    "category": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนประเภทผลิตภัณฑ์"),
    "star_rating": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนระดับดาว"),
    "star_rating_year_be": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนปีที่ได้ดาว"),
    "quadrant": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนกลุ่ม Quadrant"),
    "price_thb": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขราคา"),
    "annual_sales_thb": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขยอดขายต่อปี"),
    "sales_channels": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขช่องทางการขาย"),
    "description": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขรายละเอียดผลิตภัณฑ์"),
    "kbo_target": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนเป้าหมาย KBO"),
}
_CERTIFICATION = {
    "standard": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนมาตรฐาน"),
    "number": QT_TRANSLATE_NOOP("ProducerEditSteps", "แก้ไขเลขที่มาตรฐาน"),
    "status": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนสถานะมาตรฐาน"),
    "issued_on": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนวันที่ออกมาตรฐาน"),
    "expires_on": QT_TRANSLATE_NOOP("ProducerEditSteps", "เปลี่ยนวันหมดอายุมาตรฐาน"),
}


def _field_change(
    labels: Mapping[str, object], field: str, record_id: str, where: str | None
) -> Change:
    text = QCoreApplication.translate(_CONTEXT, str(labels[field]))
    return Change(text, (record_id, field), where)


def _by_id(records: list[r.Product] | list[r.Certification]) -> dict[str, Any]:
    return {x.id: x for x in records}


def describe(before: ProducerDetail, after: ProducerDetail) -> Change:
    """The first thing that differs between two drafts of one producer."""
    producer_id = after.producer.id
    if (field := first_difference(before.producer, after.producer, _PRODUCER)) is not None:
        return _field_change(_PRODUCER, field, producer_id, None)
    old, new = _by_id(before.products), _by_id(after.products)
    for product in after.products:
        if product.id not in old:
            text = QCoreApplication.translate("ProducerEditSteps", "เพิ่มผลิตภัณฑ์")
            return Change(text, None, product.id)
    for product in before.products:
        if product.id not in new:
            text = QCoreApplication.translate("ProducerEditSteps", "ลบผลิตภัณฑ์ “%1”")
            return Change(text.replace("%1", product.name), None, product.id)
    for product in after.products:
        if (field := first_difference(old[product.id], product, _PRODUCT)) is not None:
            return _field_change(_PRODUCT, field, product.id, product.id)
    old, new = _by_id(before.certifications), _by_id(after.certifications)
    for cert in after.certifications:
        if cert.id not in old:
            text = QCoreApplication.translate("ProducerEditSteps", "เพิ่มมาตรฐาน")
            return Change(text, None, cert.product_id)
    for cert in before.certifications:
        if cert.id not in new:
            text = QCoreApplication.translate("ProducerEditSteps", "ลบมาตรฐาน “%1”")
            return Change(text.replace("%1", cert.short_name()), None, cert.product_id)
    for cert in after.certifications:
        if (field := first_difference(old[cert.id], cert, _CERTIFICATION)) is not None:
            return _field_change(_CERTIFICATION, field, cert.id, cert.product_id)
    return Change(QCoreApplication.translate("ProducerEditSteps", "แก้ไขข้อมูลผู้ผลิต"))


def forget_records(detail: ProducerDetail, gone: set[str]) -> None:
    """Drop deleted records (by id, with a deleted product's certifications) from a draft."""
    detail.products = [p for p in detail.products if p.id not in gone]
    detail.certifications = [
        c for c in detail.certifications if c.id not in gone and c.product_id not in gone
    ]
    detail.photos = [p for p in detail.photos if p.id not in gone]
