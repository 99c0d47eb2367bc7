"""Words and formats the exchange dialogs share: kinds of record, outcomes, dates, sizes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kbo_desktop.domain import records as r
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.ui.widgets.language import language

__all__ = ["format_size", "format_when", "kind_label", "language", "outcome_label", "reason_label"]

CONTEXT = "exchange"
_OUTCOMES = {
    "added": QT_TRANSLATE_NOOP("exchange", "เพิ่ม"),
    "updated": QT_TRANSLATE_NOOP("exchange", "ปรับปรุง"),
    "deleted": QT_TRANSLATE_NOOP("exchange", "ลบ"),
    "unchanged": QT_TRANSLATE_NOOP("exchange", "ไม่เปลี่ยน"),
    "local": QT_TRANSLATE_NOOP("exchange", "ฉบับในเครื่องนี้"),
    "incoming": QT_TRANSLATE_NOOP("exchange", "ฉบับจากไฟล์"),
}
_REASONS = {
    "on-start": QT_TRANSLATE_NOOP("exchange", "เมื่อเปิดโปรแกรม"),
    "before-import": QT_TRANSLATE_NOOP("exchange", "ก่อนนำเข้าข้อมูล"),
    "before-restore": QT_TRANSLATE_NOOP("exchange", "ก่อนกู้คืน"),
    "before-upgrade": QT_TRANSLATE_NOOP("exchange", "ก่อนปรับรุ่นฐานข้อมูล"),
    "manual": QT_TRANSLATE_NOOP("exchange", "สำรองเอง"),
    "auto": QT_TRANSLATE_NOOP("exchange", "อัตโนมัติ"),
    "": QT_TRANSLATE_NOOP("exchange", "ไฟล์ที่เลือก"),
}


def kind_label(collection: str) -> str:
    """The Thai (or English) name of a kind of record, from its collection name."""
    cls = r.BY_COLLECTION.get(collection)
    if cls is None:
        return collection
    return cls.LABEL_EN if language() == "en" else cls.LABEL_TH


def outcome_label(outcome: str) -> str:
    text = _OUTCOMES.get(outcome)
    return QCoreApplication.translate(CONTEXT, str(text)) if text else outcome


def format_when(value: datetime | None) -> str:
    """``21 พ.ย. 2569 14:02 น.`` in local time (naive values are taken as local already)."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return (
        QCoreApplication.translate("exchange", "%1 %2 น.")
        .replace("%1", format_thai_date(local.date(), language=language()))
        .replace("%2", f"{local:%H:%M}")
    )


def format_size(size: int) -> str:
    if size >= 1024**2:
        return QCoreApplication.translate("exchange", "%1 MB").replace(
            "%1", f"{size / 1024**2:.1f}"
        )
    return QCoreApplication.translate("exchange", "%1 KB").replace(
        "%1", str(max(1, round(size / 1024)))
    )


def reason_label(reason: str) -> str:
    """Why an automatic backup was taken, from the word in its file name."""
    key = "before-upgrade" if reason.startswith("before-upgrade") else reason
    text = _REASONS.get(key)
    return QCoreApplication.translate(CONTEXT, str(text)) if text else reason
