"""The planning tab (แผนพัฒนา): one plan per product and fiscal year, and its actions.

Pick a product and a fiscal year (Buddhist Era); the plan's title and goal sit
above its actions table, the plan's roll-up progress and overdue count above
the table, budget totals by area and by responsible member below it. All
edits stay in memory until Save stores plan, actions and deletions in one
transaction; Revert reloads; leaving with unsaved edits asks first. Roll-ups
are computed from what is on screen, so they follow every edit at once.

Keyboard (in the table): arrows move, F2 or typing edits, Insert adds an
action, Delete removes it, Ctrl+Z brings the last removed one back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import KboError, ValidationErrors
from kbo_desktop.domain.thai_dates import fiscal_year_be, fiscal_year_bounds
from kbo_desktop.services.analysis import AnalysisService
from kbo_desktop.services.planning import (
    PlanningService,
    rollup,
)
from kbo_desktop.store.database import Database
from kbo_desktop.ui.analysis.product_picker import ProductPicker
from kbo_desktop.ui.analysis.unsaved import confirm_leave
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.planning import action_model as am
from kbo_desktop.ui.planning.actions_table import ActionsTableController
from kbo_desktop.ui.planning.totals_model import TotalsModel, area_rows, member_rows, rollup_summary
from kbo_desktop.ui.tab_page import TabPage
from kbo_desktop.ui.widgets.be_date_edit import format_be_date
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.thai_wrap import wrappable

log = logging.getLogger(__name__)
_NO_PLAN, _PLAN = 0, 1


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PlanningTab(TabPage):
    """A product's development plan for one fiscal year (see module docs).

    Signals: inherited ``statusMessage(str)`` and ``dirtyChanged(bool)``.

    Args:
        today: what "today" is for overdue detection (tests pass a fixed day).
    """

    KEY = "planning"

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ):
        super().__init__(db, parent)
        self.service = PlanningService(db)
        self.products = AnalysisService(db)
        self._today = today
        self.ui = load_form("planning_tab.ui", self, custom_widgets=[ProductPicker])
        self.picker: ProductPicker = self.ui.productPicker
        self.actions_model = am.ActionTableModel(self, today=today())
        self.area_totals = TotalsModel(self.tr("ด้าน"), self)
        self.member_totals = TotalsModel(self.tr("ผู้รับผิดชอบ"), self)
        self._plan: r.Plan | None = None
        self._product_id = ""
        self._weaknesses: list[r.SwotItem] = []
        self._members: list[r.NetworkMember] = []
        self._stored_ids: set[str] = set()
        self._dirty = False
        self._loading = False
        self._setup_views()
        self._connect()
        self.ui.fiscalYearSpin.setValue(fiscal_year_be(today()))
        self._show_fiscal_range()
        self.refresh()
        self._load_plan()

    # ------------------------------------------------------------ TabPage
    def title(self) -> str:
        return self.tr("แผนพัฒนา")

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        self.table.commit_open_editor()
        if self._plan is None or not self._dirty:
            return True
        plan = replace(
            self._plan,
            title=self.ui.titleEdit.text().strip(),
            goal=self.ui.goalEdit.toPlainText().strip(),
        )
        stored_deletions = sorted(self.table.removed_ids() & self._stored_ids)
        try:
            saved, actions = self.service.save_plan(
                plan, self.actions_model.actions(), stored_deletions
            )
        except ValidationErrors as exc:
            self._show_problems(exc)
            return False
        self._show_plan(saved, actions)
        self.statusMessage.emit(self.tr("บันทึกแผนพัฒนาแล้ว"))
        return True

    def revert(self) -> None:
        self._load_plan()
        self.statusMessage.emit(self.tr("ยกเลิกการแก้ไขแล้ว"))

    def new_record(self) -> None:
        if self._plan is None:
            self._on_create_plan_button_clicked()
        else:
            self._on_add_action_button_clicked()

    def delete_selected(self) -> None:
        self._on_remove_action_button_clicked()

    def refresh(self) -> None:
        self.picker.set_choices(self.products.product_choices())
        self._members = self.service.members()
        if not self._dirty:
            self._load_plan()

    def show_record(self, collection: str, record_id: str) -> bool:
        try:
            if collection == r.PlanAction.COLLECTION:
                action = self.service.records.get(r.PlanAction, record_id)
                plan = self.service.records.get(r.Plan, action.plan_id)
            elif collection == r.Plan.COLLECTION:
                plan, action = self.service.records.get(r.Plan, record_id), None
            else:
                return False
        except KboError:
            return False
        if not self.picker.select_product(plan.product_id) or self._product_id != plan.product_id:
            return False
        self.ui.fiscalYearSpin.setValue(plan.fiscal_year_be)
        if action is not None:
            self.table.select(self.actions_model.row_of(action.id))
        return self._plan is not None and self._plan.id == plan.id

    # ------------------------------------------------------------ setup
    def _setup_views(self) -> None:
        self.ui.mainSplitter.setSizes([230, 1050])
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.table = ActionsTableController(
            self.ui.actionsTable, self.actions_model, self._weakness_choices, self._member_choices
        )
        shortcuts = []
        for slot in (
            self._on_add_action_button_clicked,
            self._on_remove_action_button_clicked,
            self._on_undo_remove_button_clicked,
        ):
            action = QAction(self)
            action.triggered.connect(slot)
            shortcuts.append(action)
        self.table.add_shortcuts(*shortcuts)
        for view, model in (
            (self.ui.areaTotalsTable, self.area_totals),
            (self.ui.memberTotalsTable, self.member_totals),
        ):
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            view.verticalHeader().hide()
            view.setWordWrap(False)

    def _connect(self) -> None:
        self.picker.productChosen.connect(self._on_picker_product_chosen)
        self.ui.fiscalYearSpin.valueChanged.connect(self._on_fiscal_year_spin_value_changed)
        self.ui.createPlanButton.clicked.connect(self._on_create_plan_button_clicked)
        self.ui.copyLastYearButton.clicked.connect(self._on_copy_last_year_button_clicked)
        self.ui.titleEdit.textEdited.connect(self._on_plan_field_edited)
        self.ui.goalEdit.textChanged.connect(self._on_plan_field_edited)
        self.ui.addActionButton.clicked.connect(self._on_add_action_button_clicked)
        self.ui.removeActionButton.clicked.connect(self._on_remove_action_button_clicked)
        self.ui.undoRemoveButton.clicked.connect(self._on_undo_remove_button_clicked)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.revert)
        self.actions_model.actionsChanged.connect(self._on_actions_model_actions_changed)
        self.table.removed.connect(self._on_table_removed)
        self.table.undoAvailable.connect(self.ui.undoRemoveButton.setEnabled)

    def _weakness_choices(self) -> list[tuple[str, str | None]]:
        return [(self.tr("— ไม่ระบุ —"), None)] + [(_short(w.text), w.id) for w in self._weaknesses]

    def _member_choices(self) -> list[tuple[str, str | None]]:
        return [(self.tr("— ยังไม่ระบุ —"), None)] + [(m.name, m.id) for m in self._members]

    # ------------------------------------------------------------ choosing product and year
    def _on_picker_product_chosen(self, product_id: str) -> None:
        if product_id == self._product_id:
            return
        if self._dirty and not self._confirm_leave():
            self.picker.blockSignals(True)
            self.picker.select_product(self._product_id)
            self.picker.blockSignals(False)
            return
        self._product_id = product_id
        self._load_plan()

    def _on_fiscal_year_spin_value_changed(self, year: int) -> None:
        if self._loading:
            return
        if (
            self._dirty
            and self._plan is not None
            and year != self._plan.fiscal_year_be
            and not self._confirm_leave()
        ):
            self._loading = True
            self.ui.fiscalYearSpin.setValue(self._plan.fiscal_year_be)
            self._loading = False
            return
        self._show_fiscal_range()
        self._load_plan()

    def _show_fiscal_range(self) -> None:
        first, last = fiscal_year_bounds(self.ui.fiscalYearSpin.value())
        self.ui.fiscalRangeLabel.setText(f"{format_be_date(first)} – {format_be_date(last)}")

    def _confirm_leave(self) -> bool:
        return confirm_leave(self, self.tr("แผนนี้ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่"), self.save)

    def _load_plan(self) -> None:
        """Show the stored plan for the chosen product and year (or the "no plan" page)."""
        year = self.ui.fiscalYearSpin.value()
        self.actions_model.set_today(self._today())
        if not self._product_id:
            self.ui.productLabel.setText(self.tr("เลือกผลิตภัณฑ์จากรายการทางซ้าย"))
            self._show_no_plan(self.tr("ยังไม่ได้เลือกผลิตภัณฑ์"), can_create=False)
            return
        choice = self.picker.model.choice(self.picker.model.row_of(self._product_id))
        self.ui.productLabel.setText(
            f"<b>{wrappable(choice.name)}</b> — {wrappable(choice.producer_name)}"
        )
        self._weaknesses = self.service.weaknesses(self._product_id)
        self.actions_model.set_lookups(self._weaknesses, self._members)
        plan = self.service.plan_for(self._product_id, year)
        if plan is None:
            self._show_no_plan(
                self.tr("ยังไม่มีแผนพัฒนาของปีงบประมาณ %1").replace("%1", str(year)), can_create=True
            )
            return
        self._show_plan(plan, self.service.actions(plan.id))

    def _show_no_plan(self, message: str, *, can_create: bool) -> None:
        self._plan = None
        self.actions_model.set_actions([])
        year = self.ui.fiscalYearSpin.value()
        has_last = can_create and self.service.plan_for(self._product_id, year - 1) is not None
        self.ui.noPlanLabel.setText(message)
        self.ui.createPlanButton.setEnabled(can_create)
        self.ui.copyLastYearButton.setEnabled(has_last)
        self.ui.copyLastYearButton.setToolTip(
            self.tr("คัดลอกจากแผนปีงบประมาณ %1").replace("%1", str(year - 1)) if has_last
            else self.tr("ไม่มีแผนของปีงบประมาณ %1 ให้คัดลอก").replace("%1", str(year - 1))
        )  # fmt: skip
        self.ui.planStack.setCurrentIndex(_NO_PLAN)
        self._reset_edit_state(stored=[])

    def _show_plan(self, plan: r.Plan, actions: list[r.PlanAction], *, stored: bool = True) -> None:
        self._plan = plan
        self._loading = True
        self.ui.titleEdit.setText(plan.title)
        self.ui.goalEdit.setPlainText(plan.goal)
        self._loading = False
        self.ui.titleError.clear()
        self.ui.actionsError.clear()
        self.ui.actionsError.hide()
        self.actions_model.set_actions(actions)
        self.ui.planStack.setCurrentIndex(_PLAN)
        self._reset_edit_state(stored=actions if stored else [])
        if not stored:
            self._set_dirty(True)

    def _reset_edit_state(self, stored: list[r.PlanAction]) -> None:
        self._stored_ids = {a.id for a in stored}
        self.table.reset()
        self._set_dirty(False)
        self._update_rollups()

    # ------------------------------------------------------------ plan and actions
    def _on_create_plan_button_clicked(self) -> None:
        if not self._product_id:
            return
        plan = r.Plan(product_id=self._product_id, fiscal_year_be=self.ui.fiscalYearSpin.value())
        self._show_plan(plan, [], stored=False)
        self.ui.titleEdit.setFocus()
        self.statusMessage.emit(self.tr("สร้างแผนใหม่แล้ว กรอกชื่อแผนและกิจกรรมแล้วกดบันทึก"))

    def _on_copy_last_year_button_clicked(self) -> None:
        try:
            plan, actions = self.service.draft_from_last_year(
                self._product_id, self.ui.fiscalYearSpin.value()
            )
        except KboError as exc:
            self.statusMessage.emit(message_of(exc))
            return
        self._show_plan(plan, actions, stored=False)
        self.ui.titleEdit.setFocus()
        self.statusMessage.emit(
            self.tr("คัดลอกแผนปีงบประมาณ %1 แล้ว (%2 กิจกรรม) ตรวจทานแล้วกดบันทึก")
            .replace("%1", str(plan.fiscal_year_be - 1)).replace("%2", str(len(actions)))
        )  # fmt: skip

    def _on_plan_field_edited(self, *_args: object) -> None:
        if not self._loading and self._plan is not None:
            if self.ui.titleEdit.text().strip():
                self.ui.titleError.clear()
            self._set_dirty(True)

    def _on_add_action_button_clicked(self) -> None:
        if self._plan is not None:
            self.table.add(self._plan, self._today())

    def _on_remove_action_button_clicked(self) -> None:
        if self._plan is not None:
            self.table.remove_current()

    def _on_undo_remove_button_clicked(self) -> None:
        self.table.undo_remove()

    def _on_table_removed(self, description: str) -> None:
        self.statusMessage.emit(
            self.tr('ลบกิจกรรม "%1" แล้ว กด Ctrl+Z หรือปุ่มเรียกคืนเพื่อนำกลับมา').replace(
                "%1", _short(description, 40)
            )
        )

    def _on_actions_model_actions_changed(self) -> None:
        self._update_rollups()
        if self._plan is not None:
            self._set_dirty(True)

    def _update_rollups(self) -> None:
        """Progress, overdue count and totals of what is on screen (saved or not)."""
        actions = self.actions_model.actions()
        result = rollup(actions, self._today())
        self.ui.rollupBar.setValue(result.progress_pct)
        self.ui.rollupBar.setFormat(f"{result.progress_pct}%")
        self.ui.rollupLabel.setText(wrappable(rollup_summary(result)))
        self.area_totals.set_rows(area_rows(actions))
        self.member_totals.set_rows(member_rows(actions, self._members))

    def _set_dirty(self, dirty: bool) -> None:
        has_plan = self._plan is not None
        self.ui.saveButton.setEnabled(dirty and has_plan)
        self.ui.revertButton.setEnabled(dirty and has_plan)
        self.ui.removeActionButton.setEnabled(has_plan)
        self.ui.addActionButton.setEnabled(has_plan)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _show_problems(self, exc: ValidationErrors) -> None:
        """Thai messages beside the plan fields and on the action cells at fault."""
        lines, others = self.table.mark_problems(exc.problems)
        for problem in others:
            if problem.field in ("title", "fiscal_year_be"):
                self.ui.titleError.setText(message_of(problem))
            else:
                lines.append(message_of(problem))
        self.ui.actionsError.setText("\n".join(lines))
        self.ui.actionsError.setVisible(bool(lines))
        if self.ui.titleError.text():
            self.ui.titleEdit.setFocus()
        message = message_of(exc.problems[0])
        self.statusMessage.emit(self.tr("ยังบันทึกไม่ได้: %1").replace("%1", message))
