"""The main window as a user meets it: tabs, status bar, remembered layout,
the unsaved-changes question, search, and the screenshots command."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from tests.factories import small_province
from tests.thai_typing import type_text
from tests.ui_helpers import answer_questions, shown

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

CAPTIONS = {
    "producers": "ผู้ผลิต/ผลิตภัณฑ์", "analysis": "วิเคราะห์ผลิตภัณฑ์", "planning": "แผนพัฒนา",
    "visits": "บันทึกลงพื้นที่", "meetings": "ประชุม/รายงาน", "network": "เครือข่าย KBO",
}  # fmt: skip


@pytest.fixture
def app(qapp):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application

    return create_application([])


@pytest.fixture
def settings(tmp_path: Path):  # noqa: ANN201
    from kbo_desktop.ui.settings import AppSettings

    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def make_window(app, db, settings, qtbot):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.main_window import MainWindow

    return lambda: shown(qtbot, MainWindow(db, settings))


def test_window_shows_the_registered_tabs_and_the_database(make_window, db) -> None:  # noqa: ANN001
    from kbo_desktop.ui.tab_registry import available_tabs

    window = make_window()
    keys = [key for key, _ in available_tabs()]
    assert "network" in keys
    assert list(window.pages) == keys
    for index, key in enumerate(keys):
        assert window.tabs.tabText(index) == CAPTIONS[key]
    assert db.display_name() in window.db_label.text()
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.export_action.shortcut().toString() == "Ctrl+E"


def test_missing_tab_modules_are_skipped_but_broken_ones_raise(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kbo_desktop.ui import tab_registry

    absent = tab_registry.TabSpec("visits", "kbo_desktop.ui.nonexistent_area.tab:Nothing", "x")
    assert tab_registry.load_tab_class(absent) is None
    monkeypatch.setattr(tab_registry, "TAB_SPECS", (*tab_registry.TAB_SPECS[:1], absent))
    assert [spec.key for spec in tab_registry.installed_specs()] == ["producers"]
    (tmp_path / "kbo_broken_tab.py").write_text("import kbo_no_such_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    broken = tab_registry.TabSpec("visits", "kbo_broken_tab:Tab", "x")
    with pytest.raises(ModuleNotFoundError):
        tab_registry.load_tab_class(broken)


def test_geometry_and_current_tab_persist_across_windows(make_window, settings) -> None:  # noqa: ANN001
    first = make_window()
    first.resize(760, 720)  # within the offscreen screen (800×800)
    first.tabs.setCurrentWidget(first.pages["network"])
    first.close()
    assert settings.current_tab == "network"
    second = make_window()
    assert second.current_page() is second.pages["network"]
    assert second.size() == QSize(760, 720)


def test_switching_tabs_with_unsaved_edits_asks_first(make_window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    window = make_window()
    network = window.pages["network"]
    window.tabs.setCurrentWidget(network)
    network.new_button.click()
    type_text(network.editor.ui.nameEdit, "สำนักงานเกษตรจังหวัดเลย")
    assert network.has_unsaved_changes() and window.save_action.isEnabled()

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.tabs.setCurrentIndex(0)
    assert asked and window.current_page() is network  # Cancel keeps the user where they were
    assert network.editor.ui.nameEdit.text() == "สำนักงานเกษตรจังหวัดเลย"

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    window.tabs.setCurrentIndex(0)
    assert asked and window.current_page() is not network
    assert not network.has_unsaved_changes()


def test_closing_with_unsaved_edits_can_save_or_be_cancelled(
    make_window, qtbot, monkeypatch, records
) -> None:  # noqa: ANN001
    from kbo_desktop.domain.records import NetworkMember

    window = make_window()
    network = window.pages["network"]
    window.tabs.setCurrentWidget(network)
    network.new_button.click()
    type_text(network.editor.ui.nameEdit, "ปราชญ์ชาวบ้านด้านน้ำปั้น")
    answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close()
    assert [m.name for m in records.list(NetworkMember)] == ["ปราชญ์ชาวบ้านด้านน้ำปั้น"]


def test_search_from_the_middle_of_a_thai_word_opens_the_producer(
    make_window, db, tmp_path, qtbot
) -> None:  # noqa: ANN001
    made = small_province(db, tmp_path)
    window = make_window()
    window.tabs.setCurrentWidget(window.pages["network"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search_box
    type_text(window.search_box, "ครามบ้าน")  # inside ...ย้อม|ครามบ้าน|นาอาน
    with qtbot.waitSignal(window.search_dock.hitActivated) as activated:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert activated.args[0].record_id == made["producer"].id
    assert window.search_dock.isVisible()
    assert window.current_page() is window.pages["producers"]


def test_screenshots_command_writes_a_png_per_tab(app, db, tmp_path: Path) -> None:  # noqa: ANN001
    from kbo_desktop.cli import main

    small_province(db, tmp_path)
    out = tmp_path / "shots"
    assert main(["screenshots", str(out), "--db", str(db.file)]) == 0
    from kbo_desktop.ui.tab_registry import available_tabs

    for key, _ in available_tabs():
        image = QImage(str(out / f"{key}.png"))
        assert (image.width(), image.height()) == (1280, 800), key
    assert main(["screenshots", str(out), "--db", str(db.file), "--tab", "nosuchtab"]) == 2


def test_window_paints_before_the_database_and_builds_tabs_when_first_shown(
    app, db, settings, qtbot
) -> None:  # noqa: ANN001
    """Start-up (issue #8): the shell shows at once; a tab is built when first shown."""
    from kbo_desktop.ui.main_window import MainWindow

    window = shown(qtbot, MainWindow(None, settings))
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == list(CAPTIONS.values())
    assert window.current_page() is None and not window.new_action.isEnabled()
    type_text(window.search_box, "ผ้า")
    window.search_box.flush()  # typing before the database is in does nothing harmful

    with qtbot.waitSignal(window.databaseAttached):
        window.attach_database(db)
    assert window.current_page() is window.pages.built()[0]
    assert [p.KEY for p in window.pages.built()] == ["producers"]
    window.tabs.setCurrentIndex(list(CAPTIONS).index("planning"))
    assert window.current_page().KEY == "planning"
    assert [p.KEY for p in window.pages.built()] == ["producers", "planning"]
    assert window.import_action.shortcut().toString() == "Ctrl+I"


def test_opening_a_record_builds_the_tab_that_shows_it(make_window, db, tmp_path) -> None:  # noqa: ANN001
    from kbo_desktop.domain.records import NetworkMember
    from kbo_desktop.services.records import RecordService

    member = RecordService(db).save(NetworkMember(name="ปราชญ์ชาวบ้านด้านผ้าทอ"))
    window = make_window()
    assert "network" not in [p.KEY for p in window.pages.built()]
    assert window.show_record(NetworkMember.COLLECTION, member.id)
    assert window.current_page().KEY == "network"


def test_program_start_reports_a_database_it_cannot_open(app, tmp_path, monkeypatch, qtbot) -> None:  # noqa: ANN001
    from kbo_desktop.ui import app as app_module

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: messages.append(a[2])))
    not_a_db = tmp_path / "notes.kbo.db"
    not_a_db.write_bytes(b"this is not an SQLite database" * 100)
    exits: list[int] = []
    monkeypatch.setattr(app_module.QCoreApplication, "exit", staticmethod(exits.append))
    window = app_module.open_window(str(not_a_db))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(exits))
    assert exits == [2] and messages and window.db is None
