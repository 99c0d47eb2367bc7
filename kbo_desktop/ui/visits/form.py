"""The visit form: quick to fill in a village, and able to give back exactly what was typed.

:meth:`VisitForm.state` captures every field as the officer typed it (raw
text, even a half-typed date) plus observations and photos, as plain JSON for
:mod:`kbo_desktop.services.drafts`; :meth:`VisitForm.set_state` puts it back.
The form asks :class:`~kbo_desktop.services.visits.VisitService` for the
producer's open actions and an action's history; it never queries the database.

Undo: every committed change of the :meth:`VisitForm.fields` is a step of
:attr:`VisitForm.edit_history` (named in :mod:`~kbo_desktop.ui.visits.edit_steps`),
and the form is dirty while its fields or photos differ from the *clean*
state: the stored visit, a new visit as started, or a draft the officer chose
to keep. Photos are stored as they are added, so adding or removing one is
not an undo step; it does make the form dirty until the visit is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QHeaderView, QLineEdit, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import from_contract, to_contract
from kbo_desktop.domain.errors import KboError, ValidationError, ValidationErrors
from kbo_desktop.services.location import parse_lat_lon
from kbo_desktop.services.visits import VisitDetail, VisitService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.visits.edit_steps import describe
from kbo_desktop.ui.visits.form_state import new_state, observation_rows, restore_date, stored_state
from kbo_desktop.ui.visits.observations import (
    COL_ACTION,
    COL_NOTE,
    COL_PROGRESS,
    COL_STATUS,
    HIST_NOTE,
    HIST_OFFICERS,
    HistoryModel,
    ObservationsModel,
    ProgressDelegate,
    StatusDelegate,
)
from kbo_desktop.ui.visits.officers import OfficerCompleter
from kbo_desktop.ui.visits.photos import VisitPhotoStrip
from kbo_desktop.ui.widgets.background import BackgroundTask
from kbo_desktop.ui.widgets.be_date_edit import BeDateEdit
from kbo_desktop.ui.widgets.edit_history import Change, EditHistory
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.thai_wrap import wrappable

#: How long after the last keystroke the draft is written.
DRAFT_DELAY_MS = 1200
#: Starting width of the "what was seen" column of the observations table (pixels).
NOTE_WIDTH = 130
_TEXT_FIELDS = ("officersEdit", "purposeEdit", "locationEdit")
_PLAIN_FIELDS = ("findingsEdit", "recommendationsEdit")
_DATE_FIELDS = ("visitedOnEdit", "followUpEdit")


class VisitForm(QWidget):
    """One visit being entered or edited.

    Signals:
        dirtyChanged(bool): the form now differs (or no longer differs) from
            its clean state (see the module docstring). Emitted only when
            that flips, not per keystroke: keystrokes only restart
            :attr:`draft_timer` (PySide6 6.12's ``Signal.emit`` leaks a
            reference to ``True`` per call, so per-keystroke emits would
            eventually crash a long session).
        draftDue(): the officer paused typing (or undid a step); time to
            write the draft.
        saveRequested(), draftRequested(), revertRequested(), printRequested():
            the form's buttons; the tab decides what they do.
        statusMessage(str): what happened, for the status bar.
    """

    dirtyChanged = Signal(bool)
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
        self._dirty = False
        #: What the form is compared with: (fields, photos); None: always dirty.
        self._clean: tuple[dict[str, Any], list[r.Photo]] | None = None
        #: The clean state is a draft the officer kept, not the stored visit.
        self.clean_is_draft = False
        self._choices: list[Any] = []
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.draftDue)
        self.ui = load_form("visit_form.ui", self)
        self.observations = ObservationsModel(self)
        self.history = HistoryModel(self)
        self.photo_strip = VisitPhotoStrip(db, lambda: self._visit.id)
        self.ui.photosLayout.addWidget(self.photo_strip)
        self.photos = self.photo_strip.model
        self._setup_views()
        self._setup_completion()
        self._connect()
        self.edit_history = EditHistory(self.fields, self._restore_step, describe, self)
        self.edit_history.route_undo_keys(self)
        for line_edit in self.findChildren(QLineEdit):  # leaving a field ends its step
            line_edit.editingFinished.connect(self.edit_history.seal)

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
        # A fixed start for the note leaves the action's long heading room beside
        # the history pane; the officer can widen it.
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NOTE, NOTE_WIDTH)
        ui.observationsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.observationsView.verticalHeader().hide()
        ui.historyView.setModel(self.history)
        history = ui.historyView.horizontalHeader()
        history.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history.setSectionResizeMode(HIST_NOTE, QHeaderView.ResizeMode.Stretch)
        # Date, status, progress and the note fit the pane; who went is in each tooltip.
        ui.historyView.setColumnHidden(HIST_OFFICERS, True)
        ui.historyView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.historyView.verticalHeader().hide()
        # Rows with long notes can be taller than these short tables: scroll by pixel.
        for view in (ui.observationsView, ui.historyView):
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        ui.observationsSplitter.setSizes([510, 340])
        ui.observationsSplitter.setStretchFactor(0, 4)
        ui.observationsSplitter.setStretchFactor(1, 3)
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
            edit.dateChanged.connect(self._on_date_changed)
            edit.line_edit.textEdited.connect(self._on_field_edited)
        ui.producerCombo.currentIndexChanged.connect(self._on_producer_combo_current_index_changed)
        ui.producerCombo.editTextChanged.connect(self._on_field_edited)
        self.officer_completer.nameChosen.connect(self._on_field_edited)
        self.photo_strip.statusMessage.connect(self.statusMessage)
        self.observations.dataChanged.connect(self._on_field_edited)
        for signal in (self.photos.dataChanged, self.photos.rowsInserted, self.photos.rowsRemoved):
            signal.connect(self._on_photos_changed)
        ui.observationsView.selectionModel().selectionChanged.connect(
            self._on_observations_selection_changed
        )
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
            label = self.tr("%1 (อ.%2)").replace("%1", name).replace("%2", amphoe)
            combo.addItem(label if amphoe else name, producer_id)
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
    def start_new(self, producer_id: str = "", purpose: str = "") -> None:
        """An empty visit dated today (for ``producer_id`` and with ``purpose`` if given)."""
        self.set_state(new_state(r.Visit().id, producer_id, purpose))
        self.mark_clean()

    def load(self, detail: VisitDetail) -> None:
        """Show a stored visit; it is the clean state and the undo history starts again."""
        self.set_state(stored_state(detail))
        for name in _TEXT_FIELDS:  # show a long purpose from its start, not its end
            getattr(self.ui, name).setCursorPosition(0)
        self.mark_clean()

    def restore_draft(self, state: dict[str, Any], kept: bool) -> None:
        """Show a draft's :meth:`state`, with a fresh undo history.

        Args:
            kept: the officer chose "keep as draft": that is the clean state.
                Otherwise (typing saved automatically, left by a crash) the
                form stays dirty until it is saved, kept or reverted.
        """
        self.set_state(state)
        if kept:
            self.mark_clean(kept_as_draft=True)
        else:
            self._reset(None)

    def revert(self, detail: VisitDetail | None) -> None:
        """Show the stored visit ``detail`` (or, for a visit never stored, the
        visit as started) again: one step that Edit ▸ เลิกทำ can take back."""
        if detail is not None:
            self.set_state(stored_state(detail))
        elif self._clean is not None and not self.clean_is_draft:  # a new visit as started
            self._apply_fields(self._clean[0])
            self._loading = True
            self.photos.set_photos(list(self._clean[1]))
            self._loading = False
        else:  # a new visit's draft: an empty visit
            self.set_state(new_state(self._visit.id, ""))
        self.edit_history.record(Change(self.tr("ยกเลิกการแก้ไขทั้งหมด")))
        self._clean = (self.fields(), self.photos.photos())
        self.clean_is_draft = False
        self.draft_timer.stop()
        self._update_dirty()

    def mark_clean(self, kept_as_draft: bool = False) -> None:
        """The form as it is now is what it is compared with (loaded, saved or
        kept as a draft): no edits pending, and the undo history starts again."""
        self._reset((self.fields(), self.photos.photos()))
        self.clean_is_draft = kept_as_draft

    def is_dirty(self) -> bool:
        return self._dirty

    def _reset(self, clean: tuple[dict[str, Any], list[r.Photo]] | None) -> None:
        self.draft_timer.stop()
        self._clean = clean
        self.clean_is_draft = False
        self.edit_history.reset()
        self._update_dirty()

    def fields(self) -> dict[str, Any]:
        """What the officer edits, as the widgets hold it, and every row of the
        observations table: one undo step's snapshot (photos are not steps)."""
        ui = self.ui
        fields: dict[str, Any] = {
            "producer_id": self.producer_id(),
            "producer_text": ui.producerCombo.currentText(),
            "observations": observation_rows(self.observations.rows()),
        }
        for name in _DATE_FIELDS:
            fields[name] = getattr(ui, name).line_edit.text()
        for name in _TEXT_FIELDS:
            fields[name] = getattr(ui, name).text()
        for name in _PLAIN_FIELDS:
            fields[name] = getattr(ui, name).toPlainText()
        return fields

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
        """Put back a :meth:`state` (from a draft) or a stored visit.

        This neither starts a new undo history nor changes the clean state:
        :meth:`load`, :meth:`start_new` and :meth:`restore_draft` do.
        """
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
        self._choices = list(choices)
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
                        "not a date; type it like 6 Dec 2565",
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
        self.ui.errorLabel.setText(wrappable("⚠ " + "\n⚠ ".join(message_of(p) for p in problems)))

    # -- slots -------------------------------------------------------------------------
    def _update_dirty(self) -> None:
        clean = self._clean
        dirty = clean is None or clean != (self.fields(), self.photos.photos())
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _on_field_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.draft_timer.start()
        self.edit_history.record()
        self._update_dirty()

    def _on_date_changed(self, _value: object) -> None:
        # A date picked (or read when typing ends) is a step of its own.
        self._on_field_edited()
        self.edit_history.seal()

    def _on_photos_changed(self, *_args: object) -> None:
        if not self._loading:  # stored already: not an undo step, but not saved with the visit yet
            self.draft_timer.start()
            self._update_dirty()

    def _on_producer_combo_current_index_changed(self, _index: int) -> None:
        if not self._loading:
            self._reload_actions(self.observations.state())
            self._on_field_edited()
            self.edit_history.seal()

    def _restore_step(self, fields: dict[str, Any], action_id: str | None) -> None:
        """Undo or redo put these fields back; show the plan action the step changed."""
        self._apply_fields(fields)
        if action_id is not None:
            row = next((i for i, c in enumerate(self._choices) if c.action.id == action_id), -1)
            if row >= 0:
                self.ui.observationsView.selectRow(row)
        self.draft_timer.start()
        self._update_dirty()

    def _apply_fields(self, fields: dict[str, Any]) -> None:
        """Make the widgets hold exactly ``fields`` (touching only what differs)."""
        ui, now = self.ui, self.fields()
        self._loading = True
        try:
            combo = ui.producerCombo
            producer_changed = fields["producer_id"] != now["producer_id"]
            if producer_changed or fields["producer_text"] != now["producer_text"]:
                producer_id = fields["producer_id"]
                combo.setCurrentIndex(combo.findData(producer_id) if producer_id else -1)
                text = fields["producer_text"]
                if text is not None and text != combo.currentText():
                    combo.setEditText(text)
            for name in _DATE_FIELDS:
                if fields[name] != now[name]:
                    edit: BeDateEdit = getattr(ui, name)
                    restore_date(edit, fields[name])
                    edit.line_edit.setText(fields[name])  # exactly as typed
            for name in _TEXT_FIELDS:
                if fields[name] != now[name]:
                    getattr(ui, name).setText(fields[name])
            for name in _PLAIN_FIELDS:
                if fields[name] != now[name]:
                    getattr(ui, name).setPlainText(fields[name])
            if producer_changed:
                self._reload_actions(fields["observations"])
            elif fields["observations"] != now["observations"]:
                self.observations.set_actions(self._choices, fields["observations"])
        finally:
            self._loading = False

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

    def add_photo_files(self, paths: Sequence[Path]) -> BackgroundTask:
        """Scale down and store the files off the GUI thread, then show them."""
        return self.photo_strip.add_files(paths)
