"""The main window: the registered tabs, the menus and toolbar, search, import/export.

The window owns the actions and asks the current tab what they mean through
the :class:`~kbo_desktop.ui.tab_page.TabPage` contract, so a tab never builds
menus. It guards unsaved edits (on closing and on switching tabs), remembers
its geometry and the last tab, and runs bundle imports and exports on a
background task so the window keeps painting.

A tab may offer printing by defining ``print_document()`` (and optionally
``can_print() -> bool``); File ▸ Print is disabled for tabs without it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.search import SearchHit, search
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange_actions import ExchangeActions
from kbo_desktop.ui.search.panel import SearchBox, SearchDock
from kbo_desktop.ui.settings import AppSettings
from kbo_desktop.ui.tab_page import TabPage
from kbo_desktop.ui.tab_registry import available_tabs
from kbo_desktop.ui.widgets.dialogs import PreferencesDialog, ask_save_discard_cancel, show_about

log = logging.getLogger(__name__)


def _fill(menu: QMenu, *actions: QAction | None) -> None:
    """Add actions to a menu, ``None`` meaning a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


class MainWindow(QMainWindow):
    """KBO Desktop's one window.

    Args:
        db: the open database every tab works on.
        settings: where geometry, the last tab and preferences live; tests
            pass their own.
    """

    def __init__(
        self, db: Database, settings: AppSettings | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.settings = settings or AppSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("KBO Desktop — %1[*]").replace("%1", db.display_name()))
        self.tabs = QTabWidget(self, objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.setCentralWidget(self.tabs)
        self.pages: dict[str, TabPage] = {}
        for key, cls in available_tabs():
            page = cls(db, self)
            self.pages[key] = page
            self.tabs.addTab(page, page.title())
            page.dirtyChanged.connect(self._on_page_dirty_changed)
            page.statusMessage.connect(self._on_page_status_message)
            page.recordRequested.connect(self.show_record)
        self._previous_index = -1
        self._switching = False
        self.search_box = SearchBox(self)
        self.search_dock = SearchDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.exchange = ExchangeActions(self, db, self.settings)
        self._build_actions()
        self._build_menus_and_toolbar()
        self.db_label = QLabel(
            self.tr("ฐานข้อมูล: %1").replace("%1", db.display_name()), objectName="dbLabel"
        )
        self.statusBar().addPermanentWidget(self.db_label)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.search_box.queryChanged.connect(self._on_search_box_query_changed)
        self.search_box.submitted.connect(self._on_search_box_submitted)
        self.search_box.moveToResults.connect(self.search_dock.focus_results)
        self.search_dock.hitActivated.connect(self._on_search_dock_hit_activated)
        self.exchange.dataChanged.connect(self._on_exchange_data_changed)
        self._restore_state()
        self._previous_index = self.tabs.currentIndex()
        self._update_actions()

    # -- construction --------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None, name: str = "") -> QAction:  # fmt: skip
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _build_actions(self) -> None:
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
        self.revert_action = self._action(
            self.tr("ย้อนการแก้ไขที่ยังไม่บันทึก"),
            self._on_revert_action_triggered,
            ks.Undo,
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
        self.import_action = self._action(
            self.tr("นำเข้าไฟล์ .kbo…"),
            self.exchange.import_bundle,
            "Ctrl+I",
            sp.SP_ArrowDown,
            "importAction",
        )
        self.export_action = self._action(
            self.tr("ส่งออกไฟล์ .kbo…"),
            self.exchange.export_bundle,
            "Ctrl+E",
            sp.SP_ArrowUp,
            "exportAction",
        )
        self.print_action = self._action(
            self.tr("พิมพ์…"), self._on_print_action_triggered, ks.Print, None, "printAction"
        )
        self.backup_action = self._action(
            self.tr("สำรองฐานข้อมูล…"), self.exchange.backup, None, None, "backupAction"
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
        if not self.quit_action.shortcut().toString():  # Windows has no standard Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        if not self.find_action.shortcut().toString():
            self.find_action.setShortcut(QKeySequence("Ctrl+F"))

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("แฟ้ม"))
        _fill(file_menu, self.new_action, self.save_action, None, self.import_action, self.export_action,
              self.backup_action, None, self.print_action, None, self.quit_action)  # fmt: skip
        edit_menu = bar.addMenu(self.tr("แก้ไข"))
        _fill(edit_menu, self.revert_action, self.delete_action, None, self.find_action)
        self.toolbar = QToolBar(self.tr("แถบเครื่องมือ"), self, objectName="mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.save_action, self.revert_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)
        view_menu = bar.addMenu(self.tr("มุมมอง"))
        view_menu.addAction(self.toolbar.toggleViewAction())
        view_menu.addAction(self.search_dock.toggleViewAction())
        view_menu.addSeparator()
        for index, page in enumerate(self.pages.values()):
            go = QAction(page.title(), self)
            if index < 9:
                go.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            go.triggered.connect(lambda _=False, p=page: self.tabs.setCurrentWidget(p))
            view_menu.addAction(go)
        settings_menu = bar.addMenu(self.tr("ตั้งค่า"))
        settings_menu.addAction(self.preferences_action)
        help_menu = bar.addMenu(self.tr("ช่วยเหลือ"))
        help_menu.addAction(self.about_action)

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
        page = self.pages.get(self.settings.current_tab)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def _save_state(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        page = self.current_page()
        self.settings.current_tab = page.KEY if page else ""
        self.settings.sync()

    def _update_actions(self) -> None:
        page = self.current_page()
        dirty = bool(page and page.has_unsaved_changes())
        for action in (self.new_action, self.delete_action):
            action.setEnabled(page is not None)
        self.save_action.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)
        can_print = getattr(page, "can_print", lambda: hasattr(page, "print_document"))
        self.print_action.setEnabled(
            page is not None and hasattr(page, "print_document") and bool(can_print())
        )
        self.setWindowModified(any(p.has_unsaved_changes() for p in self.pages.values()))

    # -- unsaved edits ---------------------------------------------------------------
    def confirm_leave(self, page: TabPage) -> bool:
        """Ask Save / Discard / Cancel for a tab with unsaved edits; False means stay."""
        if not page.has_unsaved_changes():
            return True
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

    def _on_delete_action_triggered(self) -> None:
        if page := self.current_page():
            self._run_guarded(lambda: page.delete_selected() or True)

    def _on_print_action_triggered(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "print_document"):
            self._run_guarded(lambda: page.print_document() or True)

    def _on_find_action_triggered(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search_box_query_changed(self, text: str) -> None:
        if not text.strip():
            self.search_dock.show_hits([])
            return
        hits = search(self.db, text)
        self.search_dock.show_hits(hits)
        self.search_dock.show()
        if not hits:
            self.statusBar().showMessage(self.tr('ไม่พบ "%1"').replace("%1", text.strip()), 5000)

    def _on_search_box_submitted(self) -> None:
        self.search_dock.activate_first()

    def _on_search_dock_hit_activated(self, hit: SearchHit) -> None:
        self.show_record(hit.collection, hit.record_id)

    def show_record(self, collection: str, record_id: str) -> bool:
        """Switch to the first tab that can show the record (current tab first)."""
        current = self.current_page()
        if current is not None and not self.confirm_leave(current):
            return False
        ordered = ([current] if current else []) + [
            p for p in self.pages.values() if p is not current
        ]
        for page in ordered:
            if page.show_record(collection, record_id):
                self.tabs.setCurrentWidget(page)
                return True
        self.statusBar().showMessage(self.tr("ยังไม่มีหน้าที่แสดงรายการประเภทนี้"), 5000)
        return False

    def _on_exchange_data_changed(self) -> None:
        for page in self.pages.values():
            page.refresh()
        if self.search_box.text():
            self.search_box.flush()

    def _on_preferences_action_triggered(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            from kbo_desktop.ui.app import apply_font_size

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_font_size(app, self.settings.font_size)

    def _on_about_action_triggered(self) -> None:
        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for page in self.pages.values():
            if not self.confirm_leave(page):
                event.ignore()
                return
        self._save_state()
        event.accept()
