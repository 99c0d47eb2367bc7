"""Which list to write to Excel, for offices that report upward in spreadsheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from kbo_desktop.ui.exchange.export_dialog import FileExportDialog, dated_name
from kbo_desktop.ui.exchange.file_field import SaveFileField

KINDS = ("producers", "plans", "visits")


class ListExportDialog(FileExportDialog):
    """Pick producers, plans or visits and the ``.xlsx`` file; read ``kind()`` and ``path()``."""

    def __init__(self, folder: str, kind: str = "producers", parent: QWidget | None = None):
        super().__init__(folder, parent)
        self.setObjectName("listExportDialog")
        self.setWindowTitle(self.tr("ส่งออกรายชื่อเป็น Excel"))
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
        file_field = SaveFileField(
            self.tr("ส่งออกรายชื่อเป็น Excel"), self.tr("สมุดงาน Excel (*.xlsx)"), ".xlsx", self
        )
        self._lay_out(box, file_field)
        self.radios.get(kind, self.radios["producers"]).setChecked(True)
        self._start(self.group, 600)

    def kind(self) -> str:
        return KINDS[max(0, self.group.checkedId())]

    def path(self) -> Path | None:
        return self.file_field.path()

    def set_kind(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def _suggested_name(self) -> str:
        return dated_name(self._stems[self.kind()], ".xlsx")
