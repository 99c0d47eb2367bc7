"""Asking before unsaved edits are left behind (another product, another year).

Both the analysis and the planning tab keep edits in memory until Save; when
the user moves on, they choose to save, discard or stay. One question, asked
the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_leave(parent: QWidget, question: str, save: Callable[[], bool]) -> bool:
    """True if the user may move on: they saved (and it worked) or discarded."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    title = QCoreApplication.translate("unsaved", "ยังไม่ได้บันทึก")
    answer = QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard
