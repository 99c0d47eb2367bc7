"""Edit ▸ เลิกทำ / ทำซ้ำ on the field-visit form, in the real window.

The officer types and changes progress on a stored visit, then steps back and
forth through the window's actions and keys, and looks at the form, the Edit
menu's words, whether anything is still unsaved and what the crash draft holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QSpinBox

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.visits import VisitService
from kbo_desktop.ui.visits.observations import COL_ACTION, COL_PROGRESS
from kbo_desktop.ui.visits.tab import DRAFT_DELAY_MS, VisitsTab
from tests.factories import make_image, small_province
from tests.thai_typing import type_text
from tests.ui_helpers import shown

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

STORED_FINDINGS = "ต้นแบบบรรจุภัณฑ์เสร็จแล้ว"
TYPED = " สีครามสวยงาม"


@pytest.fixture
def app(qapp):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application

    return create_application([])


@pytest.fixture
def province(db, tmp_path):  # noqa: ANN001, ANN201
    return small_province(db, tmp_path)


@pytest.fixture
def window(app, db, province, asked, qtbot, tmp_path: Path):  # noqa: ANN001, ANN201
    """The main window on the visits tab; ``asked`` (conftest) answers its questions."""
    from kbo_desktop.ui.main_window import MainWindow
    from kbo_desktop.ui.settings import AppSettings

    win = shown(qtbot, MainWindow(db, AppSettings(tmp_path / "settings.ini")))
    win.tabs.setCurrentIndex(win.tab_keys().index("visits"))
    return win


@pytest.fixture
def tab(window, province) -> VisitsTab:  # noqa: ANN001
    page = window.current_page()
    assert isinstance(page, VisitsTab)
    page.show_record("visits", province["visit"].id)
    assert page.form.ui.findingsEdit.toPlainText() == STORED_FINDINGS
    return page


def _type_findings(tab: VisitsTab, text: str) -> None:
    edit = tab.form.ui.findingsEdit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, text)


def _set_progress(tab: VisitsTab, qtbot, percent: int) -> None:  # noqa: ANN001
    """Open the progress cell's spin box, type a value and press Enter."""
    view = tab.form.ui.observationsView
    view.edit(tab.form.observations.index(0, COL_PROGRESS))
    spin = view.findChild(QSpinBox)
    assert spin is not None, "the progress cell opens a spin box"
    spin.setValue(percent)
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the view commits it just after the key
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _progress(tab: VisitsTab) -> tuple[bool, int]:
    model = tab.form.observations
    ticked = model.index(0, COL_ACTION).data(Qt.ItemDataRole.CheckStateRole)
    progress = model.index(0, COL_PROGRESS).data(Qt.ItemDataRole.EditRole)
    return ticked == Qt.CheckState.Checked, progress


def test_undo_and_redo_walk_through_findings_and_progress(window, tab, qtbot) -> None:  # noqa: ANN001
    findings = tab.form.ui.findingsEdit
    before = _progress(tab)
    assert before == (True, 60)  # observed on this visit at 60 %
    assert window.undo_group.activeStack() is tab.undo_stack()
    assert not window.undo_action.isEnabled()

    _type_findings(tab, TYPED)
    _set_progress(tab, qtbot, 70)
    stack = tab.undo_stack()
    assert [stack.text(i) for i in range(stack.count())] == ["แก้ไขสิ่งที่พบ", "เปลี่ยนความคืบหน้า"]
    assert window.undo_action.text() == "เลิกทำ เปลี่ยนความคืบหน้า"
    assert _progress(tab) == (True, 70) and tab.has_unsaved_changes()

    window.undo_action.trigger()
    assert _progress(tab) == before
    assert findings.toPlainText() == STORED_FINDINGS + TYPED  # typing is one step, still there
    assert window.undo_action.text() == "เลิกทำ แก้ไขสิ่งที่พบ"
    assert window.redo_action.text() == "ทำซ้ำ เปลี่ยนความคืบหน้า"
    assert tab.has_unsaved_changes()

    window.undo_action.trigger()
    assert findings.toPlainText() == STORED_FINDINGS
    assert not tab.has_unsaved_changes() and not window.isWindowModified()
    assert not window.save_action.isEnabled() and not window.undo_action.isEnabled()

    window.redo_action.trigger()
    window.redo_action.trigger()
    assert findings.toPlainText() == STORED_FINDINGS + TYPED
    assert _progress(tab) == (True, 70)
    assert tab.has_unsaved_changes() and window.isWindowModified()
    assert not window.redo_action.isEnabled()
    assert tab.save()  # what redo brought back is what is stored
    stored = VisitService(tab.db).load_visit(tab.form.visit_id)
    assert stored.visit.findings == (STORED_FINDINGS + TYPED).strip()
    assert [o.progress_pct for o in stored.observations] == [70]
    assert tab.undo_stack().count() == 0 and not window.undo_action.isEnabled()


def test_undo_to_the_stored_visit_asks_nothing_and_leaves_no_crash_draft(
    window, tab, asked, qtbot, province
) -> None:  # noqa: ANN001
    visit_id = tab.form.visit_id
    type_text(tab.form.ui.purposeEdit, " รอบสอง")
    qtbot.waitUntil(lambda: tab.drafts.load(visit_id) is not None, timeout=DRAFT_DELAY_MS + 3000)
    window.undo_action.trigger()
    assert tab.form.ui.purposeEdit.text() == "ติดตามความคืบหน้า"
    assert not tab.has_unsaved_changes()
    # The draft written while typing goes once the form is back to the stored visit.
    qtbot.waitUntil(lambda: tab.drafts.load(visit_id) is None, timeout=DRAFT_DELAY_MS + 3000)
    window.tabs.setCurrentIndex(window.tab_keys().index("producers"))
    assert asked == []  # nothing unsaved: no "save first?" question
    assert window.current_page() is window.pages["producers"]


def test_ctrl_z_on_the_visits_tab_undoes_the_form_not_the_field(window, tab, qtbot) -> None:  # noqa: ANN001
    ui = tab.form.ui
    ui.officersEdit.end(False)  # a stored visit opens showing each line from its start
    type_text(ui.officersEdit, ", นางมาลี")
    ui.officersEdit.editingFinished.emit()  # Tab to the next field
    ui.purposeEdit.end(False)
    type_text(ui.purposeEdit, " และเยี่ยมร้าน")
    assert ui.purposeEdit.hasFocus()
    qtbot.keySequence(ui.purposeEdit, QKeySequence(QKeySequence.StandardKey.Undo))
    assert ui.purposeEdit.text() == "ติดตามความคืบหน้า"
    assert window.redo_action.text() == "ทำซ้ำ แก้ไขวัตถุประสงค์"
    qtbot.keySequence(ui.purposeEdit, QKeySequence(QKeySequence.StandardKey.Undo))
    assert ui.officersEdit.text() == "นายวิชัย พัฒนา"
    assert not tab.has_unsaved_changes()
    qtbot.keySequence(ui.purposeEdit, QKeySequence(QKeySequence.StandardKey.Redo))
    assert ui.officersEdit.text() == "นายวิชัย พัฒนา, นางมาลี"
    assert window.undo_action.text() == "เลิกทำ แก้ไขเจ้าหน้าที่"


def test_dates_and_follow_up_are_steps_and_another_visit_starts_afresh(window, tab, qtbot) -> None:  # noqa: ANN001
    ui = tab.form.ui
    ui.followUpEdit.line_edit.selectAll()
    type_text(ui.followUpEdit.line_edit, "1/6/2566")
    ui.followUpEdit.line_edit.editingFinished.emit()
    assert ui.followUpEdit.line_edit.text() == "1 มิ.ย. 2566"  # read as a date when typing ends
    assert tab.undo_stack().undoText() == "แก้ไขวันติดตามครั้งถัดไป"
    assert tab.undo_stack().count() == 1  # typing and reading it back are one step
    window.undo_action.trigger()
    assert ui.followUpEdit.line_edit.text() == "10 เม.ย. 2566"
    window.redo_action.trigger()
    window.new_action.trigger()  # another visit: the edits are kept as a draft
    assert tab.form.is_new and not tab.has_unsaved_changes()
    assert not window.undo_action.isEnabled() and tab.undo_stack().count() == 0


def test_photos_are_not_steps_but_still_need_saving(window, tab, qtbot, tmp_path) -> None:  # noqa: ANN001
    _type_findings(tab, TYPED)
    tab.form.add_photo_files([make_image(tmp_path / "a.png", (64, 48), "red")])
    qtbot.waitUntil(lambda: tab.form.photos.rowCount() == 1, timeout=10_000)
    assert tab.undo_stack().count() == 1  # only the typing
    window.undo_action.trigger()
    assert tab.form.ui.findingsEdit.toPlainText() == STORED_FINDINGS
    assert tab.form.photos.rowCount() == 1  # the photo stays
    assert tab.has_unsaved_changes()  # and is not saved with the visit yet
    assert tab.save()
    assert len(VisitService(tab.db).load_visit(tab.form.visit_id).photos) == 1


def test_discarding_when_leaving_can_be_undone(window, tab, asked) -> None:  # noqa: ANN001
    _type_findings(tab, TYPED)
    window.tabs.setCurrentIndex(window.tab_keys().index("producers"))  # asks; answered Discard
    assert len(asked) == 1 and not tab.has_unsaved_changes()
    window.tabs.setCurrentIndex(window.tab_keys().index("visits"))
    assert tab.form.ui.findingsEdit.toPlainText() == STORED_FINDINGS
    assert window.undo_action.text() == "เลิกทำ ยกเลิกการแก้ไขทั้งหมด"
    window.undo_action.trigger()
    assert tab.form.ui.findingsEdit.toPlainText() == STORED_FINDINGS + TYPED
    assert tab.has_unsaved_changes()


def test_a_kept_draft_opens_clean_and_undo_back_to_it_keeps_it(app, db, province, qtbot) -> None:  # noqa: ANN001
    tab = VisitsTab(db)
    qtbot.addWidget(tab)
    tab.new_record(province["producer"].id)
    type_text(tab.form.ui.purposeEdit, "ยังพิมพ์ไม่จบ")
    kept_id = tab.form.visit_id
    tab.form.ui.draftButton.click()
    assert not tab.has_unsaved_changes() and tab.undo_stack().count() == 0
    tab.show_record("visits", province["visit"].id)
    tab.show_record("visits", kept_id)  # opened from the list again: nothing unsaved
    assert tab.form.ui.purposeEdit.text() == "ยังพิมพ์ไม่จบ"
    assert not tab.has_unsaved_changes()
    type_text(tab.form.ui.findingsEdit, "ก")
    qtbot.waitUntil(lambda: not tab.drafts.load(kept_id).explicit, timeout=DRAFT_DELAY_MS + 3000)
    tab.undo_stack().undo()
    assert not tab.has_unsaved_changes()
    # Back to what was kept: it is a kept draft again, in the list and not a crash leftover.
    qtbot.waitUntil(lambda: tab.drafts.load(kept_id).explicit, timeout=DRAFT_DELAY_MS + 3000)
    assert tab.drafts.load(kept_id).state["purposeEdit"] == "ยังพิมพ์ไม่จบ"
    with pytest.raises(KboError):
        VisitService(db).load_visit(kept_id)  # a draft, never stored as a visit
