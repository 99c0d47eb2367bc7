"""Which list to write to Excel, for offices that report upward in spreadsheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.ui.exchange.export_options import dated_name
from kbo_desktop.ui.exchange.file_field import SaveFileField

KINDS = ("producers", "plans", "visits")


class ListExportDialog(QDialog):
    """Pick producers, plans or visits and the ``.xlsx`` file; read ``kind()`` and ``path()``."""

    def __init__(self, folder: str, kind: str = "producers", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("listExportDialog")
        self.setWindowTitle(self.tr("ส่งออกรายชื่อเป็น Excel"))
        self._folder = Path(folder) if folder else Path.home()
        self._auto_name = True
        self._stems = {
            "producers": self.tr("รายชื่อผู้ผลิต"),
            "plans": self.tr("แผนพัฒนา"),
            "visits": self.tr("บันทึกลงพื้นที่"),
        }
        box = QGroupBox(self.tr("รายการที่จะส่งออก"), self)
        texts = {
            "producers": self.tr("ผู้ผลิตและผลิตภัณฑ์ (คอลัมน์เดียวกับแม่แบบ แก้ไขแล้วนำเข้ากลับได้)"),
            "plans": self.tr("แผนพัฒนา: ปีงบประมาณ ผลิตภัณฑ์ จำนวนกิจกรรม ความคืบหน้า งบประมาณ"),
            "visits": self.tr("บันทึกลงพื้นที่: วันที่ ผู้ผลิต เจ้าหน้าที่ สิ่งที่พบ ข้อเสนอแนะ"),
        }
        self.group = QButtonGroup(self)
        box_layout = QVBoxLayout(box)
        self.radios: dict[str, QRadioButton] = {}
        for index, name in enumerate(KINDS):
            radio = QRadioButton(texts[name], box)
            radio.setObjectName(f"{name}Radio")
            self.group.addButton(radio, index)
            box_layout.addWidget(radio)
            self.radios[name] = radio
        self.file_field = SaveFileField(
            self.tr("ส่งออกรายชื่อเป็น Excel"), self.tr("สมุดงาน Excel (*.xlsx)"), ".xlsx", self
        )
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("ส่งออก"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("บันทึกเป็นไฟล์"), self))
        layout.addWidget(self.file_field)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.radios.get(kind, self.radios["producers"]).setChecked(True)
        self._update()
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.file_field.edited.connect(self._on_file_field_edited)
        self.file_field.changed.connect(self._update_button)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(600, self.sizeHint().height())

    def kind(self) -> str:
        return KINDS[max(0, self.group.checkedId())]

    def path(self) -> Path | None:
        return self.file_field.path()

    def set_kind(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def _update(self) -> None:
        if self._auto_name:
            self.file_field.set_path(self._folder / dated_name(self._stems[self.kind()], ".xlsx"))
        self._update_button()

    def _update_button(self) -> None:
        self.export_button.setEnabled(self.path() is not None)

    def _on_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update()

    def _on_file_field_edited(self) -> None:
        self._auto_name = False
