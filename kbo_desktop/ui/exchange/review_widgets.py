"""Pieces both review dialogs share: table cells that wrap Thai, rows sized as
they come into view, an empty-state page, the dialog's opening size, and the
one way they report an operation the service refused."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain.errors import KboError, ValidationErrors
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.thai_wrap import ThaiWrapDelegate, WrapLabel, wrappable

Index = QModelIndex | QPersistentModelIndex
DIFFERS_TINT = "#fff1c2"  # a field the two versions disagree on
CHOSEN_TINT = "#dcefd8"  # the value that will be kept
HEADING_STYLE = "font-size: 13pt; font-weight: 600;"


class WrappedRowsDelegate(ThaiWrapDelegate):
    """Asks for rows tall enough for the whole cell text wrapped to its column,
    with room for Thai marks above and below the line (Qt's own estimate
    elides the last line of a long Thai note)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        view = option.widget
        if not isinstance(view, QTableView):
            return super().sizeHint(option, index)
        width = view.columnWidth(index.column())
        text = wrappable(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        lines = option.fontMetrics.boundingRect(
            QRect(0, 0, max(20, width - 14), 100000), flags, text
        )
        return QSize(width, max(option.fontMetrics.height(), lines.height()) + 14)


class VisibleRowFitter(QObject):
    """Sizes the rows in view to their wrapped text, and only those.

    Measuring wrapped Thai takes about a millisecond a cell, so sizing every
    row of a list of several hundred pairs up front would freeze the dialog
    for seconds; rows are sized as they scroll into view instead.
    """

    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        self._fitted: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self._on_model_changed)
        model.dataChanged.connect(self._on_model_changed)
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        view.horizontalHeader().sectionResized.connect(self._on_model_changed)
        view.viewport().installEventFilter(self)
        self._follow = False  # keep the current row in view while fitting, until the user scrolls
        self._scrolling = False  # the fitter itself is scrolling
        view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def _on_current_row_changed(self, *_args: object) -> None:
        self._follow = True
        self._timer.start()

    def _on_scrolled(self, _value: int) -> None:
        if not self._scrolling:
            self._follow = False
        self._timer.start()

    def _on_model_changed(self, *_args: object) -> None:
        self._fitted.clear()
        self._timer.start()

    def fit(self) -> None:
        """Size the rows now in view (again after sizing shows more of them)."""
        view, rows = self._view, self._view.model().rowCount()
        for _round in range(4):
            top = view.rowAt(0)
            bottom = view.rowAt(view.viewport().height() - 1)
            last = rows - 1 if bottom < 0 else bottom
            todo = [row for row in range(max(top, 0), last + 1) if row not in self._fitted]
            if top < 0 or not todo:
                break
            for row in todo:
                view.resizeRowToContents(row)
                self._fitted.add(row)
            if self._follow and view.currentIndex().isValid():
                self._scrolling = True
                view.updateGeometries()  # the scroll range, for the new heights
                view.scrollTo(view.currentIndex())  # scrolled to before the rows had heights
                self._scrolling = False


def setup_list_view(view: QTableView, *, long_list: bool = True) -> None:
    """A read-only, single-row-selection table whose rows grow with wrapped text.

    ``long_list`` sizes rows as they come into view; otherwise every row is
    sized to its contents at once (for the short field-by-field tables).
    """
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setItemDelegate(WrappedRowsDelegate(view))
    header = view.verticalHeader()
    header.hide()
    if long_list:
        header.setDefaultSectionSize(round(view.fontMetrics().height() * 2.6))
        VisibleRowFitter(view)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def fit_on_screen(dialog: QWidget, width: int = 1100, height: int = 700) -> None:
    """Open at ``width`` × ``height``, or smaller on a small laptop screen."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))


class EmptyState(QWidget):
    """A friendly page for "nothing to review", instead of an empty table."""

    def __init__(self, heading: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(heading, objectName="emptyHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = WrapLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self)
        box.setContentsMargins(60, 0, 60, 0)
        box.addStretch(1)
        box.addWidget(self.heading)
        box.addWidget(self.text)  # no alignment flag: a wrapping label then gets its height
        box.addStretch(2)


def show_refusal(parent: QWidget, title: str, problem: KboError) -> None:
    """Tell the user why the service refused, every problem of a multi-field one."""
    problems = problem.problems if isinstance(problem, ValidationErrors) else [problem]
    lines = [message_of(p) for p in problems]
    text = lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)
    note = QCoreApplication.translate("review", "ยังไม่มีการเปลี่ยนแปลงข้อมูล เลือกใหม่แล้วลองอีกครั้งได้")
    QMessageBox.warning(parent, title, f"{text}\n\n{note}")
