"""Edit ▸ เลิกทำ / ทำซ้ำ: stepping back and forth through unsaved edits in the real window.

The user types and picks in the editors, then undoes and redoes through the
window's actions and keys, and looks at the form, the Edit menu's words and
whether the program still thinks anything is unsaved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import CertificationStatus, MemberKind, ProducerType, Standard
from kbo_desktop.ui.widgets.language import enum_label
from tests.thai_typing import type_text
from tests.ui_helpers import shown

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

NAME = "กลุ่มแม่บ้านน้ำพริกนาด้วง"


@pytest.fixture
def app(qapp):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application

    return create_application([])


@pytest.fixture
def stored(records) -> tuple[r.Producer, r.Product, r.Certification]:  # noqa: ANN001
    producer = records.save(
        r.Producer(name=NAME, producer_type=ProducerType.COMMUNITY_GROUP, phone="042-000-000")
    )
    product = records.save(r.Product(producer_id=producer.id, name="น้ำพริกตาแดง"))
    cert = records.save(
        r.Certification(product_id=product.id, standard=Standard.FDA, number="42-1-00001",
                        status=CertificationStatus.HELD)
    )  # fmt: skip
    return producer, product, cert


@pytest.fixture
def window(app, db, stored, asked, qtbot, tmp_path: Path):  # noqa: ANN001, ANN201
    """The main window on the stored producer; ``asked`` (conftest) answers its questions."""
    from kbo_desktop.ui.main_window import MainWindow
    from kbo_desktop.ui.settings import AppSettings

    win = shown(qtbot, MainWindow(db, AppSettings(tmp_path / "settings.ini")))
    assert win.current_page() is win.pages["producers"]
    return win


def _pick(combo, text: str) -> None:  # noqa: ANN001
    index = combo.findText(text)
    assert index >= 0, f"{text} not offered"
    combo.setCurrentIndex(index)


def _finish(edit) -> None:  # noqa: ANN001
    """Leave a line edit as Tab or a click elsewhere would."""
    edit.editingFinished.emit()


def test_undo_and_redo_walk_back_and_forth_through_the_steps(window, stored) -> None:  # noqa: ANN001
    tab = window.pages["producers"]
    ui = tab.editor.ui
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    ui.nameEdit.end(False)
    type_text(ui.nameEdit, "บ้านนา")
    _finish(ui.nameEdit)
    _pick(ui.typeCombo, enum_label(ProducerType.SME))
    assert tab.has_unsaved_changes()
    assert window.undo_action.text() == "เลิกทำ เปลี่ยนประเภทผู้ผลิต"

    window.undo_action.trigger()
    assert ui.typeCombo.currentText() == enum_label(ProducerType.COMMUNITY_GROUP)
    assert ui.nameEdit.text() == NAME + "บ้านนา"  # typing the name is one step, still there
    assert window.undo_action.text() == "เลิกทำ แก้ไขชื่อกลุ่ม/ผู้ผลิต"
    assert window.redo_action.text() == "ทำซ้ำ เปลี่ยนประเภทผู้ผลิต"

    window.undo_action.trigger()
    assert ui.nameEdit.text() == NAME
    assert not tab.has_unsaved_changes() and not window.save_action.isEnabled()
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "เลิกทำ"
    assert not window.isWindowModified()

    window.redo_action.trigger()
    window.redo_action.trigger()
    assert ui.nameEdit.text() == NAME + "บ้านนา"
    assert ui.typeCombo.currentText() == enum_label(ProducerType.SME)
    assert tab.has_unsaved_changes() and not window.redo_action.isEnabled()
    assert tab.editor.draft().producer.producer_type == ProducerType.SME


def test_typing_in_one_field_is_one_step_and_another_field_starts_a_new_one(window) -> None:  # noqa: ANN001
    tab = window.pages["producers"]
    ui, stack = tab.editor.ui, tab.undo_stack()
    type_text(ui.contactEdit, "นางสมใจ")
    type_text(ui.phoneEdit, "1")
    type_text(ui.contactEdit, " ใจดี")
    assert stack.count() == 3
    assert [stack.text(i) for i in range(3)] == ["แก้ไขผู้ติดต่อ", "แก้ไขโทรศัพท์", "แก้ไขผู้ติดต่อ"]
    window.undo_action.trigger()
    assert ui.contactEdit.text() == "นางสมใจ"
    # Typed and rubbed out again: no step is left to undo.
    type_text(ui.otopEdit, "ก")
    ui.otopEdit.backspace()
    assert stack.count() == 2 and stack.undoText() == "แก้ไขโทรศัพท์"


def test_undo_back_to_the_saved_record_asks_nothing_when_leaving(window, asked, records) -> None:  # noqa: ANN001
    other = records.save(r.Producer(name="วิสาหกิจชุมชนไวน์มะขามภูเรือ"))
    tab = window.pages["producers"]
    tab.refresh()
    type_text(tab.editor.ui.nameEdit, "ใหม่")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert not window.isWindowModified()
    assert tab.show_record("producers", other.id)
    assert asked == []  # nothing unsaved: no "save first?" question
    assert tab.editor.ui.nameEdit.text() == "วิสาหกิจชุมชนไวน์มะขามภูเรือ"
    assert not window.undo_action.isEnabled()  # another record: a fresh history


def test_saving_clears_the_history(window, records, stored) -> None:  # noqa: ANN001
    tab = window.pages["producers"]
    type_text(tab.editor.ui.contactEdit, "นายบุญมี")
    assert window.undo_action.isEnabled()
    window.save_action.trigger()
    assert records.get(r.Producer, stored[0].id).contact_name == "นายบุญมี"
    assert not window.undo_action.isEnabled() and tab.undo_stack().count() == 0
    assert tab.undo_stack().isClean() and not tab.has_unsaved_changes()


def test_ctrl_z_in_a_field_undoes_the_last_step_and_redo_key_brings_it_back(window, qtbot) -> None:  # noqa: ANN001
    tab = window.pages["producers"]
    ui = tab.editor.ui
    _pick(ui.typeCombo, enum_label(ProducerType.SME))
    type_text(ui.contactEdit, "นางสมใจ")
    assert ui.contactEdit.hasFocus()
    # The key does what Edit ▸ เลิกทำ says, not the line edit's own undo.
    qtbot.keySequence(ui.contactEdit, QKeySequence(QKeySequence.StandardKey.Undo))
    assert ui.contactEdit.text() == ""
    assert window.redo_action.text() == "ทำซ้ำ แก้ไขผู้ติดต่อ"
    assert ui.typeCombo.currentText() == enum_label(ProducerType.SME)
    qtbot.keySequence(ui.contactEdit, QKeySequence(QKeySequence.StandardKey.Undo))
    assert ui.typeCombo.currentText() == enum_label(ProducerType.COMMUNITY_GROUP)
    assert not tab.has_unsaved_changes()
    qtbot.keySequence(ui.contactEdit, QKeySequence(QKeySequence.StandardKey.Redo))
    assert ui.typeCombo.currentText() == enum_label(ProducerType.SME)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.revert_action.shortcut().isEmpty()  # Ctrl+Z no longer throws everything away


def test_edit_menu_undoes_in_the_tab_that_is_showing(window, asked) -> None:  # noqa: ANN001
    producers, network = window.pages["producers"], window.pages["network"]
    edit_menu = window.menuBar().actions()[1].menu()
    assert edit_menu.actions()[:2] == [window.undo_action, window.redo_action]
    assert window.revert_action in edit_menu.actions()
    assert window.undo_action in window.toolbar.actions()

    window.tabs.setCurrentWidget(network)
    assert window.undo_group.activeStack() is network.undo_stack()
    network.new_button.click()
    type_text(network.editor.ui.nameEdit, "สำนักงานพัฒนาชุมชนจังหวัดเลย")
    _pick(network.editor.ui.kindCombo, enum_label(MemberKind.ACADEMIC))
    assert window.undo_action.text() == "เลิกทำ เปลี่ยนประเภท"

    window.tabs.setCurrentWidget(producers)  # asks; the fixture answers Discard
    assert len(asked) == 1 and window.current_page() is producers
    assert window.undo_group.activeStack() is producers.undo_stack()
    assert not window.undo_action.isEnabled()  # nothing edited here

    window.tabs.setCurrentWidget(network)
    assert window.undo_action.text() == "เลิกทำ ยกเลิกการแก้ไขทั้งหมด"
    window.undo_action.trigger()  # the discarded typing comes back
    assert network.editor.ui.nameEdit.text() == "สำนักงานพัฒนาชุมชนจังหวัดเลย"
    assert network.editor.ui.kindCombo.currentText() == enum_label(MemberKind.ACADEMIC)
    assert network.has_unsaved_changes()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert network.editor.ui.nameEdit.text() == ""


def test_revert_is_a_step_that_can_be_undone(window) -> None:  # noqa: ANN001
    tab = window.pages["producers"]
    type_text(tab.editor.ui.phoneEdit, "1")
    window.revert_action.trigger()
    assert tab.editor.ui.phoneEdit.text() == "042-000-000" and not tab.has_unsaved_changes()
    window.undo_action.trigger()
    assert tab.editor.ui.phoneEdit.text() == "042-000-0001" and tab.has_unsaved_changes()


def test_product_and_certification_edits_are_steps_too(window, stored) -> None:  # noqa: ANN001
    tab = window.pages["producers"]
    editor = tab.editor
    pui = editor.product_editor.ui
    assert editor.select_product(stored[1].id)
    _pick(pui.certStatusCombo, enum_label(CertificationStatus.EXPIRED))
    editor.ui.addProductButton.click()
    type_text(pui.productNameEdit, "แคบหมู")
    stack = tab.undo_stack()
    assert [stack.text(i) for i in range(stack.count())] == [
        "เปลี่ยนสถานะมาตรฐาน", "เพิ่มผลิตภัณฑ์", "แก้ไขชื่อผลิตภัณฑ์",
    ]  # fmt: skip
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert editor.products.rowCount() == 1  # the new product is gone again
    window.undo_action.trigger()
    assert editor.ui.pages.currentIndex() == 1  # the product page shows what was undone
    assert pui.certStatusCombo.currentText() == enum_label(CertificationStatus.HELD)
    assert not tab.has_unsaved_changes()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert editor.products.rowCount() == 2


def test_undo_never_brings_back_a_record_deleted_from_the_store(window, stored, records) -> None:  # noqa: ANN001
    tab = window.pages["producers"]
    editor = tab.editor
    type_text(editor.ui.contactEdit, "นางสมใจ")
    editor.select_product(stored[1].id)
    editor.product_editor.ui.removeCertButton.click()  # asks (Yes) and deletes at once
    assert records.list(r.Certification) == []
    assert tab.undo_stack().count() == 1  # the delete is undone from the bar, not here
    window.undo_action.trigger()
    assert editor.ui.contactEdit.text() == ""
    assert not tab.has_unsaved_changes()  # the draft has no certification to save back
    assert editor.draft().certifications == []
    tab.undo_delete()  # the undo bar brings it back
    assert [c.id for c in editor.draft().certifications] == [stored[2].id]
    assert not tab.has_unsaved_changes()
