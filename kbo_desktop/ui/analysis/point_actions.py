"""The commands on an analysis point, with their keys and the context menu.

Each group list gets the same actions with widget-local shortcuts, so
Ctrl+arrows, Insert, Delete and Ctrl+Z act on the list that has the focus and
never steal the keys of the text editor beside it (where Ctrl+Z undoes typing
and Ctrl+arrows move by word).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView, QMenu

from kbo_desktop.domain.enums import SwotKind
from kbo_desktop.services.analysis import KIND_ORDER
from kbo_desktop.ui.widgets.language import enum_label

#: name → (Thai text, keys). Key sequences are built when the actions are, as
#: standard keys (Delete, Undo) need the running application's platform theme.
#: The texts are marked for lupdate here and translated when the actions are built.
COMMANDS: dict[str, tuple[object, str | QKeySequence.StandardKey]] = {
    "moveUp": (QT_TRANSLATE_NOOP("PointActions", "เลื่อนขึ้น"), "Ctrl+Up"),
    "moveDown": (QT_TRANSLATE_NOOP("PointActions", "เลื่อนลง"), "Ctrl+Down"),
    "previousGroup": (QT_TRANSLATE_NOOP("PointActions", "ย้ายไปกลุ่มก่อนหน้า"), "Ctrl+Left"),
    "nextGroup": (QT_TRANSLATE_NOOP("PointActions", "ย้ายไปกลุ่มถัดไป"), "Ctrl+Right"),
    "insert": (QT_TRANSLATE_NOOP("PointActions", "เพิ่มประเด็นในกลุ่มนี้"), "Insert"),
    "delete": (QT_TRANSLATE_NOOP("PointActions", "ลบประเด็น"), QKeySequence.StandardKey.Delete),
    "undo": (QT_TRANSLATE_NOOP("PointActions", "เรียกคืนประเด็นที่ลบ"), QKeySequence.StandardKey.Undo),
}


def build_point_actions(
    owner: QObject, views: Iterable[QListView], slots: Mapping[str, Callable[[], None]]
) -> dict[str, QAction]:
    """One QAction per command (``slots`` names its handler), on every view."""
    views = list(views)
    actions: dict[str, QAction] = {}
    for name, (text, keys) in COMMANDS.items():
        action = QAction(QCoreApplication.translate("PointActions", str(text)), owner)
        action.setObjectName(f"{name}Action")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slots[name])
        for view in views:
            view.addAction(action)
        actions[name] = action
    return actions


def show_point_menu(
    view: QListView,
    pos: QPoint,
    kind: SwotKind,
    actions: Mapping[str, QAction],
    move_to: Callable[[SwotKind], None],
) -> None:
    """The right-click menu of a group list; "move to group" lists the other groups."""
    index = view.indexAt(pos)
    menu = QMenu(view)
    menu.addAction(actions["insert"])
    if index.isValid():
        for name in ("moveUp", "moveDown", "delete"):
            menu.addAction(actions[name])
        move_menu = menu.addMenu(QCoreApplication.translate("PointActions", "ย้ายไปกลุ่ม"))
        for target in KIND_ORDER:
            if target != kind:
                move_menu.addAction(enum_label(target), partial(move_to, target))
    menu.exec(view.viewport().mapToGlobal(pos))
