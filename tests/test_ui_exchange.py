"""Moving data through the window: import preview, export choices, spreadsheets,
Excel lists, backups and restore, as an officer clicks through them."""

from __future__ import annotations

from array import array
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QPushButton

from kbo_desktop.domain import records as r
from kbo_desktop.services.backup import backup_database, list_backups
from kbo_desktop.services.conflicts import list_conflicts
from kbo_desktop.services.exchange import (
    ImportSummary,
    build_document,
    export_bundle,
    import_bundle,
    preview_bundle,
)
from kbo_desktop.services.exchange_summary import BundlePreview, ChangedRecord, describe_bundle
from kbo_desktop.services.merge import CollectionCounts
from kbo_desktop.services.records import RecordService
from kbo_desktop.services.spreadsheet_template import COLUMNS, DATA_SHEET
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange.change_list_model import SORT_LIMIT, ChangeListModel
from kbo_desktop.ui.exchange.table_model import RowsModel, TableRow
from kbo_desktop.ui.widgets.thai_wrap import WrapLabel, unwrappable
from tests.bundles import read_parts, write_bundle
from tests.factories import small_province

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def app(qapp):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.app import create_application

    return create_application([])


@pytest.fixture
def actions(app, db, tmp_path: Path, qtbot):  # noqa: ANN001, ANN201
    from kbo_desktop.ui.exchange_actions import ExchangeActions
    from kbo_desktop.ui.settings import AppSettings

    window = QMainWindow()
    qtbot.addWidget(window)
    settings = AppSettings(tmp_path / "settings.ini")
    settings.last_folder = str(tmp_path)
    exchange = ExchangeActions(window, db, settings)
    window.show()
    return exchange


def _loaded(qtbot, dialog) -> Any:  # noqa: ANN001
    """The dialog once its file has been read and checked in the background."""
    qtbot.waitUntil(lambda: dialog.state != "loading", timeout=10000)
    return dialog


def _cells(model: RowsModel | ChangeListModel) -> list[tuple[str, ...]]:
    if isinstance(model, ChangeListModel):
        return [model.cells(row) for row in range(model.rowCount())]
    return [row.cells for row in model.rows()]


def _records(db: Database) -> dict[str, Any]:
    return build_document(db)["records"]


def _other_laptop(tmp_path: Path) -> tuple[Database, dict[str, r.Record]]:
    other = Database(tmp_path / "other" / "kbo.db")
    return other, small_province(other, tmp_path)


# -- import preview -----------------------------------------------------------------
def test_preview_names_what_is_added_changed_deleted_and_in_conflict_then_imports(
    actions, db, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    other, made = _other_laptop(tmp_path)
    import_bundle(db, export_bundle(other, tmp_path / "first.kbo").file)
    theirs, ours = RecordService(other), RecordService(db)
    theirs.save(replace(made["producer"], name="กลุ่มทอผ้าย้อมครามบ้านนาอาน (ปรับปรุง)"))
    theirs.delete(r.Visit, made["visit"].id)
    theirs.save(replace(theirs.get(r.Product, made["product"].id), price_thb=500.0))
    ours.save(
        replace(ours.get(r.Product, made["product"].id), price_thb=520.0)
    )  # later: ours is kept
    second = export_bundle(other, tmp_path / "second.kbo").file
    before = _records(db)

    actions.import_bundle(second)
    dialog = _loaded(qtbot, actions.dialog)

    assert dialog.state == "ready"
    counts = {cells[0]: cells[1:] for cells in _cells(dialog.counts_model)}
    assert counts["ผู้ผลิต"] == ("0", "1", "0", "0")  # added, updated, deleted, unchanged
    assert counts["การลงพื้นที่"][2] == "1"
    changes = _cells(dialog.changes_model)
    renamed = ("ผู้ผลิต", "กลุ่มทอผ้าย้อมครามบ้านนาอาน (ปรับปรุง)", "ต.นาอาน อ.เมืองเลย")
    assert (*renamed, "ปรับปรุง: ชื่อกลุ่ม/ผู้ผลิต") in changes  # names the field that changes
    assert any(c[0] == "การลงพื้นที่" and "ติดตามความคืบหน้า" in c[1] and c[3] == "ลบ" for c in changes)
    assert _cells(dialog.conflicts_model) == [
        ("ผลิตภัณฑ์", "ผ้าฝ้ายทอมือย้อมคราม", "กลุ่มทอผ้าย้อมครามบ้านนาอาน (ปรับปรุง)", "ฉบับในเครื่องนี้")
    ]
    assert dialog.tabs.tabText(1) == "ข้อมูลขัดแย้ง (1)"
    summary = preview_bundle(db, second)  # the dialog agrees with the service's own preview
    assert counts["ทุกประเภท"][1] == str(sum(c.updated for c in summary.counts.values()))
    assert _records(db) == before  # looking wrote nothing

    with qtbot.waitSignal(actions.finished, timeout=10000), qtbot.waitSignal(actions.dataChanged):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert ours.get(r.Producer, made["producer"].id).name.endswith("(ปรับปรุง)")
    assert ours.get(r.Product, made["product"].id).price_thb == 520.0
    assert [c.record_id for c in list_conflicts(db)] == [made["product"].id]
    assert "ข้อมูลขัดแย้ง 1 รายการ เก็บไว้ให้ตรวจ" in unwrappable(actions.message.text())


def test_choosing_a_kind_shows_only_those_records(actions, db, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    other, made = _other_laptop(tmp_path)
    actions.import_bundle(export_bundle(other, tmp_path / "all.kbo").file)
    dialog = _loaded(qtbot, actions.dialog)
    kinds = [cells[0] for cells in _cells(dialog.counts_model)]
    dialog.counts_view.selectRow(kinds.index("ผลิตภัณฑ์"))
    shown = [
        dialog.changes_model.index(i, 1).data() for i in range(dialog.changes_model.rowCount())
    ]
    assert len(shown) == 1 and shown[0].replace("\u200b", "") == made["product"].name
    dialog.counts_view.selectRow(0)
    assert dialog.changes_model.rowCount() == sum(len(v) for v in _records(other).values())


def test_cancelling_the_preview_imports_nothing(actions, db, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    other, _made = _other_laptop(tmp_path)
    actions.import_bundle(export_bundle(other, tmp_path / "all.kbo").file)
    dialog = _loaded(qtbot, actions.dialog)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert actions.task is None and actions.dialog is None
    assert RecordService(db).list(r.Producer) == []


def test_closing_the_preview_while_it_reads_is_harmless(actions, db, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    other, _made = _other_laptop(tmp_path)
    actions.import_bundle(export_bundle(other, tmp_path / "all.kbo").file)
    actions.dialog.reject()  # before the background reading has reported
    assert QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # let the finished reading report to the closed dialog: nothing happens
    assert actions.dialog is None and RecordService(db).list(r.Producer) == []


def test_cancelling_a_running_import_changes_nothing(actions, db, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    other, _made = _other_laptop(tmp_path)
    bundle = export_bundle(other, tmp_path / "all.kbo").file
    with qtbot.waitSignal(actions.finished, timeout=10000):
        actions.run_import(bundle)
        actions.runner.progress.findChild(QPushButton).click()  # the progress dialog's Cancel
    assert RecordService(db).list(r.Producer) == []
    assert actions.message.windowTitle() == "ยกเลิกแล้ว"


def test_a_broken_bundle_shows_its_error_naming_the_record_and_changes_nothing(
    actions, db, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    other, made = _other_laptop(tmp_path)
    manifest, data, photos = read_parts(export_bundle(other, tmp_path / "all.kbo").file)
    data["records"]["producers"] = []  # the product now points at a producer nobody has
    broken = write_bundle(tmp_path / "broken.kbo", manifest, data, photos)
    before = _records(db)

    actions.import_bundle(broken)
    dialog = _loaded(qtbot, actions.dialog)

    assert dialog.state == "failed"
    assert "อ้างถึงผู้ผลิต" in dialog.error_label.plainText()
    assert made["producer"].id in dialog.error_label.plainText()
    assert "products[0]" in dialog.error_where.plainText()
    assert f"“{made['product'].name}”" in dialog.error_where.plainText()  # by name, not only id
    assert dialog.import_button.isHidden() and dialog.cancel_button.text() == "ปิด"
    assert _records(db) == before


def test_describe_bundle_lists_as_many_records_as_the_preview_counts(db, tmp_path: Path) -> None:
    other, _made = _other_laptop(tmp_path)
    preview = describe_bundle(db, export_bundle(other, tmp_path / "all.kbo").file)
    assert len(preview.changes) == sum(c.added for c in preview.summary.counts.values()) == 11
    assert all(item.name for item in preview.changes)


# -- export options -------------------------------------------------------------------
def _second_district(db: Database) -> r.Producer:
    return RecordService(db).save(
        r.Producer(
            name="กลุ่มจักสานไม้ไผ่บ้านนาซ่าว",
            address=r.Address(tambon="นาซ่าว", amphoe="เชียงคาน", province="เลย", postcode="42110"),
        )
    )


def _export_through_dialog(actions, qtbot, path: Path, **scope: str) -> dict[str, Any]:  # noqa: ANN001
    actions.export_bundle()
    dialog = actions.dialog
    if "office" in scope:
        dialog.set_office(scope["office"])
    if "amphoe" in scope:
        dialog.set_amphoe(scope["amphoe"])
    dialog.file_field.set_path(path)
    written = dialog.choice().path
    with qtbot.waitSignal(actions.finished, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    manifest, _data, _photos = read_parts(written)
    return manifest


def test_export_options_write_a_district_bundle(actions, db, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    small_province(db, tmp_path)
    _second_district(db)
    actions.export_bundle()
    amphoes = [
        actions.dialog.amphoe_combo.itemData(i) for i in range(actions.dialog.amphoe_combo.count())
    ]
    assert amphoes == ["เชียงคาน", "เมืองเลย"]
    actions.dialog.reject()

    manifest = _export_through_dialog(
        actions, qtbot, tmp_path / "chiang-khan.kbo", amphoe="เชียงคาน"
    )

    assert manifest["partial"] == {"amphoe": "เชียงคาน"}
    assert manifest["counts"]["producers"] == 1 and manifest["counts"]["products"] == 0


def test_export_options_send_an_office_only_what_changed(
    actions, db, tmp_path: Path, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    from kbo_desktop.services import sync_state

    # The service reaches a few minutes further back than the last export, to be
    # safe; here every record is seconds old, so that margin would take them all.
    monkeypatch.setattr(sync_state, "EXPORT_MARGIN", timedelta(0))
    made = small_province(db, tmp_path)
    office = "สำนักงานพัฒนาชุมชนจังหวัดเลย"
    first = _export_through_dialog(actions, qtbot, tmp_path / "first.kbo", office=office)
    assert first["counts"]["producers"] == 1 and first["counts"]["visits"] == 1
    RecordService(db).save(replace(made["producer"], phone="089-999-0000"))

    actions.export_bundle()
    assert (
        actions.dialog.office_combo.itemText(0) == office
    )  # offices from earlier exchanges are offered
    actions.dialog.set_office(office)
    assert "ครั้งล่าสุดเมื่อ" in actions.dialog.office_hint.plainText()
    actions.dialog.reject()
    second = _export_through_dialog(actions, qtbot, tmp_path / "second.kbo", office=office)

    assert second["partial"]["office"] == office
    assert second["counts"]["producers"] == 1 and second["counts"]["visits"] == 0


def test_export_everything_needs_no_choice(actions, db, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    small_province(db, tmp_path)
    manifest = _export_through_dialog(actions, qtbot, tmp_path / "all")
    assert "partial" not in manifest and manifest["counts"]["producers"] == 1
    assert (tmp_path / "all.kbo").is_file() and actions.message.windowTitle() == "ส่งออกเรียบร้อย"


# -- spreadsheets -----------------------------------------------------------------------
def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = DATA_SHEET
    sheet.append([c.header for c in COLUMNS])
    for values in rows:
        sheet.append([values.get(c.key) for c in COLUMNS])
    workbook.save(path)
    return path


GOOD = {
    "name": "กลุ่มทอผ้าฝ้ายบ้านนาอาน",
    "producer_type": "กลุ่มผู้ผลิตชุมชน",
    "tambon": "นาอาน",
    "amphoe": "เมืองเลย",
    "province": "เลย",
    "product_name": "ผ้าฝ้ายทอมือ",
    "category": "ผ้า เครื่องแต่งกาย",
    "star_rating": 3,
}


def test_spreadsheet_dry_run_lists_every_problem_by_row_and_column(
    actions, db, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    path = _sheet(
        tmp_path / "sheet.xlsx",
        [
            GOOD,
            {**GOOD, "product_name": "ผ้าพันคอ", "star_rating": "ห้า"},
            {**GOOD, "name": "กลุ่มจักสาน", "tambon": "ไม่มีตำบลนี้"},
        ],
    )
    actions.import_spreadsheet(path)
    dialog = _loaded(qtbot, actions.dialog)

    assert dialog.state == "failed" and not dialog.import_button.isEnabled()
    problems = _cells(dialog.problems_model)
    assert ("3", "P (ระดับดาว)", "ต้องเป็นตัวเลข (ได้รับ “ห้า”)") in problems
    assert any(p[0] == "4" and p[1] == "J (ตำบล)" and "ไม่มีตำบลนี้" in p[2] for p in problems)
    assert dialog.problems_heading.text() == f"⚠ พบปัญหา {len(problems)} รายการ"
    assert RecordService(db).list(r.Producer) == []


def test_a_clean_spreadsheet_shows_what_it_adds_and_imports(
    actions, db, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    path = _sheet(tmp_path / "sheet.xlsx", [GOOD, {**GOOD, "product_name": "ผ้าพันคอ"}])
    actions.import_spreadsheet(path)
    dialog = _loaded(qtbot, actions.dialog)

    assert dialog.state == "ready"
    assert _cells(dialog.plan_model) == [
        ("ผู้ผลิต", "กลุ่มทอผ้าฝ้ายบ้านนาอาน", "ต.นาอาน อ.เมืองเลย", "เพิ่ม", "2, 3"),
        ("ผลิตภัณฑ์", "ผ้าฝ้ายทอมือ", "กลุ่มทอผ้าฝ้ายบ้านนาอาน", "เพิ่ม", "2"),
        ("ผลิตภัณฑ์", "ผ้าพันคอ", "กลุ่มทอผ้าฝ้ายบ้านนาอาน", "เพิ่ม", "3"),
    ]
    with qtbot.waitSignal(actions.finished, timeout=10000), qtbot.waitSignal(actions.dataChanged):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in RecordService(db).list(r.Product)) == sorted(
        ["ผ้าฝ้ายทอมือ", "ผ้าพันคอ"]
    )

    actions.import_spreadsheet(path)  # the same sheet again: nothing left to import
    again = _loaded(qtbot, actions.dialog)
    assert not again.import_button.isEnabled() and "ไม่มีอะไรต้องนำเข้า" in again.plan_label.plainText()


def test_template_and_excel_lists_are_written(
    actions, db, tmp_path: Path, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    small_province(db, tmp_path)
    target = tmp_path / "แม่แบบ"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(actions.finished, timeout=10000):
        actions.template_action.trigger()
    assert load_workbook(tmp_path / "แม่แบบ.xlsx").sheetnames[0] == DATA_SHEET

    actions.export_list()
    dialog = actions.dialog
    dialog.set_kind("plans")
    assert dialog.path().name.startswith("แผนพัฒนา-")  # the suggested name follows the choice
    written = dialog.path()
    assert written.parent == tmp_path  # the folder of the last exchange
    with qtbot.waitSignal(actions.finished, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(written).active
    assert sheet.title == "แผนพัฒนา" and sheet.cell(2, 5).value == "ยกระดับผ้าย้อมครามสู่ 4 ดาว"


# -- backups ------------------------------------------------------------------------
def test_restore_dialog_lists_backups_and_restores_the_chosen_one(
    actions, db, tmp_path: Path, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    from kbo_desktop.ui.exchange import restore

    made = small_province(db, tmp_path)
    good = backup_database(db, reason="on-start")
    broken = good.with_name(
        f"{db.stem}-29991231-000000-000000-manual.db"
    )  # the newest, and cut short
    broken.write_bytes(good.read_bytes()[:4096])
    RecordService(db).save(replace(made["producer"], name="ชื่อที่แก้หลังสำรอง"))

    actions.restore()
    dialog = _loaded(qtbot, actions.dialog)
    rows = {
        info.path: cells for info, cells in zip(dialog.infos, _cells(dialog.model), strict=True)
    }
    assert (rows[good][1], rows[good][3]) == ("เมื่อเปิดโปรแกรม", "✓ อ่านได้")
    assert rows[good][4] == "ผู้ผลิต 1 · ผลิตภัณฑ์ 1 · แผน 1 · ลงพื้นที่ 1"
    assert rows[broken][3] == "⚠ ใช้ไม่ได้"
    dialog.select_path(broken)
    assert not dialog.restore_button.isEnabled() and "ไฟล์เสียหาย" in dialog.details.plainText()

    asked: list[Any] = []
    monkeypatch.setattr(restore, "confirm_restore", lambda parent, info: asked.append(info) or True)
    dialog.select_path(good)
    with qtbot.waitSignal(actions.dataChanged):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert [info.path for info in asked] == [good]
    assert RecordService(db).get(r.Producer, made["producer"].id).name == made["producer"].name
    assert any(p.name.endswith("before-restore.db") for p in list_backups(db))
    assert "ข้อมูลก่อนกู้คืนสำรองไว้ที่" in unwrappable(actions.message.text())


def test_declining_the_confirmation_restores_nothing(
    actions, db, tmp_path: Path, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    from kbo_desktop.ui.exchange import restore

    made = small_province(db, tmp_path)
    backup_database(db, reason="on-start")
    RecordService(db).save(replace(made["producer"], name="ชื่อใหม่"))
    monkeypatch.setattr(restore, "confirm_restore", lambda parent, info: False)
    actions.restore()
    dialog = _loaded(qtbot, actions.dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert RecordService(db).get(r.Producer, made["producer"].id).name == "ชื่อใหม่"


def test_the_confirmation_says_the_current_data_is_backed_up_first(
    app, db, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    from kbo_desktop.services.exchange_summary import describe_backup
    from kbo_desktop.ui.exchange.restore import confirm_restore

    small_province(db, tmp_path)
    info = describe_backup(db, backup_database(db))
    seen: list[str] = []

    def answer() -> None:
        box = next(
            w for w in app.topLevelWidgets() if w.windowTitle() == "ยืนยันการกู้คืน" and w.isVisible()
        )
        seen.append(unwrappable(box.informativeText()))
        next(b for b in box.buttons() if b.text() == "ยกเลิก").click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, answer)
    assert confirm_restore(None, info) is False
    assert "จะสำรองข้อมูลปัจจุบันไว้ก่อน" in seen[0] and "ผู้ผลิต 1" in seen[0]


def test_backup_to_a_chosen_file_still_works(actions, db, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    small_province(db, tmp_path)
    with qtbot.waitSignal(actions.finished, timeout=10000):
        actions.backup(tmp_path / "copy.db")
    assert (tmp_path / "copy.db").stat().st_size > 0


# -- menu -----------------------------------------------------------------------------
def test_populate_menu_adds_every_action_with_names_and_shortcuts(actions) -> None:  # noqa: ANN001
    menu = QMenu()
    actions.populate_menu(menu)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "importAction",
        "exportAction",
        "spreadsheetImportAction",
        "templateAction",
        "listExportAction",
        "conflictsAction",
        "duplicatesAction",
        "backupAction",
        "restoreAction",
    ]
    assert actions.import_action.shortcut().toString() == "Ctrl+I"
    assert actions.export_action.shortcut().toString() == "Ctrl+E"
    texts = {a.objectName(): a.text() for a in menu.actions()}
    assert texts["spreadsheetImportAction"] == "นำเข้าจากตารางคำนวณ…"
    assert texts["restoreAction"] == "กู้คืนจากสำรอง…"
    anchored = QMenu()
    end = anchored.addAction("ออกจากโปรแกรม")
    actions.populate_menu(anchored, before=end)
    assert anchored.actions()[-1] is end and anchored.actions()[0] is actions.import_action


@pytest.mark.parametrize(
    ("action", "module", "name"),
    [
        ("conflicts_action", "conflict_review", "ConflictReviewDialog"),
        ("duplicates_action", "duplicate_review", "DuplicateReviewDialog"),
    ],
)
def test_review_dialogs_reload_the_window_only_when_they_changed_something(
    actions, db, qtbot, monkeypatch, action: str, module: str, name: str
) -> None:  # noqa: ANN001
    import importlib

    opened: list[Any] = []

    class Review(QObject):
        def __init__(self, database: Database, parent: Any = None):
            super().__init__()
            self.changed = len(opened) == 1
            opened.append(database)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(importlib.import_module(f"kbo_desktop.ui.exchange.{module}"), name, Review)
    with qtbot.assertNotEmitted(actions.dataChanged):
        getattr(actions, action).trigger()
    with qtbot.waitSignal(actions.dataChanged):
        getattr(actions, action).trigger()
    assert opened == [db, db]


def test_rows_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    model = RowsModel(["ชื่อ", "จำนวน"], numeric=(1,))
    model.replace_rows(
        [
            TableRow(("ผ้าทอ", "3"), payload=1, sort_keys=(None, 3)),
            TableRow(("ข้าวเกรียบ", "12"), warning=True),
        ]
    )
    qtmodeltester.check(model)


def test_the_preview_says_when_a_bundle_holds_one_district(
    actions, db, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    other, _made = _other_laptop(tmp_path)
    _second_district(other)
    actions.import_bundle(
        export_bundle(other, tmp_path / "d.kbo", amphoe="เมืองเลย", officer="นายวิชัย พัฒนา").file
    )
    dialog = _loaded(qtbot, actions.dialog)
    source = dialog.source_label.plainText()
    assert "โดย นายวิชัย พัฒนา" in source and "เฉพาะอำเภอเมืองเลย" in source
    assert "กลุ่มจักสานไม้ไผ่บ้านนาซ่าว" not in {cells[1] for cells in _cells(dialog.changes_model)}


# -- the preview's change list, read straight from the service's rows ------------------
def _change(kind: str, number: int, outcome: str = "added", **extra: Any) -> ChangedRecord:
    name, place = f"รายการที่ {number}", f"ต.ที่ {number}"
    return ChangedRecord(kind, f"{kind}-{number}", name, place, outcome, **extra)


def _numbers(model: ChangeListModel) -> list[int]:
    """The numbers in the names the model shows, in order."""
    return [int(model.cells(row)[1].split()[-1]) for row in range(model.rowCount())]


def test_change_list_model_passes_the_model_tester_sorted_and_filtered(qtmodeltester) -> None:  # noqa: ANN001
    headers = ["ประเภท", "ชื่อ", "อยู่ใน", "การเปลี่ยนแปลง"]
    model = ChangeListModel(headers, lambda item: item.outcome)
    items = [
        _change("products", 1),
        _change("producers", 2, "updated", fields=("phone",)),
        _change("products", 3, "deleted"),
        _change("producers", 4, tombstone=True),
    ]
    model.set_items(items)
    # kinds in the contract's order, each kind in the list's order
    assert _numbers(model) == [2, 4, 1, 3]
    assert model.cells(0) == ("ผู้ผลิต", "รายการที่ 2", "ต.ที่ 2", "updated")
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert _numbers(model) == [4, 3, 2, 1]
    model.set_kind("products")
    assert _numbers(model) == [3, 1]  # still sorted by name
    qtmodeltester.check(model)
    model.set_kind("")
    assert model.rowCount() == 4


def _national_preview(producers: int, products: int) -> BundlePreview:
    summary = ImportSummary(Path("national.kbo"), preview=True)
    summary.counts = {
        "producers": CollectionCounts(added=producers),
        "products": CollectionCounts(added=products),
    }
    changes = [_change("producers", i) for i in range(producers)]
    changes += [_change("products", producers + i) for i in range(products)]
    return BundlePreview(summary, changes=changes)


def test_a_national_preview_lists_its_changes_without_a_row_object_each(
    app, db, tmp_path: Path, qtbot, monkeypatch  # noqa: ANN001
) -> None:
    from kbo_desktop.ui.exchange import import_preview

    preview = _national_preview(50_000, 150_000)
    monkeypatch.setattr(import_preview, "describe_bundle", lambda *_args, **_kwargs: preview)
    dialog = import_preview.ImportPreviewDialog(db, tmp_path / "national.kbo")
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)

    model = dialog.changes_model
    assert model.items() is preview.changes  # the service's list itself, not a copy
    assert model.shown_rows() is None  # already grouped by kind: nothing built
    assert dialog.tabs.tabText(0) == "รายการที่จะเปลี่ยน (200,000)"
    assert model.rowCount() == 200_000
    for row in (0, 100_000, 199_999):
        assert unwrappable(model.index(row, 1).data()) == f"รายการที่ {row}"
    assert model.index(199_999, 3).data() == "เพิ่ม"
    assert model.index(0, 0).data() == "ผู้ผลิต"
    # too many to sort by name: kept in the file's order, and the dialog says so
    assert not dialog.changes_view.isSortingEnabled()
    assert dialog.findChild(WrapLabel, "unsortedNote").isVisibleTo(dialog)
    assert f"{SORT_LIMIT:,}" in dialog.findChild(WrapLabel, "unsortedNote").plainText()

    kinds = [cells[0] for cells in _cells(dialog.counts_model)]
    dialog.counts_view.selectRow(kinds.index("ผลิตภัณฑ์"))
    shown = model.shown_rows()
    assert isinstance(shown, array) and len(shown) == model.rowCount() == 150_000
    for row in (0, 75_000, 149_999):
        assert unwrappable(model.index(row, 1).data()) == f"รายการที่ {50_000 + row}"
        assert model.index(row, 0).data() == "ผลิตภัณฑ์"
    dialog.counts_view.selectRow(kinds.index("ผู้ผลิต"))
    assert model.rowCount() == 50_000
    assert unwrappable(model.index(49_999, 1).data()) == "รายการที่ 49999"
    dialog.counts_view.selectRow(0)
    assert model.rowCount() == 200_000


def test_a_small_preview_sorts_by_name_when_its_header_is_clicked(
    app, db, tmp_path: Path, qtbot, monkeypatch  # noqa: ANN001
) -> None:
    from kbo_desktop.ui.exchange import import_preview

    preview = _national_preview(3, 2)
    monkeypatch.setattr(import_preview, "describe_bundle", lambda *_args, **_kwargs: preview)
    dialog = import_preview.ImportPreviewDialog(db, tmp_path / "small.kbo")
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)
    assert dialog.changes_view.isSortingEnabled()
    assert not dialog.findChild(WrapLabel, "unsortedNote").isVisibleTo(dialog)
    dialog.changes_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _numbers(dialog.changes_model) == [4, 3, 2, 1, 0]
