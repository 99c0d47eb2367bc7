"""The visit's photos: the shared strip plus captions, a packet tick and the date taken.

Photos of a visit are saved with the visit (their files are stored by hash
the moment they are added, so a draft refers to them safely). The tick is
kept in the photo record's ``extra["in_packet"]`` so it travels in bundles,
and the committee packet prints the ticked photos. Adding runs off the GUI
thread: camera photos are scaled down first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.services.visit_photos import PhotoBatch, import_photos, in_packet, with_in_packet
from kbo_desktop.store.database import Database
from kbo_desktop.ui.widgets.background import BackgroundTask
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.photo_strip import THUMB, Index, PhotoListModel, PhotoStrip
from kbo_desktop.ui.widgets.thai_wrap import wrappable

__all__ = ["THUMB", "PhotoImporter", "VisitPhotoModel", "VisitPhotoStrip"]


class VisitPhotoModel(PhotoListModel):
    """Photos of the visit being edited; captions edit in place, the check box
    chooses the committee packet, and a photo without a caption shows its date."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def display_text(self, photo: r.Photo) -> str:
        return (
            wrappable(photo.caption)
            or format_be_date(photo.taken_on)
            or self.tr("(ไม่มีคำบรรยาย)")
        )

    def tooltip_lines(self, photo: r.Photo) -> list[str]:
        lines = [line for line in super().tooltip_lines(photo) if line != photo.file_name]
        chosen = in_packet(photo)
        lines.append(self.tr("ใส่ในเอกสารประชุม") if chosen else self.tr("ไม่ใส่ในเอกสารประชุม"))
        return lines

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        photo = self.photo_at(index.row()) if index.isValid() else None
        if photo is not None and role == Qt.ItemDataRole.EditRole:
            return photo.caption
        if photo is not None and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if in_packet(photo) else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        photo = self.photo_at(index.row()) if index.isValid() else None
        if photo is None:
            return False
        if role == Qt.ItemDataRole.EditRole:
            self._photos[index.row()] = replace(photo, caption=str(value).strip())
        elif role == Qt.ItemDataRole.CheckStateRole:
            chosen = Qt.CheckState(value) == Qt.CheckState.Checked
            self._photos[index.row()] = with_in_packet(photo, chosen)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class PhotoImporter(QObject):
    """Adds image files to a :class:`VisitPhotoModel` without freezing the window:
    scaling camera photos down runs on the thread pool.

    Signals:
        statusMessage(str): progress and the outcome, for the status bar.
        busyChanged(bool): an import started (True) or ended (False).
    """

    statusMessage = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, db: Database, model: VisitPhotoModel, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._model = model
        self.task: BackgroundTask | None = None

    def start(self, owner_id: str, paths: Sequence[Path]) -> BackgroundTask:
        have = [p.sha256 for p in self._model.photos()]
        db, files = self._db, list(paths)
        task = BackgroundTask(
            lambda progress: import_photos(db, owner_id, files, have, progress), self
        )
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.finished.connect(self._on_task_finished)
        self.task = task
        self.busyChanged.emit(True)
        task.start()
        return task

    def _on_task_progressed(self, done: int, total: int) -> None:
        text = self.tr("กำลังย่อและเก็บภาพ %1/%2")
        self.statusMessage.emit(text.replace("%1", str(done + 1)).replace("%2", str(total)))

    def _on_task_succeeded(self, batch: PhotoBatch) -> None:
        self._model.append(batch.added)
        parts = [self.tr("เพิ่มภาพ %1 ภาพ").replace("%1", str(len(batch.added)))]
        if batch.duplicates:
            skipped = self.tr("ข้ามภาพที่มีอยู่แล้ว %1 ภาพ")
            parts.append(skipped.replace("%1", str(len(batch.duplicates))))
        parts += [f"{path.name}: {message_of(error)}" for path, error in batch.failed]
        self.statusMessage.emit(" · ".join(parts))

    def _on_task_finished(self) -> None:
        self.busyChanged.emit(False)


class VisitPhotoStrip(PhotoStrip):
    """The visit form's photos: added in the background, removed from the visit
    (the records go when the visit is saved), captions edited with a double
    click or F2, the packet chosen with the check box (or Space).

    Args:
        owner_id: gives the id of the visit being edited when photos are added.
    """

    GRID_PADDING = QSize(44, 56)
    model: VisitPhotoModel

    def __init__(
        self, db: Database, owner_id: Callable[[], str], parent: QWidget | None = None
    ):
        super().__init__(VisitPhotoModel(db), parent)
        self._owner_id = owner_id
        self._busy = False
        self.importer = PhotoImporter(db, self.model, self)
        self.importer.statusMessage.connect(self.statusMessage)
        self.importer.busyChanged.connect(self._on_importer_busy_changed)
        self.ui.photoView.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.update_buttons()

    def can_add(self) -> bool:
        return not self._busy

    def add_files(self, paths: Sequence[Path]) -> BackgroundTask:
        """Scale down and store the files off the GUI thread, then show them."""
        return self.importer.start(self._owner_id(), paths)

    def remove_photos(self, photos: Sequence[r.Photo]) -> None:
        for photo in photos:
            self.model.remove_photo(photo.id)

    def _on_importer_busy_changed(self, busy: bool) -> None:
        self._busy = busy
        self.update_buttons()
