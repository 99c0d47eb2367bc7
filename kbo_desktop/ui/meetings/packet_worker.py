"""Building a meeting packet on a worker thread, with progress and cancel.

A 20-product packet takes a few seconds of typesetting; the window must keep
painting and the chair must be able to give up. :class:`PacketWorker` lives
on its own :class:`QThread`, calls the packet service and reports by signals
only (it never touches a widget). :class:`PacketJob` owns the thread: it
starts the worker, forwards its signals to the GUI thread and cleans up when
the run ends, whatever the outcome.

Cancelling sets a flag the service polls between steps; the service then
raises ``PacketCancelled``, which the worker reports as :attr:`cancelled`,
never as a failure.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kbo_desktop.domain.errors import KboError
from kbo_desktop.store.database import Database
from kbo_desktop.ui.widgets.language import message_of

log = logging.getLogger(__name__)

#: ``build(db, meeting_id, options, *, progress=…, cancelled=…) -> bytes``
BuildFunction = Callable[..., bytes]


def default_build(db: Database, meeting_id: str, options: Any, **callbacks: Any) -> bytes:
    """The packet service's ``build_packet`` (imported when first used)."""
    from kbo_desktop.services.packet import build_packet

    return build_packet(db, meeting_id, options, **callbacks)


def make_options(include_personal_data: bool) -> Any:
    """The service's ``PacketOptions`` for the tab's choices."""
    from kbo_desktop.services.packet import PacketOptions

    return PacketOptions(include_personal_data=include_personal_data)


class PacketWorker(QObject):
    """One packet build, run by :meth:`run` on a worker thread.

    Signals:
        progress(int, int): steps done and the total.
        finished(bytes): the packet PDF.
        failed(str): a message for the user (the log holds any traceback).
        cancelled(): the user cancelled and the build stopped.
        done(): emitted last, whatever the outcome (the thread quits on it).
    """

    progress = Signal(int, int)
    finished = Signal(bytes)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(
        self, db: Database, meeting_id: str, options: Any, build: BuildFunction | None = None
    ):
        super().__init__()
        self._db = db
        self._meeting_id = meeting_id
        self._options = options
        self._build = build or default_build
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the build to stop at its next check (safe from any thread)."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            data = self._build(
                self._db,
                self._meeting_id,
                self._options,
                progress=self.progress.emit,
                cancelled=self._cancel.is_set,
            )
        except Exception as exc:  # noqa: BLE001 - every outcome must reach the GUI thread
            if self._cancel.is_set():
                log.info("packet for meeting %s cancelled", self._meeting_id)
                self.cancelled.emit()
            elif isinstance(exc, KboError):
                self.failed.emit(message_of(exc))
            else:
                log.exception("building the packet for meeting %s failed", self._meeting_id)
                self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(bytes(data))
        finally:
            self.done.emit()


class PacketJob(QObject):
    """Runs one :class:`PacketWorker` on its own thread and relays its signals.

    Signals:
        progress(int, int), finished(bytes), failed(str), cancelled(): as the worker's.
        done(): the thread has stopped; the job can be dropped.
    """

    progress = Signal(int, int)
    finished = Signal(bytes)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, worker: PacketWorker, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        self._thread = QThread()
        self._thread.setObjectName("packetThread")
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.run)
        worker.progress.connect(self.progress)
        worker.finished.connect(self.finished)
        worker.failed.connect(self.failed)
        worker.cancelled.connect(self.cancelled)
        worker.done.connect(self._thread.quit)
        self._thread.finished.connect(self._on_thread_finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def stop(self, timeout_ms: int = 10000) -> None:
        """Cancel and wait for the thread (before the owner goes away)."""
        self.worker.cancel()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            log.error("packet thread did not stop within %d ms", timeout_ms)

    def _on_thread_finished(self) -> None:
        self.done.emit()
