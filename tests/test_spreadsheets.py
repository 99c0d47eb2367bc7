"""Producers spreadsheets: the template, dry runs by row and column, imports, list exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from kbo_desktop.cli import main
from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, ProducerType, Quadrant
from kbo_desktop.domain.errors import BundleError
from kbo_desktop.services.exchange import build_document
from kbo_desktop.services.records import RecordService
from kbo_desktop.services.spreadsheet_template import (
    COLUMNS,
    DATA_SHEET,
    HELP_SHEET,
    export_list,
)
from kbo_desktop.services.spreadsheets import check_spreadsheet, import_spreadsheet
from kbo_desktop.store.database import Database
from tests.factories import small_province

HEADERS = [c.header for c in COLUMNS]


def row(**values: Any) -> dict[str, Any]:
    base = {"name": "กลุ่มทอผ้าฝ้ายบ้านนาอาน", "producer_type": "กลุ่มผู้ผลิตชุมชน", "phone": "081-234-5678",
            "members_count": 25, "village_no": 3, "tambon": "นาอาน", "amphoe": "เมืองเลย", "province": "เลย",
            "product_name": "ผ้าฝ้ายทอมือ", "category": "ผ้า เครื่องแต่งกาย", "star_rating": 3,
            "star_rating_year_be": 2566, "quadrant": "D", "price_thb": 450, "kbo_target": "ใช่"}  # fmt: skip
    base.update(values)
    return base


GOOD_ROWS = [
    row(),
    row(product_name="ผ้าพันคอย้อมคราม", phone=None, members_count=None, star_rating=None, kbo_target="ไม่ใช่"),
    row(name="วิสาหกิจชุมชนข้าวเกรียบสมุนไพรกุดป่อง", producer_type="community_enterprise", phone="0899990000",
        tambon="กุดป่อง", product_name="ข้าวเกรียบสมุนไพร", category="food", quadrant="กลุ่ม B (Core)",
        price_thb="1,200 บาท"),
]  # fmt: skip


def write_xlsx(path: Path, rows: list[dict[str, Any]], headers: list[str] | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = DATA_SHEET
    keys = [c.key for c in COLUMNS]
    headers = headers or HEADERS
    sheet.append(headers)
    for values in rows:
        sheet.append(
            [values.get(keys[HEADERS.index(h)]) if h in HEADERS else None for h in headers]
        )
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[dict[str, Any]], *, bom: bool) -> Path:
    keys = [c.key for c in COLUMNS]
    lines = [",".join(HEADERS)]
    for values in rows:
        cells = ["" if values.get(k) is None else str(values[k]) for k in keys]
        lines.append(",".join(f'"{c}"' if "," in c else c for c in cells))
    path.write_bytes(("\ufeff" if bom else "").encode() + "\r\n".join(lines).encode("utf-8"))
    return path


def test_the_template_has_thai_headers_instructions_and_drop_downs(tmp_path, capsys):
    target = tmp_path / "แบบฟอร์ม.xlsx"
    assert main(["template", str(target)]) == 0
    workbook = load_workbook(target)
    sheet = workbook[DATA_SHEET]
    assert [cell.value for cell in sheet[1]] == HEADERS
    assert (
        HEADERS[:3] == ["ชื่อกลุ่ม/ผู้ผลิต", "ประเภทผู้ผลิต", "เลขทะเบียน OTOP"]
        and HEADERS[-1] == "ผลิตภัณฑ์เป้าหมาย KBO"
    )
    help_text = "\n".join(
        str(c.value) for line in workbook[HELP_SHEET].iter_rows() for c in line if c.value
    )
    assert "หนึ่งแถวต่อหนึ่งผลิตภัณฑ์" in help_text and "ระดับดาว" in help_text
    rules = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    assert rules["B2"].type == "list" and rules["O2"].type == "list" and rules["P2"].type == "whole"
    lists = workbook["รายการ"]
    assert lists.sheet_state == "hidden"
    values = {c.value for line in lists.iter_rows() for c in line}
    assert {m.label_th for m in ProducerType} <= values and "เลย" in values


def test_dry_run_groups_rows_into_producers_and_writes_nothing(db, tmp_path):
    path = write_xlsx(tmp_path / "sheet.xlsx", GOOD_ROWS)
    run = check_spreadsheet(db, path)
    assert run.ok, run.lines()
    assert run.counts()["producers_added"] == 2 and run.counts()["products_added"] == 3
    first = run.producers[0]
    assert first.rows == [2, 3] and [p.record.name for p in first.products] == [
        "ผ้าฝ้ายทอมือ",
        "ผ้าพันคอย้อมคราม",
    ]
    assert first.record.address.postcode == "42000"  # completed from the gazetteer
    assert RecordService(db).list(r.Producer) == []


def test_import_applies_everything_and_a_second_import_changes_nothing(db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "sheet.xlsx", GOOD_ROWS)
    assert main(["import", str(path), "--db", str(db.file)]) == 0
    assert "producers: 2 added" in capsys.readouterr().out
    service = RecordService(db)
    producer = next(p for p in service.list(r.Producer) if p.name.startswith("วิสาหกิจ"))
    assert (
        producer.producer_type is ProducerType.COMMUNITY_ENTERPRISE
        and producer.phone == "0899990000"
    )
    [product] = service.list(r.Product, producer_id=producer.id)
    assert (product.category, product.quadrant, product.price_thb) == (
        Category.FOOD,
        Quadrant.B,
        1200.0,
    )
    before = build_document(db)["records"]

    summary = import_spreadsheet(db, path)

    assert summary.counts["producers_unchanged"] == 2 and summary.counts["products_unchanged"] == 3
    assert build_document(db)["records"] == before


def test_an_existing_producer_is_updated_not_copied(db, tmp_path):
    made = small_province(db, tmp_path)
    path = write_xlsx(tmp_path / "sheet.xlsx", [row(name=made["producer"].name, members_count=40,
                                                    product_name=made["product"].name, price_thb=500)])  # fmt: skip
    summary = import_spreadsheet(db, path)
    assert summary.counts["producers_updated"] == 1 and summary.counts["products_updated"] == 1
    service = RecordService(db)
    assert len(service.list(r.Producer)) == 1
    assert service.get(r.Product, made["product"].id).price_thb == 500.0


@pytest.mark.parametrize("bom", [True, False])
def test_csv_in_utf8_with_or_without_bom(db, tmp_path, bom):
    path = write_csv(tmp_path / "sheet.csv", GOOD_ROWS, bom=bom)
    summary = import_spreadsheet(db, path)
    assert summary.counts["products_added"] == 3
    assert {p.name for p in RecordService(db).list(r.Product)} >= {"ผ้าฝ้ายทอมือ", "ข้าวเกรียบสมุนไพร"}


BAD_ROWS = [
    (row(producer_type="สหกรณ์"), "B", "unknown choice"),
    (row(members_count="ยี่สิบ"), "F", "must be a number"),
    (row(star_rating=7), "P", "must be from 1 to 5"),
    (row(star_rating_year_be=2023), "Q", "Buddhist Era"),
    (row(tambon="ไม่มีตำบลนี้"), "J", "Unknown sub-district"),
    (row(amphoe="เมืองขอนแก่น"), "K", "is not in"),
    (row(name=None), "A", "is required"),
    (row(category=None), "O", "category is required"),
    (row(product_name=None), "N", "product name is required"),
    (row(price_thb=-5), "S", "must be from 0"),
    (row(kbo_target="บางที"), "T", "must be yes or no"),
]


@pytest.mark.parametrize(("bad", "letter", "message"), BAD_ROWS)
def test_each_problem_is_reported_by_row_and_column(db, tmp_path, bad, letter, message):
    path = write_xlsx(tmp_path / "sheet.xlsx", [GOOD_ROWS[2], bad])
    run = check_spreadsheet(db, path)
    assert any(
        p.row == 3 and p.column == letter and message in p.message_en for p in run.problems
    ), run.lines()
    assert all(p.message_th for p in run.problems)


def test_rows_of_one_producer_that_contradict_each_other_are_a_problem(db, tmp_path):
    path = write_xlsx(
        tmp_path / "sheet.xlsx", [row(), row(product_name="ผ้าพันคอ", phone="02-111-2222")]
    )
    [problem] = check_spreadsheet(db, path).problems
    assert (problem.row, problem.column) == (3, "E") and "differs from row 2" in problem.message_en


def test_a_sheet_with_problems_is_refused_whole_with_exit_status_2(db, tmp_path, capsys):
    small_province(db, tmp_path)
    before = build_document(db)["records"]
    path = write_xlsx(tmp_path / "sheet.xlsx", [*GOOD_ROWS, row(star_rating="ห้า")])
    with pytest.raises(BundleError):
        import_spreadsheet(db, path)
    assert main(["import", str(path), "--db", str(db.file)]) == 2
    err = capsys.readouterr().err
    assert "sheet.xlsx: row 5, column P (ระดับดาว)" in err and len(err.strip().splitlines()) == 1
    assert main(["import", str(path), "--dry-run", "--db", str(db.file)]) == 2
    assert "row 5, column P" in capsys.readouterr().out
    assert build_document(db)["records"] == before


def test_bundle_dry_run_on_the_command_line_writes_nothing(db, tmp_path, capsys):
    from kbo_desktop.services.exchange import export_bundle

    small_province(db, tmp_path)
    bundle = export_bundle(db, tmp_path / "b.kbo").file
    target = Database(tmp_path / "target.db")
    assert main(["import", str(bundle), "--dry-run", "--db", str(target.file)]) == 0
    assert "producers: 1 to add" in capsys.readouterr().out
    assert RecordService(target).list(r.Producer) == []


def test_lists_export_to_xlsx_and_the_producers_list_imports_back(db, tmp_path):
    small_province(db, tmp_path)
    for kind in ("producers", "plans", "visits"):
        export_list(db, kind, tmp_path / f"{kind}.xlsx")
    plans = load_workbook(tmp_path / "plans.xlsx").active
    assert (
        plans["A1"].value == "ปีงบประมาณ (พ.ศ.)"
        and plans["A2"].value == 2566
        and plans["J2"].value == 15000
    )
    visits = load_workbook(tmp_path / "visits.xlsx").active
    assert visits["A2"].value == "10 มี.ค. 2566"
    fresh = Database(tmp_path / "fresh.db")
    summary = import_spreadsheet(fresh, tmp_path / "producers.xlsx")
    assert summary.counts["producers_added"] == 1 and summary.counts["products_added"] == 1
    assert RecordService(fresh).list(r.Product)[0].name == "ผ้าฝ้ายทอมือย้อมคราม"
