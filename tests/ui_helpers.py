"""What the window and dialog tests share: showing a widget as a user sees it,
and answering the questions the program asks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)
Button = QMessageBox.StandardButton


def shown(qtbot: QtBot, widget: W) -> W:
    """``widget`` shown on screen, and closed with the test."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: Button | Callable[[Button | None], Button]
) -> list[str]:
    """Answer every ``QMessageBox.question`` with ``answer`` (a button, or a
    function of the buttons offered); returns the texts asked, in order."""
    asked: list[str] = []

    def question(parent, title, text, buttons=None, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return answer(buttons) if callable(answer) else answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def discard_or_yes(buttons: Button | None) -> Button:
    """Discard unsaved edits when that is offered; otherwise Yes (to a delete)."""
    return Button.Discard if buttons is not None and buttons & Button.Discard else Button.Yes
