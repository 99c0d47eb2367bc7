"""The planning tab and the member-actions view through their widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import ActionStatus, PlanArea, SwotKind
from kbo_desktop.services.planning import PlanningService
from kbo_desktop.ui.planning import action_model as am
from kbo_desktop.ui.planning.member_actions import MemberActionsModel, MemberActionsView
from kbo_desktop.ui.planning.tab import PlanningTab
from kbo_desktop.ui.planning.totals_model import TotalsModel
from tests.factories import small_province

TODAY = date(2023, 6, 15)  # the factory's packaging action (due 31 May 2023, 40 %) is overdue
# The offscreen platform warns that it cannot propagate size hints of shown windows.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _type(widget, text: str) -> None:  # noqa: ANN001
    """Type Thai text key by key (QTest's keyClicks only knows ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def province(db, tmp_path):  # noqa: ANN001, ANN201
    data = small_province(db, tmp_path)
    service = PlanningService(db)
    data["weakness2"] = service.records.save(
        r.SwotItem(product_id=data["product"].id, kind=SwotKind.WEAKNESS, position=1,
                   text="สีผ้าแต่ละรอบการย้อมไม่สม่ำเสมอ")
    )  # fmt: skip
    return data


@pytest.fixture
def tab(qtbot, db, province):  # noqa: ANN001, ANN201
    widget = PlanningTab(db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    assert widget.picker.select_product(province["product"].id)
    assert widget.ui.fiscalYearSpin.value() == 2566  # 15 Jun 2023 is in FY 2566
    return widget


def _edit_cell(qtbot, tab, row: int, column: int):  # noqa: ANN001, ANN202
    """Select a cell with the keyboard and open its editor with F2, as a user would."""
    table = tab.ui.actionsTable
    table.setFocus()
    table.setCurrentIndex(tab.actions_model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    return editor


def _commit(qtbot, tab, editor) -> None:  # noqa: ANN001
    """Enter commits; the delegate does it on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.ui.actionsTable.state() != tab.ui.actionsTable.State.EditingState)


def test_models_pass_qtmodeltester(qtmodeltester, tab) -> None:  # noqa: ANN001
    qtmodeltester.check(tab.actions_model)
    qtmodeltester.check(tab.area_totals)
    qtmodeltester.check(tab.member_totals)
    qtmodeltester.check(am.ActionTableModel())
    qtmodeltester.check(TotalsModel("ด้าน"))
    qtmodeltester.check(MemberActionsModel())


def test_overdue_action_is_marked_by_colour_icon_and_words(tab) -> None:  # noqa: ANN001
    model = tab.actions_model
    due = model.index(0, am.DUE)
    assert model.data(due, am.OverdueRole)
    assert "เลยกำหนด" in model.data(due)
    assert model.data(due, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, am.AREA), Qt.ItemDataRole.BackgroundRole) is not None
    assert "เลยกำหนด 1 กิจกรรม" in tab.ui.rollupLabel.text().replace("\u200b", "")
    assert tab.ui.rollupBar.value() == 40
    assert model.data(model.index(0, am.BUDGET)) == "15,000"


def test_add_action_linked_to_a_weakness_and_see_rollups(qtbot, db, tab, province) -> None:  # noqa: ANN001
    qtbot.mouseClick(tab.ui.addActionButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the description opens for typing at once
    _type(editor, "อบรมการควบคุมคุณภาพการย้อมสี")
    _commit(qtbot, tab, editor)
    row = tab.actions_model.rowCount() - 1
    combo = _edit_cell(qtbot, tab, row, am.WEAKNESS)
    assert isinstance(combo, QComboBox)
    assert combo.count() == 3  # none + the product's two weaknesses
    combo.setCurrentIndex(combo.findData(province["weakness2"].id))
    _commit(qtbot, tab, combo)
    combo = _edit_cell(qtbot, tab, row, am.MEMBER)
    combo.setCurrentIndex(combo.findData(province["member"].id))
    _commit(qtbot, tab, combo)
    combo = _edit_cell(qtbot, tab, row, am.AREA)
    combo.setCurrentIndex(combo.findData(PlanArea.PRODUCTION.value))
    _commit(qtbot, tab, combo)
    spin = _edit_cell(qtbot, tab, row, am.BUDGET)
    assert isinstance(spin, QDoubleSpinBox)
    spin.selectAll()
    qtbot.keyClicks(spin, "5000")
    _commit(qtbot, tab, spin)
    due = _edit_cell(qtbot, tab, row, am.DUE)
    due.selectAll()
    _type(due, "30 ก.ย. 2566")
    _commit(qtbot, tab, due)
    progress = _edit_cell(qtbot, tab, row, am.PROGRESS)
    assert isinstance(progress, QSpinBox)
    progress.selectAll()
    qtbot.keyClicks(progress, "100")
    _commit(qtbot, tab, progress)
    # Budget-weighted: (15,000 × 40 + 5,000 × 100) / 20,000 = 55 %.
    assert tab.ui.rollupBar.value() == 55
    assert "ถ่วงน้ำหนักตามงบประมาณ" in tab.ui.rollupLabel.text().replace("\u200b", "")
    assert tab.area_totals.rows() == [("บรรจุภัณฑ์", 15000.0), ("การผลิต", 5000.0)]
    assert tab.member_totals.rows() == [("มหาวิทยาลัยราชภัฏเลย", 20000.0)]
    with qtbot.waitSignal(tab.dirtyChanged):
        qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    stored = [
        a
        for a in PlanningService(db).actions(province["plan"].id)
        if a.description.startswith("อบรม")
    ]
    [action] = stored
    assert action.addresses_swot_item_id == province["weakness2"].id
    assert (action.area, action.budget_thb, action.due_on) == (
        PlanArea.PRODUCTION,
        5000.0,
        date(2023, 9, 30),
    )
    assert (action.status, action.progress_pct) == (ActionStatus.DONE, 100)


def test_plan_title_is_required_with_a_thai_message(qtbot, db, tab, province) -> None:  # noqa: ANN001
    tab.ui.titleEdit.selectAll()
    qtbot.keyClick(tab.ui.titleEdit, Qt.Key.Key_Delete)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert tab.ui.titleError.text() == "กรุณากรอกชื่อเรื่อง"
    assert tab.has_unsaved_changes()
    assert (
        PlanningService(db).plan_for(province["product"].id, 2566).title == "ยกระดับผ้าย้อมครามสู่ 4 ดาว"
    )


def test_bad_action_dates_are_marked_on_the_row(qtbot, db, tab, province) -> None:  # noqa: ANN001
    start = _edit_cell(qtbot, tab, 0, am.START)
    start.selectAll()
    _type(start, "1 ก.ค. 2566")
    _commit(qtbot, tab, start)
    assert not tab.save()
    assert (
        "แถวที่ 1" in tab.ui.actionsError.text()
        and "กำหนดเสร็จต้องไม่ก่อนวันเริ่ม" in tab.ui.actionsError.text()
    )
    due = tab.actions_model.index(0, am.DUE)
    assert tab.actions_model.data(due, Qt.ItemDataRole.ToolTipRole) == "กำหนดเสร็จต้องไม่ก่อนวันเริ่ม"
    assert PlanningService(db).actions(province["plan"].id)[0].start_on == date(2023, 2, 1)


def test_delete_action_undo_then_save(qtbot, db, tab, province) -> None:  # noqa: ANN001
    table = tab.ui.actionsTable
    table.setFocus()
    table.setCurrentIndex(tab.actions_model.index(0, am.AREA))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert tab.actions_model.rowCount() == 0
    assert tab.ui.rollupBar.value() == 0
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.actions_model.rowCount() == 1
    qtbot.mouseClick(tab.ui.removeActionButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert PlanningService(db).actions(province["plan"].id) == []


def test_copy_last_year_then_save(qtbot, db, tab, province) -> None:  # noqa: ANN001
    tab.ui.fiscalYearSpin.setFocus()
    qtbot.keyClick(tab.ui.fiscalYearSpin, Qt.Key.Key_Up)
    assert tab.ui.fiscalRangeLabel.text() == "1 ต.ค. 2566 – 30 ก.ย. 2567"
    assert tab.ui.planStack.currentIndex() == 0 and tab.ui.copyLastYearButton.isEnabled()
    qtbot.mouseClick(tab.ui.copyLastYearButton, Qt.MouseButton.LeftButton)
    assert tab.has_unsaved_changes()
    assert tab.ui.titleEdit.text() == "ยกระดับผ้าย้อมครามสู่ 4 ดาว"
    assert tab.actions_model.data(tab.actions_model.index(0, am.STATUS)) == "ยังไม่เริ่ม"
    assert not tab.actions_model.data(tab.actions_model.index(0, am.DUE), am.OverdueRole)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    service = PlanningService(db)
    plan = service.plan_for(province["product"].id, 2567)
    [action] = service.actions(plan.id)
    assert (action.start_on, action.due_on, action.progress_pct) == (
        date(2024, 2, 1),
        date(2024, 5, 31),
        0,
    )
    assert action.addresses_swot_item_id == province["weakness"].id


def test_create_a_new_plan_with_the_keyboard(qtbot, db, tab, province) -> None:  # noqa: ANN001
    tab.ui.fiscalYearSpin.setValue(2568)
    assert not tab.ui.copyLastYearButton.isEnabled()  # no plan in 2567
    tab.ui.createPlanButton.setFocus()
    qtbot.keyClick(tab.ui.createPlanButton, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is tab.ui.titleEdit
    _type(tab.ui.titleEdit, "พัฒนาผ้าย้อมครามสู่ตลาดญี่ปุ่น")
    _type(tab.ui.goalEdit, "ส่งออกได้ปีละ 500 ผืน")
    tab.new_record()  # Ctrl+N in the main window: a new action
    _type(QApplication.focusWidget(), "ทำตลาดออนไลน์")
    _commit(qtbot, tab, QApplication.focusWidget())
    assert tab.save()
    plan = PlanningService(db).plan_for(province["product"].id, 2568)
    assert (plan.title, plan.goal) == ("พัฒนาผ้าย้อมครามสู่ตลาดญี่ปุ่น", "ส่งออกได้ปีละ 500 ผืน")
    assert [a.description for a in PlanningService(db).actions(plan.id)] == ["ทำตลาดออนไลน์"]


def test_show_record_opens_the_action(tab, province) -> None:  # noqa: ANN001
    tab.ui.fiscalYearSpin.setValue(2567)
    assert tab.show_record("plan_actions", province["action"].id)
    assert tab.ui.fiscalYearSpin.value() == 2566
    assert tab.ui.actionsTable.currentIndex().row() == 0


def test_member_actions_view(qtbot, db, province) -> None:  # noqa: ANN001
    view = MemberActionsView(db, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.set_member(province["member"].id)
    assert view.model.rowCount() == 1
    assert "เลยกำหนด 1 กิจกรรม" in view.summary_label.text().replace("\u200b", "")
    with qtbot.waitSignal(view.actionActivated) as blocker:
        view.table.activated.emit(view.model.index(0, 0))
    assert blocker.args == ["plan_actions", province["action"].id]
    view.set_member(None)
    assert view.model.rowCount() == 0
