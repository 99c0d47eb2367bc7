"""Room for stacked Thai marks in every control, without giving up the Fusion look.

Thai stacks a tone mark above an upper vowel (ที่, ปั้น, ญี่ปุ่น) and hangs
vowels below the line (ปู, ฤ). Styles size tabs, header sections, menu items
and buttons from the font's cap height plus a few pixels of margin, and the
top of ``ปั้น`` or the bottom of ``ญู`` is then cut off. A style sheet would
fix the height but replaces Fusion's drawing with flat boxes; this proxy style
only makes those controls taller by a share of the font height, and Fusion
centres the text in the extra room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

# Controls whose height comes from one line of text, and how much of the
# font's line height to add to them.
_EXTRA_SHARE: dict[QStyle.ContentsType, float] = {
    QStyle.ContentsType.CT_TabBarTab: 0.45,
    QStyle.ContentsType.CT_HeaderSection: 0.35,
    QStyle.ContentsType.CT_MenuBarItem: 0.3,
    QStyle.ContentsType.CT_MenuItem: 0.3,
    QStyle.ContentsType.CT_PushButton: 0.3,
    QStyle.ContentsType.CT_ToolButton: 0.2,
    QStyle.ContentsType.CT_ItemViewItem: 0.3,
    QStyle.ContentsType.CT_ComboBox: 0.2,
    QStyle.ContentsType.CT_LineEdit: 0.2,
    QStyle.ContentsType.CT_SpinBox: 0.2,
    QStyle.ContentsType.CT_CheckBox: 0.15,
    QStyle.ContentsType.CT_RadioButton: 0.15,
}


class ThaiProxyStyle(QProxyStyle):
    """Fusion (or any base style) with taller one-line controls for Thai text."""

    def sizeFromContents(  # noqa: N802 - Qt override
        self,
        contents_type: QStyle.ContentsType,
        option: QStyleOption | None,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(contents_type, option, size, widget)
        share = _EXTRA_SHARE.get(contents_type)
        if share and option is not None and result.isValid():
            extra = round(option.fontMetrics.height() * share)
            result = QSize(result.width(), result.height() + extra)
        return result
