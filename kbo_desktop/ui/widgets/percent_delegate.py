"""Editing a 0–100 % cell with a spin box (plan action progress, observed progress)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class PercentDelegate(QStyledItemDelegate):
    """A 0–100 spin box stepping by ``step``, showing ``suffix`` after the number."""

    def __init__(self, parent: QObject | None = None, *, step: int = 10, suffix: str = " %"):
        super().__init__(parent)
        self._step = step
        self._suffix = suffix

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSingleStep(self._step)
        spin.setSuffix(self._suffix)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
