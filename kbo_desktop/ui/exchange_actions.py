"""File ▸ moving data: bundles, spreadsheets, Excel lists, backups, conflicts and duplicates.

Each entry opens a dialog from :mod:`kbo_desktop.ui.exchange` that reads and
checks first, writing nothing (the import preview, the spreadsheet dry run,
the checked list of backups); only an accepted dialog writes, through a
:class:`~kbo_desktop.ui.exchange.task_runner.TaskRunner`: in the background,
behind a progress dialog, and for a bundle import cancellable with nothing
changed. The window adds the actions with :meth:`ExchangeActions.populate_menu`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QStyle,
    QWidget,
)

from kbo_desktop.domain.errors import KboError
from kbo_desktop.ui.exchange.labels import kind_label, language
from kbo_desktop.ui.exchange.task_runner import TaskRunner
from kbo_desktop.ui.settings import AppSettings
from kbo_desktop.ui.widgets.background import BackgroundTask

if TYPE_CHECKING:
    from kbo_desktop.services import exchange
    from kbo_desktop.services.spreadsheets import SpreadsheetSummary
    from kbo_desktop.store.database import Database
    from kbo_desktop.ui.exchange.export_options import ExportChoice
    from kbo_desktop.ui.exchange.restore import RestoreDialog

log = logging.getLogger(__name__)

# The services and dialogs behind these actions (openpyxl, jsonschema, …) are
# imported when an action is first used, not while the window opens.


class ExchangeActions(QObject):
    """The menu actions for moving data in and out of a window's database.

    Signals:
        dataChanged(): records changed (an import, a restore, a resolved
            conflict); the tabs should reload.
        finished(): a background write ended (any outcome); tests wait on it.
    """

    dataChanged = Signal()
    finished = Signal()

    def __init__(self, window: QWidget, db: Database, settings: AppSettings):
        super().__init__(window)
        self._window = window
        self._db = db
        self._settings = settings
        self.runner = TaskRunner(window)
        self.dialog: QDialog | None = None  # the exchange dialog open now, if any
        self._build_actions()
        self.runner.finished.connect(self.finished)
        self.runner.busyChanged.connect(self._on_runner_busy_changed)

    # -- menu ---------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        name: str,
        shortcut: str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self._window.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.import_action = self._action(
            self.tr("นำเข้าไฟล์ .kbo…"), self.import_bundle, "importAction", "Ctrl+I", sp.SP_ArrowDown
        )
        self.export_action = self._action(
            self.tr("ส่งออกไฟล์ .kbo…"), self.export_bundle, "exportAction", "Ctrl+E", sp.SP_ArrowUp
        )
        self.spreadsheet_import_action = self._action(
            self.tr("นำเข้าจากตารางคำนวณ…"), self.import_spreadsheet, "spreadsheetImportAction"
        )
        self.template_action = self._action(
            self.tr("บันทึกแม่แบบตารางคำนวณ…"), self.save_template, "templateAction"
        )
        self.list_export_action = self._action(
            self.tr("ส่งออกรายชื่อเป็น Excel…"), self.export_list, "listExportAction"
        )
        self.conflicts_action = self._action(
            self.tr("ตรวจข้อมูลขัดแย้ง…"), self.review_conflicts, "conflictsAction"
        )
        self.duplicates_action = self._action(
            self.tr("ตรวจผู้ผลิตที่อาจซ้ำกัน…"), self.review_duplicates, "duplicatesAction"
        )
        self.backup_action = self._action(self.tr("สำรองฐานข้อมูล…"), self.backup, "backupAction")
        self.restore_action = self._action(self.tr("กู้คืนจากสำรอง…"), self.restore, "restoreAction")

    def menu_actions(self) -> list[QAction | None]:
        """Every action in menu order; ``None`` marks a separator."""
        return [
            self.import_action,
            self.export_action,
            None,
            self.spreadsheet_import_action,
            self.template_action,
            self.list_export_action,
            None,
            self.conflicts_action,
            self.duplicates_action,
            None,
            self.backup_action,
            self.restore_action,
        ]

    def populate_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Add every action to ``menu``, at the end or in front of ``before``."""
        for action in self.menu_actions():
            if action is None:
                menu.insertSeparator(before) if before else menu.addSeparator()
            elif before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)

    def is_running(self) -> bool:
        return self.runner.is_running()

    @property
    def task(self) -> BackgroundTask | None:
        """The write running now, if any."""
        return self.runner.task

    @property
    def message(self) -> QMessageBox | None:
        """The last outcome shown, while it is open."""
        return self.runner.message

    def _on_runner_busy_changed(self, busy: bool) -> None:
        for action in self.menu_actions():
            if action is not None:
                action.setEnabled(not busy)

    # -- .kbo bundles ---------------------------------------------------------------
    def import_bundle(self, path: Path | None = None) -> None:
        """Ask for a ``.kbo`` file (unless given) and show what importing it would do."""
        from kbo_desktop.services.exchange_summary import known_offices
        from kbo_desktop.ui.exchange.import_preview import ImportPreviewDialog

        if not isinstance(path, Path):
            path = self._ask_open(self.tr("นำเข้าไฟล์ .kbo"), self.tr("ไฟล์ KBO (*.kbo)"))
            if path is None:
                return
        self._settings.last_folder = str(path.parent)
        dialog = ImportPreviewDialog(
            self._db, path, [o.name for o in known_offices(self._db)], self._window
        )
        dialog.accepted.connect(lambda: self.run_import(path, dialog.office()))
        self._open(dialog)

    def run_import(self, path: Path, office: str = "") -> None:
        """Merge the bundle in the background, with progress and cancel."""
        from kbo_desktop.services import exchange, search

        db = self._db

        def import_and_index(progress: exchange.Progress) -> exchange.ImportSummary:
            summary = exchange.import_bundle(db, path, progress=progress, office=office)
            search.sync_index(db)  # index what came in now, not a slice per keystroke later
            return summary

        self.runner.start(
            import_and_index,
            self.tr("กำลังนำเข้า %1…").replace("%1", path.name),
            self._on_import_succeeded,
            cancellable=True,
        )

    def export_bundle(self, path: Path | None = None) -> None:
        """Choose what to export (everything, an office's changes, a district) and the file."""
        from kbo_desktop.services.exchange_summary import amphoe_choices, known_offices
        from kbo_desktop.ui.exchange.export_options import ExportOptionsDialog

        dialog = ExportOptionsDialog(
            known_offices(self._db),
            amphoe_choices(self._db),
            self._settings.last_folder,
            path if isinstance(path, Path) else None,
            self._window,
        )
        dialog.accepted.connect(lambda: self.run_export(dialog.choice()))
        self._open(dialog)

    def run_export(self, choice: ExportChoice) -> None:
        from kbo_desktop.services import exchange

        self._settings.last_folder = str(choice.path.parent)
        db = self._db
        self.runner.start(
            lambda _progress: exchange.export_bundle(
                db, choice.path, office=choice.office, amphoe=choice.amphoe
            ),
            self.tr("กำลังส่งออก %1…").replace("%1", choice.path.name),
            self._on_export_succeeded,
        )

    # -- spreadsheets -----------------------------------------------------------------
    def import_spreadsheet(self, path: Path | None = None) -> None:
        """Ask for an .xlsx/.csv file (unless given), dry-run it, and import if the user agrees."""
        from kbo_desktop.ui.exchange.spreadsheet_import import SpreadsheetImportDialog

        if not isinstance(path, Path):
            path = self._ask_open(
                self.tr("นำเข้าจากตารางคำนวณ"), self.tr("ตารางคำนวณ (*.xlsx *.csv)")
            )
            if path is None:
                return
        self._settings.last_folder = str(path.parent)
        dialog = SpreadsheetImportDialog(self._db, path, self._window)
        dialog.accepted.connect(lambda: self.run_spreadsheet_import(path))
        self._open(dialog)

    def run_spreadsheet_import(self, path: Path) -> None:
        from kbo_desktop.services.spreadsheets import import_spreadsheet

        db = self._db
        self.runner.start(
            lambda _progress: import_spreadsheet(db, path),
            self.tr("กำลังนำเข้า %1…").replace("%1", path.name),
            self._on_spreadsheet_imported,
        )

    def save_template(self, path: Path | None = None) -> None:
        """Write the producers template the import reads."""
        from kbo_desktop.services.spreadsheet_template import write_template
        from kbo_desktop.ui.exchange.export_options import dated_name

        if not isinstance(path, Path):
            path = self._ask_save(
                self.tr("บันทึกแม่แบบตารางคำนวณ"),
                self.tr("สมุดงาน Excel (*.xlsx)"),
                ".xlsx",
                dated_name(self.tr("แม่แบบผู้ผลิตและผลิตภัณฑ์"), ".xlsx"),
            )
            if path is None:
                return
        self._settings.last_folder = str(path.parent)
        self.runner.start(
            lambda _progress: write_template(path),
            self.tr("กำลังบันทึกแม่แบบ…"),
            lambda target: self.runner.tell(
                self.tr("บันทึกแม่แบบแล้ว"),
                self.tr("บันทึกแม่แบบตารางคำนวณไว้ที่ %1").replace("%1", str(target)),
            ),
        )

    def export_list(self, kind: str | None = None, path: Path | None = None) -> None:
        """Write a producers, plans or visits list to .xlsx; asks which and where unless given."""
        from kbo_desktop.ui.exchange.list_export import ListExportDialog

        if isinstance(kind, str) and isinstance(path, Path):
            self.run_list_export(kind, path)
            return
        dialog = ListExportDialog(
            self._settings.last_folder, kind if isinstance(kind, str) else "producers", self._window
        )
        dialog.accepted.connect(lambda: self.run_list_export(dialog.kind(), dialog.path()))
        self._open(dialog)

    def run_list_export(self, kind: str, path: Path | None) -> None:
        from kbo_desktop.services.spreadsheet_template import export_list

        if path is None:
            return
        self._settings.last_folder = str(path.parent)
        db = self._db
        self.runner.start(
            lambda _progress: export_list(db, kind, path),
            self.tr("กำลังส่งออก %1…").replace("%1", path.name),
            lambda target: self.runner.tell(
                self.tr("ส่งออกเรียบร้อย"), self.tr("บันทึกรายการไว้ที่ %1").replace("%1", str(target))
            ),
        )

    # -- backups --------------------------------------------------------------------
    def backup(self, path: Path | None = None) -> None:
        """Copy the database to a file the user picks (or given)."""
        from kbo_desktop.services.backup import backup_database
        from kbo_desktop.ui.exchange.export_options import dated_name

        if not isinstance(path, Path):
            path = self._ask_save(
                self.tr("สำรองฐานข้อมูล"),
                self.tr("ฐานข้อมูล (*.db)"),
                ".db",
                dated_name(self._db.stem, ".db"),
            )
            if path is None:
                return
        db = self._db
        self.runner.start(
            lambda _progress: backup_database(db, reason="manual", target=path),
            self.tr("กำลังสำรองข้อมูล…"),
            self._on_backup_succeeded,
        )

    def restore(self) -> None:
        """List the backups with what each holds; restore the one the user confirms."""
        from kbo_desktop.ui.exchange.restore import RestoreDialog

        dialog = RestoreDialog(self._db, self._window)
        dialog.accepted.connect(lambda: self._restore_chosen(dialog))
        self._open(dialog)

    def _restore_chosen(self, dialog: RestoreDialog) -> None:
        info = dialog.selected()
        if info is not None:
            self.restore_from(info.path)

    def restore_from(self, path: Path) -> None:
        """Replace the database with a backup (the service sets the current file aside first).

        Runs on the GUI thread on purpose: no task may hold a connection while
        the file is swapped, and a district's database restores in a blink.
        """
        from kbo_desktop.services.backup import restore_backup

        if self.task is not None:
            self.runner.tell(self.tr("ยังกู้คืนไม่ได้"), self.tr("รอให้งานที่กำลังทำอยู่เสร็จก่อน"), warning=True)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            set_aside = restore_backup(self._db, path)
        except KboError as exc:
            self.runner.tell(self.tr("กู้คืนไม่สำเร็จ"), exc.message(language()), warning=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.dataChanged.emit()
        self.runner.tell(
            self.tr("กู้คืนเรียบร้อย"),
            self.tr("กู้คืนข้อมูลจาก %1 แล้ว\n\nข้อมูลก่อนกู้คืนสำรองไว้ที่ %2")
            .replace("%1", path.name)
            .replace("%2", str(set_aside)),
        )

    # -- conflicts and duplicates (dialogs of their own) --------------------------------
    def review_conflicts(self) -> None:
        from kbo_desktop.ui.exchange.conflict_review import ConflictReviewDialog

        self._exec_review(ConflictReviewDialog(self._db, self._window))

    def review_duplicates(self) -> None:
        from kbo_desktop.ui.exchange.duplicate_review import DuplicateReviewDialog

        self._exec_review(DuplicateReviewDialog(self._db, self._window))

    def _exec_review(self, dialog: QDialog) -> None:
        dialog.exec()
        if getattr(dialog, "changed", False):
            self.dataChanged.emit()
        dialog.deleteLater()

    # -- helpers ----------------------------------------------------------------------
    def _ask_open(self, caption: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, caption, self._settings.last_folder, name_filter
        )
        return Path(name) if name else None

    def _ask_save(self, caption: str, name_filter: str, suffix: str, suggested: str) -> Path | None:
        start = str(Path(self._settings.last_folder) / suggested)
        name, _ = QFileDialog.getSaveFileName(self._window, caption, start, name_filter)
        if not name:
            return None
        return Path(name) if name.lower().endswith(suffix) else Path(name + suffix)

    def _open(self, dialog: QDialog) -> None:
        """Show a dialog window-modally without blocking; it deletes itself when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._on_dialog_finished(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- outcomes -------------------------------------------------------------------
    def _on_import_succeeded(self, summary: exchange.ImportSummary) -> None:
        self.dataChanged.emit()
        lines = []
        for collection, c in summary.counts.items():
            if c.added or c.updated or c.deleted:
                lines.append(
                    self.tr("%1: เพิ่ม %2 ปรับปรุง %3 ลบ %4")
                    .replace("%1", kind_label(collection))
                    .replace("%2", str(c.added))
                    .replace("%3", str(c.updated))
                    .replace("%4", str(c.deleted))
                )
        if not lines:
            lines.append(self.tr("ไม่มีรายการใหม่หรือที่เปลี่ยนแปลง"))
        lines.append(self.tr("ภาพถ่ายที่บันทึก: %1").replace("%1", str(summary.photos_written)))
        if summary.conflicts:
            lines.append(
                self.tr("ข้อมูลขัดแย้ง %1 รายการ เก็บไว้ให้ตรวจที่เมนู “ตรวจข้อมูลขัดแย้ง…”").replace(
                    "%1", str(summary.conflicts)
                )
            )
        self.runner.tell(
            self.tr("นำเข้าเรียบร้อย"),
            self.tr("นำเข้า %1 แล้ว").replace("%1", summary.file.name) + "\n\n" + "\n".join(lines),
        )

    def _on_export_succeeded(self, summary: exchange.ExportSummary) -> None:
        total = sum(summary.counts.values())
        self.runner.tell(
            self.tr("ส่งออกเรียบร้อย"),
            self.tr("เขียน %1 รายการ และภาพถ่าย %2 ภาพ ลงใน %3")
            .replace("%1", str(total))
            .replace("%2", str(summary.photos))
            .replace("%3", str(summary.file)),
        )

    def _on_spreadsheet_imported(self, summary: SpreadsheetSummary) -> None:
        self.dataChanged.emit()
        c = summary.counts
        self.runner.tell(
            self.tr("นำเข้าเรียบร้อย"),
            self.tr(
                "นำเข้า %1 แล้ว\n\nผู้ผลิต: เพิ่ม %2 ราย ปรับปรุง %3 ราย\n"
                "ผลิตภัณฑ์: เพิ่ม %4 รายการ ปรับปรุง %5 รายการ"
            )
            .replace("%1", summary.file.name)
            .replace("%2", str(c["producers_added"]))
            .replace("%3", str(c["producers_updated"]))
            .replace("%4", str(c["products_added"]))
            .replace("%5", str(c["products_updated"])),
        )

    def _on_backup_succeeded(self, target: Path) -> None:
        self.runner.tell(
            self.tr("สำรองข้อมูลเรียบร้อย"), self.tr("สำรองฐานข้อมูลไว้ที่ %1").replace("%1", str(target))
        )
