"""Officer names typed as a comma list, completing each name from earlier visits.

Officers visit in twos and threes and type the same names week after week;
:class:`OfficerCompleter` offers the names already used (most used first)
for the name being typed after the last comma, and puts the chosen name in
its place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit


class OfficerCompleter(QCompleter):
    """Completion for the last name of a comma-separated list in ``line_edit``.

    Signals:
        nameChosen(): a suggested name was put into the line edit.
    """

    nameChosen = Signal()

    def __init__(self, line_edit: QLineEdit):
        self._names = QStringListModel()
        super().__init__(self._names, line_edit)
        self._names.setParent(self)
        self._edit = line_edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setWidget(line_edit)
        line_edit.textEdited.connect(self._on_edit_text_edited)
        self.activated.connect(self._on_self_activated)

    def set_names(self, names: Sequence[str]) -> None:
        self._names.setStringList(list(names))

    def _on_edit_text_edited(self, text: str) -> None:
        last = text.split(",")[-1].strip()
        popup = self.popup()
        if last:
            self.setCompletionPrefix(last)
            if self.completionCount():
                self.complete()
                return
        if popup is not None:
            popup.hide()

    def _on_self_activated(self, name: str) -> None:
        earlier = [p.strip() for p in self._edit.text().split(",")][:-1]
        self._edit.setText(", ".join([*[p for p in earlier if p], name]))
        self.nameChosen.emit()
