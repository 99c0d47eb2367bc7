"""Reading a file for a dialog off the GUI thread.

The dialogs here open at once and fill in when their file has been read and
checked, which for a province's bundle takes seconds. The task is parented
to the application, not to the dialog: a dialog closed while the work runs
is deleted, and its slots are simply disconnected, while the task finishes
(or stops at its next progress report, once cancelled) and deletes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from shiboken6 import isValid

from kbo_desktop.domain.errors import KboError
from kbo_desktop.ui.widgets.background import BackgroundTask, Work

# What a dialog that reads first is showing: still reading, the result, or why it cannot go on.
LOADING, READY, FAILED = "loading", "ready", "failed"


def start_loading(
    receiver: QObject,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[KboError], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> BackgroundTask:
    """Run ``work`` in the background and report to ``receiver``'s callbacks while it exists.

    ``on_error`` gets user errors; anything else is a bug and goes to the crash hook.
    """
    task = BackgroundTask(work, QCoreApplication.instance())

    def done(result: Any) -> None:
        if isValid(receiver):
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, KboError):
            raise exc
        if isValid(receiver):
            on_error(exc)

    def progressed(count: int, total: int) -> None:
        if on_progress is not None and isValid(receiver):
            on_progress(count, total)

    task.succeeded.connect(done)
    task.failed.connect(failed)
    task.progressed.connect(progressed)
    task.finished.connect(task.deleteLater)
    task.start()
    return task
