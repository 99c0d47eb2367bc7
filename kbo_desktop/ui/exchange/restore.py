"""Choosing a backup to restore, with what each one holds and whether it can be used.

Every backup is checked in the background
(:func:`~kbo_desktop.services.exchange_summary.describe_backups`): a damaged
file or one written by a newer program is shown as unusable and cannot be
chosen. Restoring replaces all current data, so the dialog asks once more in
plain words, saying that the current state is backed up first (as
:func:`kbo_desktop.services.backup.restore_backup` does) and can be brought
back the same way. Accepting does not restore: the caller does.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.backup import list_backups
from kbo_desktop.services.exchange_summary import (
    BackupInfo,
    current_counts,
    describe_backup,
    describe_backups,
)
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange.labels import format_size, format_when, language, reason_label
from kbo_desktop.ui.exchange.loading import FAILED, LOADING, READY, start_loading
from kbo_desktop.ui.exchange.table_model import PAYLOAD_ROLE, RowsModel, TableRow, table_view
from kbo_desktop.ui.widgets.thai_wrap import WrapLabel, wrappable


def counts_text(counts: dict[str, int]) -> str:
    names = {
        "producers": QCoreApplication.translate("exchange", "ผู้ผลิต %1"),
        "products": QCoreApplication.translate("exchange", "ผลิตภัณฑ์ %1"),
        "plans": QCoreApplication.translate("exchange", "แผน %1"),
        "visits": QCoreApplication.translate("exchange", "ลงพื้นที่ %1"),
    }
    return " · ".join(names[k].replace("%1", str(v)) for k, v in counts.items() if k in names)


def confirm_restore(parent: QWidget, info: BackupInfo) -> bool:
    """Ask, in plain words, whether to replace the current data with ``info``'s."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("exchange", "ยืนยันการกู้คืน"),
        "",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    when = format_when(info.taken_at)
    box.setText(
        wrappable(
            QCoreApplication.translate("exchange", "กู้คืนข้อมูลจากสำรองเมื่อ %1 ใช่หรือไม่").replace(
                "%1", when
            )
        )
    )
    text = QCoreApplication.translate(
        "exchange",
        "ข้อมูลทั้งหมดในโปรแกรมตอนนี้จะถูกแทนที่ด้วยข้อมูลในสำรองนี้ (%1) "
        "สิ่งที่บันทึกหรือนำเข้าหลังจากเวลานั้นจะหายไปจากฐานข้อมูล\n\n"
        "ก่อนกู้คืน โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ก่อน (ในรายการสำรองชื่อ “ก่อนกู้คืน”) "
        "ถ้าเปลี่ยนใจ กู้คืนจากสำรองนั้นกลับมาได้",
    ).replace("%1", counts_text(info.counts))
    box.setInformativeText(wrappable(text))
    restore = box.addButton(
        QCoreApplication.translate("exchange", "กู้คืน"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("exchange", "ยกเลิก"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is restore


class RestoreDialog(QDialog):
    """The backups of this database (and any file the user adds); ``selected()`` after accept.

    Signals:
        loaded(): the backups have been checked and listed.
    """

    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("กู้คืนจากสำรอง"))
        self._db = db
        self.current_label = WrapLabel(self.tr("กำลังตรวจไฟล์สำรอง…"), self)
        self.current_label.setObjectName("currentLabel")
        self.model = RowsModel(
            [
                self.tr("วันที่และเวลา"),
                self.tr("เหตุที่สำรอง"),
                self.tr("ขนาด"),
                self.tr("สถานะ"),
                self.tr("ข้อมูลในสำรอง"),
            ],
            numeric=(2,),
            parent=self,
        )
        self.view = table_view(self.model, "backupsView", self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = WrapLabel("", self)
        self.details.setObjectName("detailsLabel")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.other_button = QPushButton(self.tr("เลือกไฟล์อื่น…"), self)
        self.other_button.setObjectName("otherFileButton")
        self.restore_button = self.buttons.addButton(
            self.tr("กู้คืน…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addWidget(QLabel(self.tr("ไฟล์สำรอง (ใหม่สุดอยู่บน)"), self))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.other_button.clicked.connect(self._on_other_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(860, 520)
        self.state = LOADING
        self.infos: list[BackupInfo] = []
        self._chosen: BackupInfo | None = None
        start_loading(
            self,
            lambda progress: (current_counts(db), describe_backups(db, list_backups(db), progress)),
            self._on_listed,
            self._on_failed,
        )

    # -- filling in ---------------------------------------------------------------
    def _on_listed(self, result: tuple[dict[str, int], list[BackupInfo]]) -> None:
        counts, infos = result
        self.state = READY
        self.current_label.setText(
            self.tr("ข้อมูลปัจจุบัน: %1").replace("%1", counts_text(counts))
            if counts
            else self.tr("เลือกสำรองที่จะกู้คืน")
        )
        self._set_infos(infos)
        if infos:
            readable = [row for row, info in enumerate(self.infos) if info.readable]
            self.view.selectRow(readable[0] if readable else 0)
        else:
            self.details.setText(
                self.tr("ยังไม่มีสำรองอัตโนมัติ กด “เลือกไฟล์อื่น…” เพื่อกู้คืนจากไฟล์สำรองที่เก็บไว้เอง")
            )
        self.loaded.emit()

    def _on_failed(self, error: KboError) -> None:
        self.state = FAILED if self.state == LOADING else self.state
        self.details.setText(error.message(language()))
        self.loaded.emit()

    def _set_infos(self, infos: Sequence[BackupInfo]) -> None:
        self.infos = list(infos)
        self.model.replace_rows([self._row(info) for info in self.infos])

    def _row(self, info: BackupInfo) -> TableRow:
        status = self.tr("✓ อ่านได้") if info.readable else self.tr("⚠ ใช้ไม่ได้")
        return TableRow(
            (
                format_when(info.taken_at),
                reason_label(info.reason),
                format_size(info.size),
                status,
                counts_text(info.counts),
            ),
            payload=info,
            warning=not info.readable,
        )

    def add_file(self, path: Path) -> None:
        """Check a backup kept elsewhere and add it to the top of the list, selected."""
        start_loading(
            self,
            lambda _progress: describe_backup(self._db, path),
            self._on_file_described,
            self._on_failed,
        )

    def _on_file_described(self, info: BackupInfo) -> None:
        self._set_infos([info, *[i for i in self.infos if i.path != info.path]])
        self.view.selectRow(0)
        self.loaded.emit()

    # -- choosing -----------------------------------------------------------------
    def current(self) -> BackupInfo | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(PAYLOAD_ROLE) if index.isValid() else None

    def select_path(self, path: Path) -> None:
        for row, info in enumerate(self.infos):
            if info.path == Path(path):
                self.view.selectRow(row)

    def selected(self) -> BackupInfo | None:
        """The backup the user confirmed, after the dialog is accepted."""
        return self._chosen

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = current.siblingAtColumn(0).data(PAYLOAD_ROLE) if current.isValid() else None
        self.restore_button.setEnabled(info is not None and info.readable)
        if info is None:
            self.details.setText("")
        elif info.readable:
            self.details.setText(self.tr("ไฟล์: %1").replace("%1", str(info.path)))
        else:
            problem = info.problem.message(language()) if info.problem else ""
            self.details.setText(self.tr("⚠ กู้คืนจากไฟล์นี้ไม่ได้: %1").replace("%1", problem))

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        if self.restore_button.isEnabled():
            self._on_buttons_accepted()

    def _on_other_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("เลือกไฟล์สำรอง"), str(self._db.home), self.tr("ฐานข้อมูล (*.db);;ทุกไฟล์ (*)")
        )
        if name:
            self.add_file(Path(name))

    def _on_buttons_accepted(self) -> None:
        info = self.current()
        if info is None or not info.readable:
            return
        if confirm_restore(self, info):
            self._chosen = info
            self.accept()
