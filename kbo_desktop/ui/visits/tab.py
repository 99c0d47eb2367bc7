"""บันทึกลงพื้นที่: the field-visit tab.

A list of visits (filtered by district, producer, officer and dates, pending
follow-ups on top) beside the visit form, with the follow-up reminders above
the list.

Never losing a word: every edit restarts a short timer (:data:`DRAFT_DELAY_MS`);
when the officer pauses, the form's whole state is written as a draft
(a few KB, one fsync'd file, done in milliseconds on the GUI thread, and only
while the officer is not typing). Drafts left behind by a crash are offered
back in a banner on the next start; "keep as draft" stores an incomplete visit
to finish later; moving to another visit keeps unsaved edits as a draft rather
than asking. Saving the visit (or discarding the edits) removes its draft.

Edit ▸ เลิกทำ / ทำซ้ำ walk back and forth through the form's unsaved steps
(:meth:`VisitsTab.undo_stack`); the tab has unsaved changes while the form
differs from the stored visit (or the draft the officer kept), so undoing
back to it leaves nothing to ask about, and its crash draft is removed.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QMessageBox, QWidget

from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.drafts import Draft, DraftStore
from kbo_desktop.services.reminders import FollowUpReminder, reminders
from kbo_desktop.services.visit_print import visit_record_pdf
from kbo_desktop.services.visits import VisitFilter, VisitService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.tab_page import TabPage
from kbo_desktop.ui.visits.form import DRAFT_DELAY_MS, VisitForm
from kbo_desktop.ui.visits.list_model import (
    COL_PURPOSE,
    ID_ROLE,
    ITEM_ROLE,
    ReminderListModel,
    VisitListModel,
)
from kbo_desktop.ui.widgets.background import BackgroundTask
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.thai_wrap import wrappable

log = logging.getLogger(__name__)
__all__ = ["DRAFT_DELAY_MS", "VisitsTab"]
DRAFT_KIND = "visit"


class VisitsTab(TabPage):
    """The field-visit log (see the module docstring for how drafts work).

    No signals beyond :class:`TabPage`'s: the main window calls
    :meth:`startup_reminders` once it is shown and displays any text it returns.
    """

    KEY = "visits"

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.service = VisitService(db)
        self.drafts = DraftStore(db)
        self._dirty = False
        self._offered: list[Draft] = []
        self._print_task: BackgroundTask | None = None
        self.ui = load_form("visits_tab.ui", self)
        self.form = VisitForm(db, self.ui.formHost)
        self.ui.formHost.layout().addWidget(self.form)
        self.visits = VisitListModel(self)
        self.reminders = ReminderListModel(self)
        self.draft_timer = self.form.draft_timer
        self._setup_views()
        self._connect()
        self.refresh()
        self.form.start_new()
        self._offered = [d for d in self.drafts.all(DRAFT_KIND) if not d.explicit]
        self._show_banner()

    def _setup_views(self) -> None:
        ui = self.ui
        ui.visitsView.setModel(self.visits)
        header = ui.visitsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PURPOSE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ui.visitsView.verticalHeader().hide()
        ui.remindersView.setModel(self.reminders)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([430, 850])

    def _connect(self) -> None:
        ui = self.ui
        self.form.dirtyChanged.connect(self._on_form_dirty_changed)
        self.form.saveRequested.connect(self._on_form_save_requested)
        self.form.draftRequested.connect(self._on_form_draft_requested)
        self.form.revertRequested.connect(self.revert)
        self.form.printRequested.connect(self.print_document)
        self.form.statusMessage.connect(self.statusMessage)
        self.form.draftDue.connect(self._on_form_draft_due)
        ui.visitsView.selectionModel().currentRowChanged.connect(
            self._on_visits_view_current_row_changed
        )
        ui.remindersView.doubleClicked.connect(self._on_reminders_view_double_clicked)
        ui.newVisitButton.clicked.connect(self.new_record)
        ui.deleteVisitButton.clicked.connect(self.delete_selected)
        ui.restoreDraftButton.clicked.connect(self._on_restore_draft_button_clicked)
        ui.discardDraftButton.clicked.connect(self._on_discard_draft_button_clicked)
        ui.amphoeCombo.currentIndexChanged.connect(self._reload_list)
        ui.producerFilterCombo.currentIndexChanged.connect(self._reload_list)
        ui.officerFilterEdit.textChanged.connect(self._reload_list)
        ui.dateFromEdit.dateChanged.connect(self._reload_list)
        ui.dateToEdit.dateChanged.connect(self._reload_list)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_draft)

    # -- TabPage -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("บันทึกลงพื้นที่")

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def undo_stack(self) -> QUndoStack:
        return self.form.edit_history.stack

    def save(self) -> bool:
        try:
            visit, observations, photos = self.form.build()
            saved = self.service.save_visit(visit, observations, photos)
        except KboError as exc:
            self.form.show_problems(exc)
            raise
        self.drafts.discard(visit.id)
        self.refresh()
        self.form.load(saved)
        self._select(saved.visit.id)
        self.statusMessage.emit(
            self.tr("บันทึกการลงพื้นที่แล้ว และปรับสถานะกิจกรรม %1 รายการ").replace(
                "%1", str(len(saved.observations))
            )
        )
        return True

    def revert(self) -> None:
        """Back to the stored visit (one step Edit ▸ เลิกทำ takes back); its draft goes."""
        self.draft_timer.stop()
        self.drafts.discard(self.form.visit_id)
        visit_id, was_new = self.form.visit_id, self.form.is_new
        self.form.revert(None if was_new else self.service.load_visit(visit_id))
        self._reload_list()

    def new_record(self, producer_id: str = "", purpose: str = "") -> None:
        self._keep_as_draft_if_dirty()
        self.ui.visitsView.clearSelection()
        self.form.start_new(producer_id, purpose)
        self.form.ui.producerCombo.setFocus()

    def delete_selected(self) -> None:
        visit_id = self.form.visit_id
        answer = QMessageBox.question(
            self,
            self.tr("ลบบันทึกการลงพื้นที่"),
            self.tr("ลบบันทึกการลงพื้นที่นี้พร้อมภาพและความคืบหน้าที่บันทึกไว้หรือไม่"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.draft_timer.stop()
        self.drafts.discard(visit_id)
        if not self.form.is_new:
            self.service.delete_visit(visit_id)
        self.form.start_new()
        self.refresh()
        self.statusMessage.emit(self.tr("ลบบันทึกการลงพื้นที่แล้ว"))

    def refresh(self) -> None:
        ui = self.ui
        producers = self.service.producer_choices()
        self.form.set_producers(producers)
        self.form.set_officer_names(self.service.known_officers())
        for combo, items, none_text in (
            (ui.amphoeCombo, [(a, a) for a in self.service.amphoes()], self.tr("ทุกอำเภอ")),
            (ui.producerFilterCombo, [(i, n) for i, n, _a in producers], self.tr("ผู้ผลิตทุกราย")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none_text, "")
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._reload_list()
        found = reminders(self.db)
        self.reminders.set_reminders(found)
        ui.remindersBox.setTitle(
            self.tr("ต้องติดตาม (%1)").replace("%1", str(len(found.follow_ups) + len(found.actions)))
        )

    def show_record(self, collection: str, record_id: str) -> bool:
        if collection != "visits":
            return False
        self._open(record_id)
        return True

    # -- extras the main window uses -----------------------------------------------
    def startup_reminders(self) -> str | None:
        """Text to show when the program opens, or ``None`` when nothing is due."""
        found = reminders(self.db)
        lines = found.lines()
        if self._offered:
            lines.insert(
                0,
                self.tr("มีบันทึกการลงพื้นที่ที่พิมพ์ค้างไว้ %1 รายการ เปิดต่อได้ที่แท็บบันทึกลงพื้นที่").replace(
                    "%1", str(len(self._offered))
                ),
            )
        if not lines:
            return None
        return self.tr("ต้องติดตาม") + "\n" + "\n".join(lines)

    def can_print(self) -> bool:
        return not self.form.is_new

    def print_document(self) -> None:
        """Save the visit record as a PDF the officer can print and sign."""
        if self.form.is_new or self._dirty:
            self.statusMessage.emit(self.tr("กรุณาบันทึกการลงพื้นที่ก่อนพิมพ์"))
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("บันทึกเป็น PDF"),
            f"visit-{self.form.visit_id[:8]}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.write_pdf(Path(name))

    def write_pdf(self, target: Path) -> BackgroundTask:
        visit_id = self.form.visit_id
        task = BackgroundTask(lambda _progress: visit_record_pdf(self.db, visit_id), self)
        task.succeeded.connect(lambda data: self._on_print_task_succeeded(target, data))
        task.failed.connect(self._on_print_task_failed)
        self._print_task = task
        task.start()
        return task

    def flush_draft(self) -> None:
        """Write the pending draft now (the timer would have in a moment)."""
        if self.draft_timer.isActive():
            self.draft_timer.stop()
            self._on_form_draft_due()
        elif self._dirty:
            self._write_draft(explicit=False)

    # -- drafts ----------------------------------------------------------------
    def _write_draft(self, explicit: bool) -> None:
        draft = Draft(
            key=self.form.visit_id,
            kind=DRAFT_KIND,
            state=self.form.state(),
            summary=self.form.summary(),
            explicit=explicit,
        )
        try:
            self.drafts.save(draft)
        except OSError as exc:  # a full disk must not stop the officer typing
            log.error("could not write the draft: %s", exc)
            self.statusMessage.emit(self.tr("เก็บร่างไม่สำเร็จ: %1").replace("%1", str(exc)))

    def _keep_as_draft_if_dirty(self) -> None:
        if self._dirty:
            self.draft_timer.stop()
            self._write_draft(explicit=True)
            self.form.mark_clean(kept_as_draft=True)
            self.statusMessage.emit(self.tr("เก็บสิ่งที่แก้ไขไว้เป็นร่างแล้ว"))
            self._reload_list()

    def _show_banner(self) -> None:
        ui = self.ui
        if not self._offered:
            ui.draftBanner.hide()
            return
        draft = self._offered[0]
        when = draft.saved_at.astimezone().strftime("%H:%M")
        who = draft.summary.get("producer") or self.tr("ยังไม่ได้เลือกผู้ผลิต")
        ui.draftLabel.setText(
            wrappable(
                self.tr("พบบันทึกการลงพื้นที่ที่พิมพ์ค้างไว้ (%1, เก็บอัตโนมัติเมื่อ %2 วันที่ %3)")
                .replace("%1", who)
                .replace("%2", when)
                .replace("%3", draft.summary.get("visited_on", ""))
            )
        )
        ui.draftBanner.show()

    def _open(self, visit_id: str) -> None:
        if visit_id == self.form.visit_id and self._dirty:
            return
        self._keep_as_draft_if_dirty()
        draft = self.drafts.load(visit_id)
        if draft is not None:  # a kept draft is clean; one left by a crash is not
            self.form.restore_draft(draft.state, kept=draft.explicit)
        else:
            self.form.load(self.service.load_visit(visit_id))
        self._select(visit_id)

    def _select(self, visit_id: str) -> None:
        row = self.visits.row_of(visit_id)
        view = self.ui.visitsView
        view.selectionModel().blockSignals(True)
        if row >= 0:
            view.selectRow(row)
            view.doItemsLayout()  # after a reset the scroll range is not laid out yet
            view.scrollTo(self.visits.index(row, 0))
        else:
            view.clearSelection()
        view.selectionModel().blockSignals(False)
        view.viewport().update()  # the blocked signals would have repainted it

    def _reload_list(self, *_args: object) -> None:
        ui = self.ui
        filters = VisitFilter(
            amphoe=ui.amphoeCombo.currentData() or "",
            producer_id=ui.producerFilterCombo.currentData() or "",
            officer=ui.officerFilterEdit.text(),
            date_from=ui.dateFromEdit.date(),
            date_to=ui.dateToEdit.date(),
        )
        self.visits.set_rows(
            self.service.list_visits(filters, date.today()), self.drafts.all(DRAFT_KIND)
        )
        self._select(self.form.visit_id)

    # -- slots ---------------------------------------------------------------------
    def _on_form_dirty_changed(self, dirty: bool) -> None:
        self._dirty = dirty
        self.dirtyChanged.emit(dirty)

    def _on_form_draft_due(self) -> None:
        if self._dirty:
            self._write_draft(explicit=False)
        elif self.form.clean_is_draft:  # undone back to the draft the officer kept
            self._write_draft(explicit=True)
        elif self.drafts.load(self.form.visit_id) is not None:  # undone back to the stored visit
            self.drafts.discard(self.form.visit_id)
            self._reload_list()

    def _on_form_save_requested(self) -> None:
        try:
            self.save()
        except KboError as exc:
            self.statusMessage.emit(message_of(exc))

    def _on_form_draft_requested(self) -> None:
        self.draft_timer.stop()
        self._write_draft(explicit=True)
        self.form.mark_clean(kept_as_draft=True)
        self._reload_list()
        self.statusMessage.emit(self.tr("เก็บเป็นร่างแล้ว เปิดทำต่อได้จากรายการ (✎)"))

    def _on_visits_view_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        visit_id = current.data(ID_ROLE) if current.isValid() else None
        if visit_id:
            self._open(str(visit_id))

    def _on_reminders_view_double_clicked(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is not None:
            follow_up = isinstance(item, FollowUpReminder)
            self.new_record(item.producer_id, self.tr("ติดตามผลตามที่นัดไว้") if follow_up else "")

    def _on_restore_draft_button_clicked(self) -> None:
        if self._offered:
            draft = self._offered.pop(0)
            self._keep_as_draft_if_dirty()
            self.form.restore_draft(draft.state, kept=False)
            self._select(draft.key)
            self.statusMessage.emit(self.tr("เปิดร่างที่พิมพ์ค้างไว้แล้ว"))
        self._show_banner()

    def _on_discard_draft_button_clicked(self) -> None:
        if self._offered:
            self.drafts.discard(self._offered.pop(0).key)
            self._reload_list()
        self._show_banner()

    def _on_print_task_succeeded(self, target: Path, data: bytes) -> None:
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(data)
        partial.replace(target)
        self.statusMessage.emit(self.tr("บันทึก PDF แล้ว: %1").replace("%1", str(target)))

    def _on_print_task_failed(self, exc: Exception) -> None:
        if isinstance(exc, KboError):
            self.statusMessage.emit(message_of(exc))
            return
        raise exc
