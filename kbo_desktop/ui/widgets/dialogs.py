"""The small window-level dialogs: Preferences and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from kbo_desktop import __version__
from kbo_desktop.ui.settings import FONT_SIZES, LANGUAGES, AppSettings


class PreferencesDialog(QDialog):
    """Language and font size. The font size applies at once; a new language
    needs a restart (Qt builds most texts when a widget is created), which the
    dialog says."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ตั้งค่า"))
        self._settings = settings
        self.language = QComboBox(objectName="languageCombo")
        names = {"th": "ไทย", "en": "English"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.font_size = QSpinBox(objectName="fontSizeSpin")
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setSuffix(self.tr(" พอยต์"))
        self.font_size.setValue(settings.font_size)
        self.restart_note = QLabel(self.tr("การเปลี่ยนภาษาจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป"))
        self.restart_note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        form.addRow(self.tr("ภาษา"), self.language)
        form.addRow(self.tr("ขนาดตัวอักษร"), self.font_size)
        form.addRow(self.restart_note)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self._settings.language = str(self.language.currentData())
        self._settings.font_size = self.font_size.value()
        self._settings.sync()
        super().accept()


def show_about(parent: QWidget) -> None:
    """Version, licence and the credits the shipped data and font require."""
    title = QCoreApplication.translate("dialogs", "เกี่ยวกับ KBO Desktop")
    text = QCoreApplication.translate(
        "dialogs",
        "<h3>KBO Desktop %1</h3>"
        "<p>โปรแกรมบันทึกข้อมูลผู้ผลิต ผลิตภัณฑ์ แผนพัฒนา และการลงพื้นที่ "
        "สำหรับเครือข่าย KBO จังหวัด ใช้งานได้โดยไม่ต้องต่ออินเทอร์เน็ต</p>"
        "<p>สัญญาอนุญาต MIT</p>"
        "<p>แบบอักษร Sarabun © 2018 The Sarabun Project Authors (Cadson Demak) "
        "สัญญาอนุญาต SIL Open Font License 1.1</p>"
        "<p>ข้อมูลจังหวัด อำเภอ ตำบล และรหัสไปรษณีย์ จาก thai-province-data "
        "© 2025 Kongvut Sangkla สัญญาอนุญาต MIT</p>",
    ).replace("%1", __version__)
    QMessageBox.about(parent, title, text)


def ask_save_discard_cancel(parent: QWidget, what: str) -> QMessageBox.StandardButton:
    """The one "unsaved changes" question, so every tab asks it the same way.

    Returns ``Save``, ``Discard`` or ``Cancel``.
    """
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("dialogs", "ยังไม่ได้บันทึก"),
        QCoreApplication.translate(
            "dialogs", 'มีการแก้ไข "%1" ที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่'
        ).replace("%1", what),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
