"""The network directory driven through its widgets: add, validate, edit, delete, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import MemberKind
from kbo_desktop.ui.widgets.thai_wrap import unwrappable
from tests.thai_typing import type_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def tab(qapp, db, qtbot):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.network.tab import NetworkTab

    create_application([])
    page = NetworkTab(db)
    qtbot.addWidget(page)
    page.show()
    return page


def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


def test_add_edit_delete_and_undo_a_member(tab, records, qtbot, monkeypatch) -> None:  # noqa: ANN001
    ui = tab.editor.ui
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    type_text(ui.nameEdit, "นางคำผง ทองสุข")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MemberKind.LOCAL_SAGE.value))
    type_text(ui.expertiseEdit, "สมุนไพรพื้นบ้าน ปั้นหม้อดินเผา")
    type_text(ui.phoneEdit, "โทรหาได้ทุกวัน")
    with qtbot.waitSignal(tab.statusMessage):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.phoneError.isVisible() and "เบอร์โทรศัพท์" in unwrappable(ui.phoneError.text())
    assert records.list(r.NetworkMember) == []

    ui.phoneEdit.clear()
    type_text(ui.phoneEdit, "093-518-6624")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    [saved] = records.list(r.NetworkMember)
    assert (saved.name, saved.kind, saved.phone) == (
        "นางคำผง ทองสุข",
        MemberKind.LOCAL_SAGE,
        "093-518-6624",
    )
    assert saved.expertise == "สมุนไพรพื้นบ้าน ปั้นหม้อดินเผา"
    assert not ui.phoneError.isVisible() and not tab.has_unsaved_changes()
    assert tab.table.selectionModel().selectedRows()[0].data() is not None

    type_text(ui.organizationEdit, "กลุ่มสมุนไพรบ้านนาอาน")
    assert tab.has_unsaved_changes()
    tab.revert()
    assert ui.organizationEdit.text() == "" and not tab.has_unsaved_changes()
    type_text(ui.organizationEdit, "กลุ่มสมุนไพรบ้านนาอาน")
    assert tab.save()
    assert records.get(r.NetworkMember, saved.id).organization == "กลุ่มสมุนไพรบ้านนาอาน"

    _yes(monkeypatch)
    qtbot.mouseClick(ui.deleteButton, Qt.MouseButton.LeftButton)
    assert records.list(r.NetworkMember) == []
    assert tab.model.rowCount() == 0 and tab.undo_bar.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert [m.id for m in records.list(r.NetworkMember)] == [saved.id]
    assert tab.model.rowCount() == 1 and ui.nameEdit.text() == "นางคำผง ทองสุข"


def test_empty_name_is_reported_beside_the_field(tab, qtbot) -> None:  # noqa: ANN001
    tab.new_record()
    type_text(tab.editor.ui.emailEdit, "not-an-email")
    assert not tab.save()
    assert (
        unwrappable(tab.editor.ui.nameError.text()) == "กรุณากรอกชื่อ"
    )  # display text carries U+200B
    assert "อีเมล" in unwrappable(tab.editor.ui.emailError.text())


def test_filter_by_text_and_kind(tab, records) -> None:  # noqa: ANN001
    records.save(
        r.NetworkMember(
            name="มหาวิทยาลัยราชภัฏเลย", kind=MemberKind.ACADEMIC, expertise="ออกแบบบรรจุภัณฑ์"
        )
    )
    records.save(r.NetworkMember(name="สำนักงานพาณิชย์จังหวัดเลย", kind=MemberKind.GOVERNMENT_AGENCY))
    records.save(
        r.NetworkMember(name="นางบุญเรือน ศรีคำภา", kind=MemberKind.LOCAL_SAGE, expertise="ย้อมคราม")
    )
    tab.refresh()
    assert tab.proxy.rowCount() == 3
    type_text(tab.filter_edit, "บรรจุ")
    assert [
        tab.proxy.index(i, 0).data().replace("\u200b", "") for i in range(tab.proxy.rowCount())
    ] == ["มหาวิทยาลัยราชภัฏเลย"]
    tab.filter_edit.clear()
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(MemberKind.LOCAL_SAGE.value))
    assert tab.proxy.rowCount() == 1
    assert "1 จาก 3" in tab.count_label.text()


def test_switching_member_with_unsaved_edits_can_be_cancelled(
    tab, records, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    first = records.save(r.NetworkMember(name="ก สมาชิกแรก"))
    records.save(r.NetworkMember(name="ข สมาชิกที่สอง"))
    tab.refresh()
    tab.table.selectRow(0)
    assert tab.editor.loaded().id == first.id
    type_text(tab.editor.ui.phoneEdit, "042-811-2468")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    tab.table.selectRow(1)
    assert tab.editor.loaded().id == first.id and tab.editor.ui.phoneEdit.text() == "042-811-2468"
    assert tab.table.selectionModel().selectedRows()[0].row() == 0


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    from kbo_desktop.ui.network.model import MemberFilterProxy, NetworkMembersModel

    model = NetworkMembersModel()
    model.set_members([r.NetworkMember(name="ญี่ปุ่นศึกษา", kind=MemberKind.ACADEMIC, email="a@b.co"),
                       r.NetworkMember(name="น้ำปั้น", kind=MemberKind.OTHER)])  # fmt: skip
    qtmodeltester.check(model)
    proxy = MemberFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_kind(MemberKind.ACADEMIC)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_show_record_selects_the_member(tab, records) -> None:  # noqa: ANN001
    member = records.save(
        r.NetworkMember(name="ธ.ก.ส. สาขาเลย", kind=MemberKind.FINANCIAL_INSTITUTION)
    )
    tab.refresh()
    assert tab.show_record("network_members", member.id)
    assert tab.editor.ui.nameEdit.text() == "ธ.ก.ส. สาขาเลย"
    assert not tab.show_record("producers", member.id)


def test_a_member_shows_every_plan_action_assigned_to_them_and_opens_it(
    qapp, db, qtbot, tmp_path  # noqa: ANN001
) -> None:
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.network.tab import NetworkTab
    from tests.factories import small_province

    create_application([])
    saved = small_province(db, tmp_path)
    page = NetworkTab(db)
    qtbot.addWidget(page)
    page.show()
    assert page.show_record("network_members", saved["member"].id)

    view = page.member_actions
    assert view.model.rowCount() == 1
    assert view.model.row_data(0).action.id == saved["action"].id
    with qtbot.waitSignal(page.recordRequested) as requested:
        view.table.activated.emit(view.model.index(0, 0))
    assert requested.args == ["plan_actions", saved["action"].id]

    page.new_record()
    assert view.model.rowCount() == 0
