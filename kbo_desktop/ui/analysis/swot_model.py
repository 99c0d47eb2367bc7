"""The five groups of a product's analysis as item models, edited in memory.

Each group (ข้อดี, ข้อเด่น, ข้อด้อย, โอกาส, อุปสรรค) is a
:class:`SwotGroupModel` shown by its own list view. A :class:`SwotBoard` owns
the five and is the one place that moves points, so dragging within a list,
dragging to another list, Ctrl+arrow keys and the "move to group" menu all
take the same path. Nothing is stored until the tab saves the board's
:meth:`SwotBoard.snapshot` through the analysis service in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import SwotKind
from kbo_desktop.services.analysis import KIND_ORDER, Groups, empty_groups
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.language import enum_label
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-kbo-swot-point"
ItemRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
MetaRole = Qt.ItemDataRole.UserRole + 3


class SwotGroupModel(QAbstractListModel):
    """The points of one group, in the committee's order.

    Display text is made wrappable between Thai words; EditRole is the plain
    text. Drops are handed to the board, which moves the point (never copies).
    """

    def __init__(self, kind: SwotKind, board: SwotBoard):
        super().__init__(board)
        self.kind = kind
        self.board = board
        self._items: list[r.SwotItem] = []

    # -- reading ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrappable(item.text) if item.text.strip() else self.tr("(ยังไม่มีข้อความ)")
        if role == Qt.ItemDataRole.EditRole:
            return item.text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{enum_label(self.kind)} {index.row() + 1}: {item.text}"
        if role == MetaRole:
            parts = [item.source, format_be_date(item.recorded_on)]
            return wrappable(" · ".join(p for p in parts if p))
        if role == ItemRole:
            return item
        if role == IdRole:
            return item.id
        return None

    def item(self, row: int) -> r.SwotItem:
        return self._items[row]

    def items(self) -> list[r.SwotItem]:
        return list(self._items)

    def row_of(self, item_id: str) -> int:
        return next((i for i, p in enumerate(self._items) if p.id == item_id), -1)

    # -- editing -----------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.update(index.row(), text=str(value))

    def update(self, row: int, **changes: Any) -> bool:
        """Change fields of the point at ``row`` (text, source, recorded_on)."""
        item = self._items[row]
        changed = {k: v for k, v in changes.items() if getattr(item, k) != v}
        if not changed:
            return False
        self._items[row] = replace(item, **changed)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.board.mark_dirty()
        return True

    def set_items(self, items: Sequence[r.SwotItem]) -> None:
        self.beginResetModel()
        self._items = [replace(i, kind=self.kind) for i in items]
        self.endResetModel()

    def insert_item(self, row: int, item: r.SwotItem) -> int:
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, replace(item, kind=self.kind))
        self.endInsertRows()
        return row

    def take_item(self, row: int) -> r.SwotItem:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items.pop(row)
        self.endRemoveRows()
        return item

    def moveRows(  # noqa: N802 - Qt override
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Move rows within this group; ``destination_child`` is the row they go before."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if (
            source_row < 0
            or last >= len(self._items)
            or not 0 <= destination_child <= len(self._items)
        ):
            return False
        if source_row <= destination_child <= last + 1:
            return False  # onto itself: nothing to do
        if not self.beginMoveRows(
            QModelIndex(), source_row, last, QModelIndex(), destination_child
        ):
            return False
        moving = self._items[source_row : last + 1]
        del self._items[source_row : last + 1]
        at = destination_child - count if destination_child > source_row else destination_child
        self._items[at:at] = moving
        self.endMoveRows()
        self.board.mark_dirty()
        return True

    # -- drag and drop -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = [
            self._items[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()
        ]
        mime = QMimeData()
        mime.setData(
            MIME_TYPE, QByteArray(json.dumps({"kind": self.kind.value, "ids": ids}).encode())
        )
        mime.setText("\n".join(self._items[i.row()].text for i in indexes if i.isValid()))
        return mime

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged points here: before ``row``, onto ``parent``'s row, or at the end."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        moved = False
        for item_id in payload.get("ids", []):
            new_row = self.board.move(item_id, self.kind, row)
            if new_row >= 0:
                moved = True
                row = new_row + 1
        return moved


class SwotBoard(QObject):
    """The five group models of one product, the pending deletions and the undo stack.

    Signals:
        dirtyChanged(bool): there are (or no longer are) unsaved edits.
        pointMoved(str, int): a point (kind value, row) moved; views select it.
    """

    dirtyChanged = Signal(bool)
    pointMoved = Signal(str, int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.models: dict[SwotKind, SwotGroupModel] = {
            kind: SwotGroupModel(kind, self) for kind in KIND_ORDER
        }
        self.product_id = ""
        self._stored_ids: set[str] = set()
        self._undo: list[tuple[SwotKind, int, r.SwotItem]] = []
        self._dirty = False

    def load(self, product_id: str, groups: Groups) -> None:
        """Show a product's stored points and forget every pending edit."""
        self.product_id = product_id
        for kind, model in self.models.items():
            model.set_items(groups.get(kind, []))
        self._stored_ids = {p.id for items in groups.values() for p in items}
        self._undo.clear()
        self._set_dirty(False)

    def snapshot(self) -> Groups:
        """What the user sees, group by group, in order: what Save stores."""
        groups = empty_groups()
        for kind, model in self.models.items():
            groups[kind] = model.items()
        return groups

    def deleted_ids(self) -> list[str]:
        """Stored points the user deleted (new points never stored need no tombstone)."""
        live = {p.id for items in self.snapshot().values() for p in items}
        return sorted(self._stored_ids - live)

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self) -> None:
        self._set_dirty(True)

    def locate(self, item_id: str) -> tuple[SwotKind, int] | None:
        for kind, model in self.models.items():
            row = model.row_of(item_id)
            if row >= 0:
                return kind, row
        return None

    def add(self, kind: SwotKind, item: r.SwotItem, row: int | None = None) -> int:
        model = self.models[kind]
        row = model.insert_item(model.rowCount() if row is None else row, item)
        self.mark_dirty()
        return row

    def move(self, item_id: str, kind: SwotKind, row: int) -> int:
        """Move a point so it sits before ``row`` of group ``kind``.

        Returns its new row, or -1 if no group holds ``item_id``.
        """
        found = self.locate(item_id)
        if found is None:
            return -1
        source_kind, source_row = found
        target = self.models[kind]
        row = max(0, min(row, target.rowCount()))
        if source_kind == kind:
            if not target.moveRows(QModelIndex(), source_row, 1, QModelIndex(), row):
                return source_row
            new_row = row - 1 if row > source_row else row
        else:
            item = self.models[source_kind].take_item(source_row)
            new_row = target.insert_item(row, item)
            self.mark_dirty()
        self.pointMoved.emit(kind.value, new_row)
        return new_row

    def move_by(self, kind: SwotKind, row: int, step: int) -> int:
        """Ctrl+Up/Down: one place earlier (step -1) or later (+1) in its group."""
        model = self.models[kind]
        if not 0 <= row + step < model.rowCount():
            return row
        return self.move(model.item(row).id, kind, row + step if step < 0 else row + step + 1)

    def move_to_group(self, kind: SwotKind, row: int, target: SwotKind) -> int:
        """Send a point to the end of another group."""
        return self.move(self.models[kind].item(row).id, target, self.models[target].rowCount())

    def remove(self, kind: SwotKind, row: int) -> r.SwotItem:
        """Delete a point (until saved, :meth:`undo_remove` brings it back in place)."""
        item = self.models[kind].take_item(row)
        self._undo.append((kind, row, item))
        self.mark_dirty()
        return item

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_remove(self) -> tuple[SwotKind, int] | None:
        if not self._undo:
            return None
        kind, row, item = self._undo.pop()
        row = self.models[kind].insert_item(row, item)
        self.mark_dirty()
        return kind, row

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
