"""Old home of helpers every tab uses; they now live in ``ui/widgets``.

Temporary re-exports, to be removed once nothing imports them from here:
``ui/producers/list_model.py`` and ``ui/producers/filters.py`` (changed
concurrently by another helper) still import these names from this module.
New code imports from :mod:`kbo_desktop.ui.widgets.language` and
:mod:`kbo_desktop.ui.widgets.field_errors`.
"""

from __future__ import annotations

from kbo_desktop.ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from kbo_desktop.ui.widgets.language import (
    current_enum,
    enum_label,
    fill_enum_combo,
    language,
    message_of,
    select_data,
)

__all__ = [
    "ERROR_STYLE",
    "FieldErrors",
    "current_enum",
    "enum_label",
    "fill_enum_combo",
    "language",
    "message_of",
    "select_data",
]
