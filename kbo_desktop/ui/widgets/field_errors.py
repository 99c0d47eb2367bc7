"""Validation messages next to the field they are about.

Each message goes in a label row inserted under its field in the field's
form layout, so an officer sees what to fix where they would type it, with a
⚠ sign as well as colour.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kbo_desktop.domain.errors import KboError
from kbo_desktop.ui.widgets.language import message_of
from kbo_desktop.ui.widgets.thai_wrap import wrappable

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Error labels under the fields of one or more form layouts.

    Args:
        fields: the problem field name (``"name"``, ``"address.postcode"``)
            mapped to the widget it is about. The widget must sit in a
            :class:`QFormLayout` (directly, or inside a row layout that does).
    """

    def __init__(self, fields: Mapping[str, QWidget]):
        self._labels: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        for name, widget in fields.items():
            form, row = _form_row(widget)
            label = QLabel()
            label.setObjectName(f"error_{name.replace('.', '_')}")
            label.setWordWrap(True)
            label.setStyleSheet(ERROR_STYLE)
            form.insertRow(row + 1, "", label)
            form.setRowVisible(label, False)
            self._labels[name] = label
            self._forms[name] = form

    def show(self, problems: Iterable[KboError]) -> list[KboError]:
        """Show each problem under its field; returns those no field here owns."""
        self.clear()
        messages: dict[str, list[str]] = {}
        unplaced = []
        for problem in problems:
            if problem.field in self._labels:
                messages.setdefault(problem.field, []).append(message_of(problem))
            else:
                unplaced.append(problem)
        for name, texts in messages.items():
            self._labels[name].setText(wrappable("⚠ " + "\n⚠ ".join(texts)))
            self._forms[name].setRowVisible(self._labels[name], True)
        return unplaced

    def clear(self) -> None:
        for name, label in self._labels.items():
            label.clear()
            self._forms[name].setRowVisible(label, False)

    def label(self, name: str) -> QLabel:
        """The message label of one field (tests look at it)."""
        return self._labels[name]


def _form_row(widget: QWidget) -> tuple[QFormLayout, int]:
    """The form layout holding ``widget`` and its row, looking through row layouts."""
    parent = widget.parentWidget()
    forms = parent.findChildren(QFormLayout) if parent is not None else []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            if item.widget() is widget:
                return form, row
            inner = item.layout()
            if inner is not None and inner.indexOf(widget) >= 0:
                return form, row
    raise LookupError(f"{widget.objectName()} is not a field of a form layout")
