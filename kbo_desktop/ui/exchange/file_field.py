"""A file name to write, typed or chosen with the system's save dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class SaveFileField(QWidget):
    """A line edit holding the target file and a "choose…" button.

    Signals:
        changed(): the file name changed, by the user or by ``set_path``.
        edited(): the user typed a name or chose a file.
    """

    changed = Signal()
    edited = Signal()

    def __init__(self, caption: str, name_filter: str, suffix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._caption = caption
        self._filter = name_filter
        self._suffix = suffix
        self.edit = QLineEdit(self)
        self.edit.setObjectName("fileEdit")
        self.edit.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("เลือก…"), self)
        self.browse.setObjectName("browseButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.edit.textChanged.connect(self.changed)
        self.edit.textEdited.connect(self.edited)
        self.browse.clicked.connect(self._on_browse_clicked)

    def path(self) -> Path | None:
        """The chosen file with its suffix added if missing; None when empty."""
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return (
            path
            if path.suffix.lower() == self._suffix
            else path.with_name(path.name + self._suffix)
        )

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self._caption, self.edit.text(), self._filter)
        if name:
            self.set_path(Path(name))
            self.edited.emit()
