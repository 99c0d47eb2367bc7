"""The look before a ``.kbo`` import: what would be added, changed and deleted, by name.

The dialog opens at once and reads the bundle in the background
(:func:`~kbo_desktop.services.exchange_summary.describe_bundle`, which writes
nothing). A bundle the import would refuse is shown with its reason, naming
the record, and only a Close button. Accepting the dialog does not import:
the caller runs the import with its progress dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.exchange_summary import BundlePreview, ChangedRecord, describe_bundle
from kbo_desktop.services.review_support import field_label
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange.change_list_model import SORT_LIMIT, ChangeListModel
from kbo_desktop.ui.exchange.import_check import ImportCheckDialog
from kbo_desktop.ui.exchange.labels import format_when, kind_label, language, outcome_label
from kbo_desktop.ui.exchange.loading import FAILED, READY, start_loading
from kbo_desktop.ui.exchange.table_model import PAYLOAD_ROLE, RowsModel, TableRow, table_view
from kbo_desktop.ui.widgets.thai_wrap import WrapLabel



def _count(number: int) -> str:
    """A count as people read large numbers: 665,028."""
    return f"{number:,}"

class ImportPreviewDialog(ImportCheckDialog):
    """Preview of importing one bundle; Import accepts, Cancel rejects.

    ``loaded`` is emitted when the preview, or the reason the bundle is refused, is shown.
    """

    def __init__(
        self, db: Database, path: Path, offices: Sequence[str] = (), parent: QWidget | None = None
    ):
        super().__init__(path, parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("ตรวจสอบก่อนนำเข้า"))
        self.preview: BundlePreview | None = None
        self.error: KboError | None = None
        loading = self._loading_page(self.tr("กำลังอ่านและตรวจสอบไฟล์ ยังไม่มีการบันทึกข้อมูลใด…"))
        self._lay_out(
            self.tr("นำเข้าไฟล์ %1").replace("%1", self.path.name),
            (loading, self._error_page(), self._preview_page(offices)), 1100, 640,
        )  # fmt: skip
        self._task = start_loading(
            self,
            lambda progress: describe_bundle(db, self.path, progress, language=language()),
            self._on_task_succeeded,
            self._on_task_failed,
            self._on_task_progressed,
        )

    # -- pages --------------------------------------------------------------------
    def _error_page(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("⚠ นำเข้าไฟล์นี้ไม่ได้"), page)
        heading.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label = WrapLabel("", page)
        self.error_label.setObjectName("errorLabel")
        self.error_where = WrapLabel("", page)
        self.error_where.setObjectName("errorWhere")
        note = WrapLabel(self.tr("ไม่มีข้อมูลใดถูกนำเข้า ฐานข้อมูลในเครื่องนี้ไม่เปลี่ยนแปลง"), page)
        layout = QVBoxLayout(page)
        for widget in (heading, self.error_label, self.error_where, note):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _preview_page(self, offices: Sequence[str]) -> QWidget:
        page = QWidget(self)
        self.source_label = WrapLabel("", page)
        self.source_label.setObjectName("sourceLabel")
        self.counts_model = RowsModel(
            [
                self.tr("ประเภทข้อมูล"),
                self.tr("เพิ่ม"),
                self.tr("ปรับปรุง"),
                self.tr("ลบ"),
                self.tr("ไม่เปลี่ยน"),
            ],
            numeric=(1, 2, 3, 4),
            parent=self,
        )
        self.counts_view = table_view(self.counts_model, "countsView", page)
        self.counts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.counts_view.setToolTip(self.tr("เลือกประเภทเพื่อดูเฉพาะรายการประเภทนั้น"))
        header = self.counts_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Read straight from the service's rows: a national bundle lists ~665,000.
        self.changes_model = ChangeListModel(
            [self.tr("ประเภท"), self.tr("ชื่อ"), self.tr("อยู่ใน"), self.tr("การเปลี่ยนแปลง")],
            self._outcome_text,
            parent=self,
        )
        self.changes_view = table_view(self.changes_model, "changesView", page)
        self.conflicts_model = ChangeListModel(
            [self.tr("ประเภท"), self.tr("ชื่อ"), self.tr("อยู่ใน"), self.tr("ฉบับที่ใช้")],
            lambda item: outcome_label(item.outcome),
            parent=self,
        )
        self.conflicts_view = table_view(self.conflicts_model, "conflictsView", page)
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("previewTabs")
        self.tabs.addTab(self._changes_tab(), "")
        self.tabs.addTab(self._conflicts_tab(), "")
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.counts_view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 640])
        splitter.setChildrenCollapsible(False)
        self.photos_label = WrapLabel("", page)
        self.photos_label.setObjectName("photosLabel")
        self.office_combo = QComboBox(page)
        self.office_combo.setObjectName("officeCombo")
        self.office_combo.setEditable(True)
        self.office_combo.addItem("")
        self.office_combo.addItems(list(offices))
        if (line := self.office_combo.lineEdit()) is not None:  # editable, so always
            line.setPlaceholderText(self.tr("ไม่ทราบ / ไม่ระบุ"))
        self.office_combo.setToolTip(
            self.tr("ถ้าทราบ โปรแกรมจะจำไว้ว่าเครื่องที่ส่งไฟล์นี้มาเป็นของสำนักงานใด เพื่อแยกข้อมูลขัดแย้งได้ถูกต้อง")
        )
        office_form = QFormLayout()
        office_form.addRow(self.tr("ได้รับจากสำนักงาน"), self.office_combo)
        backup_note = WrapLabel(self.tr("ก่อนนำเข้า โปรแกรมจะสำรองฐานข้อมูลไว้ให้โดยอัตโนมัติ"), page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.photos_label)
        layout.addLayout(office_form)
        layout.addWidget(backup_note)
        self.counts_view.selectionModel().currentRowChanged.connect(
            self._on_counts_view_current_row_changed
        )
        return page

    def _changes_tab(self) -> QWidget:
        tab = QWidget(self)
        self.unsorted_note = WrapLabel(
            self.tr(
                "รายการมีมากกว่า %1 รายการ จึงแสดงตามลำดับในไฟล์ (จัดกลุ่มตามประเภท) "
                "และเรียงตามหัวตารางไม่ได้"
            ).replace("%1", f"{SORT_LIMIT:,}"),
            tab,
        )
        self.unsorted_note.setObjectName("unsortedNote")
        self.unsorted_note.hide()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.changes_view, 1)
        layout.addWidget(self.unsorted_note)
        return tab

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget(self)
        note = WrapLabel(
            self.tr(
                "ทั้งสองเครื่องแก้ไขรายการเหล่านี้หลังจากแลกเปลี่ยนข้อมูลกันครั้งล่าสุด โปรแกรมจะใช้ฉบับที่แก้ไขล่าสุด "
                "และเก็บอีกฉบับไว้ ตรวจและเลือกค่าทีละช่องได้ภายหลังที่เมนู “ตรวจข้อมูลขัดแย้ง…”"
            ),
            tab,
        )
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.conflicts_view)
        return tab

    # -- filling in ---------------------------------------------------------------
    def office(self) -> str:
        """The office the user says the bundle came from ("" when not given)."""
        return self.office_combo.currentText().strip()

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_task_succeeded(self, preview: BundlePreview) -> None:
        self.preview, self.state = preview, READY
        self.source_label.setText(self._source_text(preview))
        summary = preview.summary
        shown = {
            n: c
            for n, c in summary.counts.items()
            if c.added or c.updated or c.deleted or c.unchanged
        }
        totals = [
            sum(getattr(c, k) for c in shown.values())
            for k in ("added", "updated", "deleted", "unchanged")
        ]
        self.counts_model.replace_rows(
            [TableRow((self.tr("ทุกประเภท"), *map(_count, totals)), payload="")]
            + [
                TableRow(
                    (kind_label(name), *(_count(n) for n in (c.added, c.updated, c.deleted, c.unchanged))),
                    payload=name,
                )
                for name, c in shown.items()
            ]
        )
        self.counts_view.selectRow(0)
        self.changes_model.set_items(preview.changes)
        self.conflicts_model.set_items(preview.conflicts)
        if self.changes_model.sortable():
            self.changes_view.setSortingEnabled(True)
            self.changes_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        else:  # kept as listed, grouped by kind: sorting so many names would stall the window
            self.unsorted_note.show()
        changed = len(preview.changes)
        self.tabs.setTabText(0, self.tr("รายการที่จะเปลี่ยน (%1)").replace("%1", _count(changed)))
        self.tabs.setTabText(1, self.tr("ข้อมูลขัดแย้ง (%1)").replace("%1", _count(len(preview.conflicts))))
        for view in (self.changes_view, self.conflicts_view):
            view.setColumnWidth(0, 110)
            view.setColumnWidth(1, 230)
            view.setColumnWidth(2, 170)
        self.photos_label.setText(self._photos_text(preview))
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)
        self.pages.setCurrentIndex(2)
        self.loaded.emit()

    def _on_task_failed(self, error: KboError) -> None:
        self.error, self.state = error, FAILED
        self.error_label.setText(error.message(language()))
        where = " · ".join(p for p in (error.record, error.field) if p)
        self.error_where.setText(self.tr("ตำแหน่งที่พบ: %1").replace("%1", where) if where else "")
        self.import_button.hide()
        self.cancel_button.setText(self.tr("ปิด"))
        self.pages.setCurrentIndex(1)
        self.resize(self.width(), 360)
        self.loaded.emit()

    def _outcome_text(self, item: ChangedRecord) -> str:
        if item.tombstone:
            return self.tr("เพิ่ม (เป็นรายการที่ถูกลบไปแล้ว)")
        if item.fields:
            names = [field_label(item.collection, name, language()) for name in item.fields[:3]]
            if len(item.fields) > 3:
                names.append(self.tr("อีก %1 ช่อง").replace("%1", str(len(item.fields) - 3)))
            return (
                self.tr("%1: %2")
                .replace("%1", outcome_label(item.outcome))
                .replace("%2", ", ".join(names))
            )
        return outcome_label(item.outcome)

    def _source_text(self, preview: BundlePreview) -> str:
        parts = []
        if preview.exported_at:
            parts.append(self.tr("ส่งออกเมื่อ %1").replace("%1", format_when(preview.exported_at)))
        if preview.officer:
            parts.append(self.tr("โดย %1").replace("%1", preview.officer))
        if preview.province:
            parts.append(self.tr("จังหวัด%1").replace("%1", preview.province))
        partial = preview.partial
        if partial.get("amphoe"):
            parts.append(self.tr("เฉพาะอำเภอ%1").replace("%1", partial["amphoe"]))
        if partial.get("office"):
            parts.append(self.tr("ส่งให้ %1").replace("%1", partial["office"]))
        if partial.get("since"):
            parts.append(self.tr("เฉพาะที่เปลี่ยนแปลงหลังการแลกเปลี่ยนครั้งก่อน"))
        if not preview.changes:
            parts.append(self.tr("— ไม่มีข้อมูลใหม่หรือที่เปลี่ยนแปลง"))
        return " ".join(parts)

    def _photos_text(self, preview: BundlePreview) -> str:
        summary = preview.summary
        text = self.tr("ไฟล์ภาพถ่ายใหม่ที่จะเก็บ: %1 ไฟล์").replace("%1", str(summary.photos_written))
        if summary.photos_missing:
            text += " " + self.tr("(ไม่มีไฟล์ภาพของ %1 ภาพในชุดข้อมูลนี้)").replace(
                "%1", str(len(summary.photos_missing))
            )
        return text

    # -- reactions ----------------------------------------------------------------
    def _on_counts_view_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self.changes_model.set_kind(current.siblingAtColumn(0).data(PAYLOAD_ROLE) or "")
        self.tabs.setCurrentIndex(0)
