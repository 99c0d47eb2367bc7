"""Importing producers from an office's spreadsheet, dry run first.

The sheet is checked whole in the background
(:func:`~kbo_desktop.services.spreadsheets.check_spreadsheet`, which writes
nothing). Problems are listed by row and column, as the officer will look for
them in Excel, and nothing can be imported until the sheet is fixed; a clean
sheet shows which producers and products would be added or updated.
Accepting does not import: the caller runs the import with progress.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.spreadsheets import DryRun, SheetProblem, check_spreadsheet
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange.import_check import ImportCheckDialog
from kbo_desktop.ui.exchange.labels import language, outcome_label
from kbo_desktop.ui.exchange.loading import FAILED, READY, start_loading
from kbo_desktop.ui.exchange.table_model import RowsModel, RowsProxy, TableRow, table_view
from kbo_desktop.ui.widgets.thai_wrap import WrapLabel


class SpreadsheetImportDialog(ImportCheckDialog):
    """The dry run of one sheet: its problems, or what importing it would do.

    ``loaded`` is emitted when the dry run's result is shown.
    """

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None):
        super().__init__(path, parent)
        self.setObjectName("spreadsheetImportDialog")
        self.setWindowTitle(self.tr("นำเข้าจากตารางคำนวณ"))
        self.run: DryRun | None = None
        loading = self._loading_page(self.tr("กำลังตรวจทุกแถว ยังไม่มีการบันทึกข้อมูลใด…"))
        self._lay_out(
            self.tr("ตรวจไฟล์ %1").replace("%1", self.path.name),
            (loading, self._problems_page(), self._plan_page()), 900, 600,
        )  # fmt: skip
        self._task = start_loading(
            self,
            lambda _progress: check_spreadsheet(db, self.path),
            self._on_task_succeeded,
            self._on_task_failed,
        )

    # -- pages --------------------------------------------------------------------
    def _problems_page(self) -> QWidget:
        page = QWidget(self)
        self.problems_heading = QLabel(page)
        self.problems_heading.setObjectName("problemsHeading")
        self.problems_heading.setStyleSheet("color: #b00020; font-weight: bold;")
        advice = WrapLabel(
            self.tr(
                "ยังไม่มีข้อมูลใดถูกบันทึก แก้ไขไฟล์ตามรายการด้านล่าง บันทึกไฟล์ แล้วนำเข้าใหม่อีกครั้ง "
                "(แถวที่ 1 คือหัวตาราง)"
            ),
            page,
        )
        self.problems_model = RowsModel(
            [self.tr("แถว"), self.tr("คอลัมน์"), self.tr("ปัญหา")], numeric=(0,), parent=self
        )
        proxy = RowsProxy(self)
        proxy.setSourceModel(self.problems_model)
        self.problems_view = table_view(proxy, "problemsView", page)
        self.problems_view.setSortingEnabled(True)
        self.problems_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.problems_view.setColumnWidth(1, 220)
        self.problems_view.horizontalHeader().sectionResized.connect(
            self._on_problems_header_section_resized
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems_heading)
        layout.addWidget(advice)
        layout.addWidget(self.problems_view, 1)
        return page

    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        self.plan_label = WrapLabel("", page)
        self.plan_label.setObjectName("planLabel")
        self.plan_model = RowsModel(
            [
                self.tr("ประเภท"),
                self.tr("ชื่อ"),
                self.tr("อยู่ใน"),
                self.tr("การเปลี่ยนแปลง"),
                self.tr("แถว"),
            ],
            parent=self,
        )
        self.plan_view = table_view(self.plan_model, "planView", page)
        header = self.plan_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plan_view.setColumnWidth(0, 110)
        self.plan_view.setColumnWidth(2, 230)
        self.plan_view.setColumnWidth(3, 110)
        self.plan_view.setColumnWidth(4, 70)
        note = WrapLabel(self.tr("ก่อนนำเข้า โปรแกรมจะสำรองฐานข้อมูลไว้ให้โดยอัตโนมัติ"), page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.plan_view, 1)
        layout.addWidget(note)
        return page

    # -- filling in ---------------------------------------------------------------
    def _on_task_succeeded(self, run: DryRun) -> None:
        self.run = run
        if run.problems:
            self._show_problems(run.problems)
        else:
            self._show_plan(run)
        self.loaded.emit()

    def _on_task_failed(self, error: KboError) -> None:
        self._show_problems([SheetProblem(0, "", "", error.message_th, error.message_en)])
        self.loaded.emit()

    def _show_problems(self, problems: list[SheetProblem]) -> None:
        self.state = FAILED
        self.problems_heading.setText(
            self.tr("⚠ พบปัญหา %1 รายการ").replace("%1", str(len(problems)))
        )
        english = language() == "en"
        self.problems_model.replace_rows(
            [
                TableRow(
                    (
                        self._row_text(p),
                        self._column_text(p),
                        p.message_en if english else p.message_th,
                    ),
                    payload=p,
                    sort_keys=(p.row, p.column.rjust(3) + p.header),
                )
                for p in problems
            ]
        )
        self.problems_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.problems_view.resizeRowsToContents()
        self.cancel_button.setText(self.tr("ปิด"))
        self.pages.setCurrentIndex(1)

    def _on_problems_header_section_resized(self, _section: int, _old: int, _new: int) -> None:
        self.problems_view.resizeRowsToContents()  # long messages wrap; a sheet has few problems

    def _row_text(self, problem: SheetProblem) -> str:
        return str(problem.row) if problem.row else self.tr("ทั้งไฟล์")

    def _column_text(self, problem: SheetProblem) -> str:
        if problem.column and problem.header:
            return f"{problem.column} ({problem.header})"
        return problem.column or problem.header or self.tr("ทั้งแถว")

    def _show_plan(self, run: DryRun) -> None:
        self.state = READY
        c = run.counts()
        rows: list[TableRow] = []
        for producer in run.producers:
            a = producer.record.address
            where = " ".join(
                p
                for p in (
                    a.tambon and self.tr("ต.%1").replace("%1", a.tambon),
                    a.amphoe and self.tr("อ.%1").replace("%1", a.amphoe),
                )
                if p
            )
            rows.append(
                self._plan_row(
                    self.tr("ผู้ผลิต"),
                    producer.record.name,
                    where,
                    producer.existing,
                    producer.changed,
                    producer.rows,
                )
            )
            for product in producer.products:
                rows.append(
                    self._plan_row(
                        self.tr("ผลิตภัณฑ์"),
                        product.record.name,
                        producer.record.name,
                        product.existing,
                        product.changed,
                        product.rows,
                    )
                )
        self.plan_model.replace_rows(rows)
        changes = (
            c["producers_added"]
            + c["producers_updated"]
            + c["products_added"]
            + c["products_updated"]
        )
        text = (
            self.tr(
                "ตรวจ %1 แถวแล้ว ไม่พบปัญหา\nผู้ผลิต: เพิ่ม %2 ราย ปรับปรุง %3 ราย ไม่เปลี่ยน %4 ราย\n"
                "ผลิตภัณฑ์: เพิ่ม %5 รายการ ปรับปรุง %6 รายการ ไม่เปลี่ยน %7 รายการ"
            )
            .replace("%1", str(run.rows))
            .replace("%2", str(c["producers_added"]))
            .replace("%3", str(c["producers_updated"]))
            .replace("%4", str(c["producers_unchanged"]))
            .replace("%5", str(c["products_added"]))
            .replace("%6", str(c["products_updated"]))
            .replace("%7", str(c["products_unchanged"]))
        )
        if not changes:
            text += "\n" + self.tr("ข้อมูลในไฟล์ตรงกับในฐานข้อมูลแล้ว ไม่มีอะไรต้องนำเข้า")
        self.plan_label.setText(text)
        self.import_button.setEnabled(changes > 0)
        self.import_button.setDefault(changes > 0)
        self.pages.setCurrentIndex(2)

    def _plan_row(
        self, kind: str, name: str, context: str, existing: bool, changed: bool, rows: list[int]
    ) -> TableRow:
        outcome = "unchanged" if existing and not changed else ("updated" if existing else "added")
        return TableRow(
            (kind, name, context, outcome_label(outcome), ", ".join(map(str, rows))), payload=name
        )
