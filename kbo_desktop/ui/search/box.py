"""The search box in the toolbar.

Typing waits a moment (a debounce) before searching, so a fast typist does
not run a query per key. Enter opens the first hit and Down moves into the
results list. Kept apart from the results dock so the window can show the
box at start-up without importing the search service.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """The one search field.

    Signals:
        queryChanged(str): the text the user settled on (debounced).
        submitted(): Enter was pressed.
        moveToResults(): Down was pressed, to continue in the results list.
    """

    queryChanged = Signal(str)
    submitted = Signal()
    moveToResults = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setPlaceholderText(self.tr("ค้นหาผู้ผลิต ผลิตภัณฑ์ แผน บันทึก… (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textEdited.connect(self._on_self_text_edited)
        self.textChanged.connect(self._on_self_text_changed)

    def flush(self) -> None:
        """Search now instead of after the debounce delay."""
        self._timer.stop()
        self.queryChanged.emit(self.text())

    def _on_self_text_edited(self, _text: str) -> None:
        self._timer.start()

    def _on_self_text_changed(self, text: str) -> None:
        if not text:  # the clear button does not emit textEdited
            self.flush()

    def _on_timer_timeout(self) -> None:
        self.queryChanged.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        Qt = QtCore.Qt  # noqa: N806 - not at import: see main_window's _qt_namespace_after_paint
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.submitted.emit()
        elif event.key() == Qt.Key.Key_Down:
            self.moveToResults.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)
