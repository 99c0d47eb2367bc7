"""Loading Qt Designer forms (``forms/*.ui``) in one place.

Forms live in ``forms/`` (installed as the ``kbo_desktop.forms`` package) so
layouts are edited in Designer, not in code. Every tab loads its form through
:func:`load_form`, which finds the file with ``importlib.resources`` (works in
editable and wheel installs), reports a broken file as a clear error instead
of QUiLoader's silent ``None``, and lets the form fill an existing widget so
the tab class keeps its own signals and slots.

Example::

    from kbo_desktop.ui.forms import load_form

    class ProducerEditor(QWidget):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.ui = load_form("producer_editor.ui", self)
            # children are found by their Designer objectName:
            self.ui.nameEdit.textChanged.connect(self._on_name_edit_text_changed)

``self.ui`` is the loaded top-level widget; :func:`load_form` puts it in a
zero-margin layout inside ``self`` when a parent is given. Children are also
reachable with ``self.findChild(QLineEdit, "nameEdit")``. Custom widgets
(e.g. :class:`~kbo_desktop.ui.widgets.be_date_edit.BeDateEdit`) are promoted
in Designer with header ``kbo_desktop.ui.widgets.be_date_edit`` and class
``BeDateEdit``; pass them in ``custom_widgets`` (the common ones are
registered by default, see :data:`DEFAULT_CUSTOM_WIDGETS`).
"""

from __future__ import annotations

import importlib
import logging
from functools import cache
from importlib import resources
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)

FORMS_PACKAGE = "kbo_desktop.forms"

#: Promoted widget classes every form may use, as "module:Class" paths (imported lazily).
DEFAULT_CUSTOM_WIDGETS: tuple[str, ...] = ("kbo_desktop.ui.widgets.be_date_edit:BeDateEdit",)


class FormError(RuntimeError):
    """A ``.ui`` file is missing or Qt could not build it (a programming mistake)."""


def form_bytes(name: str) -> bytes:
    """The raw XML of ``forms/<name>``."""
    try:
        return resources.files(FORMS_PACKAGE).joinpath(name).read_bytes()
    except FileNotFoundError as exc:
        raise FormError(f"form {name!r} is not in {FORMS_PACKAGE}") from exc


def _resolve(path: str) -> type[QWidget]:
    module_name, _, class_name = path.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


#: Custom widget classes registered with the loader of each nesting depth.
_registered: dict[int, set[type[QWidget]]] = {}
_depth = 0  # how many loads are under way (a promoted widget may load its own form)


@cache
def _loader(depth: int = 0) -> QUiLoader:
    """One loader per nesting depth for the whole program: PySide keeps the
    custom-widget factories it registers, and creating a loader per form
    crashed after a few loads (PySide6 6.12).

    A promoted widget that loads a form of its own (the product picker inside
    the analysis tab) gets the next depth's loader: a loader keeps the form it
    is building, which is also its translation context, in one member, so a
    nested load through the same loader left the rest of the outer form
    looked up under the inner form's context, and untranslated.
    """
    loader = QUiLoader()
    registered = _registered.setdefault(depth, set())
    for path in DEFAULT_CUSTOM_WIDGETS:
        cls = _resolve(path)
        loader.registerCustomWidget(cls)
        registered.add(cls)
    return loader


def load_form(
    name: str,
    parent: QWidget | None = None,
    *,
    custom_widgets: list[type[QWidget]] | None = None,
) -> Any:
    """Build the widget described by ``forms/<name>``.

    Args:
        name: file name inside ``forms/``, e.g. ``"producer_editor.ui"``.
        parent: the widget that will host the form; the form is placed in a
            zero-margin layout inside it. ``None`` returns a free widget.
        custom_widgets: extra promoted widget classes used by the form.

    Returns:
        The loaded top-level widget (typed ``Any`` because its children are
        attributes named after their Designer ``objectName``).

    Raises:
        FormError: the file is missing or malformed.
    """
    global _depth
    loader = _loader(_depth)
    registered = _registered[_depth]
    for cls in custom_widgets or []:
        if cls not in registered:
            loader.registerCustomWidget(cls)
            registered.add(cls)
    data = QByteArray(form_bytes(name))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    _depth += 1
    try:
        widget = loader.load(buffer, parent)
    finally:
        _depth -= 1
    buffer.close()
    if widget is None:
        raise FormError(f"form {name!r} could not be loaded: {loader.errorString()}")
    if parent is not None:
        layout = parent.layout()
        if layout is None:
            layout = QVBoxLayout(parent)
            layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
    log.debug("loaded form %s", name)
    return widget
