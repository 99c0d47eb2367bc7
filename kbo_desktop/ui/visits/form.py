"""The visit form: quick to fill in a village, and able to give back exactly what was typed.

:meth:`VisitForm.state` captures every field as the officer typed it (raw
text, even a half-typed date) plus observations and photos, as plain JSON for
:mod:`kbo_desktop.services.drafts`; :meth:`VisitForm.set_state` puts it back.
The form asks :class:`~kbo_desktop.services.visits.VisitService` for the
producer's open actions and an action's history; it never queries the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QFileDialog, QHeaderView, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import from_contract, to_contract
from kbo_desktop.domain.errors import KboError, ValidationError, ValidationErrors
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services.location import parse_lat_lon
from kbo_desktop.services.visits import VisitDetail, VisitService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.visits.form_state import restore_date, stored_state
from kbo_desktop.ui.visits.observations import (
    COL_ACTION,
    COL_NOTE,
    COL_PROGRESS,
    COL_STATUS,
    HistoryModel,
    ObservationsModel,
    ProgressDelegate,
    StatusDelegate,
)
from kbo_desktop.ui.visits.officers import OfficerCompleter
from kbo_desktop.ui.visits.photos import THUMB, PhotoImporter, VisitPhotoModel
from kbo_desktop.ui.widgets.background import BackgroundTask
from kbo_desktop.ui.widgets.thai_wrap import wrappable

#: How long after the last keystroke the draft is written.
DRAFT_DELAY_MS = 1200
_TEXT_FIELDS = ("officersEdit", "purposeEdit", "locationEdit")
_PLAIN_FIELDS = ("findingsEdit", "recommendationsEdit")


class VisitForm(QWidget):
    """One visit being entered or edited.

    Signals:
        edited(): the first change since the form was loaded or marked clean
            (typing, ticking, adding a photo). Emitted once, not per
            keystroke: keystrokes only restart :attr:`draft_timer` (PySide6
            6.12's ``Signal.emit`` leaks a reference to ``True`` per call, so
            per-keystroke emits would eventually crash a long session).
        draftDue(): the officer paused typing; time to write the draft.
        saveRequested(), draftRequested(), revertRequested(), printRequested():
            the form's buttons; the tab decides what they do.
        statusMessage(str): what happened, for the status bar.
    """

    edited = Signal()
    draftDue = Signal()
    saveRequested = Signal()
    draftRequested = Signal()
    revertRequested = Signal()
    printRequested = Signal()
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._service = VisitService(db)
        self._visit: r.Visit = r.Visit()
        self._is_new = True
        self._loading = False
        self._edited = False
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.draftDue)
        self.ui = load_form("visit_form.ui", self)
        self.observations = ObservationsModel(self)
        self.history = HistoryModel(self)
        self.photos = VisitPhotoModel(db, self)
        self.photo_importer = PhotoImporter(db, self.photos, self)
        self._setup_views()
        self._setup_completion()
        self._connect()

    # -- construction ---------------------------------------------------------
    def _setup_views(self) -> None:
        ui = self.ui
        ui.observationsView.setModel(self.observations)
        ui.observationsView.setItemDelegateForColumn(
            COL_STATUS, StatusDelegate(ui.observationsView)
        )
        ui.observationsView.setItemDelegateForColumn(
            COL_PROGRESS, ProgressDelegate(ui.observationsView)
        )
        header = ui.observationsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        ui.observationsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.observationsView.verticalHeader().hide()
        ui.historyView.setModel(self.history)
        ui.historyView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.historyView.horizontalHeader().setStretchLastSection(True)
        ui.historyView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.historyView.verticalHeader().hide()
        ui.observationsSplitter.setSizes([600, 250])
        ui.observationsSplitter.setStretchFactor(0, 3)
        ui.observationsSplitter.setStretchFactor(1, 1)
        ui.photoView.setModel(self.photos)
        ui.photoView.setIconSize(THUMB)
        ui.photoView.setGridSize(QSize(THUMB.width() + 44, THUMB.height() + 56))
        ui.visitedOnEdit.set_date(date.today())

    def _setup_completion(self) -> None:
        combo = self.ui.producerCombo
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.officer_completer = OfficerCompleter(self.ui.officersEdit)

    def _connect(self) -> None:
        ui = self.ui
        for name in _TEXT_FIELDS:
            getattr(ui, name).textEdited.connect(self._on_field_edited)
        for name in _PLAIN_FIELDS:
            getattr(ui, name).textChanged.connect(self._on_field_edited)
        for edit in (ui.visitedOnEdit, ui.followUpEdit):
            edit.dateChanged.connect(self._on_field_edited)
            edit.line_edit.textEdited.connect(self._on_field_edited)
        ui.producerCombo.currentIndexChanged.connect(self._on_producer_combo_current_index_changed)
        ui.producerCombo.editTextChanged.connect(self._on_field_edited)
        self.officer_completer.nameChosen.connect(self._on_field_edited)
        self.photo_importer.statusMessage.connect(self.statusMessage)
        self.photo_importer.busyChanged.connect(self._on_photo_importer_busy_changed)
        for model in (self.observations, self.photos):
            model.dataChanged.connect(self._on_field_edited)
            model.rowsInserted.connect(self._on_field_edited)
            model.rowsRemoved.connect(self._on_field_edited)
        ui.observationsView.selectionModel().selectionChanged.connect(
            self._on_observations_selection_changed
        )
        ui.addPhotosButton.clicked.connect(self._on_add_photos_button_clicked)
        ui.removePhotosButton.clicked.connect(self._on_remove_photos_button_clicked)
        ui.saveButton.clicked.connect(self.saveRequested)
        ui.draftButton.clicked.connect(self.draftRequested)
        ui.revertButton.clicked.connect(self.revertRequested)
        ui.printButton.clicked.connect(self.printRequested)

    # -- choices ---------------------------------------------------------------
    def set_producers(self, choices: Sequence[tuple[str, str, str]]) -> None:
        """``(id, name, amphoe)`` of the producers the picker offers."""
        combo = self.ui.producerCombo
        self._loading, was = True, self._loading
        current = self.producer_id()
        combo.clear()
        for producer_id, name, amphoe in choices:
            combo.addItem(f"{name} (อ.{amphoe})" if amphoe else name, producer_id)
        combo.setCurrentIndex(combo.findData(current) if current else -1)
        if not current:
            combo.setEditText("")
        self._loading = was

    def set_officer_names(self, names: Sequence[str]) -> None:
        self.officer_completer.set_names(names)

    # -- identity ------------------------------------------------------------------
    @property
    def visit_id(self) -> str:
        return self._visit.id

    @property
    def is_new(self) -> bool:
        return self._is_new

    def producer_id(self) -> str:
        combo = self.ui.producerCombo
        data = combo.currentData() if combo.currentIndex() >= 0 else None
        return (
            str(data)
            if data and combo.currentText() == combo.itemText(combo.currentIndex())
            else ""
        )

    # -- loading ---------------------------------------------------------------------
    def start_new(self, producer_id: str = "") -> None:
        """An empty visit dated today (for ``producer_id`` if given)."""
        today = format_thai_date(date.today())
        self.set_state(
            {
                "visit_id": r.Visit().id,
                "is_new": True,
                "producer_id": producer_id,
                "visitedOnEdit": today,
            }
        )

    def load(self, detail: VisitDetail) -> None:
        """Show a stored visit."""
        self.set_state(stored_state(detail))

    def state(self) -> dict[str, Any]:
        """Everything on the form, as typed, in plain JSON values."""
        ui = self.ui
        state: dict[str, Any] = {
            "visit_id": self._visit.id,
            "is_new": self._is_new,
            "base": to_contract(self._visit),
            "producer_id": self.producer_id(),
            "producer_text": ui.producerCombo.currentText(),
            "visitedOnEdit": ui.visitedOnEdit.line_edit.text(),
            "followUpEdit": ui.followUpEdit.line_edit.text(),
            "observations": self.observations.state(),
            "photos": [to_contract(p) for p in self.photos.photos()],
        }
        for name in _TEXT_FIELDS:
            state[name] = getattr(ui, name).text()
        for name in _PLAIN_FIELDS:
            state[name] = getattr(ui, name).toPlainText()
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        """Put back a :meth:`state` (from a draft) or a stored visit."""
        ui = self.ui
        self._loading = True
        try:
            base = state.get("base")
            self._visit = from_contract(r.Visit, base) if base else r.Visit(id=state["visit_id"])  # type: ignore[assignment]
            self._is_new = bool(state.get("is_new", True))
            combo = ui.producerCombo
            combo.setCurrentIndex(
                combo.findData(state.get("producer_id")) if state.get("producer_id") else -1
            )
            if (
                combo.currentIndex() < 0
                or state.get("producer_text", combo.currentText()) != combo.currentText()
            ):
                combo.setEditText(state.get("producer_text", ""))
            for name in _TEXT_FIELDS:
                getattr(ui, name).setText(state.get(name, ""))
            for name in _PLAIN_FIELDS:
                getattr(ui, name).setPlainText(state.get(name, ""))
            for name, key in (("visitedOnEdit", "visited_on"), ("followUpEdit", "follow_up_on")):
                restore_date(getattr(ui, name), state.get(name) or state.get(key, ""))
            self.photos.set_photos([from_contract(r.Photo, p) for p in state.get("photos", [])])  # type: ignore[misc]
            self._reload_actions(state.get("observations", []))
            ui.errorLabel.clear()
        finally:
            self._loading = False

    def _reload_actions(self, saved: Sequence[dict[str, Any]] = ()) -> None:
        producer_id = self.producer_id()
        choices = self._service.open_actions(producer_id, self._visit.id) if producer_id else []
        self.observations.set_actions(choices, saved)
        self.history.set_entries([])
        self.ui.historyLabel.setText(self.tr("ประวัติการติดตาม (เลือกกิจกรรมทางซ้าย)"))

    def summary(self) -> dict[str, str]:
        """Short texts for the visit list while this is a draft."""
        ui = self.ui
        return {
            "producer": ui.producerCombo.currentText(),
            "visited_on": ui.visitedOnEdit.line_edit.text(),
            "officers": ui.officersEdit.text(),
            "purpose": ui.purposeEdit.text(),
            "follow_up_on": ui.followUpEdit.line_edit.text(),
        }

    # -- building the records ----------------------------------------------------
    def build(self) -> tuple[r.Visit, list[r.VisitProgress], list[r.Photo]]:
        """The visit as records to save.

        Raises:
            ValidationErrors: what must be fixed first, each naming its field.
        """
        ui = self.ui
        problems: list[ValidationError] = []
        where = self._visit.describe("en")
        if not self.producer_id():
            problems.append(
                ValidationError(
                    "กรุณาเลือกผู้ผลิตจากรายการ",
                    "choose a producer from the list",
                    record=where,
                    field="producer_id",
                )
            )
        for edit, name in ((ui.visitedOnEdit, "visited_on"), (ui.followUpEdit, "follow_up_on")):
            edit.line_edit.editingFinished.emit()
            if not edit.has_acceptable_input():
                problems.append(
                    ValidationError(
                        "อ่านวันที่ไม่ได้ ลองพิมพ์แบบ 6 ธ.ค. 2565",
                        "unreadable date",
                        record=where,
                        field=name,
                    )
                )
        lat = lon = None
        try:
            lat, lon = parse_lat_lon(ui.locationEdit.text())
        except ValidationError as exc:
            problems.append(exc)
        if problems:
            raise ValidationErrors(problems)
        officers = [o.strip() for o in ui.officersEdit.text().split(",") if o.strip()]
        visit = r.Visit(
            id=self._visit.id,
            extra=dict(self._visit.extra),
            producer_id=self.producer_id(),
            visited_on=ui.visitedOnEdit.date(),
            officers=officers,
            purpose=ui.purposeEdit.text().strip(),
            findings=ui.findingsEdit.toPlainText().strip(),
            recommendations=ui.recommendationsEdit.toPlainText().strip(),
            follow_up_on=ui.followUpEdit.date(),
            lat=lat,
            lon=lon,
        )
        return visit, self.observations.observations(), self.photos.photos()

    def show_problems(self, error: KboError) -> None:
        problems = error.problems if isinstance(error, ValidationErrors) else [error]
        self.ui.errorLabel.setText(wrappable("⚠ " + "\n⚠ ".join(p.message_th for p in problems)))

    # -- slots -------------------------------------------------------------------------
    def mark_clean(self) -> None:
        """Forget pending edits (after a save, a kept draft or a revert)."""
        self.draft_timer.stop()
        self._edited = False

    def _on_field_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.draft_timer.start()
        if not self._edited:
            self._edited = True
            self.edited.emit()

    def _on_producer_combo_current_index_changed(self, _index: int) -> None:
        if not self._loading:
            self._reload_actions(self.observations.state())
            self._on_field_edited()

    def _on_observations_selection_changed(
        self, selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        rows = {i.row() for i in selected.indexes()}
        choice = self.observations.action_at(min(rows)) if rows else None
        if choice is None:
            return
        self.history.set_entries(self._service.history(choice.action.id))
        self.ui.historyLabel.setText(
            wrappable(self.tr("ประวัติการติดตาม: %1").replace("%1", choice.action.description))
        )

    def _on_add_photos_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("เลือกภาพถ่าย"),
            "",
            self.tr("ภาพถ่าย (*.jpg *.jpeg *.png *.webp);;ทุกไฟล์ (*)"),
        )
        if names:
            self.add_photo_files([Path(n) for n in names])

    def add_photo_files(self, paths: Sequence[Path]) -> BackgroundTask:
        """Scale down and store the files off the GUI thread, then show them."""
        return self.photo_importer.start(self._visit.id, paths)

    def _on_photo_importer_busy_changed(self, busy: bool) -> None:
        self.ui.addPhotosButton.setEnabled(not busy)

    def _on_remove_photos_button_clicked(self) -> None:
        rows = [i.row() for i in self.ui.photoView.selectionModel().selectedIndexes()]
        self.photos.remove_rows(rows)
