"""Photos of one producer or product as a strip of thumbnails.

Photos are stored the moment they are added (and removed the moment they are
removed, with undo): a photo is a file, not a field edit, and an officer who
took it in the village should not lose it because they forgot to press Save.
Files go through :func:`~kbo_desktop.services.producer_list.add_photos`, which
scales large ones down and stores each once by content hash.
"""

from __future__ import annotations

from collections.abc import Sequence
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
from PySide6.QtWidgets import QFileDialog, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import PhotoOwnerKind
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services.photos import photo_path
from kbo_desktop.services.producer_list import add_photos
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.producers.common import message_of
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
THUMB = QSize(112, 84)
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1


class PhotoListModel(QAbstractListModel):
    """Photos with their thumbnails (read once, scaled while decoding, cached by hash)."""

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
        if not photos:
            return
        first = len(self._photos)
        self.beginInsertRows(QModelIndex(), first, first + len(photos) - 1)
        self._photos.extend(photos)
        self.endInsertRows()

    def remove_photo(self, photo_id: str) -> None:
        row = next((i for i, p in enumerate(self._photos) if p.id == photo_id), -1)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._photos[row]
            self.endRemoveRows()

    def photos(self) -> list[r.Photo]:
        return list(self._photos)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrappable(photo.caption)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            taken = format_thai_date(photo.taken_on)
            return f"{photo.caption}\n{taken}".strip() or photo.file_name
        if role == PHOTO_ROLE:
            return photo
        return None

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


class PhotoStrip(QWidget):
    """Thumbnails of one owner's photos with Add and Remove buttons.

    Signals:
        deleted(str, list): a photo was removed; the text describes it and the
            list is what :meth:`RecordService.restore` needs to undo it.
        statusMessage(str): what happened, for the status bar.
    """

    deleted = Signal(str, list)
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._owner: tuple[PhotoOwnerKind, str] | None = None
        self.ui = load_form("photo_strip.ui", self)
        self.model = PhotoListModel(db, self)
        self.ui.photoView.setModel(self.model)
        self.ui.photoView.setIconSize(THUMB)
        self.ui.photoView.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 44))
        self.ui.addPhotoButton.clicked.connect(self._on_add_photo_button_clicked)
        self.ui.removePhotoButton.clicked.connect(self._on_remove_photo_button_clicked)
        self.ui.photoView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_owner(None, None, [])

    def set_owner(
        self, kind: PhotoOwnerKind | None, owner_id: str | None, photos: Sequence[r.Photo]
    ) -> None:
        """Show the photos of a stored owner; ``owner_id=None`` means not saved yet."""
        self._owner = (kind, owner_id) if kind is not None and owner_id else None
        self.model.set_photos(photos if self._owner else [])
        self.ui.hintLabel.setText(
            "" if self._owner else wrappable(self.tr("บันทึกข้อมูลก่อน จึงจะเพิ่มภาพได้"))
        )
        self._update_buttons()

    def add_files(self, paths: Sequence[Path]) -> None:
        """Store image files as photos of the current owner and show them."""
        if self._owner is None or not paths:
            return
        kind, owner_id = self._owner
        result = add_photos(self._db, kind, owner_id, [Path(p) for p in paths])
        self.model.append(result.added)
        parts = [self.tr("เพิ่มภาพ %n ภาพ", "", len(result.added))]
        if result.duplicates:
            parts.append(self.tr("ข้ามภาพที่มีอยู่แล้ว %n ภาพ", "", len(result.duplicates)))
        for path, error in result.failed:
            parts.append(f"{path.name}: {message_of(error)}")
        self.statusMessage.emit(" · ".join(parts))

    def _on_add_photo_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("เลือกภาพถ่าย"),
            "",
            self.tr("ภาพถ่าย (*.jpg *.jpeg *.png *.webp);;ทุกไฟล์ (*)"),
        )
        self.add_files([Path(n) for n in names])

    def _on_remove_photo_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.ui.photoView.selectionModel().selectedIndexes()})
        photos = [self.model.data(self.model.index(row), PHOTO_ROLE) for row in rows]
        service = RecordService(self._db)
        for photo in photos:
            undo = service.delete(r.Photo, photo.id)
            self.model.remove_photo(photo.id)
            self.deleted.emit(self.tr("ลบภาพ “%1” แล้ว").replace("%1", photo.short_name()), undo)

    def _update_buttons(self, *_args: object) -> None:
        self.ui.addPhotoButton.setEnabled(self._owner is not None)
        selected = self.ui.photoView.selectionModel().hasSelection()
        self.ui.removePhotoButton.setEnabled(self._owner is not None and selected)
