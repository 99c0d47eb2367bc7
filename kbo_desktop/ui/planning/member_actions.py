"""Every plan action a network member is responsible for, across products.

Built for the network tab: when the committee asks a university or a
provincial office "what have you taken on, and what is late?", the answer is
one table. Embed :class:`MemberActionsView` and call :meth:`set_member`::

    view = MemberActionsView(db, parent)
    view.set_member(member.id)             # or None to clear
    view.actionActivated.connect(...)      # (collection, id) for show_record

The view asks :meth:`PlanningService.actions_for_member` for its rows (one
query, off no other widget); the model only formats them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain import records as r
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services.planning import MemberAction, PlanningService, effective_progress
from kbo_desktop.store.database import Database
from kbo_desktop.ui.planning.action_model import OVERDUE_TEXT, OVERDUE_TINT, format_baht
from kbo_desktop.ui.planning.delegates import ProgressDelegate
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
PRODUCT, YEAR, AREA, DESCRIPTION, DUE, BUDGET, STATUS, PROGRESS = range(8)
HEADERS = ("ผลิตภัณฑ์", "ปีงบประมาณ", "ด้าน", "กิจกรรม", "กำหนดเสร็จ", "งบ (บาท)", "สถานะ", "ความคืบหน้า")
ActionIdRole = Qt.ItemDataRole.UserRole + 1


class MemberActionsModel(QAbstractTableModel):
    """Read-only rows of :class:`~kbo_desktop.services.planning.MemberAction`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[MemberAction] = []

    def set_rows(self, rows: Sequence[MemberAction]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> MemberAction:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        found = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(found, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{found.product_name} — {found.producer_name}\n{found.plan_title}"
        if role == Qt.ItemDataRole.BackgroundRole and found.overdue:
            return QBrush(OVERDUE_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and found.overdue and column == DUE:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.DecorationRole and found.overdue and column == DUE:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (YEAR, BUDGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ActionIdRole:
            return found.action.id
        return None

    def _display(self, found: MemberAction, column: int) -> str:
        action = found.action
        if column == PRODUCT:
            return wrappable(found.product_name)
        if column == YEAR:
            return str(found.fiscal_year_be)
        if column == AREA:
            return action.area.label_th
        if column == DESCRIPTION:
            return wrappable(action.description)
        if column == DUE:
            text = format_thai_date(action.due_on)
            return f"{text}\n{self.tr('เลยกำหนด')}" if found.overdue else text
        if column == BUDGET:
            return format_baht(action.budget_thb)
        if column == STATUS:
            return action.status.label_th
        return f"{effective_progress(action)}%"

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MemberActionsView(QWidget):
    """A heading with counts and the table of a member's actions.

    Signals:
        actionActivated(str, str): Enter or double-click on a row; emits
            (``"plan_actions"``, action id), ready for ``TabPage.show_record``
            on the planning tab.
    """

    actionActivated = Signal(str, str)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ):
        super().__init__(parent)
        self.service = PlanningService(db)
        self._today = today
        self._member_id: str | None = None
        self.model = MemberActionsModel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("memberActionsSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setMargin(4)
        self.table = QTableView(self)
        self.table.setObjectName("memberActionsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("กิจกรรมที่รับผิดชอบ"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (PRODUCT, 180),
            (YEAR, 100),
            (AREA, 110),
            (DUE, 130),
            (BUDGET, 100),
            (STATUS, 110),
            (PROGRESS, 100),
        ):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.table.activated.connect(self._on_table_activated)
        self.set_member(None)

    def member_id(self) -> str | None:
        return self._member_id

    def set_member(self, member_id: str | None) -> None:
        """Show the actions of this member (``None``: nobody, an empty table)."""
        self._member_id = member_id
        self.refresh()

    def refresh(self) -> None:
        """Read the member's actions again (after a save in the planning tab, say)."""
        rows = (
            self.service.actions_for_member(self._member_id, self._today())
            if self._member_id
            else []
        )
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        if not self._member_id:
            self.summary_label.setText(self.tr("เลือกสมาชิกเครือข่ายเพื่อดูกิจกรรมที่รับผิดชอบ"))
            return
        overdue = sum(1 for f in rows if f.overdue)
        budget = sum(f.action.budget_thb or 0 for f in rows)
        products = len({f.product_id for f in rows})
        text = self.tr("รับผิดชอบ %1 กิจกรรม ใน %2 ผลิตภัณฑ์ งบประมาณรวม %3 บาท").replace(
            "%1", str(len(rows))
        )
        text = text.replace("%2", str(products)).replace("%3", format_baht(budget))
        if overdue:
            text += self.tr(" · ⚠ เลยกำหนด %1 กิจกรรม").replace("%1", str(overdue))
        self.summary_label.setText(wrappable(text))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.actionActivated.emit(r.PlanAction.COLLECTION, str(index.data(ActionIdRole)))
