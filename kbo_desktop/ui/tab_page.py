"""The contract between the main window and each of its tabs.

The main window owns the menus and toolbar; a tab says what its actions mean
(new, save, delete, revert, and the undo stack behind Undo and Redo) and
whether it holds unsaved edits, so the window can ask before closing or
switching away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # importing the store pulls in SQLAlchemy: kept off the start-up path
    from kbo_desktop.store.database import Database


class TabPage(QWidget):
    """Base class of a main-window tab.

    Signals:
        statusMessage(str): a short message for the status bar.
        dirtyChanged(bool): the tab now has (or no longer has) unsaved edits.
        recordRequested(str, str): the user asked to open a record another tab
            shows (collection, id); the window routes it through ``show_record``.
    """

    statusMessage = Signal(str)
    dirtyChanged = Signal(bool)
    recordRequested = Signal(str, str)

    #: Key used by ``kbo-desktop screenshots --tab KEY`` and settings.
    KEY = ""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db

    def title(self) -> str:
        """The tab's caption, translated (override with ``self.tr(...)``)."""
        return self.KEY

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        """Save pending edits; False if validation stopped the save."""
        return True

    def revert(self) -> None:
        """Throw away unsaved edits."""

    def undo_stack(self) -> QUndoStack | None:
        """The steps of unsaved editing that Edit ▸ เลิกทำ / ทำซ้ำ walk through.

        The main window puts it in its :class:`QUndoGroup` and makes it the
        active stack while this tab is shown (see
        :class:`~kbo_desktop.ui.widgets.edit_history.EditHistory`). Its clean
        state is the saved record: a tab clears it on loading and saving.
        ``None`` (the default) leaves Undo and Redo disabled on this tab.
        """
        return None

    def new_record(self) -> None:
        """Start a new record of the tab's main kind."""

    def delete_selected(self) -> None:
        """Delete the selected record (asking first, undoable)."""

    def refresh(self) -> None:
        """Reload from the database (after an import, say)."""

    def show_record(self, collection: str, record_id: str) -> bool:
        """Bring the given record into view; False if this tab does not show it."""
        return False
