"""Reviewing producers that two officers probably recorded twice.

Likely pairs come from :func:`~kbo_desktop.services.duplicates.find_duplicate_producers`
(similar Thai names in one tambon, a shared phone or OTOP number). The officer
sees both producers side by side with everything that hangs on them and what
the merged producer would look like, picks the one to keep, confirms a
message that says what will move, and the pair is merged in one transaction.

The service has no "these are not duplicates" decision to store, so a pair
that is not a duplicate is simply left alone (it stays in the list); and it
fills only the kept producer's empty fields from the other, so there is no
per-field choice here either.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.duplicates import (
    DuplicateCandidate,
    find_duplicate_producers,
    merge_producers,
)
from kbo_desktop.services.review_support import ProducerFootprint, producer_footprint
from kbo_desktop.store.database import Database
from kbo_desktop.ui.exchange.review_dialog import ReviewDialog
from kbo_desktop.ui.exchange.review_duplicate_models import (
    COL_A,
    COL_AFTER,
    COL_B,
    COL_FIRST,
    COL_ITEM,
    COL_REASONS,
    COL_SCORE,
    COL_SECOND,
    DuplicatePairsModel,
    ProducerComparisonModel,
)
from kbo_desktop.ui.exchange.review_widgets import (
    EmptyState,
    fit_on_screen,
    setup_list_view,
    show_refusal,
)
from kbo_desktop.ui.widgets.thai_wrap import WrapLabel

log = logging.getLogger(__name__)


class DuplicateReviewDialog(ReviewDialog):
    """Likely duplicate pairs on top; the chosen pair side by side below.

    ``changed`` turns True once producers were merged.
    """

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.setObjectName("duplicateReviewDialog")
        self._pair: DuplicateCandidate | None = None
        self._footprints: tuple[ProducerFootprint, ProducerFootprint] | None = None
        self.pairs_model = DuplicatePairsModel(self)
        self.pairs_model.language = self._language
        self.comparison_model = ProducerComparisonModel(self)
        self.comparison_model.language = self._language
        self._build()
        fit_on_screen(self)
        self.reload()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.empty_page = EmptyState(
            self.tr("ไม่พบผู้ผลิตที่อาจบันทึกซ้ำ"),
            self.tr("ไม่มีผู้ผลิตสองรายที่ชื่อคล้ายกันในตำบลเดียวกัน ใช้เบอร์โทรศัพท์เดียวกัน "
                    "หรือเลขทะเบียน OTOP เดียวกัน"),
        )  # fmt: skip
        intro = WrapLabel(
            self.tr("ผู้ผลิตแต่ละคู่อาจเป็นกลุ่มเดียวกันที่บันทึกไว้สองครั้ง เลือกคู่ ตรวจข้อมูลทั้งสองฝั่ง "
                    "เลือกรายที่จะเก็บไว้ แล้วกด “รวมเป็นรายเดียว” ผลิตภัณฑ์ การวิเคราะห์ แผนพัฒนา "
                    "การลงพื้นที่ และภาพถ่ายของอีกรายจะย้ายมาอยู่กับรายที่เก็บไว้ "
                    "หากไม่ใช่กลุ่มเดียวกัน ปล่อยไว้ได้ ข้อมูลจะไม่เปลี่ยนแปลง")
        )  # fmt: skip
        intro.setObjectName("duplicateIntro")
        self.pair_table = QTableView(objectName="pairTable")
        self.pair_table.setModel(self.pairs_model)
        setup_list_view(self.pair_table)
        header = self.pair_table.horizontalHeader()
        for column in (COL_FIRST, COL_SECOND, COL_REASONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SCORE, QHeaderView.ResizeMode.ResizeToContents)

        self.keep_first = QRadioButton(objectName="keepFirstRadio")
        self.keep_second = QRadioButton(objectName="keepSecondRadio")
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_first)
        self.keep_group.addButton(self.keep_second)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("เก็บรายใดไว้:")))
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)
        self.comparison_table = QTableView(objectName="comparisonTable")
        self.comparison_table.setModel(self.comparison_model)
        setup_list_view(self.comparison_table, long_list=False)
        self.comparison_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        compare_header = self.comparison_table.horizontalHeader()
        compare_header.resizeSection(COL_ITEM, 230)
        for column in (COL_A, COL_B, COL_AFTER):
            compare_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.status = WrapLabel()
        self.status.setObjectName("duplicateStatus")
        self.merge_button = QPushButton(self.tr("รวมเป็นรายเดียว"), objectName="mergeButton")
        self._lay_out(
            "duplicate", self.empty_page, intro, self.pair_table,
            (keep_row, self.comparison_table), (170, 430), self.status, self.merge_button,
        )  # fmt: skip

        self.pair_table.selectionModel().selectionChanged.connect(
            self._on_pair_table_selection_changed
        )
        self.keep_first.toggled.connect(self._on_keep_first_toggled)
        self.merge_button.clicked.connect(self.merge)

    # -- data ----------------------------------------------------------------------
    def reload(self, select_row: int = 0) -> None:
        """Find the likely pairs again and select the one at ``select_row`` (or the last)."""
        pairs = find_duplicate_producers(self.db)
        self._pair = None
        self.pairs_model.replace_rows(pairs)
        title = (
            self.tr("ผู้ผลิตที่อาจบันทึกซ้ำ (%1 คู่)").replace("%1", str(len(pairs)))
            if pairs else self.tr("ผู้ผลิตที่อาจบันทึกซ้ำ")
        )  # fmt: skip
        self._show_list(len(pairs), title, select_row)

    def current_pair(self) -> DuplicateCandidate | None:
        return self._pair

    def _show(self, pair: DuplicateCandidate | None) -> None:
        self._pair = pair
        self.merge_button.setEnabled(pair is not None)
        if pair is None:
            self._footprints = None
            self.comparison_model.set_pair(None, None)
            return
        a = producer_footprint(self.db, pair.first.id)
        b = producer_footprint(self.db, pair.second.id)
        self._footprints = (a, b)
        # Keep the one more work hangs on, so fewer records change hands.
        keep_first = sum(a.counts.values()) >= sum(b.counts.values())
        self.keep_first.setText(self.tr("ก: %1").replace("%1", pair.first.name))
        self.keep_second.setText(self.tr("ข: %1").replace("%1", pair.second.name))
        self.keep_first.blockSignals(True)
        (self.keep_first if keep_first else self.keep_second).setChecked(True)
        self.keep_first.blockSignals(False)
        self.comparison_model.set_pair(a, b, keep_first)

    def keep_and_drop(self) -> tuple[ProducerFootprint, ProducerFootprint] | None:
        """The producer chosen to keep and the one to merge into it."""
        if self._footprints is None:
            return None
        a, b = self._footprints
        return (a, b) if self.keep_first.isChecked() else (b, a)

    def confirmation_text(self) -> str:
        """What the merge will do, in the words of the confirmation message."""
        chosen = self.keep_and_drop()
        assert chosen is not None
        keep, drop = chosen
        n = drop.counts
        kept_name, drop_name = f"“{keep.producer.name}”", f"“{drop.producer.name}”"
        lines = [self.tr("รวม %1 เข้ากับ %2").replace("%1", drop_name).replace("%2", kept_name), ""]
        moves = []
        if n["products"]:
            moves.append(
                self.tr("ผลิตภัณฑ์ %1 รายการ พร้อมมาตรฐาน %2 รายการ ประเด็นวิเคราะห์ %3 ข้อ "
                        "แผนพัฒนา %4 แผน (กิจกรรม %5 รายการ)")
                .replace("%1", str(n["products"])).replace("%2", str(n["certifications"]))
                .replace("%3", str(n["swot_items"])).replace("%4", str(n["plans"]))
                .replace("%5", str(n["plan_actions"]))
            )  # fmt: skip
        if n["visits"]:
            moves.append(
                self.tr("การลงพื้นที่ %1 ครั้ง พร้อมความคืบหน้าที่บันทึก %2 รายการ")
                .replace("%1", str(n["visits"])).replace("%2", str(n["visit_progress"]))
            )  # fmt: skip
        if n["photos"]:
            moves.append(self.tr("ภาพถ่าย %1 ภาพ").replace("%1", str(n["photos"])))
        if moves:
            lines.append(
                self.tr("จะย้ายจาก %1 ไปอยู่กับ %2:").replace("%1", drop_name).replace("%2", kept_name)
            )
            lines += [f"• {move}" for move in moves]
        else:
            lines.append(self.tr("%1 ไม่มีผลิตภัณฑ์ การลงพื้นที่ หรือภาพถ่ายที่ต้องย้าย").replace("%1", drop_name))
        filled = self.comparison_model.filled_fields()
        if filled:
            lines.append(
                self.tr("ช่องที่ยังว่างของ %1 จะเติมจาก %2: %3")
                .replace("%1", kept_name).replace("%2", drop_name).replace("%3", ", ".join(filled))
            )  # fmt: skip
        lines += [
            self.tr("จากนั้น %1 จะถูกลบ การรวมนี้จะส่งไปถึงเครื่องอื่นพร้อมไฟล์ .kbo ครั้งถัดไป")
            .replace("%1", drop_name),
            "",
            self.tr("รวมเป็นรายเดียวเลยหรือไม่"),
        ]  # fmt: skip
        return "\n".join(lines)

    # -- actions -------------------------------------------------------------------
    def merge(self) -> bool:
        """Ask, then merge the shown pair; False if the user said no or it was refused."""
        chosen = self.keep_and_drop()
        if chosen is None:
            return False
        keep, drop = chosen
        answer = QMessageBox.question(
            self, self.tr("รวมผู้ผลิตเป็นรายเดียว"), self.confirmation_text(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        row = max(self.pair_table.currentIndex().row(), 0)
        try:
            summary = merge_producers(self.db, keep.producer.id, drop.producer.id)
        except KboError as exc:
            log.info("merging %s into %s refused: %s", drop.producer.id, keep.producer.id, exc)
            show_refusal(self, self.tr("รวมผู้ผลิตไม่สำเร็จ"), exc)
            return False
        self.changed = True
        moved = summary.moved
        self.status.setText(
            self.tr("รวม “%1” เข้ากับ “%2” แล้ว: ย้ายผลิตภัณฑ์ %3 รายการ การลงพื้นที่ %4 ครั้ง ภาพถ่าย %5 ภาพ")
            .replace("%1", drop.producer.name).replace("%2", summary.kept.name)
            .replace("%3", str(moved.get("products", 0))).replace("%4", str(moved.get("visits", 0)))
            .replace("%5", str(drop.counts["photos"]))
        )  # fmt: skip
        self.reload(select_row=row)
        return True

    # -- slots ---------------------------------------------------------------------
    def _on_pair_table_selection_changed(
        self, selected: QItemSelection, _old: QItemSelection
    ) -> None:
        rows = selected.indexes()
        self._show(self.pairs_model.row_at(rows[0].row()) if rows else None)

    def _on_keep_first_toggled(self, checked: bool) -> None:
        self.comparison_model.set_keep_first(checked)
