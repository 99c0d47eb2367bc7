"""The visit list and the reminder list as Qt item models.

Rows come from :class:`~kbo_desktop.services.visits.VisitService` already in
the order officers need (overdue follow-ups, then upcoming ones, then newest);
drafts of visits not yet stored sit on top, marked ✎, and a stored visit with
unsaved typing is marked too, so nothing half-done is out of sight.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kbo_desktop.services.drafts import Draft
from kbo_desktop.services.reminders import ActionReminder, FollowUpReminder, Reminders
from kbo_desktop.services.visits import OVERDUE, SOON, VisitListRow
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.table_model import ListTableModel, cell_text
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 2
ITEM_ROLE = Qt.ItemDataRole.UserRole + 3

COL_DATE, COL_PRODUCER, COL_AMPHOE, COL_OFFICERS, COL_PURPOSE, COL_FOLLOW_UP = range(6)
OVERDUE_COLOUR = QColor("#b00020")
SOON_COLOUR = QColor("#8a5a00")
DRAFT_MARK = "✎ "


class VisitListModel(ListTableModel[Draft | VisitListRow]):
    """Read-only table: unsaved drafts of new visits first, then stored visits."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._drafted: set[str] = set()
        self.set_headers(
            [
                self.tr("วันที่"),
                self.tr("ผู้ผลิต"),
                self.tr("อำเภอ"),
                self.tr("เจ้าหน้าที่"),
                self.tr("วัตถุประสงค์"),
                self.tr("ติดตามครั้งถัดไป"),
            ]
        )

    def set_rows(self, rows: Sequence[VisitListRow], drafts: Sequence[Draft] = ()) -> None:
        stored = {row.id for row in rows}
        new_drafts = [d for d in drafts if d.key not in stored and d.state.get("is_new")]
        self._drafted = {d.key for d in drafts}
        self.replace_rows([*new_drafts, *rows])

    def row_of(self, visit_id: str) -> int:
        for i in range(self.rowCount()):
            if self.data(self.index(i, 0), ID_ROLE) == visit_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = index.column()
        if isinstance(row, Draft):
            return self._draft_data(row, column, role)
        if role == ID_ROLE:
            return row.id
        if role == DRAFT_ROLE:
            return row.id in self._drafted
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, column)
            if column == COL_DATE and row.id in self._drafted:
                text = DRAFT_MARK + text
            return cell_text(text, role)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_FOLLOW_UP:
            colour = {OVERDUE: OVERDUE_COLOUR, SOON: SOON_COLOUR}.get(row.follow_up_state)
            return QBrush(colour) if colour is not None else None
        return None

    def _text(self, row: VisitListRow, column: int) -> str:
        if column == COL_DATE:
            return format_be_date(row.visited_on)
        if column == COL_PRODUCER:
            return row.producer_name
        if column == COL_AMPHOE:
            return row.amphoe
        if column == COL_OFFICERS:
            return ", ".join(row.officers)
        if column == COL_PURPOSE:
            return row.purpose
        marks = {OVERDUE: "⚠ ", SOON: "⏰ "}
        return marks.get(row.follow_up_state, "") + format_be_date(row.follow_up_on)

    def _draft_data(self, draft: Draft, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return draft.key
        if role == DRAFT_ROLE:
            return True
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            keys = ("visited_on", "producer", "amphoe", "officers", "purpose", "follow_up_on")
            text = draft.summary.get(keys[column], "")
            if column == COL_DATE:
                text = DRAFT_MARK + (text or self.tr("ร่าง"))
            return cell_text(text, role)
        return None


class ReminderListModel(QAbstractListModel):
    """Follow-ups due and plan actions due, one line each, overdue in red."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[FollowUpReminder | ActionReminder] = []

    def set_reminders(self, found: Reminders) -> None:
        self.beginResetModel()
        self._items = [*found.follow_ups, *found.actions]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if isinstance(item, FollowUpReminder):
                text = (
                    self.tr("ติดตาม %1 (อ.%2) — %3")
                    .replace("%1", item.producer_name)
                    .replace("%2", item.amphoe)
                    .replace("%3", self._when(item.follow_up_on, item.days, follow_up=True))
                )
            else:
                text = (
                    self.tr("กิจกรรม “%1” — %2 — %3")
                    .replace("%1", item.description)
                    .replace("%2", item.producer_name)
                    .replace("%3", self._when(item.due_on, item.days, follow_up=False))
                )
            return wrappable(text) if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR if item.days < 0 else SOON_COLOUR)
        if role == ITEM_ROLE:
            return item
        return None

    def _when(self, day: date, days: int, *, follow_up: bool) -> str:
        """``เลยกำหนด 3 วัน (6 ธ.ค. 2565)``, ``นัดติดตามวันนี้ (…)``, ``ครบกำหนดอีก 5 วัน (…)``."""
        if days < 0:
            text = self.tr("เลยกำหนด %n วัน (%1)", "", -days)
        elif days == 0:
            text = self.tr("นัดติดตามวันนี้ (%1)") if follow_up else self.tr("ครบกำหนดวันนี้ (%1)")
        elif follow_up:
            text = self.tr("นัดติดตามอีก %n วัน (%1)", "", days)
        else:
            text = self.tr("ครบกำหนดอีก %n วัน (%1)", "", days)
        return text.replace("%1", format_be_date(day))
