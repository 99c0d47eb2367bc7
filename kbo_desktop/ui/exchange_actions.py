"""File ▸ Import, Export and Backup for the main window.

Imports can merge thousands of records, so they run on a
:class:`~kbo_desktop.ui.widgets.background.BackgroundTask` behind a progress
dialog. Cancel takes effect at the next chunk the service reports: the
exception it raises inside the import's transaction rolls the whole import
back, so a cancelled import changes nothing (photo files already written are
content-addressed and harmless). Exports and backups use the same path.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services import exchange
from kbo_desktop.services.backup import backup_database
from kbo_desktop.store.database import Database
from kbo_desktop.ui.settings import AppSettings
from kbo_desktop.ui.widgets.background import BackgroundTask, Work

log = logging.getLogger(__name__)


class ExchangeActions(QObject):
    """Runs imports, exports and backups for a window and reports the outcome.

    Signals:
        dataChanged(): an import finished and the tabs should reload.
        finished(): the running task ended (any outcome); tests wait on it.
    """

    dataChanged = Signal()
    finished = Signal()

    def __init__(self, window: QWidget, db: Database, settings: AppSettings):
        super().__init__(window)
        self._window = window
        self._db = db
        self._settings = settings
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None

    # -- entry points (menu actions) ------------------------------------------------
    def import_bundle(self, path: Path | None = None) -> None:
        """Ask for a ``.kbo`` file (unless given) and merge it in the background."""
        if path is None or not isinstance(path, Path):
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("นำเข้าไฟล์ .kbo"),
                self._settings.last_folder,
                self.tr("ไฟล์ KBO (*.kbo)"),
            )
            if not name:
                return
            path = Path(name)
        self._settings.last_folder = str(path.parent)
        db = self._db
        self._start(lambda progress: exchange.import_bundle(db, path, progress=progress),
                    self.tr("กำลังนำเข้า %1…").replace("%1", path.name), self._on_import_succeeded)  # fmt: skip

    def export_bundle(self, path: Path | None = None) -> None:
        """Ask where to write a ``.kbo`` bundle (unless given) and write it."""
        if path is None or not isinstance(path, Path):
            name, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("ส่งออกไฟล์ .kbo"),
                self._settings.last_folder,
                self.tr("ไฟล์ KBO (*.kbo)"),
            )
            if not name:
                return
            path = Path(name) if name.endswith(".kbo") else Path(name + ".kbo")
        self._settings.last_folder = str(path.parent)
        db = self._db
        self._start(lambda _progress: exchange.export_bundle(db, path),
                    self.tr("กำลังส่งออก %1…").replace("%1", path.name), self._on_export_succeeded)  # fmt: skip

    def backup(self, path: Path | None = None) -> None:
        """Copy the database to a file the user picks (or given)."""
        if path is None or not isinstance(path, Path):
            name, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("สำรองฐานข้อมูล"),
                self._settings.last_folder,
                self.tr("ฐานข้อมูล (*.db)"),
            )
            if not name:
                return
            path = Path(name)
        db = self._db
        self._start(lambda _progress: backup_database(db, reason="manual", target=path),
                    self.tr("กำลังสำรองข้อมูล…"), self._on_backup_succeeded)  # fmt: skip

    def is_running(self) -> bool:
        return self.task is not None

    # -- running ------------------------------------------------------------------
    def _start(self, work: Work, label: str, on_success: Any) -> None:
        if self.task is not None:
            return
        self.progress = QProgressDialog(label, self.tr("ยกเลิก"), 0, 0, self._window)
        self.progress.setObjectName("exchangeProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.succeeded.connect(on_success)
        self.task.failed.connect(self._on_task_failed)
        self.task.cancelled.connect(self._on_task_cancelled)
        self.task.finished.connect(self._on_task_finished)
        self.progress.canceled.connect(self.task.cancel)
        self.task.start()

    def _on_task_progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _on_task_finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
        self.finished.emit()

    def _on_task_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KboError):
            raise exc  # a bug: let the crash handler report it
        language = self._settings.language
        QMessageBox.warning(self._window, self.tr("ทำรายการไม่สำเร็จ"), exc.message(language))

    def _on_task_cancelled(self) -> None:
        QMessageBox.information(
            self._window, self.tr("ยกเลิกแล้ว"), self.tr("ยกเลิกแล้ว ข้อมูลไม่มีการเปลี่ยนแปลง")
        )

    def _on_import_succeeded(self, summary: exchange.ImportSummary) -> None:
        self.dataChanged.emit()
        lines = []
        for collection, c in summary.counts.items():
            if c.added or c.updated or c.deleted:
                lines.append(self.tr("%1: เพิ่ม %2 ปรับปรุง %3 ลบ %4").replace("%1", collection)
                             .replace("%2", str(c.added)).replace("%3", str(c.updated)).replace("%4", str(c.deleted)))  # fmt: skip
        lines.append(self.tr("ภาพถ่ายที่บันทึก: %1").replace("%1", str(summary.photos_written)))
        if not lines[:-1]:
            lines.insert(0, self.tr("ไม่มีรายการใหม่หรือที่เปลี่ยนแปลง"))
        QMessageBox.information(self._window, self.tr("นำเข้าเรียบร้อย"),
                                self.tr("นำเข้า %1 แล้ว").replace("%1", summary.file.name) + "\n\n" + "\n".join(lines))  # fmt: skip

    def _on_export_succeeded(self, summary: exchange.ExportSummary) -> None:
        total = sum(summary.counts.values())
        QMessageBox.information(self._window, self.tr("ส่งออกเรียบร้อย"),
                                self.tr("เขียน %1 รายการ และภาพถ่าย %2 ภาพ ลงใน %3").replace("%1", str(total))
                                .replace("%2", str(summary.photos)).replace("%3", str(summary.file)))  # fmt: skip

    def _on_backup_succeeded(self, target: Path) -> None:
        QMessageBox.information(self._window, self.tr("สำรองข้อมูลเรียบร้อย"),
                                self.tr("สำรองฐานข้อมูลไว้ที่ %1").replace("%1", str(target)))  # fmt: skip
