"""The frame both review dialogs share: a list on top, the chosen item below.

Conflicts and likely duplicate producers are reviewed the same way: a short
introduction, the list of what waits for a decision, a splitter with the
chosen item's detail under it, a status line with the dialog's one action and
Close, and a friendly page instead of an empty list. :class:`ReviewDialog`
lays that out and switches between the pages; a subclass builds its own list
and detail and says what selecting an item shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.store.database import Database
from kbo_desktop.ui.widgets.language import language

PAGE_EMPTY, PAGE_REVIEW = range(2)


class ReviewDialog(QDialog):
    """A list of items to review over the chosen one's detail.

    Subclasses build their widgets, call :meth:`_lay_out` once, and after each
    reload call :meth:`_show_list`; they implement ``_show(item)`` for the
    selected item, or ``None`` when there is none.

    Attributes:
        changed: True once records were rewritten, so the window that opened
            the dialog reloads its tabs.
    """

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.changed = False
        self._language = language()

    def _lay_out(
        self,
        name: str,
        empty_page: QWidget,
        intro: QWidget,
        listing: QTableView,
        detail: Sequence[QWidget | QLayout],
        sizes: tuple[int, int],
        status: QWidget,
        action: QPushButton,
    ) -> None:
        """Place the parts; ``name`` prefixes the object names of the splitter and pages.

        The last part of ``detail`` takes the height the others leave.
        """
        self.listing, self.action_button = listing, action
        detail_page = QWidget()
        detail_box = QVBoxLayout(detail_page)
        detail_box.setContentsMargins(0, 6, 0, 0)
        for part in detail:
            stretch = 1 if part is detail[-1] else 0
            if isinstance(part, QLayout):
                detail_box.addLayout(part, stretch)
            else:
                detail_box.addWidget(part, stretch)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName=f"{name}Splitter")
        self.splitter.addWidget(listing)
        self.splitter.addWidget(detail_page)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(sizes))
        review = QWidget()
        review_box = QVBoxLayout(review)
        review_box.setContentsMargins(0, 0, 0, 0)
        review_box.addWidget(intro)
        review_box.addWidget(self.splitter, 1)
        self.pages = QStackedWidget(objectName=f"{name}Pages")
        self.pages.insertWidget(PAGE_EMPTY, empty_page)
        self.pages.insertWidget(PAGE_REVIEW, review)

        self.close_button = QPushButton(self.tr("ปิด"), objectName="closeButton")
        buttons = QHBoxLayout()
        buttons.addWidget(status, 1)
        buttons.addWidget(action)
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addWidget(self.pages, 1)
        box.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)

    def _show_list(self, count: int, title: str, select_row: int) -> None:
        """Show the list of ``count`` items (or the empty page) and select one."""
        self.pages.setCurrentIndex(PAGE_REVIEW if count else PAGE_EMPTY)
        self.action_button.setVisible(bool(count))
        self.setWindowTitle(title)
        if count:
            self.listing.selectRow(min(select_row, count - 1))
        else:
            self._show(None)

    def _show(self, item: Any) -> None:
        raise NotImplementedError
