"""The packet page: generate the meeting packet, watch it build, preview, save, print.

Generation runs on a :class:`~kbo_desktop.ui.meetings.packet_worker.PacketJob`
so the window keeps painting; the progress bar and the Cancel button show
while it runs. A cancelled run is reported in the status line, not as an
error. The finished PDF is shown at once in the Qt PDF viewer, and from there
saved (atomically) or printed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.meetings.packet_worker import (
    BuildFunction,
    PacketJob,
    PacketWorker,
    make_options,
)
from kbo_desktop.ui.meetings.pdf_preview import (
    PdfPreview,
    render_pdf_to_printer,
    write_pdf_atomically,
)

log = logging.getLogger(__name__)


class PacketPanel(QWidget):
    """Generate, preview, save and print the packet of one meeting.

    Signals:
        generateRequested(): the user asked for a packet; the tab makes sure
            the meeting is saved and calls :meth:`start`.
        statusMessage(str): a short message for the status bar.
        packetReady(int): a run ended with a packet of this many pages shown
            (emitted once the worker thread has stopped, buttons ready).
    """

    generateRequested = Signal()
    statusMessage = Signal(str)
    packetReady = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, build: BuildFunction | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.ui = load_form("meeting_packet.ui", self, custom_widgets=[PdfPreview])
        self.preview: PdfPreview = self.ui.pdfView
        self._build = build
        self._job: PacketJob | None = None
        self._meeting_id = ""
        self._file_stem = "packet"
        self._fresh_packet = False
        self.ui.generateButton.clicked.connect(self._on_generate_button_clicked)
        self.ui.cancelButton.clicked.connect(self._on_cancel_button_clicked)
        self.ui.savePdfButton.clicked.connect(self._on_save_pdf_button_clicked)
        self.ui.printButton.clicked.connect(self._on_print_button_clicked)
        self.preview.pageNavigator().currentPageChanged.connect(self._on_preview_page_changed)
        app = QCoreApplication.instance()
        if app is not None:  # a window closing does not close its tabs: stop the thread on quit
            app.aboutToQuit.connect(self.shutdown)
        self._set_running(False)

    # -- the meeting shown --------------------------------------------------------
    def set_meeting(self, meeting_id: str, file_stem: str) -> None:
        """Work on another meeting (its packet preview, if any, is cleared)."""
        if meeting_id == self._meeting_id:
            return
        self.cancel()
        self._meeting_id = meeting_id
        self._file_stem = file_stem or "packet"
        self.preview.clear()
        self.ui.statusLabel.setText("")
        self._set_running(False)

    def is_running(self) -> bool:
        return self._job is not None

    def has_packet(self) -> bool:
        return bool(self.preview.pdf_bytes())

    # -- generating ----------------------------------------------------------------
    def start(self, meeting_id: str) -> None:
        """Build the packet of ``meeting_id`` (already saved) in the background."""
        if self._job is not None:
            return
        self._meeting_id = meeting_id
        options = make_options(self.ui.personalDataCheck.isChecked())
        worker = PacketWorker(self.db, meeting_id, options, self._build)
        job = PacketJob(worker, self)
        job.progress.connect(self._on_job_progress)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        job.cancelled.connect(self._on_job_cancelled)
        job.done.connect(self._on_job_done)
        self._job = job
        self._fresh_packet = False
        self.ui.progressBar.setRange(0, 0)  # busy until the first report
        self._set_running(True)
        self._say(self.tr("กำลังสร้างเอกสารประกอบการประชุม…"))
        job.start()

    def cancel(self) -> None:
        """Ask a running build to stop (it reports back as cancelled)."""
        if self._job is not None:
            self._job.cancel()
            self.ui.cancelButton.setEnabled(False)
            self._say(self.tr("กำลังยกเลิก…"))

    def shutdown(self) -> None:
        """Stop a running build and wait for its thread (before the tab goes away)."""
        if self._job is not None:
            self._job.stop()
            self._job = None

    def _on_generate_button_clicked(self) -> None:
        self.generateRequested.emit()

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_job_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(min(done, max(total, 1)))

    def _on_job_finished(self, data: bytes) -> None:
        if not self.preview.set_pdf(data):
            self._say(self.tr("เปิดเอกสารที่สร้างไม่ได้"))
            return
        self._fresh_packet = True
        pages = self.preview.page_count()
        self._say(self.tr("สร้างเอกสารประกอบการประชุมแล้ว %1 หน้า").replace("%1", str(pages)))

    def _on_job_failed(self, message: str) -> None:
        self._say(self.tr("สร้างเอกสารไม่สำเร็จ"))
        QMessageBox.warning(self, self.tr("สร้างเอกสารไม่สำเร็จ"), message)

    def _on_job_cancelled(self) -> None:
        self._say(self.tr("ยกเลิกการสร้างเอกสารแล้ว"))

    def _on_job_done(self) -> None:
        self._job = None
        self._set_running(False)
        if self._fresh_packet and self.has_packet():
            self._fresh_packet = False
            self.packetReady.emit(self.preview.page_count())

    # -- saving and printing ---------------------------------------------------------
    def _on_save_pdf_button_clicked(self) -> None:
        data = self.preview.pdf_bytes()
        if not data:
            return
        start = str(Path.home() / f"{self._file_stem}.pdf")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("บันทึกเอกสารประกอบการประชุม"), start, self.tr("เอกสาร PDF (*.pdf)")
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        try:
            write_pdf_atomically(path, data)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = self.tr("บันทึกแฟ้ม %1 ไม่ได้: %2").replace("%1", str(path)).replace("%2", reason)
            QMessageBox.warning(self, self.tr("บันทึกไม่สำเร็จ"), message)
            return
        self._say(self.tr("บันทึกเอกสารที่ %1 แล้ว").replace("%1", str(path)))

    def _on_print_button_clicked(self) -> None:
        self.print_packet()

    def print_packet(self) -> bool:
        """Ask for a printer and print the packet shown; False if nothing was printed."""
        if not self.has_packet():
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("พิมพ์เอกสารประกอบการประชุม"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = render_pdf_to_printer(self.preview.pdf_document(), printer)
        except OSError:
            QMessageBox.warning(self, self.tr("พิมพ์ไม่สำเร็จ"), self.tr("เครื่องพิมพ์ไม่พร้อมใช้งาน"))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say(self.tr("ส่งเอกสาร %1 หน้าไปยังเครื่องพิมพ์แล้ว").replace("%1", str(pages)))
        return True

    # -- state ---------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        has_packet = self.has_packet()
        self.ui.progressBar.setVisible(running)
        self.ui.cancelButton.setVisible(running)
        self.ui.cancelButton.setEnabled(running)
        self.ui.generateButton.setEnabled(not running)
        self.ui.personalDataCheck.setEnabled(not running)
        self.ui.savePdfButton.setEnabled(not running and has_packet)
        self.ui.printButton.setEnabled(not running and has_packet)
        self._on_preview_page_changed(self.preview.pageNavigator().currentPage())

    def _on_preview_page_changed(self, page: int) -> None:
        pages = self.preview.page_count()
        text = self.tr("หน้า %1 จาก %2").replace("%1", str(page + 1)).replace("%2", str(pages))
        self.ui.pageCountLabel.setText(text if pages else "")

    def _say(self, message: str) -> None:
        self.ui.statusLabel.setText(message)
        self.statusMessage.emit(message)
