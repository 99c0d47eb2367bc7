"""What to put in a ``.kbo`` bundle: everything, what an office has not had yet, or one district.

The dialog only chooses; :func:`kbo_desktop.services.exchange.export_bundle`
does the work with the same ``office`` / ``amphoe`` options as
``kbo-desktop export --office/--amphoe``. Offices are the ones named in
earlier exchanges, and a new name may be typed: the first export to an
office carries everything and is remembered for next time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QWidget,
)

from kbo_desktop.services.exchange_summary import OfficeInfo
from kbo_desktop.ui.exchange.export_dialog import FileExportDialog, dated_name
from kbo_desktop.ui.exchange.file_field import SaveFileField
from kbo_desktop.ui.exchange.labels import format_when
from kbo_desktop.ui.widgets.thai_wrap import WrapLabel

EVERYTHING, OFFICE, AMPHOE = 0, 1, 2


@dataclass(frozen=True)
class ExportChoice:
    """The file to write and how to limit it (``None``: not limited that way)."""

    path: Path
    office: str | None = None
    amphoe: str | None = None


class ExportOptionsDialog(FileExportDialog):
    """Choose the scope of an export and the file; ``choice()`` after it is accepted."""

    def __init__(
        self,
        offices: Sequence[OfficeInfo],
        amphoes: Sequence[tuple[str, int]],
        folder: str,
        path: Path | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(folder, parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle(self.tr("ส่งออกไฟล์ .kbo"))
        self._offices = {info.name: info for info in offices}
        self._auto_name = path is None
        scope = QGroupBox(self.tr("ข้อมูลที่จะส่งออก"), self)
        self.all_radio = QRadioButton(self.tr("ข้อมูลทั้งหมด"), scope)
        self.all_radio.setObjectName("allRadio")
        self.office_radio = QRadioButton(self.tr("เฉพาะที่เปลี่ยนแปลงตั้งแต่ส่งให้สำนักงาน"), scope)
        self.office_radio.setObjectName("officeRadio")
        self.amphoe_radio = QRadioButton(self.tr("เฉพาะอำเภอ"), scope)
        self.amphoe_radio.setObjectName("amphoeRadio")
        self.group = QButtonGroup(self)
        for index, radio in enumerate((self.all_radio, self.office_radio, self.amphoe_radio)):
            self.group.addButton(radio, index)
        self.office_combo = QComboBox(scope)
        self.office_combo.setObjectName("officeCombo")
        self.office_combo.setEditable(True)
        self.office_combo.addItems(list(self._offices))
        self.office_combo.setCurrentIndex(-1)
        if (line := self.office_combo.lineEdit()) is not None:  # editable, so always
            line.setPlaceholderText(self.tr("เลือกหรือพิมพ์ชื่อสำนักงาน"))
        self.amphoe_combo = QComboBox(scope)
        self.amphoe_combo.setObjectName("amphoeCombo")
        for name, count in amphoes:
            self.amphoe_combo.addItem(
                self.tr("%1 (ผู้ผลิต %2 ราย)").replace("%1", name).replace("%2", str(count)), name
            )
        self.all_hint = self._hint(
            self.tr(
                "ผู้ผลิต ผลิตภัณฑ์ การวิเคราะห์ แผนพัฒนา การลงพื้นที่ การประชุม สมาชิกเครือข่าย "
                "และภาพถ่ายทั้งหมด รวมทั้งรายการที่ลบแล้ว"
            ),
            scope,
        )
        self.office_hint = self._hint("", scope)
        self.office_hint.setObjectName("officeHint")
        self.amphoe_hint = self._hint(
            self.tr(
                "ผู้ผลิตในอำเภอนี้และทุกอย่างที่เกี่ยวข้อง: ผลิตภัณฑ์ การวิเคราะห์ แผนพัฒนา "
                "การลงพื้นที่ ภาพถ่าย สมาชิกเครือข่ายที่รับผิดชอบ และการประชุมที่มีผลิตภัณฑ์ของอำเภอนี้"
            ),
            scope,
        )
        grid = QGridLayout(scope)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.all_radio, 0, 0, 1, 2)
        grid.addWidget(self.all_hint, 1, 0, 1, 2)
        grid.addWidget(self.office_radio, 2, 0)
        grid.addWidget(self.office_combo, 2, 1)
        grid.addWidget(self.office_hint, 3, 0, 1, 2)
        grid.addWidget(self.amphoe_radio, 4, 0)
        grid.addWidget(self.amphoe_combo, 4, 1)
        grid.addWidget(self.amphoe_hint, 5, 0, 1, 2)
        if not amphoes:
            self.amphoe_radio.setEnabled(False)
            self.amphoe_combo.setEnabled(False)
        file_field = SaveFileField(
            self.tr("ส่งออกไฟล์ .kbo"), self.tr("ไฟล์ KBO (*.kbo)"), ".kbo", self
        )
        self._lay_out(scope, file_field)
        self.all_radio.setChecked(True)
        if path is not None:
            self.file_field.set_path(path)
        self._start(self.group, 640)
        self.office_combo.currentTextChanged.connect(self._on_office_combo_current_text_changed)
        self.amphoe_combo.currentIndexChanged.connect(self._on_amphoe_combo_current_index_changed)

    @staticmethod
    def _hint(text: str, parent: QWidget) -> WrapLabel:
        label = WrapLabel(text, parent)
        label.setIndent(24)
        label.setStyleSheet("color: #555;")
        return label

    # -- the choice -----------------------------------------------------------------
    def scope(self) -> int:
        return self.group.checkedId()

    def choice(self) -> ExportChoice:
        path = self.file_field.path()
        assert path is not None  # the Export button is disabled without one
        if self.scope() == OFFICE:
            return ExportChoice(path, office=self.office_combo.currentText().strip())
        if self.scope() == AMPHOE:
            return ExportChoice(path, amphoe=self.amphoe_combo.currentData())
        return ExportChoice(path)

    def set_office(self, name: str) -> None:
        self.office_radio.setChecked(True)
        self.office_combo.setCurrentText(name)

    def set_amphoe(self, name: str) -> None:
        self.amphoe_radio.setChecked(True)
        self.amphoe_combo.setCurrentIndex(max(0, self.amphoe_combo.findData(name)))

    # -- keeping the form consistent --------------------------------------------------
    def _update(self) -> None:
        scope = self.scope()
        self.office_combo.setEnabled(scope == OFFICE)
        self.amphoe_combo.setEnabled(scope == AMPHOE and self.amphoe_combo.count() > 0)
        self.office_hint.setText(self._office_text())
        super()._update()

    def _suggested_name(self) -> str:
        everything = self.tr("ทั้งหมด")  # a word of the suggested file name
        stem = {
            OFFICE: self.office_combo.currentText().strip(),
            AMPHOE: self.amphoe_combo.currentData() or "",
        }.get(self.scope(), everything)
        return dated_name("kbo-" + (stem or everything), ".kbo")

    def _office_text(self) -> str:
        name = self.office_combo.currentText().strip()
        if not name:
            return self.tr("โปรแกรมจำไว้ว่าส่งอะไรให้สำนักงานใดไปแล้ว ครั้งต่อไปจะส่งเฉพาะที่เปลี่ยนแปลงหลังจากนั้น")
        info = self._offices.get(name)
        if info is None or info.next_since is None:
            return self.tr("ยังไม่เคยส่งให้ %1 ครั้งนี้จะส่งข้อมูลทั้งหมด และจำไว้สำหรับครั้งต่อไป").replace(
                "%1", name
            )
        return (
            self.tr("ส่งให้ %1 ครั้งล่าสุดเมื่อ %2 ครั้งนี้จะส่งเฉพาะที่เปลี่ยนแปลงตั้งแต่ %3")
            .replace("%1", name)
            .replace("%2", format_when(info.last_sent))
            .replace("%3", format_when(info.next_since))
        )

    def _choice_ready(self) -> bool:
        if self.scope() == OFFICE:
            return bool(self.office_combo.currentText().strip())
        if self.scope() == AMPHOE:
            return self.amphoe_combo.currentData() is not None
        return True

    def _on_office_combo_current_text_changed(self, _text: str) -> None:
        self._update()

    def _on_amphoe_combo_current_index_changed(self, _index: int) -> None:
        self._update()
