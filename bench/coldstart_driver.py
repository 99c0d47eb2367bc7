"""Started fresh by suite_gui: ``python bench/coldstart_driver.py (kbo DB | bare) T0``.

Prints ``PAINTED <seconds since T0> <peak MB>`` at the first paint event of
the main window (or any widget inside it). For KBO Desktop it goes on to print
``READY <seconds> <peak MB>`` at the first paint after the database is attached
and the first tab built (the window is usable), then quits. T0 is the parent's
``time.time()`` just before it started this process, so interpreter start-up
and imports count. The KBO window starts exactly as ``kbo-desktop --db DB``
does (``ui.app.open_window``).
"""

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
kind, t0 = sys.argv[1], float(sys.argv[-1])

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402


def _report(label: str) -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label} {time.time() - t0:.6f} {peak:.1f}", flush=True)


class PaintWatch(QObject):
    """Reports the first paint, and for KBO the first paint once the data is in."""

    def __init__(self, wait_for_ready: bool):
        super().__init__()
        self.painted = False
        self.attached = not wait_for_ready

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                and isinstance(obj.window(), QMainWindow):  # fmt: skip
            if not self.painted:
                self.painted = True
                _report("PAINTED")
            if self.attached:
                if kind != "bare":
                    _report("READY")
                QApplication.instance().quit()
        return False

    def on_attached(self) -> None:
        self.attached = True


if kind == "bare":
    app = QApplication(sys.argv[:1])
    watch = PaintWatch(wait_for_ready=False)
    app.installEventFilter(watch)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
else:
    from kbo_desktop.ui.app import create_application, open_window

    app = create_application(sys.argv[:1])
    watch = PaintWatch(wait_for_ready=True)
    app.installEventFilter(watch)
    window = open_window(sys.argv[2])
    window.databaseAttached.connect(watch.on_attached)
    window.resize(1280, 800)
app.exec()
os._exit(0)
