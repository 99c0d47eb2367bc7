"""The visit tab as an officer uses it: type, tick, add photos, save, keep a draft, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import ActionStatus
from kbo_desktop.services.planning import PlanningService, rollup
from kbo_desktop.services.visit_photos import in_packet
from kbo_desktop.services.visits import VisitService
from kbo_desktop.ui.visits.list_model import ReminderListModel, VisitListModel
from kbo_desktop.ui.visits.observations import (
    COL_ACTION,
    COL_NOTE,
    COL_PROGRESS,
    COL_STATUS,
    HistoryModel,
)
from kbo_desktop.ui.visits.photos import VisitPhotoModel
from kbo_desktop.ui.visits.tab import VisitsTab
from tests.factories import make_image, small_province

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard would.

    ``QTest.keyClicks`` maps each character to a Latin key code and asserts on
    Thai, so each character is sent as a key event carrying its text instead
    (what a Thai keyboard layout delivers); a newline is the Return key.
    """
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


@pytest.fixture
def app(qapp):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application

    return create_application([])


@pytest.fixture
def province(db, tmp_path):  # noqa: ANN001, ANN201
    return small_province(db, tmp_path)


@pytest.fixture
def tab(app, qtbot, db, province):  # noqa: ANN001, ANN201
    page = VisitsTab(db)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def _pick_producer(tab: VisitsTab, name: str) -> None:
    combo = tab.form.ui.producerCombo
    combo.setCurrentIndex(combo.findText(name, Qt.MatchFlag.MatchStartsWith))


def test_every_model_passes_the_model_tester(tab, qtmodeltester, province, db) -> None:  # noqa: ANN001
    tab.show_record("visits", province["visit"].id)
    qtmodeltester.check(tab.visits)
    qtmodeltester.check(tab.reminders)
    qtmodeltester.check(tab.form.observations)
    tab.form.history.set_entries(VisitService(db).history(province["action"].id))
    qtmodeltester.check(tab.form.history)
    qtmodeltester.check(tab.form.photos)
    for model in (VisitListModel(), ReminderListModel(), HistoryModel(), VisitPhotoModel(db)):
        qtmodeltester.check(model)


def test_saving_a_visit_moves_the_plan_action(tab, qtbot, db, province) -> None:  # noqa: ANN001
    tab.new_record()
    _pick_producer(tab, province["producer"].name)
    form = tab.form
    type_text(form.ui.officersEdit, "นางสาวมาลี ศรีสุข")
    type_text(form.ui.purposeEdit, "ติดตามการออกแบบบรรจุภัณฑ์")
    type_text(form.ui.findingsEdit, "ได้กล่องใหม่แล้ว พิมพ์ลายผ้าย้อมคราม")
    type_text(form.ui.locationEdit, "17.48, 101.72")
    model = form.observations
    assert model.rowCount() == 1
    model.setData(model.index(0, COL_STATUS), ActionStatus.DONE.value)
    model.setData(model.index(0, COL_NOTE), "ส่งมอบแบบแล้ว")
    assert model.index(0, COL_ACTION).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, COL_PROGRESS).data(Qt.ItemDataRole.EditRole) == 100
    assert tab.has_unsaved_changes()
    with qtbot.waitSignal(tab.dirtyChanged):
        qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not tab.has_unsaved_changes()
    planning = PlanningService(db)
    actions = planning.actions(province["plan"].id)
    assert (actions[0].status, actions[0].progress_pct) == (ActionStatus.DONE, 100)
    assert rollup(actions, date.today()).progress_pct == 100
    stored = VisitService(db).load_visit(form.visit_id)
    assert stored.visit.lat == 17.48 and stored.visit.officers == ["นางสาวมาลี ศรีสุข"]
    assert stored.observations[0].note == "ส่งมอบแบบแล้ว"
    assert tab.drafts.load(form.visit_id) is None, "a saved visit leaves no draft"
    # the history of the action shows the new observation on top
    form.ui.observationsView.selectRow(0)
    assert "ส่งมอบแบบแล้ว" in form.history.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)


def test_a_visit_without_a_producer_is_refused_with_a_message(tab, qtbot) -> None:  # noqa: ANN001
    tab.new_record()
    type_text(tab.form.ui.purposeEdit, "ยังไม่ได้เลือกผู้ผลิต")
    qtbot.mouseClick(tab.form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "ผู้ผลิต" in tab.form.ui.errorLabel.text()
    assert tab.has_unsaved_changes()


def test_photos_added_many_at_once_with_caption_and_packet_choice(
    tab, qtbot, db, province, tmp_path, monkeypatch
) -> None:  # noqa: ANN001, E501
    files = [
        str(make_image(tmp_path / f"p{i}.png", (2400, 1800) if i == 0 else (64, 48), c))
        for i, c in enumerate(("red", "green", "blue"))
    ]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    tab.show_record("visits", province["visit"].id)
    photos = tab.form.photos
    qtbot.mouseClick(tab.form.photo_strip.ui.addPhotoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: photos.rowCount() == 3, timeout=10_000)
    photos.setData(photos.index(0), "สมาชิกกลุ่มกับกล่องต้นแบบ", Qt.ItemDataRole.EditRole)
    photos.setData(photos.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tab.save()
    stored = VisitService(db).load_visit(province["visit"].id).photos
    chosen = [p for p in stored if in_packet(p)]
    assert len(stored) == 3 and [p.caption for p in chosen] == ["สมาชิกกลุ่มกับกล่องต้นแบบ"]
    assert max(p.sha256 for p in stored)  # stored by hash
    big = next(p for p in stored if p.caption)
    from PIL import Image

    with Image.open(db.photos_dir / big.file_name) as image:
        assert max(image.size) <= 2000


def test_keep_as_draft_and_finish_later(app, qtbot, tab, db, province) -> None:  # noqa: ANN001
    tab.new_record()
    type_text(tab.form.ui.purposeEdit, "ยังพิมพ์ไม่จบ")
    visit_id = tab.form.visit_id
    qtbot.mouseClick(tab.form.ui.draftButton, Qt.MouseButton.LeftButton)
    assert not tab.has_unsaved_changes()
    assert tab.visits.row_of(visit_id) == 0
    later = VisitsTab(db)
    qtbot.addWidget(later)
    assert later.ui.draftBanner.isHidden(), (
        "an explicit draft is in the list, not offered as a crash leftover"
    )
    later.ui.visitsView.selectRow(later.visits.row_of(visit_id))
    assert later.form.ui.purposeEdit.text() == "ยังพิมพ์ไม่จบ"
    _pick_producer(later, province["producer"].name)
    assert later.save()
    assert VisitService(db).load_visit(visit_id).visit.purpose == "ยังพิมพ์ไม่จบ"
    assert later.drafts.load(visit_id) is None


def test_print_writes_a_pdf(tab, qtbot, province, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.show_record("visits", province["visit"].id)
    assert tab.can_print()
    qtbot.mouseClick(tab.form.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=15_000)
    assert Path(target).read_bytes().startswith(b"%PDF")


def test_reminders_shown_on_open_and_in_the_tab(tab, province) -> None:  # noqa: ANN001
    text = tab.startup_reminders()
    assert text is not None and province["producer"].name in text
    assert tab.reminders.rowCount() == 2  # the overdue follow-up and the overdue action


def test_filters_narrow_the_list(tab, db, province) -> None:  # noqa: ANN001
    VisitService(db).save_visit(
        r.Visit(
            producer_id=province["producer"].id, visited_on=date(2023, 5, 1), officers=["นายสมชาย"]
        ),
        [],
    )
    tab.refresh()
    assert tab.visits.rowCount() == 2
    type_text(tab.ui.officerFilterEdit, "สมชาย")
    assert tab.visits.rowCount() == 1


def test_the_list_shows_the_visit_the_form_shows(tab, db, province) -> None:  # noqa: ANN001
    view = tab.ui.visitsView
    assert tab.form.is_new and not view.selectionModel().hasSelection(), "opens on a new visit"
    service = VisitService(db)
    for day in range(1, 29):
        visit = r.Visit(producer_id=province["producer"].id, visited_on=date(2023, 8, day),
                        officers=["นายวิชัย พัฒนา"])  # fmt: skip
        service.save_visit(visit, [])
    tab.refresh()
    oldest = province["visit"].id  # listed last, far below the fold
    tab.show_record("visits", oldest)
    row = tab.visits.row_of(oldest)
    assert row == tab.visits.rowCount() - 1
    assert [i.row() for i in view.selectionModel().selectedRows()] == [row]
    assert view.viewport().rect().contains(view.visualRect(tab.visits.index(row, 0)).center())
    assert tab.form.visit_id == oldest
