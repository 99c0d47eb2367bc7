"""The form for one network member, with validation messages beside each field.

Layout comes from ``forms/network_member_editor.ui``; this class moves values
between the form and a :class:`NetworkMember`, tracks whether the form differs
from what was loaded, and shows the Thai message of each
:class:`~kbo_desktop.domain.errors.ValidationError` under the field it names.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from kbo_desktop.domain.enums import MemberKind
from kbo_desktop.domain.errors import ValidationError
from kbo_desktop.domain.records import NetworkMember
from kbo_desktop.ui.forms import load_form
from kbo_desktop.ui.widgets.edit_history import Change, EditHistory, first_difference
from kbo_desktop.ui.widgets.language import enum_label, message_of
from kbo_desktop.ui.widgets.thai_wrap import wrappable

FIELDS = ("name", "kind", "organization", "expertise", "phone", "email")
_ERROR_STYLE = "color: #b3261e;"


class MemberEditor(QWidget):
    """Edits one member; the tab decides what Save, Revert and Delete do.

    Signals:
        dirtyChanged(bool): the form now differs (or no longer differs) from
            the member loaded.
        saveRequested(), revertRequested(), deleteRequested(): its buttons.
        memberLoaded(str): a member was put in the form (its id; "" for a new one).
    """

    dirtyChanged = Signal(bool)
    memberLoaded = Signal(str)
    saveRequested = Signal()
    revertRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = load_form("network_member_editor.ui", self)
        for kind in MemberKind:
            self.ui.kindCombo.addItem(enum_label(kind), kind.value)
        self._loaded = NetworkMember()
        self._is_new = True
        self._dirty = False
        self._loading = False
        for name in FIELDS:
            self._error_label(name).setStyleSheet(_ERROR_STYLE)
        heading = self.ui.headingLabel.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        heading.setBold(True)
        self.ui.headingLabel.setFont(heading)
        self.clear_problems()
        # The tab puts the member's plan actions in ``self.ui.memberSectionsLayout``.
        for edit in (
            self.ui.nameEdit,
            self.ui.organizationEdit,
            self.ui.phoneEdit,
            self.ui.emailEdit,
        ):
            edit.textEdited.connect(self._on_field_edited)
        self.ui.expertiseEdit.textChanged.connect(self._on_field_edited)
        self.ui.kindCombo.currentIndexChanged.connect(self._on_field_edited)
        self.ui.saveButton.clicked.connect(self.saveRequested)
        self.ui.revertButton.clicked.connect(self.revertRequested)
        self.ui.deleteButton.clicked.connect(self.deleteRequested)
        self.history = EditHistory(self.current_record, self._restore_step, self._describe, self)
        self.history.route_undo_keys(self)
        for line in (self.ui.nameEdit, self.ui.organizationEdit, self.ui.phoneEdit,
                     self.ui.emailEdit):  # fmt: skip
            line.editingFinished.connect(self.history.seal)  # leaving a field ends its step
        self.load(None)

    # -- loading and reading ---------------------------------------------------------
    def load(self, member: NetworkMember | None) -> None:
        """Show ``member``, or an empty form for a new one (``None``)."""
        self._loading = True
        self._is_new = member is None
        self._loaded = member if member is not None else NetworkMember()
        m = self._loaded
        self._show(m)
        self.ui.headingLabel.setText(wrappable(self.tr("สมาชิกใหม่") if self._is_new else m.name))
        self.ui.deleteButton.setEnabled(not self._is_new)
        self._loading = False
        self.history.reset()
        self.clear_problems()
        self._set_dirty(False)
        self.memberLoaded.emit("" if self._is_new else self._loaded.id)

    def _show(self, m: NetworkMember) -> None:
        self.ui.nameEdit.setText(m.name)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(m.kind.value))
        self.ui.organizationEdit.setText(m.organization)
        self.ui.expertiseEdit.setPlainText(m.expertise)
        self.ui.phoneEdit.setText(m.phone)
        self.ui.emailEdit.setText(m.email)
        for edit in (
            self.ui.nameEdit,
            self.ui.organizationEdit,
            self.ui.phoneEdit,
            self.ui.emailEdit,
        ):
            edit.setCursorPosition(0)  # show the start of long Thai names, not the end

    def revert_edits(self) -> None:
        """Show the member as loaded again; one step Edit ▸ เลิกทำ can take back."""
        self._loading = True
        self._show(self._loaded)
        self._loading = False
        self.clear_problems()
        self.history.record(Change(self.tr("ยกเลิกการแก้ไขทั้งหมด")))
        self._set_dirty(False)

    def loaded(self) -> NetworkMember:
        return self._loaded

    def is_new(self) -> bool:
        """True while the form holds a member not yet saved."""
        return self._is_new

    def current_record(self) -> NetworkMember:
        """The member as the form shows it (same id as the one loaded)."""
        return replace(
            self._loaded,
            name=self.ui.nameEdit.text().strip(),
            kind=MemberKind(self.ui.kindCombo.currentData()),
            organization=self.ui.organizationEdit.text().strip(),
            expertise=self.ui.expertiseEdit.toPlainText().strip(),
            phone=self.ui.phoneEdit.text().strip(),
            email=self.ui.emailEdit.text().strip(),
        )

    def is_dirty(self) -> bool:
        return self._dirty

    # -- validation messages ------------------------------------------------------------
    def _error_label(self, field: str) -> QLabel:
        return getattr(self.ui, f"{field}Error")

    def show_problems(self, problems: list[ValidationError]) -> None:
        """Put each problem's Thai message under its field; focus the first."""
        self.clear_problems()
        first: QWidget | None = None
        for problem in problems:
            field = problem.field if problem.field in FIELDS else "name"
            label = self._error_label(field)
            text = label.text()
            label.setText(wrappable((text + "\n" if text else "") + message_of(problem)))
            label.setVisible(True)
            if first is None:
                first = getattr(self.ui, f"{field}Edit", None) or self.ui.kindCombo
        if first is not None:
            first.setFocus()

    def clear_problems(self) -> None:
        for field in FIELDS:
            label = self._error_label(field)
            label.clear()
            label.setVisible(False)

    # -- slots ---------------------------------------------------------------------
    def _on_field_edited(self, *_args: object) -> None:
        if not self._loading:
            self.history.record()
            self._set_dirty(self.current_record() != self._loaded or self._is_new)

    def _restore_step(self, member: NetworkMember, _where: str | None) -> None:
        """Undo or redo put this version of the member back in the form."""
        self._loading = True
        self._show(member)
        self._loading = False
        self._set_dirty(self.current_record() != self._loaded)  # back to as loaded: clean

    def _describe(self, before: NetworkMember, after: NetworkMember) -> Change:
        labels = {
            "name": self.tr("แก้ไขชื่อ"),
            "kind": self.tr("เปลี่ยนประเภท"),
            "organization": self.tr("แก้ไขหน่วยงาน/สังกัด"),
            "expertise": self.tr("แก้ไขความเชี่ยวชาญ"),
            "phone": self.tr("แก้ไขโทรศัพท์"),
            "email": self.tr("แก้ไขอีเมล"),
        }
        field = first_difference(before, after, labels) or "name"
        return Change(labels[field], field)

    def _set_dirty(self, dirty: bool) -> None:
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
