"""Never losing a word: what was typed comes back after the form (or the process) dies.

Twice: in-process (the widget is dropped without saving) and with a real
process killed with SIGKILL after typing, as when a laptop battery dies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kbo_desktop.store.database import Database
from kbo_desktop.ui.visits.tab import DRAFT_DELAY_MS, VisitsTab
from tests.factories import small_province
from tests.test_ui_visits import type_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

FINDINGS = (
    "ผลิตภัณฑ์น้ำพริกปลาร้าบองได้รับเลข อย. แล้ว\nสมาชิก ๒๕ คน ทำงานทุกวันเสาร์–อาทิตย์ (ประมาณ 40 กก./สัปดาห์)"
)
PURPOSE = "ติดตามการขอเครื่องหมาย อย. และ มผช."
RECOMMENDATIONS = "ควรทำฉลากให้ครบถ้วน ระบุวันผลิต/วันหมดอายุ  "


@pytest.fixture
def app(qapp):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application

    return create_application([])


def _offered_back(qtbot, db: Database) -> VisitsTab:  # noqa: ANN001
    """A fresh tab on the database, with the crash leftover restored from its banner."""
    tab = VisitsTab(db)
    qtbot.addWidget(tab)
    assert not tab.ui.draftBanner.isHidden(), "the draft must be offered on the next start"
    assert "พิมพ์ค้างไว้" in tab.ui.draftLabel.text().replace("\u200b", "")
    assert "พิมพ์ค้างไว้" in (tab.startup_reminders() or "")
    qtbot.mouseClick(tab.ui.restoreDraftButton, Qt.MouseButton.LeftButton)
    assert tab.ui.draftBanner.isHidden()
    return tab


def test_in_process_dropped_form_gives_back_every_character(app, qtbot, db, tmp_path) -> None:  # noqa: ANN001
    province = small_province(db, tmp_path)
    tab = VisitsTab(db)  # not handed to qtbot: it is dropped below, as a crash would
    combo = tab.form.ui.producerCombo
    combo.setCurrentIndex(combo.findData(province["producer"].id))
    type_text(tab.form.ui.purposeEdit, PURPOSE)
    type_text(tab.form.ui.findingsEdit, FINDINGS)
    type_text(tab.form.ui.recommendationsEdit, RECOMMENDATIONS)
    type_text(tab.form.ui.locationEdit, "17.48, 101.7")  # half-typed
    model = tab.form.observations
    model.setData(model.index(0, 3), "ทำกล่องต้นแบบเสร็จ")
    visit_id = tab.form.visit_id
    drafts = tab.drafts
    qtbot.waitUntil(lambda: drafts.load(visit_id) is not None, timeout=DRAFT_DELAY_MS + 3000)
    tab.deleteLater()  # dropped without saving
    del tab
    qtbot.wait(20)

    again = _offered_back(qtbot, db)
    ui = again.form.ui
    assert again.form.visit_id == visit_id
    assert ui.purposeEdit.text() == PURPOSE
    assert ui.findingsEdit.toPlainText() == FINDINGS
    assert ui.recommendationsEdit.toPlainText() == RECOMMENDATIONS
    assert ui.locationEdit.text() == "17.48, 101.7"
    assert again.form.producer_id() == province["producer"].id
    assert again.form.observations.index(0, 3).data(Qt.ItemDataRole.EditRole) == "ทำกล่องต้นแบบเสร็จ"
    assert again.has_unsaved_changes()
    assert again.save()
    assert again.drafts.all() == []


CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from kbo_desktop.store.database import Database
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.visits.tab import DRAFT_DELAY_MS, VisitsTab

    app = create_application(sys.argv[:1])
    tab = VisitsTab(Database(sys.argv[1]))
    tab.show()
    findings = open(sys.argv[2], encoding="utf-8").read()
    for name, text in (("purposeEdit", sys.argv[3]), ("findingsEdit", findings)):
        widget = getattr(tab.form.ui, name)
        for ch in text:
            if ch == "\\n":
                QTest.keyClick(widget, Qt.Key.Key_Return)
            else:
                click, plain = QTest.KeyAction.Click, Qt.KeyboardModifier.NoModifier
                QTest.sendKeyEvent(click, widget, Qt.Key.Key_unknown, ch, plain)
    QTest.qWait(DRAFT_DELAY_MS + 800)  # the officer pauses; the draft timer fires
    print("READY", flush=True)
    while True:  # still running, unsaved, until killed
        QTest.qWait(100)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_killed_process_gives_back_every_character(app, qtbot, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "field.db"
    Database(path).close()
    findings_file = tmp_path / "findings.txt"
    findings_file.write_text(FINDINGS, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(findings_file), PURPOSE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).parents[1],
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "READY", child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    db = Database(path)
    try:
        again = _offered_back(qtbot, db)
        assert again.form.ui.purposeEdit.text() == PURPOSE
        assert again.form.ui.findingsEdit.toPlainText() == FINDINGS
    finally:
        db.close()
