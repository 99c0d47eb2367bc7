"""Running long work (bundle imports, exports) off the GUI thread.

The window must keep painting while thousands of records merge, and the user
must be able to give up. :class:`BackgroundTask` runs a plain function on
Qt's thread pool, passes it a ``progress(done, total)`` callback and reports
back by signals only; it never touches a widget. Cancelling sets a flag that
the next ``progress`` call turns into :class:`Cancelled`, so a service that
reports progress between chunks inside its transaction is rolled back whole.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None]], Any]


class Cancelled(Exception):
    """Raised inside the work when the user cancelled; never shown as an error."""


class BackgroundTask(QObject):
    """One run of ``work(progress)`` on the thread pool.

    Signals:
        progressed(int, int): records done so far and the total.
        succeeded(object): the work's return value.
        failed(object): the exception it raised (a ``KboError`` for user
            problems; anything else is a bug the receiver should re-raise).
        cancelled(): the user cancelled and the work stopped.
        finished(): emitted last, whatever the outcome.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work has ended (for tests and shutdown)."""
        return self._done.wait(timeout_s)

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            if self._cancel.is_set():
                raise Cancelled
            result = self._work(self._progress)
        except Cancelled:
            log.info("background task cancelled")
            self.cancelled.emit()
        except Exception as exc:  # handed to the GUI thread, which decides
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self._done.set()
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask):
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()
