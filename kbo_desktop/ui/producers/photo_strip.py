"""Photos of one producer or product, stored the moment they are added.

Photos are stored when added (and removed when removed, with undo): a photo
is a file, not a field edit, and an officer who took it in the village should
not lose it because they forgot to press Save. Files go through
:func:`~kbo_desktop.services.producer_list.add_photos`, which scales large
ones down and stores each once by content hash. The thumbnails, buttons and
keys are the shared :class:`~kbo_desktop.ui.widgets.photo_strip.PhotoStrip`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import PhotoOwnerKind
from kbo_desktop.services.producer_list import add_photos
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.photo_strip import PhotoListModel, PhotoStrip


class StoredPhotoStrip(PhotoStrip):
    """Photos of a stored producer or product.

    Signals:
        deleted(str, list): a photo was removed; the text describes it and the
            list is what :meth:`RecordService.restore` needs to undo it.
        statusMessage(str): what happened, for the status bar.
    """

    deleted = Signal(str, list)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(PhotoListModel(db), parent)
        self._db = db
        self._owner: tuple[PhotoOwnerKind, str] | None = None
        self.set_owner(None, None, [])

    def set_owner(
        self, kind: PhotoOwnerKind | None, owner_id: str | None, photos: Sequence[r.Photo]
    ) -> None:
        """Show the photos of a stored owner; ``owner_id=None`` means not saved yet."""
        self._owner = (kind, owner_id) if kind is not None and owner_id else None
        self.model.set_photos(photos if self._owner else [])
        self.set_hint("" if self._owner else self.tr("บันทึกข้อมูลก่อน จึงจะเพิ่มภาพได้"))
        self.update_buttons()

    def can_add(self) -> bool:
        return self._owner is not None

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

    def remove_photos(self, photos: Sequence[r.Photo]) -> None:
        """Delete the photos now; each removal can be undone from the tab."""
        service = RecordService(self._db)
        for photo in photos:
            undo = service.delete(r.Photo, photo.id)
            self.model.remove_photo(photo.id)
            self.deleted.emit(self.tr("ลบภาพ “%1” แล้ว").replace("%1", photo.short_name()), undo)
