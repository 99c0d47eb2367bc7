"""The frame of the dialogs that check a file before importing it.

A ``.kbo`` bundle and a producers spreadsheet are both read and checked in
the background while the dialog shows a busy page; then it shows what the
import would do, or why the file cannot be imported. Accepting does not
import: the caller runs the import with its progress dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kbo_desktop.ui.exchange.loading import LOADING
from kbo_desktop.ui.widgets.background import BackgroundTask


class ImportCheckDialog(QDialog):
    """A title over pages, with Import (enabled once the check allows it) and Cancel.

    Subclasses build their pages, call :meth:`_lay_out`, and start the
    background check with :func:`~kbo_desktop.ui.exchange.loading.start_loading`
    into ``self._task``; closing the dialog while it runs cancels it.

    Signals:
        loaded(): the check's result, or the reason the file is refused, is shown.
    """

    loaded = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.state = LOADING
        self._task: BackgroundTask | None = None

    def _loading_page(self, text: str) -> QWidget:
        """A busy page saying ``text`` over ``self.progress_bar``."""
        page = QWidget(self)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setObjectName("loadingProgress")
        self.progress_bar.setRange(0, 0)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(QLabel(text, page))
        layout.addWidget(self.progress_bar)
        layout.addStretch(2)
        return page

    def _lay_out(self, title: str, pages: Sequence[QWidget], width: int, height: int) -> None:
        heading = QLabel(title, self)
        heading.setObjectName("titleLabel")
        heading.setStyleSheet("font-weight: bold; font-size: 120%;")
        self.pages = QStackedWidget(self)
        for page in pages:
            self.pages.addWidget(page)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("นำเข้า"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(
            self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("cancelButton")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(width, height)

    def reject(self) -> None:
        if self._task is not None and isValid(self._task):
            self._task.cancel()  # still reading: stop at its next progress report
        super().reject()
