"""A strip of photo thumbnails with Add and Remove, for any record that has photos.

The strip knows how to show photos and let the user pick or drop some; it
does not know where they are stored. Producer and product photos are stored
the moment they are added (:mod:`kbo_desktop.ui.producers.photo_strip`);
a visit's photos are kept with the visit until it is saved, with a caption
and an "in the packet" tick (:mod:`kbo_desktop.ui.visits.photos`). Each
subclass says what adding and removing mean by overriding :meth:`PhotoStrip.add_files`
and :meth:`PhotoStrip.remove_photos`.

Keys, while the thumbnails have the focus: Insert adds photos, Delete removes
the selected ones (the strip takes those keys before the window's own
Delete, which would delete the whole record).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.services.photos import photo_path
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.thai_wrap import wrappable

Index = QModelIndex | QPersistentModelIndex
THUMB = QSize(112, 84)
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
_ADD_KEYS = (Qt.Key.Key_Insert,)
_REMOVE_KEYS = (Qt.Key.Key_Delete,)


class PhotoListModel(QAbstractListModel):
    """Photos with their thumbnails (read once, scaled while decoding, cached by hash).

    Subclasses change what a thumbnail says through :meth:`display_text` and
    :meth:`tooltip_lines`, and add roles by extending :meth:`data`.
    """

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._photos: list[r.Photo] = []
        self._icons: dict[str, QIcon] = {}

    # -- contents ------------------------------------------------------------
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

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._photos):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._photos[row]
                self.endRemoveRows()

    def remove_photo(self, photo_id: str) -> None:
        self.remove_rows([i for i, p in enumerate(self._photos) if p.id == photo_id])

    def photos(self) -> list[r.Photo]:
        return list(self._photos)

    def photo_at(self, row: int) -> r.Photo | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    # -- what a thumbnail says ---------------------------------------------------
    def display_text(self, photo: r.Photo) -> str:
        return wrappable(photo.caption)

    def tooltip_lines(self, photo: r.Photo) -> list[str]:
        taken = format_be_date(photo.taken_on)
        lines = [photo.caption, self.tr("ถ่ายเมื่อ %1").replace("%1", taken) if taken else ""]
        return [line for line in lines if line] or [photo.file_name]

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        photo = self.photo_at(index.row()) if index.isValid() else None
        if photo is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(photo)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.tooltip_lines(photo))
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
    """Thumbnails in one row with Add and Remove buttons beside them (form ``photo_strip.ui``).

    Subclasses override :meth:`add_files` and :meth:`remove_photos`, and
    :meth:`can_add` when adding is not always possible.

    Signals:
        statusMessage(str): what happened, for the status bar.
    """

    statusMessage = Signal(str)

    #: Room around a thumbnail in the grid (for its caption; a check box needs more).
    GRID_PADDING = QSize(24, 44)

    def __init__(self, model: PhotoListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = load_form("photo_strip.ui", self)
        self.model = model
        model.setParent(self)
        view = self.ui.photoView
        view.setModel(model)
        view.setIconSize(THUMB)
        view.setGridSize(THUMB + self.GRID_PADDING)
        view.setAccessibleName(self.tr("ภาพถ่าย"))
        view.setAccessibleDescription(self.tr("Insert เพิ่มภาพ · Delete ลบภาพที่เลือก"))
        view.installEventFilter(self)
        self.ui.addPhotoButton.clicked.connect(self._on_add_photo_button_clicked)
        self.ui.removePhotoButton.clicked.connect(self._on_remove_photo_button_clicked)
        view.selectionModel().selectionChanged.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)
        model.rowsRemoved.connect(self.update_buttons)
        self.set_hint("")

    # -- for subclasses --------------------------------------------------------------
    def can_add(self) -> bool:
        """Whether photos can be added now (the Add button and Insert follow it)."""
        return True

    def add_files(self, paths: Sequence[Path]) -> Any:
        """Turn image files into photos of the record shown."""
        raise NotImplementedError

    def remove_photos(self, photos: Sequence[r.Photo]) -> None:
        """Take these photos away from the record shown (the model rows too)."""
        raise NotImplementedError

    def set_hint(self, text: str) -> None:
        """A line under the thumbnails (hidden while there is nothing to say)."""
        self.ui.hintLabel.setText(wrappable(text))
        self.ui.hintLabel.setVisible(bool(text))

    # -- actions -----------------------------------------------------------------------
    def choose_files(self) -> None:
        """Ask for image files and add them."""
        if not self.can_add():
            return
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("เลือกภาพถ่าย"),
            "",
            self.tr("ภาพถ่าย (*.jpg *.jpeg *.png *.webp);;ทุกไฟล์ (*)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def selected_photos(self) -> list[r.Photo]:
        rows = sorted({i.row() for i in self.ui.photoView.selectionModel().selectedIndexes()})
        return [p for p in (self.model.photo_at(row) for row in rows) if p is not None]

    def remove_selected(self) -> None:
        photos = self.selected_photos()
        if photos:
            self.remove_photos(photos)

    def update_buttons(self, *_args: object) -> None:
        self.ui.addPhotoButton.setEnabled(self.can_add())
        self.ui.removePhotoButton.setEnabled(
            self.ui.photoView.selectionModel().hasSelection() and self.model.rowCount() > 0
        )

    # -- keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Insert and Delete on the thumbnails act on the photos.

        Accepting the ``ShortcutOverride`` keeps the main window's Delete
        (which deletes the whole record) from taking the key first.
        """
        if watched is self.ui.photoView and isinstance(event, QKeyEvent):
            key = event.key()
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and key in _ADD_KEYS + _REMOVE_KEYS:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    if key in _ADD_KEYS:
                        self.choose_files()
                    else:
                        self.remove_selected()
                    return True
        return super().eventFilter(watched, event)

    # -- slots ----------------------------------------------------------------------------
    def _on_add_photo_button_clicked(self) -> None:
        self.choose_files()

    def _on_remove_photo_button_clicked(self) -> None:
        self.remove_selected()
