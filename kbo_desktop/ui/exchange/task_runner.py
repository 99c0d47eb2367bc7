"""Running one write at a time behind a progress dialog, and telling the user how it went.

Imports, exports and backups run on a
:class:`~kbo_desktop.ui.widgets.background.BackgroundTask`. Cancelling a
bundle import takes effect at the next chunk the service reports: the
exception it raises inside the import's transaction rolls the whole import
back. Work that cannot stop half-way gets no Cancel button. Outcomes are
shown in window-modal message boxes that do not block, so the window (and a
test) carries on; the last one is kept in :attr:`TaskRunner.message`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kbo_desktop.domain.errors import KboError
from kbo_desktop.ui.widgets.background import BackgroundTask, Work
from kbo_desktop.ui.widgets.language import language
from kbo_desktop.ui.widgets.thai_wrap import wrappable


class TaskRunner(QObject):
    """Runs background writes for a window, one at a time.

    Signals:
        busyChanged(bool): a write started (True) or ended (False).
        finished(): the running write ended, whatever the outcome.
    """

    busyChanged = Signal(bool)
    finished = Signal()

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None

    def is_running(self) -> bool:
        return self.task is not None

    def start(
        self,
        work: Work,
        label: str,
        on_success: Callable[[Any], None],
        *,
        cancellable: bool = False,
    ) -> bool:
        """Run ``work`` with a progress dialog; False (and a message) when another write runs."""
        if self.task is not None:
            self.tell(self.tr("กำลังทำงานอื่นอยู่"), self.tr("รอให้งานที่กำลังทำอยู่เสร็จก่อน"), warning=True)
            return False
        self.progress = QProgressDialog(label, self.tr("ยกเลิก"), 0, 0, self._window)
        self.progress.setObjectName("exchangeProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        if not cancellable:  # the service cannot stop half-way; a Cancel button would lie
            self.progress.setCancelButton(None)
        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.succeeded.connect(on_success)
        self.task.failed.connect(self._on_task_failed)
        self.task.cancelled.connect(self._on_task_cancelled)
        self.task.finished.connect(self._on_task_finished)
        if cancellable:
            self.progress.canceled.connect(self.task.cancel)
        self.busyChanged.emit(True)
        self.task.start()
        return True

    def tell(self, title: str, text: str, *, warning: bool = False) -> None:
        """Show an outcome without blocking; it closes itself when dismissed."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, wrappable(text), QMessageBox.StandardButton.Ok, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("exchangeMessage")
        self.message = box
        box.destroyed.connect(lambda _obj=None, shown=box: self._on_message_destroyed(shown))
        box.open()

    def _on_message_destroyed(self, box: QMessageBox) -> None:
        if self.message is box:
            self.message = None

    def _on_task_progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _on_task_finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
        self.busyChanged.emit(False)
        self.finished.emit()

    def _on_task_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KboError):
            raise exc  # a bug: let the crash handler report it
        self.tell(self.tr("ทำรายการไม่สำเร็จ"), exc.message(language()), warning=True)

    def _on_task_cancelled(self) -> None:
        self.tell(self.tr("ยกเลิกแล้ว"), self.tr("ยกเลิกแล้ว ข้อมูลไม่มีการเปลี่ยนแปลง"))
