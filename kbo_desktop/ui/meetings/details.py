"""The meeting's own fields: title, date, venue, agenda items and minutes.

The editor only edits values in memory; the tab decides when to save and
compares with what is stored to know whether there are unsaved edits.
Validation messages appear under the field they are about.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import KboError, ValidationError
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.meetings.delegates import NumberedDelegate
from kbo_desktop.ui.meetings.models import AgendaItemsModel
from kbo_desktop.ui.widgets.be_date_edit import BeDateEdit
from kbo_desktop.ui.widgets.field_errors import FieldErrors


class MeetingDetailsEditor(QWidget):
    """Form for the fields of one meeting.

    Signals:
        edited(): a value changed (typing, a date, an agenda change).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = load_form("meeting_details.ui", self)
        self.title_edit = cast(QLineEdit, self.ui.titleEdit)
        self.held_on_edit = cast(BeDateEdit, self.ui.heldOnEdit)
        self.venue_edit = cast(QLineEdit, self.ui.venueEdit)
        self.minutes_edit = cast(QPlainTextEdit, self.ui.minutesEdit)
        self.agenda = AgendaItemsModel(self)
        self.ui.agendaList.setModel(self.agenda)
        self.ui.agendaList.setItemDelegate(
            NumberedDelegate(
                self.tr("ระเบียบวาระที่ %1 "), self.ui.agendaList, numbered_already="ระเบียบวาระ"
            )
        )
        self.errors = FieldErrors({"title": self.title_edit, "held_on": self.held_on_edit})
        self._loading = False

        self.title_edit.textEdited.connect(self._on_any_edited)
        self.venue_edit.textEdited.connect(self._on_any_edited)
        self.held_on_edit.dateChanged.connect(self._on_any_edited)
        self.minutes_edit.textChanged.connect(self._on_any_edited)
        for signal in (self.agenda.dataChanged, self.agenda.rowsInserted, self.agenda.rowsRemoved,
                       self.agenda.rowsMoved):  # fmt: skip
            signal.connect(self._on_any_edited)
        self.ui.addAgendaButton.clicked.connect(self._on_add_agenda_button_clicked)
        self.ui.removeAgendaButton.clicked.connect(self._on_remove_agenda_button_clicked)
        self.ui.agendaUpButton.clicked.connect(self._on_agenda_up_button_clicked)
        self.ui.agendaDownButton.clicked.connect(self._on_agenda_down_button_clicked)
        self.ui.agendaList.selectionModel().currentChanged.connect(
            self._on_agenda_list_current_changed
        )
        self._update_agenda_buttons()

    # -- values ----------------------------------------------------------------
    def set_meeting(self, meeting: r.Meeting) -> None:
        """Show a meeting's values (without counting that as an edit)."""
        self._loading = True
        try:
            self.errors.clear()
            self.title_edit.setText(meeting.title)
            self.held_on_edit.set_date(meeting.held_on)
            self.venue_edit.setText(meeting.venue)
            self.agenda.set_items(meeting.agenda)
            self.minutes_edit.setPlainText(meeting.minutes)
        finally:
            self._loading = False
        self._update_agenda_buttons()

    def apply_to(self, meeting: r.Meeting) -> r.Meeting:
        """A copy of ``meeting`` with this form's values."""
        return replace(
            meeting,
            title=self.title_edit.text(),
            held_on=self.held_on_edit.date(),
            venue=self.venue_edit.text(),
            agenda=self.agenda.items(),
            minutes=self.minutes_edit.toPlainText(),
        )

    def input_problems(self) -> list[KboError]:
        """Problems the record cannot show: a date typed that could not be read."""
        if self.held_on_edit.has_acceptable_input():
            return []
        return [
            ValidationError(
                self.tr("อ่านวันที่ประชุมไม่ได้ ลองพิมพ์แบบ 6 ธ.ค. 2565"),
                "the meeting date could not be read",
                field="held_on",
            )
        ]

    def show_problems(self, problems: list[KboError]) -> list[KboError]:
        """Mark problems under their fields; returns those this form has no field for."""
        unplaced = self.errors.show(problems)
        placed = [p for p in problems if p not in unplaced]
        if placed:
            widget = self.title_edit if placed[0].field == "title" else self.held_on_edit
            widget.setFocus()
        return unplaced

    # -- agenda buttons ----------------------------------------------------------
    def _on_add_agenda_button_clicked(self) -> None:
        current = self.ui.agendaList.currentIndex()
        row = current.row() + 1 if current.isValid() else self.agenda.rowCount()
        self.agenda.insertRows(row, 1)
        index = self.agenda.index(row, 0)
        self.ui.agendaList.setCurrentIndex(index)
        self.ui.agendaList.edit(index)

    def _on_remove_agenda_button_clicked(self) -> None:
        current = self.ui.agendaList.currentIndex()
        if current.isValid():
            self.agenda.removeRows(current.row(), 1)
        self._update_agenda_buttons()

    def _on_agenda_up_button_clicked(self) -> None:
        self._move_current(-1)

    def _on_agenda_down_button_clicked(self) -> None:
        self._move_current(+1)

    def _move_current(self, delta: int) -> None:
        current = self.ui.agendaList.currentIndex()
        if not current.isValid():
            return
        row = self.agenda.move(current.row(), delta)
        self.ui.agendaList.selectionModel().setCurrentIndex(
            self.agenda.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._update_agenda_buttons()

    def _on_agenda_list_current_changed(
        self, _current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self._update_agenda_buttons()

    def _update_agenda_buttons(self) -> None:
        current = self.ui.agendaList.currentIndex()
        row = current.row() if current.isValid() else -1
        self.ui.removeAgendaButton.setEnabled(row >= 0)
        self.ui.agendaUpButton.setEnabled(row > 0)
        self.ui.agendaDownButton.setEnabled(0 <= row < self.agenda.rowCount() - 1)

    def _on_any_edited(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
