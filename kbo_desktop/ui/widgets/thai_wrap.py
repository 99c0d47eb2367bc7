"""Let Qt wrap Thai display text between words on every platform.

Thai is written without spaces between words. Qt finds Thai word boundaries
only through libthai, which Linux desktops usually have and Windows laptops
do not; without it a long Thai label either overflows or breaks mid-word.
:func:`wrappable` inserts ZERO WIDTH SPACE (U+200B), a break opportunity Qt
honours everywhere, between the words pythainlp's ``newmm`` tokenizer finds.

Use it ONLY for text that is displayed, never for text that is stored or
edited: labels, read-only text views, tooltips and table cells::

    from kbo_desktop.ui.widgets.thai_wrap import wrappable, WrapLabel

    label.setText(wrappable(producer.notes))        # a QLabel with setWordWrap(True)
    label = WrapLabel(product.description)           # or this, which wraps by itself
    view.setItemDelegate(ThaiWrapDelegate(view))     # every cell of a view
    # or in a model's data(): DisplayRole -> wrappable(text); EditRole -> text

Editable widgets (QLineEdit, QPlainTextEdit that the user types in) must get
the original text; :func:`unwrappable` strips the marks again if display text
ever needs to be turned back into data (e.g. copying a cell).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kbo_desktop.domain.thai_words import segment

ZWSP = "\u200b"
# A break must not come before these (closing marks, ๆ, ฯ) or after opening ones.
_NO_BREAK_BEFORE = frozenset(")]}>,.:;!?%\u2026\u201d\u2019\u0e46\u0e2f")
_NO_BREAK_AFTER = frozenset("([{<\u201c\u2018")


def _has_thai(text: str) -> bool:
    return any("\u0e01" <= ch <= "\u0e5b" for ch in text)


@lru_cache(maxsize=4096)
def _wrap_line(line: str) -> str:
    pieces = segment(line)
    if "".join(pieces) != line:  # the tokenizer must never change the text
        return line
    out: list[str] = []
    for piece in pieces:
        if out and piece and out[-1]:
            before, after = out[-1][-1], piece[0]
            if not (
                before.isspace()
                or after.isspace()
                or after in _NO_BREAK_BEFORE
                or before in _NO_BREAK_AFTER
                or before == ZWSP
                or after == ZWSP
            ):
                out.append(ZWSP)
        out.append(piece)
    return "".join(out)


def wrappable(text: str | None) -> str:
    """``text`` with break opportunities between Thai words, for display only.

    Text without Thai comes back unchanged; line breaks are kept. Results are
    cached, so calling this from a model's ``data()`` is cheap.
    """
    if not text:
        return ""
    if not _has_thai(text):
        return text
    return "\n".join(_wrap_line(line) if _has_thai(line) else line for line in text.split("\n"))


def unwrappable(text: str) -> str:
    """Undo :func:`wrappable`: the original text, for copying or comparing."""
    return text.replace(ZWSP, "")


class WrapLabel(QLabel):
    """A word-wrapping label whose Thai text breaks between words.

    ``text()`` returns the display form (with U+200B); ``plainText()`` the
    original.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self._plain = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._plain = unwrappable(text)
        super().setText(wrappable(self._plain))

    def plainText(self) -> str:  # noqa: N802 - matches QLabel naming
        return self._plain


class ThaiWrapDelegate(QStyledItemDelegate):
    """Shows each cell's DisplayRole text with Thai break opportunities, so a
    view with ``setWordWrap(True)`` wraps long Thai cells between words.
    Editing still sees the model's original EditRole text."""

    def initStyleOption(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = wrappable(option.text)
