"""Names of the visit form's undo steps ("แก้ไขสิ่งที่พบ", "เปลี่ยนความคืบหน้า").

An undo step holds the form's *fields* (see :meth:`VisitForm.fields
<kbo_desktop.ui.visits.form.VisitForm.fields>`): every value the officer edits,
as the widgets hold it, and every row of the observations table. Photos are
not in it: their files are stored the moment they are added, and a photo
added or removed is not a step (the strip has its own remove button).

:func:`describe` says what changed first, in the words of the form, so
Edit ▸ เลิกทำ tells the officer what it will take back. Typing in one field is
one step (the key is the field); each edit committed in the observations
table is a step of its own, and ``where`` is the plan action whose row to show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kbo_desktop.ui.widgets.edit_history import Change

_CONTEXT = "VisitEditSteps"

#: The form's fields in the order they are checked: top to bottom on the form.
_FIELDS = {
    "producer_text": QT_TRANSLATE_NOOP("VisitEditSteps", "เปลี่ยนผู้ผลิต"),
    "producer_id": QT_TRANSLATE_NOOP("VisitEditSteps", "เปลี่ยนผู้ผลิต"),
    "visitedOnEdit": QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขวันที่ลงพื้นที่"),
    "officersEdit": QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขเจ้าหน้าที่"),
    "purposeEdit": QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขวัตถุประสงค์"),
    "followUpEdit": QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขวันติดตามครั้งถัดไป"),
    "locationEdit": QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขพิกัด"),
    "findingsEdit": QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขสิ่งที่พบ"),
    "recommendationsEdit": QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขข้อเสนอแนะ"),
}
#: A row of the observations table, by what changed in it.
_ROW = {
    "status": QT_TRANSLATE_NOOP("VisitEditSteps", "เปลี่ยนสถานะที่พบ"),
    "progress": QT_TRANSLATE_NOOP("VisitEditSteps", "เปลี่ยนความคืบหน้า"),
    "note": QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขบันทึกสิ่งที่พบของกิจกรรม"),
}
_TICKED = QT_TRANSLATE_NOOP("VisitEditSteps", "ติ๊กกิจกรรมที่ติดตาม")
_UNTICKED = QT_TRANSLATE_NOOP("VisitEditSteps", "เอาติ๊กกิจกรรมออก")
_ANY = QT_TRANSLATE_NOOP("VisitEditSteps", "แก้ไขบันทึกการลงพื้นที่")


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def describe(before: dict[str, Any], after: dict[str, Any]) -> Change:
    """The first thing that differs between two snapshots of the form's fields."""
    for name, label in _FIELDS.items():
        if before.get(name) != after.get(name):
            # The producer's two values change together: one key for both.
            key = "producer" if name.startswith("producer") else name
            return Change(_tr(label), key)
    old = {row["action_id"]: row for row in before.get("observations", [])}
    for row in after.get("observations", []):
        was = old.get(row["action_id"])
        if was is None or was == row:
            continue  # another producer's actions: the producer step named it
        where = row["action_id"]
        for name, label in _ROW.items():
            if was[name] != row[name]:
                return Change(_tr(label), None, where)  # each commit is a step
        return Change(_tr(_TICKED if row["observed"] else _UNTICKED), None, where)
    return Change(_tr(_ANY))
