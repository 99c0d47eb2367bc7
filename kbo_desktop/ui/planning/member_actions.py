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
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain import records as r
from kbo_desktop.services.planning import MemberAction, PlanningService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.planning.action_display import action_text, format_baht, overdue_mark
from kbo_desktop.ui.planning.delegates import ProgressDelegate
from kbo_desktop.ui.widgets.table_model import ALIGN_NUMBER, ListTableModel
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
PRODUCT, YEAR, AREA, DESCRIPTION, DUE, BUDGET, STATUS, PROGRESS = range(8)
#: Column titles, marked for lupdate; translated when the model is made.
HEADERS = (
    QT_TRANSLATE_NOOP("MemberActionsModel", "ผลิตภัณฑ์"),
    QT_TRANSLATE_NOOP("MemberActionsModel", "ปีงบประมาณ"),
    QT_TRANSLATE_NOOP("MemberActionsModel", "ด้าน"),
    QT_TRANSLATE_NOOP("MemberActionsModel", "กิจกรรม"),
    QT_TRANSLATE_NOOP("MemberActionsModel", "กำหนดเสร็จ"),
    QT_TRANSLATE_NOOP("MemberActionsModel", "งบ (บาท)"),
    QT_TRANSLATE_NOOP("MemberActionsModel", "สถานะ"),
    QT_TRANSLATE_NOOP("MemberActionsModel", "ความคืบหน้า"),
)
#: The action field shown in each column after the first two.
FIELDS = {
    AREA: "area", DESCRIPTION: "description", DUE: "due_on",
    BUDGET: "budget_thb", STATUS: "status", PROGRESS: "progress_pct",
}  # fmt: skip
ActionIdRole = Qt.ItemDataRole.UserRole + 1


class MemberActionsModel(ListTableModel[MemberAction]):
    """Read-only rows of :class:`~kbo_desktop.services.planning.MemberAction`."""

    NUMBERED_ROWS = True

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_headers(
            [QCoreApplication.translate("MemberActionsModel", str(h)) for h in HEADERS]
        )

    def set_rows(self, rows: Sequence[MemberAction]) -> None:
        self.replace_rows(rows)

    def row_data(self, row: int) -> MemberAction:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at_index(index)
        if found is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(found, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{found.product_name} — {found.producer_name}\n{found.plan_title}"
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            return overdue_mark(role, found.overdue, due_column=column == DUE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (YEAR, BUDGET):
            return ALIGN_NUMBER
        if role == ActionIdRole:
            return found.action.id
        return None

    def _display(self, found: MemberAction, column: int) -> str:
        if column == PRODUCT:
            return wrappable(found.product_name)
        if column == YEAR:
            return str(found.fiscal_year_be)
        return action_text(found.action, FIELDS[column], found.overdue)


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
