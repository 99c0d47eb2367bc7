"""A list view for one analysis group: wrapped Thai paragraphs, drag and drop.

Points are whole paragraphs, so each row is as tall as its wrapped text plus
a small line saying who raised it and when. Dragging is a move handled by the
model (through the board), so the view must not remove the source rows after
a drop the way Qt's default drag does.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QDrag, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kbo_desktop.ui.analysis.swot_model import MetaRole

Index = QModelIndex | QPersistentModelIndex
_PAD = 6
_FLAGS = (
    int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
)


class PointDelegate(QStyledItemDelegate):
    """Paints "1. paragraph" wrapped to the view's width, and a smaller meta line."""

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = (
            widget.viewport().width()
            if isinstance(widget, QAbstractItemView)
            else option.rect.width()
        )
        return max(80, width - 2 * _PAD)

    @staticmethod
    def _meta_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return small

    def _parts(self, option: QStyleOptionViewItem, index: Index) -> tuple[str, str, str]:
        number = f"{index.row() + 1}. "
        return (
            number,
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            str(index.data(MetaRole) or ""),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = self._text_width(option)
        number, text, meta = self._parts(option, index)
        metrics = QFontMetrics(option.font)
        indent = metrics.horizontalAdvance(number)
        body = metrics.boundingRect(QRect(0, 0, width - indent, 100000), _FLAGS, text).height()
        height = body + 2 * _PAD
        if meta:
            small = QFontMetrics(self._meta_font(option.font))
            height += (
                small.boundingRect(QRect(0, 0, width - indent, 100000), _FLAGS, meta).height() + 2
            )
        return QSize(width, height + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        number, text, meta = self._parts(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        metrics = QFontMetrics(option.font)
        indent = metrics.horizontalAdvance(number)
        area = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.setFont(option.font)
        painter.drawText(QRect(area.left(), area.top(), indent, metrics.height()), _FLAGS, number)
        body_rect = QRect(area.left() + indent, area.top(), area.width() - indent, area.height())
        used = painter.boundingRect(body_rect, _FLAGS, text)
        painter.drawText(body_rect, _FLAGS, text)
        if meta:
            painter.setFont(self._meta_font(option.font))
            if not selected:
                painter.setPen(
                    option.palette.color(
                        QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
                    )
                )
            meta_rect = QRect(
                body_rect.left(),
                used.bottom() + 3,
                body_rect.width(),
                area.bottom() - used.bottom(),
            )
            painter.drawText(meta_rect, _FLAGS, meta)
        painter.restore()


class SwotListView(QListView):
    """One group's points; points can be dragged within it and to other groups."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setItemDelegate(PointDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)

    def startDrag(self, supported_actions: Qt.DropAction) -> None:  # noqa: N802 - Qt override
        """Start a move; the model's drop already moved the point, so nothing is removed here."""
        indexes = [i for i in self.selectedIndexes() if i.isValid()]
        model = self.model()
        if not indexes or model is None:
            return
        drag = QDrag(self)
        drag.setMimeData(model.mimeData(indexes))
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Row heights depend on the width, so lay out again when it changes."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
