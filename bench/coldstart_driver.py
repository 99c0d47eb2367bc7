"""Started fresh by suite_gui: ``python bench/coldstart_driver.py (kbo DB | bare) T0``.

Prints ``PAINTED <seconds since T0> <peak MB>`` at the first paint event of
the main window (a top-level window is painted before the widgets inside it).
For KBO Desktop it goes on to print ``READY <seconds> <peak MB>`` at the first
paint of any widget in the window after the database is attached and the
first tab built (the window is usable), then quits. Until the first paint
only the window itself is watched: an application-wide Python event filter
turns every event of every widget into a Python object, which would cost the
window with more widgets more than the bare one. T0 is the parent's
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
        QApplication.instance().installEventFilter(self)  # any widget's paint from now on


if kind == "bare":
    app = QApplication(sys.argv[:1])
    watch = PaintWatch(wait_for_ready=False)
    window = QMainWindow()
    window.installEventFilter(watch)
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
else:
    from kbo_desktop.ui.app import create_application, open_window

    app = create_application(sys.argv[:1])
    watch = PaintWatch(wait_for_ready=True)
    window = open_window(sys.argv[2])
    window.installEventFilter(watch)
    window.databaseAttached.connect(watch.on_attached)
    window.resize(1280, 800)
app.exec()
os._exit(0)
