"""Multi-step undo and redo of unsaved edits, for any editor that keeps a draft.

An editor that works on a draft (a plain record compared with the saved one)
gets undo almost for free: after every change it calls :meth:`EditHistory.record`,
which pushes a :class:`QUndoCommand` holding the draft before and after. Undo
and redo put a snapshot back through the editor's ``restore`` callback, which
reloads the form without recording anything. Typing in one field is one step
(commands with the same key merge), and a step whose typing came back to where
it started disappears. Loading another record or saving calls :meth:`reset`:
the history starts again and its clean state is the saved record.

Snapshots rather than per-field commands keep the commands trivially correct:
a list edit (a product added, a certification removed) is just another
snapshot, and nothing has to know how to un-apply it.

The main window shows the steps as Edit ▸ เลิกทำ / ทำซ้ำ through a
:class:`QUndoGroup` of the tabs' :attr:`EditHistory.stack`. So that Ctrl+Z
means the same thing whatever has the focus, :meth:`route_undo_keys` stops
line and text edits from keeping the Undo and Redo keys for their own,
per-field undo.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

T = TypeVar("T")

_MERGE_ID = 0x4B424F  # "KBO": every snapshot step may merge with the one before it


@dataclass(frozen=True)
class Change:
    """What one step changed, as the Edit menu names it.

    Attributes:
        text: the step's name in the Edit menu ("แก้ไขชื่อกลุ่ม/ผู้ผลิต"), translated.
        key: steps with the same key, one right after the other, are one step
            (typing a word in one field); ``None`` never merges.
        where: passed back to ``restore`` so the editor can show the place that
            changed (a product's id, say); ``None`` when there is nothing to show.
    """

    text: str
    key: Hashable | None = None
    where: str | None = None


def first_difference(before: object, after: object, fields: Iterable[str]) -> str | None:
    """The first of ``fields`` (attribute names) whose value differs, or ``None``."""
    for name in fields:
        if getattr(before, name) != getattr(after, name):
            return name
    return None


class _SnapshotCommand(QUndoCommand):
    """One step: the draft before and after it."""

    def __init__(self, history: EditHistory[Any], before: object, after: object, change: Change):
        super().__init__(change.text)
        self.history = history
        self.before = before
        self.after = after
        self.change = change
        self.sealed = False
        self._pushed = False

    def id(self) -> int:
        return _MERGE_ID if self.change.key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if (
            self.sealed
            or not isinstance(other, _SnapshotCommand)
            or other.change.key != self.change.key
        ):
            return False
        self.after = other.after
        if self.after == self.before:  # typed and deleted again: no step at all
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(): the form already shows it
            self._pushed = True
            return
        self.history._apply(self.after, self.change.where)

    def undo(self) -> None:
        self.history._apply(self.before, self.change.where)


class _UndoKeyRouter(QObject):
    """Leaves the Undo and Redo keys to the window's actions, not a field's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()  # not overridden: the shortcut (Edit ▸ เลิกทำ) runs
            return True
        return False


class EditHistory(QObject, Generic[T]):
    """The undo history of one editor's draft.

    Args:
        snapshot: returns an independent copy of the draft as it is now;
            snapshots are compared with ``==``.
        restore: makes the editor's draft (and form) equal to the given
            snapshot, which it may keep (it is a copy); the second argument is
            the :attr:`Change.where` of the step being undone or redone.
        describe: names the change between two snapshots (they differ).
        parent: the editor, usually.

    Attributes:
        stack: the :class:`QUndoStack`; the main window puts it in its group.
    """

    def __init__(
        self,
        snapshot: Callable[[], T],
        restore: Callable[[T, str | None], None],
        describe: Callable[[T, T], Change],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._snapshot = snapshot
        self._restore = restore
        self._describe = describe
        self._restoring = False
        self._router = _UndoKeyRouter(self)
        self.stack = QUndoStack(self)
        self._current: T = snapshot()

    def reset(self) -> None:
        """Forget every step: the draft as it is now is where undo stops (saved or loaded)."""
        self.stack.clear()
        self.stack.setClean()
        self._current = self._snapshot()

    def record(self, change: Change | None = None) -> None:
        """The draft may have changed: push a step if it did (nothing while restoring).

        Args:
            change: names the step; by default ``describe`` names it.
        """
        if self._restoring:
            return
        after = self._snapshot()
        if after == self._current:
            return
        before, self._current = self._current, after
        change = change or self._describe(before, after)
        self.stack.push(_SnapshotCommand(self, before, after, change))

    def seal(self) -> None:
        """End the current step: the next change starts a new one even in the same field."""
        if (index := self.stack.index()) > 0:
            command = self.stack.command(index - 1)
            if isinstance(command, _SnapshotCommand):
                command.sealed = True

    def rewrite(self, change: Callable[[T], None]) -> None:
        """Apply ``change`` to every snapshot kept, in place (snapshots are shared
        between neighbouring steps, so ``change`` must not mind running twice).

        For changes that are not edits and must not be undone, such as a stored
        product deleted at once (its own undo brings it back from the database):
        no step may bring it back into the draft.
        """
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, _SnapshotCommand):
                change(command.before)  # type: ignore[arg-type]
                change(command.after)  # type: ignore[arg-type]
        change(self._current)

    def route_undo_keys(self, root: QWidget) -> None:
        """Make Ctrl+Z / Ctrl+Y in ``root``'s text fields undo and redo the steps here.

        Line and text edits keep their own per-field undo for the context menu,
        but the keys go to the window's Edit ▸ เลิกทำ, so what the menu says is
        what the key does.
        """
        for widget in root.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                widget.installEventFilter(self._router)

    def _apply(self, snapshot: T, where: str | None) -> None:
        self._restoring = True
        try:
            self._restore(copy.deepcopy(snapshot), where)
        finally:
            self._restoring = False
        self._current = snapshot
