"""Reading a producers sheet's cells, whatever Excel or a text editor did to them.

Excel drops the leading zero of a phone number typed as a number, stores
``12`` as ``12.0``, and a CSV may come with or without a byte-order mark; a
"spreadsheet" may also be a renamed text file or a zip bomb. Reading turns
all of that into a :class:`Table` of raw values keyed by column, or a
:class:`BundleError` naming the file; :func:`parse_cell` turns one raw value
into what the record wants, or a :class:`CellError` saying why not.
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kbo_desktop.domain.errors import BundleError
from kbo_desktop.domain.thai_digits import to_arabic_digits
from kbo_desktop.services.spreadsheet_template import COLUMNS, DATA_SHEET, YES_NO, Column

MAX_FILE_BYTES = 20 * 1024**2
MAX_UNPACKED_BYTES = 200 * 1024**2
MAX_ROWS = 20_000
MAX_COLUMNS = 200
_TRUE = {"ใช่", "yes", "y", "true", "1", "✓", "✔", "x", "เป้าหมาย", "kbo"}
_FALSE = {"ไม่ใช่", "ไม่", "no", "n", "false", "0", "-"}
_HEADERS = {
    " ".join(name.split()).casefold(): c.key
    for c in COLUMNS
    for name in (c.header, c.header_en, c.key)
}


@dataclass
class Table:
    """A sheet's rows (sheet row number, raw value per column key) and where each column is."""

    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    letters: dict[str, str] = field(default_factory=dict)  # column key -> letter in this file
    header_problems: dict[str, tuple[str, str]] = field(default_factory=dict)


class CellError(Exception):
    def __init__(self, message_th: str, message_en: str):
        super().__init__(message_en)
        self.message_th = message_th
        self.message_en = message_en


def _file_error(path: Path, th: str, en: str) -> BundleError:
    return BundleError(th, en, record=path.name)


def column_letter(index: int) -> str:
    """1 → A, 27 → AA (as Excel names columns)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_table(path: Path) -> Table:
    """Rows of the producers sheet of an .xlsx or .csv file.

    Raises:
        BundleError: missing, too large, not really that kind of file, or unreadable.
    """
    path = Path(path)
    if not path.is_file():
        raise _file_error(path, "ไม่พบไฟล์", "file not found")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _file_error(
            path, "ไฟล์ใหญ่เกินกว่าจะเป็นตารางผู้ผลิต", "file is too large for a producers sheet"
        )
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _table(path, _csv_rows(path))
    if suffix == ".xlsx":
        return _table(path, _xlsx_rows(path))
    raise _file_error(
        path, "นำเข้าได้เฉพาะไฟล์ .xlsx หรือ .csv", "only .xlsx and .csv sheets can be imported"
    )


def _csv_rows(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _file_error(
            path, "ไฟล์ CSV ไม่ได้บันทึกเป็น UTF-8 กรุณาบันทึกใหม่แบบ “CSV UTF-8”",
            f"the CSV file is not UTF-8 (byte {exc.start}); save it again as 'CSV UTF-8'",
        ) from exc  # fmt: skip
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise _file_error(
            path, f"อ่านไฟล์ CSV ไม่ได้: {exc}", f"the CSV file cannot be read: {exc}"
        ) from exc


def _xlsx_rows(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    not_excel = _file_error(
        path, "ไม่ใช่ไฟล์ Excel .xlsx (อาจเป็นไฟล์ข้อความที่เปลี่ยนชื่อ หรือไฟล์เสียหาย)",
        "not an Excel .xlsx file (a renamed text file, or damaged)",
    )  # fmt: skip
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise _file_error(
                    path, "ไฟล์ขยายออกแล้วใหญ่เกินไป", "the file unpacks to too much data"
                )
    except (zipfile.BadZipFile, OSError) as exc:
        raise not_excel from exc
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (
        Exception
    ) as exc:  # openpyxl raises many kinds for a damaged file; all mean the same here
        raise not_excel from exc
    try:
        sheet = (
            workbook[DATA_SHEET] if DATA_SHEET in workbook.sheetnames else workbook.worksheets[0]
        )
        rows = []
        for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            rows.append(list(values))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except Exception as exc:
        raise not_excel from exc
    finally:
        workbook.close()


def _table(path: Path, rows: list[list[Any]]) -> Table:
    table = Table()
    if not rows:
        raise _file_error(path, "ไฟล์ว่าง ไม่มีหัวตาราง", "the sheet is empty (no header row)")
    if len(rows) > MAX_ROWS + 1:
        raise _file_error(
            path,
            f"มีข้อมูลเกิน {MAX_ROWS} แถว กรุณาแบ่งไฟล์",
            f"more than {MAX_ROWS} rows; split the file",
        )
    columns: dict[int, str] = {}
    for index, header in enumerate(rows[0], start=1):
        if header is None:
            continue
        key = _HEADERS.get(" ".join(str(header).rstrip("* ").split()).casefold())
        if key is None:
            continue  # a column of the office's own: ignored
        if key in table.letters:
            table.header_problems[key] = (
                f"คอลัมน์นี้ซ้ำกับคอลัมน์ {table.letters[key]}",
                f"this column repeats column {table.letters[key]}",
            )
            continue
        table.letters[key] = column_letter(index)
        columns[index - 1] = key
    for number, values in enumerate(rows[1:], start=2):
        raw = {key: values[i] if i < len(values) else None for i, key in columns.items()}
        if any(not _blank(v) for v in raw.values()):
            table.rows.append((number, raw))
    return table


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(value: Any) -> float:
    if isinstance(value, (bool, date, datetime)):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = to_arabic_digits(str(value)).strip()
        text = re.sub(r"(บาท|ดาว|คน|฿|,|\s)", "", text)
        number = float(text)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def parse_cell(column: Column, value: Any) -> Any:
    """The value a record field wants, from one raw cell; None for an empty cell.

    Raises:
        CellError: the cell cannot mean a value of this column.
    """
    if _blank(value):
        return None
    if column.kind == "text":
        text = _text(value)
        if column.key == "phone" and isinstance(value, (int, float)) and len(text) == 9:
            text = "0" + text  # Excel dropped the leading zero of a number-typed phone
        return text
    if column.kind == "enum":
        assert column.enum is not None
        try:
            return column.enum.parse(_text(value))
        except ValueError:
            wanted = _text(value).casefold()  # .parse misses upper-case values such as quadrant "D"
            for member in column.enum:
                if wanted in (
                    member.value.casefold(),
                    member.label_th.casefold(),
                    member.label_en.casefold(),
                ):
                    return member
            allowed = ", ".join(m.label_th for m in column.enum)
            raise CellError(
                f"ไม่รู้จัก “{_text(value)}” เลือกได้: {allowed}",
                f"unknown choice {_text(value)!r}; choose one of: {', '.join(m.label_en for m in column.enum)}",
            ) from None
    if column.kind == "bool":
        text = _text(value).casefold()
        if text in _TRUE or value is True:
            return True
        if text in _FALSE or value is False:
            return False
        raise CellError(f"ต้องเป็น {YES_NO[0]} หรือ {YES_NO[1]} (ได้รับ “{_text(value)}”)",
                        f"must be yes or no (got {_text(value)!r})")  # fmt: skip
    try:
        number = _number(value)
    except (TypeError, ValueError):
        raise CellError(
            f"ต้องเป็นตัวเลข (ได้รับ “{_text(value)}”)", f"must be a number (got {_text(value)!r})"
        ) from None
    if column.kind == "int" and not number.is_integer():
        raise CellError(
            f"ต้องเป็นจำนวนเต็ม (ได้รับ {_text(value)})", f"must be a whole number (got {_text(value)})"
        )
    if column.key == "star_rating_year_be" and 1900 <= number < 2400:
        raise CellError(f"ใช้ปีพุทธศักราช เช่น {int(number) + 543} (ได้รับ {int(number)})",
                        f"use the Buddhist Era year, e.g. {int(number) + 543} (got {int(number)})")  # fmt: skip
    low, high = column.low, column.high
    if (low is not None and number < low) or (high is not None and number > high):
        span_th = f"ตั้งแต่ {low:g}" + (f" ถึง {high:g}" if high is not None else " ขึ้นไป")
        span_en = f"from {low:g}" + (f" to {high:g}" if high is not None else " up")
        raise CellError(
            f"ต้องอยู่ในช่วง {span_th} (ได้รับ {number:g})", f"must be {span_en} (got {number:g})"
        )
    return int(number) if column.kind == "int" else number
