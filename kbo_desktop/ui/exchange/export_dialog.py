"""The frame of the export dialogs: what to export, the file to write, Export and Cancel.

A ``.kbo`` bundle and an Excel list are chosen the same way: a group of
radio buttons says what goes in, a file name is suggested from that choice
in the officer's export folder, and it follows the choice until the officer
types or picks a name of their own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain.thai_dates import be_year
from kbo_desktop.ui.exchange.file_field import SaveFileField


def dated_name(stem: str, suffix: str, today: date | None = None) -> str:
    """``stem-2569-11-21.suffix``: a file name that sorts by date, in the Buddhist Era."""
    day = today or date.today()
    safe = "".join("-" if ch in '/\\:*?"<>|' or ch.isspace() else ch for ch in stem).strip("-.")
    return f"{safe}-{be_year(day.year)}-{day.month:02d}-{day.day:02d}{suffix}"


class FileExportDialog(QDialog):
    """A choice of what to export above the file to write it to.

    Subclasses build the choice and the :class:`SaveFileField`, call
    :meth:`_lay_out` and then :meth:`_start`, and say which file name suits
    the choice (:meth:`_suggested_name`) and whether the choice is complete
    (:meth:`_choice_ready`).
    """

    def __init__(self, folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._folder = Path(folder) if folder else Path.home()
        self._auto_name = True  # the file name follows the choice until the user names one

    def _lay_out(self, choice: QWidget, file_field: SaveFileField) -> None:
        self.file_field = file_field
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("ส่งออก"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(choice)
        layout.addWidget(QLabel(self.tr("บันทึกเป็นไฟล์"), self))
        layout.addWidget(file_field)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _start(self, group: QButtonGroup, width: int) -> None:
        """Fill in the form for the choice made, then follow the user's changes."""
        self._update()
        group.idToggled.connect(self._on_group_id_toggled)
        self.file_field.edited.connect(self._on_file_field_edited)
        self.file_field.changed.connect(self._update_button)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(width, self.sizeHint().height())

    # -- keeping the form consistent --------------------------------------------------
    def _suggested_name(self) -> str:
        raise NotImplementedError

    def _choice_ready(self) -> bool:
        """Whether the choice says all that the export needs (the file aside)."""
        return True

    def _update(self) -> None:
        if self._auto_name:
            self.file_field.set_path(self._folder / self._suggested_name())
        self._update_button()

    def _update_button(self) -> None:
        self.export_button.setEnabled(self.file_field.path() is not None and self._choice_ready())

    def _on_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update()

    def _on_file_field_edited(self) -> None:
        self._auto_name = False
