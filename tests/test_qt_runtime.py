"""The Qt binding itself must survive a long working day of signals.

PySide6 6.12.0 dropped a reference to ``True`` on every ``Signal.emit()``;
after a few thousand emits (a few minutes of typing) Python aborted with
``bool_dealloc``. pyproject excludes that release; this test guards it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)
    ping = Signal()


def test_emitting_signals_does_not_leak_references_to_true(qapp):
    emitter = _Emitter()
    received: list[str] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(5000):
        emitter.ping.emit()
        emitter.changed.emit(str(i))
    assert abs(sys.getrefcount(True) - before) < 50
    assert len(received) == 5000
