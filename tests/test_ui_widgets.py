"""Shared widgets: Buddhist Era date entry, Thai wrapping, the forms loader, settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from tests.thai_typing import type_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not")


@pytest.fixture
def date_edit(qtbot):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.widgets.be_date_edit import BeDateEdit

    widget = BeDateEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_be_date_round_trip(date_edit, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(date_edit.dateChanged) as changed:
        date_edit.set_date(date(2022, 12, 6))
    assert changed.args == [date(2022, 12, 6)]
    assert date_edit.line_edit.text() == "6 ธ.ค. 2565"
    for typed, expected in (("19 ม.ค. 2566", date(2023, 1, 19)), ("6/12/2565", date(2022, 12, 6)),
                            ("1 ตุลาคม 65", date(2022, 10, 1)), ("๖ ธ.ค. ๒๕๖๕", date(2022, 12, 6))):  # fmt: skip
        date_edit.line_edit.clear()
        type_text(date_edit.line_edit, typed)
        qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Return)
        assert date_edit.date() == expected, typed
        assert date_edit.line_edit.text().endswith(str(expected.year + 543))


def test_no_date_and_bad_text(date_edit, qtbot) -> None:  # noqa: ANN001
    date_edit.set_date(date(2023, 3, 10))
    date_edit.line_edit.clear()
    qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Return)
    assert date_edit.date() is None and date_edit.has_acceptable_input()
    type_text(date_edit.line_edit, "พรุ่งนี้")
    qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Return)
    assert date_edit.date() is None and not date_edit.has_acceptable_input()
    assert "6 ธ.ค. 2565" in date_edit.line_edit.toolTip()


def test_required_date_refuses_none(qtbot) -> None:  # noqa: ANN001
    from kbo_desktop.ui.widgets.be_date_edit import BeDateEdit

    widget = BeDateEdit(allow_empty=False)
    qtbot.addWidget(widget)
    assert widget.date() == date.today()
    with pytest.raises(ValueError):
        widget.set_date(None)


def test_calendar_shows_buddhist_era_years_and_picks_a_date(date_edit) -> None:  # noqa: ANN001
    date_edit.set_date(date(2023, 1, 19))
    date_edit.show_calendar()
    calendar = date_edit.calendar
    assert calendar is not None and calendar.shown_year_be() == 2566
    calendar.showNextMonth()
    assert calendar.shown_year_be() == 2566 and calendar.monthShown() == 2
    calendar.clicked.emit(QDate(2023, 2, 14))
    assert date_edit.date() == date(2023, 2, 14)
    assert date_edit.line_edit.text() == "14 ก.พ. 2566"


def test_wrappable_marks_thai_word_breaks_only_for_display() -> None:
    from kbo_desktop.ui.widgets.thai_wrap import ZWSP, unwrappable, wrappable

    text = "กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน ที่นี่ (น้ำปั้น) ๆ"
    shown = wrappable(text)
    assert unwrappable(shown) == text
    assert f"กลุ่ม{ZWSP}ทอ" in shown and f"{ZWSP} " not in shown and f"{ZWSP}ๆ" not in shown
    for word in ("ที่นี่", "ปั้น", "น้ำ"):
        assert word in shown  # never inside a cluster
    assert wrappable("Loei OTOP 2566") == "Loei OTOP 2566"
    assert wrappable("") == ""


def test_forms_loader_builds_a_form_inside_its_host(qtbot) -> None:  # noqa: ANN001
    from kbo_desktop.ui.forms import FormError, load_form

    host = QWidget()
    qtbot.addWidget(host)
    form = load_form("network_member_editor.ui", host)
    assert isinstance(form.nameEdit, QLineEdit)
    assert host.findChild(QLineEdit, "emailEdit") is form.emailEdit
    with pytest.raises(FormError):
        load_form("no_such_form.ui")


def test_settings_have_defaults_and_reject_nonsense(tmp_path: Path) -> None:
    from kbo_desktop.ui.settings import AppSettings

    settings = AppSettings(tmp_path / "s.ini")
    assert (settings.language, settings.font_size, settings.current_tab) == ("th", 11, "")
    settings.language = "en"
    settings.font_size = 14
    settings.sync()
    again = AppSettings(tmp_path / "s.ini")
    assert (again.language, again.font_size) == ("en", 14)
    with pytest.raises(ValueError):
        again.language = "fr"


def test_default_settings_follow_the_isolated_config_folder(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from kbo_desktop.ui.settings import default_settings_path

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert default_settings_path().is_relative_to(tmp_path / "cfg")


def test_translations_compile_to_the_cache_and_translate(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    from kbo_desktop.ui.app import compiled_translation

    english = compiled_translation("en")
    thai = compiled_translation("th")
    assert english is not None and thai is not None
    translator = QTranslator()
    assert translator.load(str(english))
    assert translator.translate("NetworkTab", "เพิ่มสมาชิก") == "Add member"
    qt_thai = QTranslator()
    assert qt_thai.load(str(thai))
    assert qt_thai.translate("QPlatformTheme", "Discard") == "ไม่บันทึก"
