"""Started fresh by suite_gui: ``python bench/coldstart_driver.py (kbo DB | bare) T0``.

Prints ``PAINTED <seconds since T0>`` at the first paint event of the main window
(or any widget inside it), then quits. T0 is the parent's ``time.time()`` just
before it started this process, so interpreter start-up and imports count.
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
kind, t0 = sys.argv[1], float(sys.argv[-1])

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, window: QWidget):
        super().__init__()
        self.window = window
        self.done = False

    def eventFilter(self, obj, event):  # noqa: N802
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                and obj.window() is self.window:
            self.done = True
            import resource

            print(f"PAINTED {time.time() - t0:.6f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}",
                  flush=True)
            QApplication.instance().quit()
        return False


if kind == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
else:
    from kbo_desktop.store.database import Database
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    db = Database(sys.argv[2])
    window = MainWindow(db)
    window.resize(1280, 800)
spy = FirstPaint(window)
app.installEventFilter(spy)
window.show()
app.exec()
os._exit(0)
