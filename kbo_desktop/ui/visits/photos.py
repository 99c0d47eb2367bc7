"""The visit's photos: thumbnails with editable captions and a "goes in the packet" tick.

Photos of a visit are saved with the visit (their files are stored by hash
the moment they are added, so a draft refers to them safely). The tick is
kept in the photo record's ``extra["in_packet"]`` so it travels in bundles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from kbo_desktop.domain import records as r
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services.photos import photo_path
from kbo_desktop.services.visit_photos import PhotoBatch, import_photos, in_packet, with_in_packet
from kbo_desktop.store.database import Database
from kbo_desktop.ui.widgets.background import BackgroundTask
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
THUMB = QSize(112, 84)
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1


class VisitPhotoModel(QAbstractListModel):
    """Photos of the visit being edited; captions edit in place, the check box
    chooses the committee packet."""

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._photos: list[r.Photo] = []
        self._icons: dict[str, QIcon] = {}

    def set_photos(self, photos: Sequence[r.Photo]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self.endResetModel()

    def append(self, photos: Sequence[r.Photo]) -> None:
        if photos:
            first = len(self._photos)
            self.beginInsertRows(QModelIndex(), first, first + len(photos) - 1)
            self._photos.extend(photos)
            self.endInsertRows()

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._photos):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._photos[row]
                self.endRemoveRows()

    def photos(self) -> list[r.Photo]:
        return list(self._photos)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._photos)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                wrappable(photo.caption)
                or format_thai_date(photo.taken_on)
                or self.tr("(ไม่มีคำบรรยาย)")
            )
        if role == Qt.ItemDataRole.EditRole:
            return photo.caption
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if in_packet(photo) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            taken = format_thai_date(photo.taken_on)
            packet = (
                self.tr("ใส่ในเอกสารประชุม") if in_packet(photo) else self.tr("ไม่ใส่ในเอกสารประชุม")
            )
            return "\n".join(
                t
                for t in (
                    photo.caption,
                    self.tr("ถ่ายเมื่อ %1").replace("%1", taken) if taken else "",
                    packet,
                )
                if t
            )
        if role == PHOTO_ROLE:
            return photo
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return False
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            self._photos[index.row()] = replace(photo, caption=str(value).strip())
        elif role == Qt.ItemDataRole.CheckStateRole:
            self._photos[index.row()] = with_in_packet(
                photo, Qt.CheckState(value) == Qt.CheckState.Checked
            )
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def _icon(self, photo: r.Photo) -> QIcon:
        icon = self._icons.get(photo.sha256)
        if icon is None:
            reader = QImageReader(str(photo_path(self._db, photo)))
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            icon = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            self._icons[photo.sha256] = icon
        return icon


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
        parts += [f"{path.name}: {error.message_th}" for path, error in batch.failed]
        self.statusMessage.emit(" · ".join(parts))

    def _on_task_finished(self) -> None:
        self.busyChanged.emit(False)
