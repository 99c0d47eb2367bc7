"""The main window: the registered tabs, the menus and toolbar, search, import/export.

The window owns the actions and asks the current tab what they mean through
the :class:`~kbo_desktop.ui.tab_page.TabPage` contract, so a tab never builds
menus. It guards unsaved edits (on closing and on switching tabs), remembers
its geometry and the last tab, and runs bundle imports and exports on a
background task so the window keeps painting.

Start-up is two steps so the window paints at once (issue #8): the shell
(menus, toolbar, tab bar) needs only Qt, and :meth:`MainWindow.attach_database`
later brings in the database, search and exchange. Tabs are built when first
shown; until then a light stand-in holds their place in the tab bar.
``window.pages[key]`` builds a tab on demand, so callers need not care.

A tab may offer printing by defining ``print_document()`` (and optionally
``can_print() -> bool``); File ▸ Print is disabled for tabs without it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain.errors import KboError
from kbo_desktop.ui.search.box import SearchBox
from kbo_desktop.ui.settings import AppSettings
from kbo_desktop.ui.tab_page import TabPage
from kbo_desktop.ui.tab_registry import TabSpec, installed_specs, load_tab_class

if TYPE_CHECKING:  # these pull in SQLAlchemy and the services: imported after the first paint
    from kbo_desktop.services.search import SearchHit
    from kbo_desktop.store.database import Database
    from kbo_desktop.ui.exchange_actions import ExchangeActions
    from kbo_desktop.ui.search.panel import SearchDock

log = logging.getLogger(__name__)

# _qt_namespace_after_paint: the shell paints without touching PySide6's ``Qt``
# namespace. The first use of ``Qt`` creates all 93 of its enums as Python
# enums (3,300 members), 12 ms, a tenth of a bare window's whole start-up
# (issue #8); a shortcut (QKeySequence) or an alignment flag would bring it
# in. So the shell centres by stretches, sets the toolbar's button style
# through its property, and gives actions their keys once the database is
# attached, right after the first paint; later code uses ``QtCore.Qt``.
_TOOL_BUTTON_TEXT_BESIDE_ICON = 2  # Qt::ToolButtonTextBesideIcon


def _fill(menu: QMenu, *actions: QAction | None) -> None:
    """Add actions to a menu, ``None`` meaning a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


class _PendingTab(QWidget):
    """Holds a tab's place in the tab bar until the tab is first shown."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"pending_{spec.key}")
        # Centred by stretches rather than an alignment flag: see _qt_namespace_after_paint.
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(QLabel(self.tr("กำลังเปิด…"), self))
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addLayout(row)
        layout.addStretch()


class TabPages(Mapping[str, TabPage]):
    """``window.pages``: every installed tab by key, in tab order.

    Looking a tab up builds it if it has not been shown yet, so code that asks
    for a tab always gets a real one; :meth:`built` lists only those that exist.
    """

    def __init__(self, window: MainWindow):
        self._window = window

    def __getitem__(self, key: str) -> TabPage:
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window.tab_keys())

    def __len__(self) -> int:
        return len(self._window.tab_keys())

    def built(self) -> list[TabPage]:
        return self._window.built_pages()


class MainWindow(QMainWindow):
    """KBO Desktop's one window.

    Args:
        db: the open database every tab works on; ``None`` paints the shell
            now and waits for :meth:`attach_database` (how the program starts).
        settings: where geometry, the last tab and preferences live; tests
            pass their own.

    Signals:
        databaseAttached(): the database is in and the current tab is built.
    """

    databaseAttached = Signal()

    def __init__(
        self,
        db: Database | None = None,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db: Database | None = None
        self.settings = settings or AppSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("KBO Desktop"))
        self.tabs = QTabWidget(self, objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.setCentralWidget(self.tabs)
        self._specs = {spec.key: spec for spec in installed_specs()}
        self._built: dict[str, TabPage] = {}
        self.pages = TabPages(self)
        for spec in self._specs.values():
            self.tabs.addTab(_PendingTab(spec, self), spec.title())
        self._previous_index = -1
        self._switching = False
        self.search_box = SearchBox(self)
        self.search_dock: SearchDock | None = None
        self.exchange: ExchangeActions | None = None
        self._build_actions()
        self._build_menus_and_toolbar()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.search_box.queryChanged.connect(self._on_search_box_query_changed)
        self.search_box.submitted.connect(self._on_search_box_submitted)
        self._restore_state()
        self._previous_index = self.tabs.currentIndex()
        self._update_actions()
        if db is not None:
            self.attach_database(db)

    def attach_database(self, db: Database) -> None:
        """Bring in the database: search, import/export, and the current tab."""
        from kbo_desktop.ui.exchange_actions import ExchangeActions
        from kbo_desktop.ui.search.panel import SearchDock

        self._set_shortcuts()
        self.db = db
        self.setWindowTitle(self.tr("KBO Desktop — %1[*]").replace("%1", db.display_name()))
        # The status bar comes with the data: building one (its size grip) is 5 ms
        # of a start-up that should paint as fast as a bare window (issue #8),
        # and the tab area below the toolbar is replaced at this moment anyway.
        self.db_label = QLabel(self.tr("ฐานข้อมูล: %1").replace("%1", db.display_name()), objectName="dbLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self.search_dock = SearchDock(self)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.view_menu.insertAction(self._view_tabs_anchor, self.search_dock.toggleViewAction())
        self.search_box.moveToResults.connect(self.search_dock.focus_results)
        self.search_dock.hitActivated.connect(self._on_search_dock_hit_activated)
        self.exchange = ExchangeActions(self, db, self.settings)
        self.exchange.dataChanged.connect(self._on_exchange_data_changed)
        self._add_exchange_actions(self.exchange)
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)  # again: the dock did not exist the first time
        self._ensure_built(self.tabs.currentIndex())
        self._update_actions()
        self.databaseAttached.emit()

    # -- tabs, built when first shown --------------------------------------------------
    def tab_keys(self) -> list[str]:
        return list(self._specs)

    def built_pages(self) -> list[TabPage]:
        return [self._built[key] for key in self._specs if key in self._built]

    def page(self, key: str) -> TabPage:
        """The tab for ``key``, built now if it has not been shown yet.

        Raises:
            KeyError: no such tab in this build.
            RuntimeError: no database is attached yet.
        """
        if key not in self._specs:
            raise KeyError(key)
        if key not in self._built:
            self._ensure_built(self.tab_keys().index(key))
        return self._built[key]

    def _ensure_built(self, index: int) -> None:
        pending = self.tabs.widget(index)
        if not isinstance(pending, _PendingTab):
            return
        if self.db is None:
            raise RuntimeError("the tabs need a database; call attach_database first")
        cls = load_tab_class(pending.spec)
        if cls is None:  # the module vanished since start-up: nothing to show
            raise RuntimeError(f"tab {pending.spec.key!r} could not be loaded")
        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            page = cls(self.db, self)
        finally:
            QApplication.restoreOverrideCursor()
        self._built[pending.spec.key] = page
        page.dirtyChanged.connect(self._on_page_dirty_changed)
        page.statusMessage.connect(self._on_page_status_message)
        page.recordRequested.connect(self.show_record)
        current = self.tabs.currentIndex()
        switching, self._switching = self._switching, True  # the swap is not the user's switch
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, page.title())
            self.tabs.setCurrentIndex(current)
        finally:
            self._switching = switching
        pending.deleteLater()

    # -- construction --------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None, name: str = "") -> QAction:  # fmt: skip
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _set_shortcuts(self) -> None:
        """Give the actions their keys (once; they work only with a database anyway)."""
        shortcuts, self._shortcuts = self._shortcuts, []
        for action, shortcut in shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        if shortcuts and not self.quit_action.shortcut().toString():  # Windows has no standard Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        if shortcuts and not self.find_action.shortcut().toString():
            self.find_action.setShortcut(QKeySequence("Ctrl+F"))

    def _build_actions(self) -> None:
        self._shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey | str]] = []
        sp, ks = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("สร้างใหม่"), self._on_new_action_triggered, ks.New, sp.SP_FileIcon, "newAction"
        )
        self.save_action = self._action(
            self.tr("บันทึก"),
            self._on_save_action_triggered,
            ks.Save,
            sp.SP_DialogSaveButton,
            "saveAction",
        )
        # Undo and Redo walk the current tab's steps (TabPage.undo_stack) through one group.
        self.undo_group = QUndoGroup(self)
        self.undo_action = self._action(
            self.tr("เลิกทำ"), self.undo_group.undo, ks.Undo, None, "undoAction"
        )
        self.redo_action = self._action(
            self.tr("ทำซ้ำ"), self.undo_group.redo, ks.Redo, None, "redoAction"
        )
        for action, theme, fallback in (
            (self.undo_action, "edit-undo", sp.SP_ArrowBack),
            (self.redo_action, "edit-redo", sp.SP_ArrowForward),
        ):
            action.setIcon(QIcon.fromTheme(theme, self.style().standardIcon(fallback)))
            action.setIconText(action.text())  # the toolbar keeps the short word
            action.setEnabled(False)
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(self._on_undo_group_undo_text_changed)
        self.undo_group.redoTextChanged.connect(self._on_undo_group_redo_text_changed)
        self.revert_action = self._action(
            self.tr("ย้อนการแก้ไขที่ยังไม่บันทึก"),
            self._on_revert_action_triggered,
            None,  # not Ctrl+Z any more: that undoes one step
            sp.SP_DialogResetButton,
            "revertAction",
        )
        self.delete_action = self._action(
            self.tr("ลบ"),
            self._on_delete_action_triggered,
            ks.Delete,
            sp.SP_TrashIcon,
            "deleteAction",
        )
        self.find_action = self._action(
            self.tr("ค้นหา"), self._on_find_action_triggered, ks.Find, None, "findAction"
        )
        self.print_action = self._action(
            self.tr("พิมพ์…"), self._on_print_action_triggered, ks.Print, None, "printAction"
        )
        self.quit_action = self._action(
            self.tr("ออกจากโปรแกรม"), self.close, ks.Quit, None, "quitAction"
        )
        self.preferences_action = self._action(
            self.tr("ตั้งค่า…"),
            self._on_preferences_action_triggered,
            ks.Preferences,
            None,
            "preferencesAction",
        )
        self.about_action = self._action(
            self.tr("เกี่ยวกับ KBO Desktop"),
            self._on_about_action_triggered,
            None,
            None,
            "aboutAction",
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("แฟ้ม"))
        _fill(self.file_menu, self.new_action, self.save_action, None)
        # Import, export and backups join here once the database is attached.
        self._exchange_anchor = self.file_menu.addSeparator()
        _fill(self.file_menu, self.print_action, None, self.quit_action)
        edit_menu = bar.addMenu(self.tr("แก้ไข"))
        _fill(edit_menu, self.undo_action, self.redo_action, None, self.revert_action,
              self.delete_action, None, self.find_action)  # fmt: skip
        self.toolbar = QToolBar(self.tr("แถบเครื่องมือ"), self, objectName="mainToolbar")
        self.toolbar.setProperty("toolButtonStyle", _TOOL_BUTTON_TEXT_BESIDE_ICON)
        for action in (self.new_action, self.save_action, self.undo_action, self.redo_action,
                       self.revert_action, self.delete_action):  # fmt: skip
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)
        self.view_menu = bar.addMenu(self.tr("มุมมอง"))
        self.view_menu.addAction(self.toolbar.toggleViewAction())
        # The search results' toggle joins here once the database is attached.
        self._view_tabs_anchor = self.view_menu.addSeparator()
        for index, spec in enumerate(self._specs.values()):
            go = QAction(spec.title(), self)
            if index < 9:
                self._shortcuts.append((go, f"Alt+{index + 1}"))
            go.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(go)
        settings_menu = bar.addMenu(self.tr("ตั้งค่า"))
        settings_menu.addAction(self.preferences_action)
        help_menu = bar.addMenu(self.tr("ช่วยเหลือ"))
        help_menu.addAction(self.about_action)

    def _add_exchange_actions(self, exchange: ExchangeActions) -> None:
        """File ▸ import, export, spreadsheets, reviews and backups, which need the database."""
        exchange.populate_menu(self.file_menu, before=self._exchange_anchor)
        self.import_action = exchange.import_action
        self.export_action = exchange.export_action
        self.backup_action = exchange.backup_action

    # -- state -----------------------------------------------------------------
    def current_page(self) -> TabPage | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, TabPage) else None

    def _restore_state(self) -> None:
        if (geometry := self.settings.window_geometry) is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)
        if self.settings.current_tab in self._specs:
            self.tabs.setCurrentIndex(self.tab_keys().index(self.settings.current_tab))

    def _save_state(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        index = self.tabs.currentIndex()
        self.settings.current_tab = self.tab_keys()[index] if index >= 0 else ""
        self.settings.sync()

    def _update_actions(self) -> None:
        page = self.current_page()
        dirty = bool(page and page.has_unsaved_changes())
        for action in (self.new_action, self.delete_action):
            action.setEnabled(page is not None)
        self.save_action.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)
        stack = page.undo_stack() if page is not None else None
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]  # None: no stack
        can_print = getattr(page, "can_print", lambda: hasattr(page, "print_document"))
        self.print_action.setEnabled(
            page is not None and hasattr(page, "print_document") and bool(can_print())
        )
        self.setWindowModified(any(p.has_unsaved_changes() for p in self.built_pages()))

    # -- unsaved edits ---------------------------------------------------------------
    def confirm_leave(self, page: TabPage) -> bool:
        """Ask Save / Discard / Cancel for a tab with unsaved edits; False means stay."""
        if not page.has_unsaved_changes():
            return True
        from PySide6.QtWidgets import QMessageBox

        from kbo_desktop.ui.widgets.dialogs import ask_save_discard_cancel

        buttons = QMessageBox.StandardButton
        answer = ask_save_discard_cancel(self, page.title())
        if answer == buttons.Save:
            return self._run_guarded(page.save)
        if answer == buttons.Discard:
            page.revert()
            return True
        return False

    def _run_guarded(self, operation: object) -> bool:
        """Run a tab operation, showing a user error in Thai instead of crashing."""
        try:
            return bool(operation())  # type: ignore[operator]
        except KboError as exc:
            self.show_error(exc)
            return False

    def show_error(self, exc: KboError) -> None:
        language = self.settings.language
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("ทำรายการไม่สำเร็จ"), exc.message(language))

    # -- slots -------------------------------------------------------------------
    def _on_tabs_current_changed(self, index: int) -> None:
        if self._switching:
            return
        previous = self.tabs.widget(self._previous_index) if self._previous_index >= 0 else None
        if (
            isinstance(previous, TabPage)
            and previous is not self.tabs.widget(index)
            and not self.confirm_leave(previous)
        ):
            self._switching = True
            self.tabs.setCurrentIndex(self._previous_index)
            self._switching = False
            return
        self._previous_index = index
        if self.db is not None:
            self._ensure_built(index)
        self._update_actions()

    def _on_page_dirty_changed(self, _dirty: bool) -> None:
        self._update_actions()

    def _on_page_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def _on_new_action_triggered(self) -> None:
        if page := self.current_page():
            self._run_guarded(lambda: page.new_record() or True)

    def _on_save_action_triggered(self) -> None:
        if page := self.current_page():
            self._run_guarded(page.save)
            self._update_actions()

    def _on_revert_action_triggered(self) -> None:
        if page := self.current_page():
            page.revert()
            self._update_actions()

    def _on_undo_group_undo_text_changed(self, text: str) -> None:
        full = self.tr("เลิกทำ %1").replace("%1", text) if text else self.tr("เลิกทำ")
        self.undo_action.setText(full)
        self.undo_action.setIconText(self.tr("เลิกทำ"))
        self.undo_action.setToolTip(full)

    def _on_undo_group_redo_text_changed(self, text: str) -> None:
        full = self.tr("ทำซ้ำ %1").replace("%1", text) if text else self.tr("ทำซ้ำ")
        self.redo_action.setText(full)
        self.redo_action.setIconText(self.tr("ทำซ้ำ"))
        self.redo_action.setToolTip(full)

    def _on_delete_action_triggered(self) -> None:
        if page := self.current_page():
            self._run_guarded(lambda: page.delete_selected() or True)

    def _on_print_action_triggered(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "print_document"):
            self._run_guarded(lambda: page.print_document() or True)

    def _on_find_action_triggered(self) -> None:
        self.search_box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search_box_query_changed(self, text: str) -> None:
        if self.db is None or self.search_dock is None:
            return
        from kbo_desktop.services.search import search

        if not text.strip():
            self.search_dock.show_hits([])
            return
        hits = search(self.db, text)
        self.search_dock.show_hits(hits)
        self.search_dock.show()
        if not hits:
            self.statusBar().showMessage(self.tr('ไม่พบ "%1"').replace("%1", text.strip()), 5000)

    def _on_search_box_submitted(self) -> None:
        if self.search_dock is not None:
            self.search_dock.activate_first()

    def _on_search_dock_hit_activated(self, hit: SearchHit) -> None:
        self.show_record(hit.collection, hit.record_id)

    def show_record(self, collection: str, record_id: str) -> bool:
        """Switch to the first tab that can show the record (current tab first)."""
        current = self.current_page()
        if current is not None and not self.confirm_leave(current):
            return False
        if self.db is None:
            return False
        # The current tab first, then the other built ones, then the rest (built on demand).
        keys = self.tab_keys()
        keys.sort(key=lambda k: (self._built.get(k) is not current, k not in self._built))
        for key in keys:
            page = self.page(key)
            if page.show_record(collection, record_id):
                self.tabs.setCurrentWidget(page)
                return True
        self.statusBar().showMessage(self.tr("ยังไม่มีหน้าที่แสดงรายการประเภทนี้"), 5000)
        return False

    def _on_exchange_data_changed(self) -> None:
        for page in self.built_pages():  # the others read the data when first shown
            page.refresh()
        if self.search_box.text():
            self.search_box.flush()

    def _on_preferences_action_triggered(self) -> None:
        from kbo_desktop.ui.widgets.dialogs import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            from kbo_desktop.ui.app import apply_font_size

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_font_size(app, self.settings.font_size)

    def _on_about_action_triggered(self) -> None:
        from kbo_desktop.ui.widgets.dialogs import show_about

        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for page in self.built_pages():
            if not self.confirm_leave(page):
                event.ignore()
                return
        self._save_state()
        event.accept()
