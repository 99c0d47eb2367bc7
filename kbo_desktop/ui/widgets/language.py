"""Domain values shown in the language the program runs in.

Enums carry a Thai and an English label, and user errors a Thai and an
English message (:mod:`kbo_desktop.domain.errors`); these helpers pick the one
for the running language, so every tab shows them alike. The combo helpers
fill a :class:`QComboBox` with enum labels and read the chosen member back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from kbo_desktop.domain.enums import LabelledEnum
from kbo_desktop.domain.errors import KboError

E = TypeVar("E", bound=LabelledEnum)


def language() -> str:
    """``"en"`` when the application runs in English, else ``"th"`` (the default)."""
    return "en" if QLocale().language() == QLocale.Language.English else "th"


def enum_label(member: LabelledEnum | None, none_text: str = "") -> str:
    return member.label(language()) if member is not None else none_text


def message_of(problem: KboError) -> str:
    return problem.message(language())


def fill_enum_combo(
    combo: QComboBox, members: Iterable[LabelledEnum], none_text: str | None = None
) -> None:
    """Items showing each member's label with the member as item data; an optional
    first item (data ``None``) stands for "not given" or "any"."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for member in members:
        combo.addItem(member.label(language()), member.value)


def current_enum(combo: QComboBox, kind: type[E]) -> E | None:
    """The member chosen in a combo filled by :func:`fill_enum_combo` (Qt hands
    item data back as a plain ``str``, so the member is rebuilt from its value)."""
    value = combo.currentData()
    return None if value is None else kind(value)


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals ``value`` (the first item if none does)."""
    if isinstance(value, LabelledEnum):
        value = value.value
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)
