"""How a plan action reads in a table, the same in every table that lists actions.

The planning tab's editable table (:mod:`~kbo_desktop.ui.planning.action_model`)
and a network member's list (:mod:`~kbo_desktop.ui.planning.member_actions`)
show the same fields of an action with the same words, and mark an overdue
action the same three ways so colour is never the only cue: a tinted row, a
warning icon on the due date, and the words "เลยกำหนด" under it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from kbo_desktop.domain import records as r
from kbo_desktop.services.planning import effective_progress
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable

OVERDUE_TINT = QColor("#fde4e1")
OVERDUE_TEXT = QColor("#9a1b12")



def format_baht(amount: float | None) -> str:
    """``15,000`` or ``1,250.50``: thousands separators, satang only when there are some."""
    if amount is None:
        return ""
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"


def action_text(action: r.PlanAction, field: str, overdue: bool) -> str:
    """What a cell showing ``field`` of ``action`` says (one of the record's own
    fields: area, description, start_on, due_on, budget_thb, status, progress_pct)."""
    if field == "area":
        return enum_label(action.area)
    if field == "description":
        return wrappable(action.description)
    if field == "start_on":
        return format_be_date(action.start_on)
    if field == "due_on":
        text = format_be_date(action.due_on)
        late = QCoreApplication.translate("ActionDisplay", "เลยกำหนด")
        return f"{text}\n{late}" if overdue else text
    if field == "budget_thb":
        return format_baht(action.budget_thb)
    if field == "status":
        return enum_label(action.status)
    if field == "progress_pct":
        return f"{effective_progress(action)}%"
    raise KeyError(field)


def overdue_mark(role: int, overdue: bool, *, due_column: bool) -> Any:
    """The tint (every cell), red text and warning icon (the due date) of an overdue
    action, for ``role``; ``None`` when nothing is marked."""
    if not overdue:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(OVERDUE_TINT)
    if role == Qt.ItemDataRole.ForegroundRole and due_column:
        return QBrush(OVERDUE_TEXT)
    if role == Qt.ItemDataRole.DecorationRole and due_column:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return None
