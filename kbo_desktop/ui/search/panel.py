"""The search box in the toolbar and the dock that lists what it found.

Typing waits a moment (a debounce) before searching, so a fast typist does
not run a query per key. Enter opens the first hit, Down moves into the list,
and activating a hit emits :attr:`SearchDock.hitActivated` for the window to
route to the tab that shows that kind of record.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QWidget,
)

from kbo_desktop.services.search import SearchHit
from kbo_desktop.ui.search.model import HIT_ROLE, SearchResultsModel

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
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.submitted.emit()
        elif event.key() == Qt.Key.Key_Down:
            self.moveToResults.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)


class SearchDock(QDockWidget):
    """Results grouped by kind, each with the text around the match.

    Signals:
        hitActivated(object): the user chose a :class:`SearchHit`.
    """

    hitActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("ผลการค้นหา"), parent)
        self.setObjectName("searchDock")
        self.model = SearchResultsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.header().setStretchLastSection(True)
        self.setWidget(self.view)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.model.set_hits(hits)
        self.view.expandAll()
        self.view.resizeColumnToContents(0)
        self.setWindowTitle(self.tr("ผลการค้นหา (%n รายการ)", "", self.model.hit_count()))

    def activate_first(self) -> bool:
        """Open the first hit (Enter in the box); False when there is none."""
        index = self.model.first_hit_index()
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self._on_view_activated(index)
        return True

    def focus_results(self) -> None:
        index = self.model.first_hit_index()
        if index.isValid():
            self.view.setCurrentIndex(index)
        self.view.setFocus()

    def _on_view_activated(self, index: QModelIndex) -> None:
        hit = index.siblingAtColumn(0).data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hitActivated.emit(hit)
