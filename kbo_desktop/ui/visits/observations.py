"""Progress observed on the producer's plan actions, and the history of each action.

One row per open plan action. The first column's check box says whether the
officer observed the action on this visit; editing the status, progress or
note ticks it, so an officer only types what they saw. Setting the status to
done sets the progress to 100 %. Only ticked rows are saved as observations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import ActionStatus
from kbo_desktop.services.visits import ActionChoice, HistoryEntry
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.percent_delegate import PercentDelegate
from kbo_desktop.ui.widgets.table_model import ListTableModel, cell_text
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_ACTION, COL_STATUS, COL_PROGRESS, COL_NOTE = range(4)
HIST_DATE, HIST_OFFICERS, HIST_STATUS, HIST_PROGRESS, HIST_NOTE = range(5)
_EDITABLE = (COL_STATUS, COL_PROGRESS, COL_NOTE)


def status_label(status: ActionStatus | None) -> str:
    return enum_label(status) if status is not None else "-"


@dataclass
class ObservationRow:
    choice: ActionChoice
    observed: bool
    status: ActionStatus
    progress: int
    note: str = ""


class ObservationsModel(ListTableModel[ObservationRow]):
    """Editable table of what was observed on each open plan action."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_headers(
            [
                self.tr("กิจกรรมตามแผน (สถานะล่าสุด)"),
                self.tr("สถานะที่พบ"),
                self.tr("คืบหน้า"),
                self.tr("บันทึกสิ่งที่พบ"),
            ]
        )

    def set_actions(
        self, choices: Sequence[ActionChoice], saved: Sequence[dict[str, Any]] = ()
    ) -> None:
        """Show ``choices``; ``saved`` (from :meth:`state` or stored observations)
        restores what the officer entered, by action id."""
        by_action = {s["action_id"]: s for s in saved}
        rows = []
        for choice in choices:
            s = by_action.get(choice.action.id)
            if s is None:
                row = ObservationRow(
                    choice, False, choice.action.status, choice.action.progress_pct
                )
            else:
                row = ObservationRow(
                    choice,
                    bool(s.get("observed", True)),
                    ActionStatus(s["status"]),
                    int(s["progress"]),
                    str(s.get("note", "")),
                )
            rows.append(row)
        self.replace_rows(rows)

    def state(self) -> list[dict[str, Any]]:
        """Every row the officer touched, as plain JSON values (for drafts)."""
        return [
            {
                "action_id": row.choice.action.id,
                "observed": row.observed,
                "status": row.status.value,
                "progress": row.progress,
                "note": row.note,
            }
            for row in self._rows
            if row.observed or row.note
        ]

    def observations(self) -> list[r.VisitProgress]:
        """The ticked rows as (unsaved) observations."""
        return [
            r.VisitProgress(
                plan_action_id=row.choice.action.id,
                status=row.status,
                progress_pct=row.progress,
                note=row.note.strip(),
            )
            for row in self._rows
            if row.observed
        ]

    def action_at(self, row: int) -> ActionChoice | None:
        found = self.row_at(row)
        return found.choice if found is not None else None

    # -- Qt model ----------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ACTION:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.row_at_index(index), index.column()
        if row is None:
            return None
        action = row.choice.action
        if role == ACTION_ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_ACTION:
            return Qt.CheckState.Checked if row.observed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return {
                COL_STATUS: row.status.value,
                COL_PROGRESS: row.progress,
                COL_NOTE: row.note,
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ACTION:
            return f"{action.description}\n{row.choice.product_name} · {row.choice.plan_title}"
        if role == Qt.ItemDataRole.DisplayRole:
            due = (
                self.tr(" · กำหนด %1").replace("%1", format_be_date(action.due_on))
                if action.due_on
                else ""
            )
            texts = {
                COL_ACTION: f"{action.description} ({row.choice.product_name})\n"
                f"{status_label(action.status)} {action.progress_pct} %{due}",
                COL_STATUS: status_label(row.status) if row.observed else "",
                COL_PROGRESS: f"{row.progress} %" if row.observed else "",
                COL_NOTE: row.note,
            }
            return wrappable(texts[column])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row, column = self.row_at_index(index), index.column()
        if row is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_ACTION:
            row.observed = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and column == COL_STATUS:
            row.status = ActionStatus(value)
            if row.status == ActionStatus.DONE:
                row.progress = 100
            row.observed = True
        elif role == Qt.ItemDataRole.EditRole and column == COL_PROGRESS:
            row.progress = max(0, min(100, int(value)))
            row.observed = True
        elif role == Qt.ItemDataRole.EditRole and column == COL_NOTE:
            row.note = str(value)
            row.observed = row.observed or bool(row.note.strip())
        else:
            return False
        self.emit_row_changed(index.row())
        return True


class StatusDelegate(QStyledItemDelegate):
    """A combo box of action statuses for the "status observed" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for status in ActionStatus:
            combo.addItem(enum_label(status), status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ProgressDelegate(PercentDelegate):
    """A 0–100 % spin box, stepping by 10."""


class HistoryModel(ListTableModel[HistoryEntry]):
    """Earlier observations of one action: when, who, what they saw.

    Every cell's tooltip is the whole entry, so a narrow history pane (which
    may hide the officers' column) still tells all of it.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_headers(
            [
                self.tr("วันที่"),
                self.tr("ผู้ติดตาม"),
                self.tr("สถานะ"),
                self.tr("คืบหน้า"),
                self.tr("บันทึก"),
            ]
        )

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.replace_rows(entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.row_at_index(index)
        if e is not None and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if e is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        progress = f"{e.progress_pct} %" if e.progress_pct is not None else "-"
        text = (
            format_be_date(e.visited_on),
            ", ".join(e.officers),
            status_label(e.status),
            progress,
            e.note,
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            when, who, status, progress, note = text
            lines = (f"{when} — {who}" if who else when, f"{status} {progress}", note)
            return "\n".join(line for line in lines if line)
        return cell_text(text[index.column()], role)
