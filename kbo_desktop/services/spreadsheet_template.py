"""The producers spreadsheet: its columns, the template offices fill in, and list exports.

One row per product; a producer with several products takes several rows
with the same name and tambon (its own columns repeated or left blank after
the first row). Enumerations are chosen from drop-downs of Thai labels (a
contract value or an English label is accepted too). Lists exported for
offices that report upward in Excel use the same writer; the producers list
uses the template's own columns, so it can be edited and imported back.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, LabelledEnum, ProducerType, Quadrant
from kbo_desktop.domain.errors import ValidationError
from kbo_desktop.domain.thai_admin import gazetteer
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)
DATA_SHEET = "ผู้ผลิตและผลิตภัณฑ์"
HELP_SHEET = "คำอธิบาย"
LISTS_SHEET = "รายการ"
VALIDATED_ROWS = 2000  # drop-downs reach this far down the sheet
YES_NO = ("ใช่", "ไม่ใช่")


@dataclass(frozen=True)
class Column:
    """One column of the producers sheet.

    ``kind`` is how a cell is read: text, int, number, enum, bool. ``need``
    says when it must be filled: "producer" always, "product" when the row
    names a product, "" never.
    """

    key: str
    header: str
    header_en: str
    kind: str = "text"
    need: str = ""
    enum: type[LabelledEnum] | None = None
    low: float | None = None
    high: float | None = None
    help_th: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("name", "ชื่อกลุ่ม/ผู้ผลิต", "Producer name", need="producer",
           help_th="ชื่อกลุ่มหรือผู้ผลิต แถวที่ชื่อและตำบลเหมือนกันเป็นผู้ผลิตรายเดียวกัน"),
    Column("producer_type", "ประเภทผู้ผลิต", "Producer type", "enum", "producer", ProducerType,
           help_th="เลือกจากรายการ"),
    Column("otop_registration_no", "เลขทะเบียน OTOP", "OTOP registration number"),
    Column("contact_name", "ผู้ติดต่อ", "Contact person"),
    Column("phone", "โทรศัพท์", "Phone", help_th="เช่น 081-234-5678"),
    Column("members_count", "จำนวนสมาชิก", "Number of members", "int", low=0, help_th="จำนวนเต็ม ไม่ติดลบ"),
    Column("house_no", "บ้านเลขที่", "House number"),
    Column("village_no", "หมู่ที่", "Village number"),
    Column("village", "หมู่บ้าน", "Village"),
    Column("tambon", "ตำบล", "Sub-district (tambon)", need="producer", help_th="ต้องตรงกับทะเบียนตำบลของกรมการปกครอง"),
    Column("amphoe", "อำเภอ", "District (amphoe)", need="producer"),
    Column("province", "จังหวัด", "Province", need="producer", help_th="เลือกจากรายการ"),
    Column("postcode", "รหัสไปรษณีย์", "Postcode", help_th="ตัวเลข 5 หลัก เว้นว่างได้ โปรแกรมเติมให้"),
    Column("product_name", "ชื่อผลิตภัณฑ์", "Product name", help_th="เว้นว่างได้ถ้าแถวนี้มีเฉพาะข้อมูลผู้ผลิต"),
    Column("category", "ประเภทผลิตภัณฑ์", "Product category", "enum", "product", Category, help_th="เลือกจากรายการ"),
    Column("star_rating", "ระดับดาว", "Star rating", "int", low=1, high=5, help_th="1 ถึง 5"),
    Column("star_rating_year_be", "ปีที่ได้ดาว (พ.ศ.)", "Star rating year (BE)", "int", low=2540, high=2700,
           help_th="ปีพุทธศักราช เช่น 2566"),
    Column("quadrant", "Quadrant", "Quadrant", "enum", enum=Quadrant, help_th="A, B, C หรือ D"),
    Column("price_thb", "ราคา (บาท)", "Price (THB)", "number", low=0),
    Column("kbo_target", "ผลิตภัณฑ์เป้าหมาย KBO", "KBO target product", "bool", help_th="ใช่ หรือ ไม่ใช่"),
)  # fmt: skip
BY_KEY = {c.key: c for c in COLUMNS}


def _header_style(sheet: Worksheet, count: int) -> None:
    fill = PatternFill("solid", fgColor="DDEBF7")
    for index in range(1, count + 1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = max(
            12, min(40, len(str(cell.value)) + 6)
        )
    sheet.freeze_panes = "A2"


def save_workbook(workbook: Workbook, path: Path) -> Path:
    """Write to a temporary file beside ``path`` and rename, so no half file carries the name."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".kbo-", suffix=".xlsx.partial", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temp_name)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


def _lists_sheet(workbook: Workbook) -> dict[str, str]:
    """A hidden sheet of allowed values; returns the range formula per column key."""
    sheet = workbook.create_sheet(LISTS_SHEET)
    lists: dict[str, list[str]] = {c.key: [m.label_th for m in c.enum] for c in COLUMNS if c.enum}
    lists["kbo_target"] = list(YES_NO)
    lists["province"] = [p.name_th for p in gazetteer().provinces()]
    formulas = {}
    for index, (key, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=BY_KEY[key].header)
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=index, value=value)
        formulas[key] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    sheet.sheet_state = "hidden"
    return formulas


def _validations(sheet: Worksheet, formulas: dict[str, str]) -> None:
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        if column.key in formulas:
            rule = DataValidation(
                type="list", formula1=f"={formulas[column.key]}", allow_blank=True
            )
        elif column.kind == "int" and column.low is not None:
            high = column.high if column.high is not None else 10**9
            rule = DataValidation(type="whole", operator="between", formula1=str(int(column.low)),
                                  formula2=str(int(high)), allow_blank=True)  # fmt: skip
        elif column.kind == "number":
            rule = DataValidation(
                type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True
            )
        else:
            continue
        rule.showErrorMessage = True
        rule.errorTitle = column.header
        rule.error = f"ค่าไม่ถูกต้อง: {column.help_th or column.header}"
        sheet.add_data_validation(rule)
        rule.add(f"{letter}2:{letter}{VALIDATED_ROWS}")


_INSTRUCTIONS = (
    "วิธีกรอกแบบฟอร์มผู้ผลิตและผลิตภัณฑ์ OTOP สำหรับนำเข้า KBO Desktop",
    "",
    "1. กรอกในแผ่นงาน “ผู้ผลิตและผลิตภัณฑ์” หนึ่งแถวต่อหนึ่งผลิตภัณฑ์ อย่าแก้ไขหัวตารางในแถวที่ 1",
    "2. ผู้ผลิตที่มีหลายผลิตภัณฑ์ ให้กรอกหลายแถวโดยใช้ชื่อกลุ่ม/ผู้ผลิตและตำบลเดียวกัน"
    " ข้อมูลผู้ผลิตกรอกครั้งเดียวในแถวแรกก็ได้ ถ้ากรอกซ้ำต้องตรงกัน",
    "3. ช่องที่มีรายการให้เลือก (ประเภทผู้ผลิต ประเภทผลิตภัณฑ์ จังหวัด Quadrant ผลิตภัณฑ์เป้าหมาย KBO)"
    " ให้เลือกจากรายการ",
    "4. ตำบล อำเภอ จังหวัด ต้องสะกดตามทะเบียนของกรมการปกครอง รหัสไปรษณีย์เว้นว่างได้ โปรแกรมจะเติมให้",
    "5. ปีให้กรอกเป็นปีพุทธศักราช (เช่น 2566) ราคาและจำนวนกรอกเป็นตัวเลขเท่านั้น",
    "6. ก่อนนำเข้า โปรแกรมจะตรวจทุกแถว ถ้าพบข้อผิดพลาดจะแจ้งแถวและคอลัมน์ และจะไม่บันทึกข้อมูลใดเลย"
    " (kbo-desktop import แฟ้ม.xlsx --dry-run เพื่อตรวจอย่างเดียว)",
    "7. บันทึกเป็น .xlsx หรือ .csv (UTF-8) ก็ได้",
    "",
    "คอลัมน์",
)


def write_template(path: Path) -> Path:
    """Write the empty producers template: the data sheet, Thai instructions, drop-downs."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = DATA_SHEET
    sheet.append([c.header for c in COLUMNS])
    _header_style(sheet, len(COLUMNS))
    _validations(sheet, _lists_sheet(workbook))

    help_sheet = workbook.create_sheet(HELP_SHEET, 1)
    for line in _INSTRUCTIONS:
        help_sheet.append([line])
    help_sheet["A1"].font = Font(bold=True, size=14)
    help_sheet.append(["หัวคอลัมน์", "ต้องกรอก", "คำอธิบาย", "Column (English)"])
    for column in COLUMNS:
        need = {"producer": "ต้องกรอก", "product": "ต้องกรอกเมื่อมีชื่อผลิตภัณฑ์"}.get(column.need, "")
        allowed = ", ".join(m.label_th for m in column.enum) if column.enum else ""
        text = column.help_th + (f" ({allowed})" if allowed else "")
        help_sheet.append([column.header, need, text, column.header_en])
    for letter, width in (("A", 30), ("B", 26), ("C", 90), ("D", 28)):
        help_sheet.column_dimensions[letter].width = width
    return save_workbook(workbook, path)


def producer_row(producer: r.Producer, product: r.Product | None) -> list[Any]:
    """One template row for a producer and one of its products (or none)."""
    a = producer.address
    values: dict[str, Any] = {
        "name": producer.name, "producer_type": producer.producer_type.label_th,
        "otop_registration_no": producer.otop_registration_no, "contact_name": producer.contact_name,
        "phone": producer.phone, "members_count": producer.members_count, "house_no": a.house_no,
        "village_no": a.village_no, "village": a.village, "tambon": a.tambon, "amphoe": a.amphoe,
        "province": a.province, "postcode": a.postcode,
    }  # fmt: skip
    if product is not None:
        values.update({
            "product_name": product.name, "category": product.category.label_th,
            "star_rating": product.star_rating, "star_rating_year_be": product.star_rating_year_be,
            "quadrant": product.quadrant.label_th if product.quadrant else None, "price_thb": product.price_thb,
            "kbo_target": YES_NO[0] if product.kbo_target else YES_NO[1],
        })  # fmt: skip
    return [values.get(c.key) if values.get(c.key) != "" else None for c in COLUMNS]


def export_list(db: Database, kind: str, path: Path) -> Path:
    """Write a list of ``kind`` ("producers", "plans" or "visits") to ``path`` as .xlsx.

    Raises:
        ValidationError: an unknown kind.
    """
    builders = {"producers": _producers, "plans": _plans, "visits": _visits}
    if kind not in builders:
        raise ValidationError(
            f"ส่งออกได้เฉพาะ producers, plans หรือ visits (ได้รับ {kind!r})",
            f"can export producers, plans or visits, not {kind!r}", record=str(path),
        )  # fmt: skip
    title, headers, rows = builders[kind](db)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    _header_style(sheet, len(headers))
    log.info("exported %d %s to %s", len(rows), kind, path)
    return save_workbook(workbook, path)


Table = tuple[str, list[str], list[list[Any]]]


def _producers(db: Database) -> Table:
    service = RecordService(db)
    products: dict[str, list[r.Product]] = {}
    for product in service.list(r.Product):
        products.setdefault(product.producer_id, []).append(product)
    rows = []
    for producer in sorted(service.list(r.Producer), key=lambda p: (p.address.amphoe, p.name)):
        owned: list[r.Product | None] = list(products.get(producer.id, []))
        rows += [producer_row(producer, product) for product in owned or [None]]
    return DATA_SHEET, [c.header for c in COLUMNS], rows


def _plans(db: Database) -> Table:
    service = RecordService(db)
    producers = {p.id: p for p in service.list(r.Producer)}
    products = {p.id: p for p in service.list(r.Product)}
    actions: dict[str, list[r.PlanAction]] = {}
    for action in service.list(r.PlanAction):
        actions.setdefault(action.plan_id, []).append(action)
    headers = ["ปีงบประมาณ (พ.ศ.)", "อำเภอ", "ชื่อกลุ่ม/ผู้ผลิต", "ชื่อผลิตภัณฑ์", "ชื่อแผน", "เป้าหมาย",
               "จำนวนกิจกรรม", "เสร็จแล้ว", "ความคืบหน้าเฉลี่ย (%)", "งบประมาณรวม (บาท)"]  # fmt: skip
    rows = []
    for plan in service.list(r.Plan):
        product = products.get(plan.product_id)
        producer = producers.get(product.producer_id) if product else None
        items = actions.get(plan.id, [])
        done = sum(1 for a in items if a.status.value == "done")
        average = round(sum(a.progress_pct for a in items) / len(items)) if items else 0
        rows.append([
            plan.fiscal_year_be, producer.address.amphoe if producer else "", producer.name if producer else "",
            product.name if product else "", plan.title, plan.goal, len(items), done, average,
            sum(a.budget_thb or 0 for a in items),
        ])  # fmt: skip
    rows.sort(key=lambda row: (-int(str(row[0])), str(row[1]), str(row[2])))
    return "แผนพัฒนา", headers, rows


def _visits(db: Database) -> Table:
    service = RecordService(db)
    producers = {p.id: p for p in service.list(r.Producer)}
    headers = ["วันที่ลงพื้นที่", "อำเภอ", "ชื่อกลุ่ม/ผู้ผลิต", "เจ้าหน้าที่", "วัตถุประสงค์", "สิ่งที่พบ",
               "ข้อเสนอแนะ", "วันติดตามครั้งถัดไป"]  # fmt: skip
    rows = []
    for visit in sorted(service.list(r.Visit), key=lambda v: (v.visited_on or date.min, v.id)):
        producer = producers.get(visit.producer_id)
        rows.append([
            format_thai_date(visit.visited_on), producer.address.amphoe if producer else "",
            producer.name if producer else "", ", ".join(visit.officers), visit.purpose, visit.findings,
            visit.recommendations, format_thai_date(visit.follow_up_on),
        ])  # fmt: skip
    return "บันทึกลงพื้นที่", headers, rows
