"""Item models of the conflict review: the open conflicts, and one conflict's
fields side by side with the user's choice per field.

Both hold plain display data from :mod:`kbo_desktop.services.review_support`
handed over by the dialog; neither queries the database.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from kbo_desktop.services.review_support import ConflictOverview, FieldComparison
from kbo_desktop.ui.exchange.labels import format_when
from kbo_desktop.ui.exchange.review_widgets import CHOSEN_TINT, DIFFERS_TINT
from kbo_desktop.ui.widgets.table_model import Index, TextTableModel

CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the conflict's id (int)
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2  # the field name of a comparison row
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 3  # True when the user chooses on this row

KEEP, TAKE_OTHER = "keep", "other"  # the two choices of a differing field

COL_RECORD, COL_CONTEXT, COL_KIND, COL_FIELDS, COL_SOURCE, COL_WHEN = range(6)
_LIST_HEADERS = (
    QT_TRANSLATE_NOOP("ConflictListModel", "ระเบียน"),
    QT_TRANSLATE_NOOP("ConflictListModel", "อยู่ใน"),
    QT_TRANSLATE_NOOP("ConflictListModel", "ลักษณะ"),
    QT_TRANSLATE_NOOP("ConflictListModel", "ช่องที่ต่างกัน"),
    QT_TRANSLATE_NOOP("ConflictListModel", "นำเข้าจาก"),
    QT_TRANSLATE_NOOP("ConflictListModel", "พบเมื่อ"),
)

COL_LABEL, COL_CURRENT, COL_OTHER, COL_CHOICE = range(4)
_FIELD_HEADERS = (
    QT_TRANSLATE_NOOP("FieldChoiceModel", "ช่อง"),
    QT_TRANSLATE_NOOP("FieldChoiceModel", "ฉบับที่ใช้อยู่"),
    QT_TRANSLATE_NOOP("FieldChoiceModel", "อีกฉบับ"),
    QT_TRANSLATE_NOOP("FieldChoiceModel", "ค่าที่จะใช้"),
)
_CHOICE_TEXT = {
    KEEP: QT_TRANSLATE_NOOP("FieldChoiceModel", "คงค่าที่ใช้อยู่"),
    TAKE_OTHER: QT_TRANSLATE_NOOP("FieldChoiceModel", "ใช้ค่าจากอีกฉบับ"),
}
_EMPTY = QT_TRANSLATE_NOOP("FieldChoiceModel", "(ว่าง)")
_FADED = QColor("#6b6b6b")
_INK = QColor("#1a1a1a")  # dark text on the light tints, whatever the theme


def choice_text(choice: str) -> str:
    return QCoreApplication.translate("FieldChoiceModel", _CHOICE_TEXT[choice])


class ConflictListModel(TextTableModel[ConflictOverview]):
    """One row per open conflict, oldest first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_headers(
            [QCoreApplication.translate("ConflictListModel", h) for h in _LIST_HEADERS]
        )

    def row_of(self, conflict_id: int) -> int:
        return next((i for i, o in enumerate(self._rows) if o.conflict.id == conflict_id), -1)

    def text(self, item: ConflictOverview, column: int) -> str:
        if column == COL_RECORD:
            return f"{item.record_type}: {item.name}"
        if column == COL_CONTEXT:
            return item.context
        if column == COL_KIND:
            if item.deletion:
                return self.tr("ลบที่เครื่องหนึ่ง แก้ไขที่อีกเครื่อง")
            return self.tr("แก้ไขทั้งสองเครื่อง")
        if column == COL_FIELDS:
            return ", ".join(item.differing)
        if column == COL_SOURCE:
            file = item.conflict.source_file
            return f"{item.source}\n({file})" if file else item.source
        return format_when(item.conflict.detected_at)

    def role_data(self, item: ConflictOverview, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SOURCE:
            return item.conflict.source_device or None
        if role == CONFLICT_ID_ROLE:
            return item.conflict.id
        return None


class FieldChoiceModel(TextTableModel[FieldComparison]):
    """The fields of one conflict: label, value in use, other value, and the choice.

    Only differing rows carry a choice (editable in ``COL_CHOICE``, EditRole
    ``KEEP`` or ``TAKE_OTHER``); every choice starts at ``KEEP``, the merge's
    own decision.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._choices: dict[str, str] = {}
        self.set_headers(self._field_headers())

    @staticmethod
    def _field_headers(current: str = "", other: str = "") -> list[str]:
        headers = [QCoreApplication.translate("FieldChoiceModel", h) for h in _FIELD_HEADERS]
        headers[COL_CURRENT] = current or headers[COL_CURRENT]
        headers[COL_OTHER] = other or headers[COL_OTHER]
        return headers

    def set_fields(
        self, rows: list[FieldComparison], choices: dict[str, str] | None = None,
        current_header: str = "", other_header: str = "",
    ) -> None:  # fmt: skip
        """Show ``rows``; ``choices`` restores earlier, unsaved choices."""
        self.beginResetModel()
        self._rows = list(rows)
        earlier = choices or {}
        self._choices = {row.field: earlier.get(row.field, KEEP) for row in rows if row.differs}
        self.set_headers(self._field_headers(current_header, other_header))
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_FIELD_HEADERS) - 1)

    def comparison(self, row: int) -> FieldComparison:
        return self._rows[row]

    def row_of(self, field: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.field == field), -1)

    def choices(self) -> dict[str, str]:
        """Each differing field and its choice (``KEEP``/``TAKE_OTHER``)."""
        return dict(self._choices)

    def fields_taking_other(self) -> list[str]:
        return [name for name, choice in self._choices.items() if choice == TAKE_OTHER]

    def choose(self, row: int, choice: str) -> bool:
        """Set the choice of a differing row; False for a row without one."""
        return self.setData(self.index(row, COL_CHOICE), choice, Qt.ItemDataRole.EditRole)

    def choose_all(self, choice: str) -> None:
        for row in range(len(self._rows)):
            if self._rows[row].differs:
                self.choose(row, choice)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_CHOICE and self._rows[index.row()].differs:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def text(self, row: FieldComparison, column: int) -> str:
        if column == COL_LABEL:
            return row.label
        if column in (COL_CURRENT, COL_OTHER):
            value = row.current if column == COL_CURRENT else row.other
            return value or QCoreApplication.translate("FieldChoiceModel", _EMPTY)
        return choice_text(self._choices[row.field]) if row.differs else ""

    def _chosen_column(self, row: FieldComparison) -> int:
        return COL_OTHER if self._choices.get(row.field) == TAKE_OTHER else COL_CURRENT

    def role_data(self, row: FieldComparison, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.EditRole:
            return self._choices.get(row.field) if column == COL_CHOICE else self.text(row, column)
        if role == FIELD_ROLE:
            return row.field
        if role == DIFFERS_ROLE:
            return row.differs
        if not row.differs:
            if role == Qt.ItemDataRole.ForegroundRole and column in (COL_CURRENT, COL_OTHER):
                return _FADED if not (row.current if column == COL_CURRENT else row.other) else None
            return None
        chosen = self._chosen_column(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_LABEL:
                return QColor(DIFFERS_TINT)
            if column == chosen:
                return QColor(CHOSEN_TINT)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (COL_CURRENT, COL_OTHER) and column != chosen:
                return _FADED
            return _INK if column in (COL_LABEL, chosen) else None
        if role == Qt.ItemDataRole.FontRole and column in (COL_LABEL, COL_CHOICE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_CURRENT, COL_OTHER):
            return self.tr("ดับเบิลคลิกเพื่อใช้ค่านี้")
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() != COL_CHOICE
            or value not in (KEEP, TAKE_OTHER)
        ):
            return False
        row = self._rows[index.row()]
        if not row.differs:
            return False
        if self._choices[row.field] != value:
            self._choices[row.field] = str(value)
            self.emit_row_changed(index.row())
        return True
