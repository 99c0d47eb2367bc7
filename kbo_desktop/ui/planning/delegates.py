"""Cell editors and painters for the actions table.

Each delegate reads the model's EditRole value (an enum value, an id, a date,
a number) and writes the same kind back, so the model stays the one place
that knows the record's types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kbo_desktop.domain.thai_dates import parse_thai_date
from kbo_desktop.ui.widgets.be_date_edit import BeDateEdit
from kbo_desktop.ui.widgets.percent_delegate import PercentDelegate

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[], Sequence[tuple[str, Any]]]
_FORWARDED = (QEvent.Type.KeyPress, QEvent.Type.FocusOut)


class WrapDelegate(QStyledItemDelegate):
    """Asks for a row tall enough for the cell's text wrapped to its column.

    Qt's own estimate is a little short for Thai with stacked marks, so the
    last wrapped line of a long description would be elided.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        view = option.widget
        if not isinstance(view, QTableView):
            return hint
        width = max(20, view.columnWidth(index.column()) - 14)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        needed = (
            option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), flags, text).height() + 12
        )
        return QSize(hint.width(), max(hint.height(), needed))


class ChoiceDelegate(WrapDelegate):
    """A combo box of (label, value) pairs; ``choices`` is called each time an
    editor opens, so lists that change (the product's weaknesses) stay current."""

    def __init__(self, choices: Choices, parent: QWidget | None = None):
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for label, value in self._choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(WrapDelegate):
    """A Buddhist Era date field (typed ``6 ธ.ค. 2565`` or picked from a calendar)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.closeEditor.connect(self._on_self_close_editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The view filters only the editor widget, but keys and focus changes
        happen in the field's inner line edit (its focus proxy); treat them as
        the field's so Enter, Escape, Tab and clicking away commit or cancel."""
        parent = watched.parent() if isinstance(watched, QLineEdit) else None
        if isinstance(parent, BeDateEdit):
            if not parent.property("kboEditing") or event.type() not in _FORWARDED:
                return False  # the view already closed this editor, or Qt has no use for the event
            handled = super().eventFilter(parent, event)
            # Qt lets Enter through after queueing the commit; stop it here so it does
            # not reach the field too and queue a second commit of a closed editor.
            enter = isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            )
            return handled or enter
        return super().eventFilter(watched, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = BeDateEdit(parent)
        editor.setProperty("kboEditing", True)
        editor.line_edit.installEventFilter(self)  # see eventFilter
        return editor

    def _on_self_close_editor(self, editor: QWidget, _hint: object = None) -> None:
        editor.setProperty("kboEditing", False)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, BeDateEdit)
        editor.set_date(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, BeDateEdit)
        text = editor.line_edit.text().strip()
        if not text:
            model.setData(index, None, Qt.ItemDataRole.EditRole)
            return
        try:
            value = parse_thai_date(text)
        except ValueError:
            return  # unreadable text keeps the old date; the field showed why while typing
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class BudgetDelegate(QStyledItemDelegate):
    """Baht with thousands separators; an empty cell means "no budget set"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        spin = QDoubleSpinBox(parent)
        spin.setRange(0, 1_000_000_000)
        spin.setDecimals(2)
        spin.setGroupSeparatorShown(True)
        spin.setSingleStep(1000)
        spin.setSuffix(self.tr(" บาท"))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class ProgressDelegate(PercentDelegate):
    """Draws progress as a bar with its percentage; edits it as a 0–100 % spin box."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent, step=5, suffix="%")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "0%")
        bar = QStyleOptionProgressBar()
        height = min(option.rect.height() - 6, option.fontMetrics.height() + 6)
        bar.rect = QRect(
            option.rect.left() + 4,
            option.rect.center().y() - height // 2,
            option.rect.width() - 8,
            height,
        )
        bar.minimum, bar.maximum = 0, 100
        bar.progress = int(text.rstrip("%") or 0)
        bar.text = text
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, opt.widget)
