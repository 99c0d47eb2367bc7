"""Which tabs the main window shows, in which order, and where their classes live.

Tabs are registered by import path so that a tab another engineer has not
written yet is simply absent: no placeholder page pretends a feature exists.
Only a missing *tab module* is tolerated; any other import failure (a typo,
a missing dependency inside the tab) is a bug and propagates.

Each spec also carries the tab's caption, so the window can paint its tab bar
before any tab module is imported (tabs are built when first shown; see
:mod:`kbo_desktop.ui.main_window`). :func:`installed_specs` finds which tab
modules exist without importing them.

To add a tab: write ``kbo_desktop/ui/<area>/tab.py`` with a
:class:`~kbo_desktop.ui.tab_page.TabPage` subclass taking ``(db, parent=None)``
and setting ``KEY``; its entry below then makes it appear. The order of
:data:`TAB_SPECS` is the order of the tabs and of ``kbo-desktop screenshots``.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kbo_desktop.ui.tab_page import TabPage

log = logging.getLogger(__name__)


class TabSpec(NamedTuple):
    """One registered tab: its key, ``"module:Class"`` import path and Thai caption.

    A NamedTuple rather than a dataclass: the window reads the registry before
    its first paint, and importing ``dataclasses`` there costs 1.4 ms (issue #8).
    """

    key: str
    target: str
    caption: str

    def title(self) -> str:
        """The caption in the current language (the tab class shows the same text)."""
        return QCoreApplication.translate("TabSpec", self.caption)

    @property
    def module_name(self) -> str:
        return self.target.partition(":")[0]

    @property
    def class_name(self) -> str:
        return self.target.partition(":")[2]


TAB_SPECS: tuple[TabSpec, ...] = (
    TabSpec("producers", "kbo_desktop.ui.producers.tab:ProducersTab",
            QT_TRANSLATE_NOOP("TabSpec", "ผู้ผลิต/ผลิตภัณฑ์")),
    TabSpec("analysis", "kbo_desktop.ui.analysis.tab:AnalysisTab",
            QT_TRANSLATE_NOOP("TabSpec", "วิเคราะห์ผลิตภัณฑ์")),
    TabSpec("planning", "kbo_desktop.ui.planning.tab:PlanningTab",
            QT_TRANSLATE_NOOP("TabSpec", "แผนพัฒนา")),
    TabSpec("visits", "kbo_desktop.ui.visits.tab:VisitsTab",
            QT_TRANSLATE_NOOP("TabSpec", "บันทึกลงพื้นที่")),
    TabSpec("meetings", "kbo_desktop.ui.meetings.tab:MeetingsTab",
            QT_TRANSLATE_NOOP("TabSpec", "ประชุม/รายงาน")),
    TabSpec("network", "kbo_desktop.ui.network.tab:NetworkTab",
            QT_TRANSLATE_NOOP("TabSpec", "เครือข่าย KBO")),
)  # fmt: skip

#: Every key the screenshots command accepts, installed or not.
ALL_KEYS: tuple[str, ...] = tuple(spec.key for spec in TAB_SPECS)


def _is_missing(exc: ModuleNotFoundError, module_name: str) -> bool:
    """True when the error is about the tab module itself (or its package) being
    absent, not about something the tab module imports."""
    missing = exc.name or ""
    if not missing:
        return False
    return missing == module_name or module_name.startswith(missing + ".")


def load_tab_class(spec: TabSpec) -> type[TabPage] | None:
    """The tab's class, or ``None`` if its module has not been written yet.

    Raises:
        ImportError: the module exists but fails to import (a real bug).
        TypeError: the class is not a :class:`TabPage` with the spec's key.
    """
    try:
        module = importlib.import_module(spec.module_name)
    except ModuleNotFoundError as exc:
        if _is_missing(exc, spec.module_name):
            log.info("tab %r not installed (%s absent); skipping it", spec.key, exc.name)
            return None
        raise
    cls = getattr(module, spec.class_name)
    if not (isinstance(cls, type) and issubclass(cls, TabPage)):
        raise TypeError(f"{spec.target} is not a TabPage subclass")
    if spec.key != cls.KEY:
        raise TypeError(f"{spec.target}.KEY is {cls.KEY!r}, registered as {spec.key!r}")
    return cls


def available_tabs() -> list[tuple[str, type[TabPage]]]:
    """``(key, class)`` of every tab whose module is present, in display order."""
    found = []
    for spec in TAB_SPECS:
        cls = load_tab_class(spec)
        if cls is not None:
            found.append((spec.key, cls))
    return found


def installed_specs() -> list[TabSpec]:
    """The specs whose tab module exists, found without importing it (cheap at start-up)."""
    found = []
    for spec in TAB_SPECS:
        try:
            present = importlib.util.find_spec(spec.module_name) is not None
        except ModuleNotFoundError:  # the tab's package itself is absent
            present = False
        if present:
            found.append(spec)
        else:
            log.info("tab %r not installed (%s absent); skipping it", spec.key, spec.module_name)
    return found
