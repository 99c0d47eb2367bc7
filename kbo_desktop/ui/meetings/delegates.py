"""Numbering list items by their position, in the view rather than the model.

The committee reads "วาระที่ 2" and the packet's product order as numbers, so
lists show them; but the number is where an item *is*, not what it holds, so
it is drawn by the delegate and the model's data stays the item's own text
(which keeps every row's data unchanged when a neighbour moves).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from kbo_desktop.ui.widgets.thai_wrap import ThaiWrapDelegate


class NumberedDelegate(ThaiWrapDelegate):
    """Shows ``template`` (with ``%1`` for the 1-based row) before each item's
    text, which wraps between Thai words. Editing sees the plain text.

    Args:
        numbered_already: items whose text starts with this are shown as they
            are (the packet does the same: an agenda item typed as
            "ระเบียบวาระที่ 3 …" is not numbered twice).
    """

    def __init__(self, template: str, parent: QWidget | None = None, *, numbered_already: str = ""):
        super().__init__(parent)
        self._template = template
        self._numbered_already = numbered_already

    def prefix(self, row: int) -> str:
        return self._template.replace("%1", str(row + 1))

    def initStyleOption(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not (self._numbered_already and option.text.lstrip().startswith(self._numbered_already)):
            option.text = f"{self.prefix(index.row())}{option.text}"
