"""Importing producers and products from the offices' spreadsheets (.xlsx, .csv).

Nothing is written until the whole sheet is checked: :func:`check_spreadsheet`
reads every row, reports every problem by row and column (unknown choice, bad
number, address not in the gazetteer, missing value, contradicting rows of
one producer) and plans what would be added or updated. :func:`import_spreadsheet`
refuses a sheet with any problem and otherwise applies the plan in one
transaction. Rows with the same producer name and tambon are one producer;
an existing live producer with that name and tambon is updated, not copied,
so importing the same sheet twice changes nothing the second time.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.errors import BundleError
from kbo_desktop.domain.thai_address import complete_address, validate_address
from kbo_desktop.domain.thai_admin import strip_tambon_prefix
from kbo_desktop.services.merge import content
from kbo_desktop.services.records import RecordService
from kbo_desktop.services.spreadsheet_cells import CellError, Table, parse_cell, read_table
from kbo_desktop.services.spreadsheet_template import BY_KEY, COLUMNS, Column
from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)
_PRODUCER_KEYS = (
    "name",
    "producer_type",
    "otop_registration_no",
    "contact_name",
    "phone",
    "members_count",
)
_ADDRESS_KEYS = ("house_no", "village_no", "village", "tambon", "amphoe", "province", "postcode")
_PRODUCT_KEYS = (
    "category",
    "star_rating",
    "star_rating_year_be",
    "quadrant",
    "price_thb",
    "kbo_target",
)
_PLACEHOLDER_ID = str(uuid.UUID(int=0, version=4))


@dataclass(frozen=True)
class SheetProblem:
    """One problem, where a person would look for it: sheet row and column letter."""

    row: int  # 1 is the header row; 0 means the file as a whole
    column: str  # "K"; "" for a whole row or the file
    header: str  # the column's Thai header
    message_th: str
    message_en: str

    def where(self) -> str:
        parts = [f"row {self.row}"] if self.row else []
        if self.column or self.header:
            parts.append(
                f"column {self.column} ({self.header})" if self.column else f"column {self.header}"
            )
        return ", ".join(parts)

    def one_line(self, language: str = "en") -> str:
        message = self.message_en if language == "en" else self.message_th
        return f"{self.where()}: {message}" if self.where() else message


@dataclass
class PlannedProduct:
    record: r.Product
    rows: list[int]
    existing: bool
    changed: bool = True


@dataclass
class PlannedProducer:
    record: r.Producer
    rows: list[int]
    existing: bool
    changed: bool = True
    products: list[PlannedProduct] = field(default_factory=list)


@dataclass
class DryRun:
    """Everything the sheet would do, and every problem that stops it."""

    file: Path
    rows: int = 0
    producers: list[PlannedProducer] = field(default_factory=list)
    problems: list[SheetProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        products = [p for producer in self.producers for p in producer.products]
        return {
            "producers_added": sum(1 for p in self.producers if not p.existing),
            "producers_updated": sum(1 for p in self.producers if p.existing and p.changed),
            "producers_unchanged": sum(1 for p in self.producers if p.existing and not p.changed),
            "products_added": sum(1 for p in products if not p.existing),
            "products_updated": sum(1 for p in products if p.existing and p.changed),
            "products_unchanged": sum(1 for p in products if p.existing and not p.changed),
        }

    def lines(self, language: str = "en") -> list[str]:
        if self.problems:
            return [f"{self.file.name}: {p.one_line(language)}" for p in self.problems]
        c = self.counts()
        return [
            f"rows read: {self.rows}",
            f"producers: {c['producers_added']} added, {c['producers_updated']} updated, "
            f"{c['producers_unchanged']} unchanged",
            f"products: {c['products_added']} added, {c['products_updated']} updated, "
            f"{c['products_unchanged']} unchanged",
        ]


def _letter(table: Table, key: str) -> str:
    return table.letters.get(key, "")


def _problem(table: Table, row: int, key: str, th: str, en: str) -> SheetProblem:
    return SheetProblem(
        row, _letter(table, key), BY_KEY[key].header if key in BY_KEY else key, th, en
    )


def check_spreadsheet(db: Database, path: Path) -> DryRun:
    """Read and check the whole sheet; nothing is written. Never raises for bad content."""
    path = Path(path)
    run = DryRun(path)
    try:
        table = read_table(path)
    except BundleError as exc:
        run.problems.append(SheetProblem(0, "", "", exc.message_th, exc.message_en))
        return run
    run.rows = len(table.rows)
    for key, (th, en) in table.header_problems.items():
        run.problems.append(SheetProblem(1, _letter(table, key), BY_KEY[key].header, th, en))
    missing = [c for c in COLUMNS if c.need == "producer" and c.key not in table.letters]
    for column in missing:
        run.problems.append(SheetProblem(1, "", column.header, f"ไม่มีคอลัมน์ “{column.header}” ที่ต้องมี",
                                         f"the required column {column.header!r} ({column.header_en}) is missing"))  # fmt: skip
    if missing or table.header_problems:
        return run
    groups = _parse_rows(table, run)
    _plan(db, table, groups, run)
    return run


@dataclass
class _Group:
    rows: list[int] = field(default_factory=list)
    values: dict[str, tuple[Any, int]] = field(default_factory=dict)  # producer key -> (value, row)
    products: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)  # keys whose cell was already reported as bad


def _parse_rows(table: Table, run: DryRun) -> dict[tuple[str, str], _Group]:
    groups: dict[tuple[str, str], _Group] = {}
    for row_number, raw in table.rows:
        values: dict[str, Any] = {}
        failed: set[str] = set()
        for column in COLUMNS:
            if column.key not in raw:
                continue
            try:
                values[column.key] = parse_cell(column, raw[column.key])
            except CellError as exc:
                run.problems.append(
                    _problem(table, row_number, column.key, exc.message_th, exc.message_en)
                )
                values[column.key] = None
                failed.add(column.key)
        for key in ("name", "tambon"):
            if not values.get(key) and key not in failed:
                th = f"กรุณากรอก{BY_KEY[key].header}"
                run.problems.append(
                    _problem(table, row_number, key, th, f"{BY_KEY[key].header_en} is required")
                )
        if not values.get("name") or not values.get("tambon"):
            continue
        group_key = (" ".join(values["name"].split()).casefold(), strip_tambon_prefix(values["tambon"]))
        group = groups.setdefault(group_key, _Group())
        group.rows.append(row_number)
        group.failed |= failed
        for name in (*_PRODUCER_KEYS, *_ADDRESS_KEYS):
            value = values.get(name)
            if value in (None, ""):
                continue
            if name not in group.values:
                group.values[name] = (value, row_number)
            elif group.values[name][0] != value and name not in ("name", "tambon"):
                first_value, first_row = group.values[name]
                run.problems.append(_problem(
                    table, row_number, name, f"ไม่ตรงกับแถว {first_row} ของผู้ผลิตเดียวกัน ({first_value})",
                    f"differs from row {first_row} of the same producer ({first_value!r})"))  # fmt: skip
        _product_values(table, run, group, row_number, values, failed)
    return groups


def _product_values(
    table: Table, run: DryRun, group: _Group, row: int, values: dict[str, Any], failed: set[str]
) -> None:
    name = values.get("product_name")
    given = [k for k in _PRODUCT_KEYS if values.get(k) not in (None, "") and k != "kbo_target"]
    if not name:
        if given:
            run.problems.append(_problem(table, row, "product_name", "กรุณากรอกชื่อผลิตภัณฑ์ (แถวนี้มีข้อมูลผลิตภัณฑ์)",
                                         "product name is required when the row has product details"))  # fmt: skip
        return
    if values.get("category") is None and "category" not in failed:
        run.problems.append(
            _problem(table, row, "category", "กรุณาเลือกประเภทผลิตภัณฑ์", "product category is required")
        )
    for earlier_row, earlier in group.products:
        if earlier["product_name"].casefold() == name.casefold():
            run.problems.append(_problem(table, row, "product_name", f"ผลิตภัณฑ์นี้ซ้ำกับแถว {earlier_row}",
                                         f"the same product is already in row {earlier_row}"))  # fmt: skip
            return
    group.products.append((row, values))


def _plan(db: Database, table: Table, groups: dict[tuple[str, str], _Group], run: DryRun) -> None:
    service = RecordService(db)
    existing_producers = {
        (" ".join(p.name.split()).casefold(), strip_tambon_prefix(p.address.tambon)): p
        for p in service.list(r.Producer)
    }
    existing_products: dict[tuple[str, str], r.Product] = {
        (p.producer_id, " ".join(p.name.split()).casefold()): p for p in service.list(r.Product)
    }
    for key, group in groups.items():
        first = group.rows[0]
        for name in ("producer_type", "amphoe", "province"):
            if name not in group.values and name not in group.failed:
                column = BY_KEY[name]
                run.problems.append(_problem(table, first, name, f"กรุณากรอก{column.header}",
                                             f"{column.header_en} is required"))  # fmt: skip
        old = existing_producers.get(key)
        producer = _producer_record(group, old)
        row_of = {name: row for name, (_, row) in group.values.items()}
        for problem in validate_address(producer.address):
            name = problem.field.split(".", 1)[1]
            run.problems.append(
                _problem(
                    table, row_of.get(name, first), name, problem.message_th, problem.message_en
                )
            )
        producer.address = complete_address(producer.address)
        for broken in validation.problems(producer):
            if not broken.field.startswith("address.") and broken.field in BY_KEY:
                run.problems.append(_problem(table, row_of.get(broken.field, first), broken.field,
                                             broken.message_th, broken.message_en))  # fmt: skip
        changed = old is None or content(old) != content(producer)
        planned = PlannedProducer(producer, group.rows, old is not None, changed)
        for row, values in group.products:
            old_product = (
                existing_products.get((producer.id, values["product_name"].casefold()))
                if old
                else None
            )
            product = _product_record(values, producer.id, old_product)
            checked = replace(product, producer_id=product.producer_id or _PLACEHOLDER_ID)
            for broken in validation.problems(checked):
                if broken.field in BY_KEY:
                    run.problems.append(
                        _problem(table, row, broken.field, broken.message_th, broken.message_en)
                    )
            product_changed = old_product is None or content(old_product) != content(product)
            planned.products.append(
                PlannedProduct(product, [row], old_product is not None, product_changed)
            )
        run.producers.append(planned)


def _producer_record(group: _Group, old: r.Producer | None) -> r.Producer:
    """The producer as it would be stored: the existing one with the sheet's non-empty values over it."""
    producer = replace(old, address=replace(old.address)) if old else r.Producer()
    for name in _PRODUCER_KEYS:
        if name in group.values:
            setattr(producer, name, group.values[name][0])
    for name in _ADDRESS_KEYS:
        if name in group.values:
            setattr(producer.address, name, group.values[name][0])
    return producer


def _product_record(values: dict[str, Any], producer_id: str, old: r.Product | None) -> r.Product:
    product = (
        replace(old, sales_channels=list(old.sales_channels))
        if old
        else r.Product(producer_id=producer_id)
    )
    product.name = values["product_name"]
    for name in _PRODUCT_KEYS:
        if values.get(name) is not None:
            setattr(product, name, values[name])
    return product


@dataclass
class SpreadsheetSummary:
    """What an import wrote, for the CLI and the GUI."""

    file: Path
    counts: dict[str, int]
    rows: int

    def lines(self) -> list[str]:
        c = self.counts
        return [
            f"rows read: {self.rows}",
            f"producers: {c['producers_added']} added, {c['producers_updated']} updated, "
            f"{c['producers_unchanged']} unchanged",
            f"products: {c['products_added']} added, {c['products_updated']} updated, "
            f"{c['products_unchanged']} unchanged",
        ]


def import_spreadsheet(db: Database, path: Path, *, backup: bool = True) -> SpreadsheetSummary:
    """Check the sheet whole and, only if it has no problem at all, apply it in one transaction.

    Raises:
        BundleError: the sheet has problems; the first is named, and the
            database is untouched (run :func:`check_spreadsheet` to list all).
    """
    path = Path(path)
    run = check_spreadsheet(db, path)
    if run.problems:
        first, more = run.problems[0], len(run.problems) - 1
        extra_th = f" (และปัญหาอื่นอีก {more} รายการ ตรวจทั้งหมดด้วย --dry-run)" if more else ""
        extra_en = f" (and {more} more problems; list them all with --dry-run)" if more else ""
        raise BundleError(first.message_th + extra_th, first.message_en + extra_en,
                          record=f"{path.name}: {first.where()}" if first.where() else path.name)  # fmt: skip
    if backup and db.file is not None:
        from kbo_desktop.services.backup import backup_database

        backup_database(db, reason="before-import")
    service = RecordService(db)
    with db.transaction() as session:
        for planned in run.producers:
            if planned.changed:
                service.save_in(session, planned.record)
            for product in planned.products:
                if product.changed:
                    service.save_in(session, product.record)
    summary = SpreadsheetSummary(path, run.counts(), run.rows)
    log.info("imported %s: %s", path, "; ".join(summary.lines()))
    return summary


__all__ = [
    "Column",
    "DryRun",
    "SheetProblem",
    "SpreadsheetSummary",
    "check_spreadsheet",
    "import_spreadsheet",
]
