"""The dock that lists what the search box found.

Activating a hit emits :attr:`SearchDock.hitActivated` for the window to
route to the tab that shows that kind of record. The box itself lives in
:mod:`kbo_desktop.ui.search.box` (re-exported here).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTreeView,
    QWidget,
)

from kbo_desktop.services.search import SearchHit
from kbo_desktop.ui.search.box import DEBOUNCE_MS, SearchBox
from kbo_desktop.ui.search.model import HIT_ROLE, SearchResultsModel

__all__ = ["DEBOUNCE_MS", "SearchBox", "SearchDock"]


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
