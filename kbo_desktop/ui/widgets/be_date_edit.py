"""Entering dates in the Buddhist Era, the way Thai officers write them.

Qt's date widgets count years in the Gregorian era only (QCalendar has no
Buddhist system), so a plain QDateEdit would show 2022 where every Thai form
says 2565. :class:`BeDateEdit` is a line edit that shows and reads
``6 ธ.ค. 2565`` (also ``6/12/2565``, ``6 ธันวาคม 65`` and ISO) with a calendar
popup whose navigation bar shows Buddhist Era years. Values are plain
``datetime.date`` (or ``None`` for "no date"), stored Gregorian as always.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kbo_desktop.domain.thai_dates import (
    BE_OFFSET,
    MONTHS_EN,
    MONTHS_TH,
    format_thai_date,
    parse_thai_date,
)
from kbo_desktop.ui.widgets.language import language

THAI_LOCALE = QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)


def format_be_date(value: date | None, style: str = "short") -> str:
    """A Buddhist Era date in the window's language: ``6 ธ.ค. 2565`` or ``6 Dec 2565``."""
    return format_thai_date(value, style, language=language())


class BeCalendarWidget(QCalendarWidget):
    """A month calendar whose year box counts in the Buddhist Era.

    Qt's own navigation bar can only show Gregorian years, so it is hidden and
    replaced by month/year pickers that page the calendar.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        english = language() == "en"
        self.setLocale(QLocale() if english else THAI_LOCALE)
        self.setNavigationBarVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(True)
        self._previous = QToolButton(text="‹", objectName="bePreviousMonth", autoRaise=True)
        self._next = QToolButton(text="›", objectName="beNextMonth", autoRaise=True)
        self._previous.setToolTip(self.tr("เดือนก่อน"))
        self._next.setToolTip(self.tr("เดือนถัดไป"))
        self._month = QComboBox(objectName="beMonth")
        self._month.addItems(list(MONTHS_EN if english else MONTHS_TH))
        self._year = QSpinBox(objectName="beYear")
        self._year.setRange(1900 + BE_OFFSET, 2200 + BE_OFFSET)
        self._year.setPrefix(self.tr("พ.ศ. "))
        bar = QWidget(self, objectName="beNavigationBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 2, 4, 2)
        for widget in (self._previous, self._month, self._year, self._next):
            row.addWidget(widget)
        row.insertStretch(1)
        row.insertStretch(4)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # QCalendarWidget's own layout
        layout.insertWidget(0, bar)
        self._previous.clicked.connect(self.showPreviousMonth)
        self._next.clicked.connect(self.showNextMonth)
        self._month.activated.connect(self._on_pickers_changed)
        self._year.valueChanged.connect(self._on_pickers_changed)
        self.currentPageChanged.connect(self._on_self_current_page_changed)
        self._on_self_current_page_changed(self.yearShown(), self.monthShown())

    def _on_self_current_page_changed(self, year: int, month: int) -> None:
        self._year.blockSignals(True)
        self._year.setValue(year + BE_OFFSET)
        self._year.blockSignals(False)
        self._month.setCurrentIndex(month - 1)

    def _on_pickers_changed(self, *_args: object) -> None:
        self.setCurrentPage(self._year.value() - BE_OFFSET, self._month.currentIndex() + 1)

    def shown_year_be(self) -> int:
        """The Buddhist Era year the calendar is showing (what the user sees)."""
        return self._year.value()


class BeDateEdit(QWidget):
    """A date field in the Buddhist Era with a calendar popup and an optional "no date".

    Signals:
        dateChanged(object): the value changed, to a ``date`` or ``None``.

    Text the user types is read when editing finishes; text that is not a
    date leaves the value unchanged, marks the field (``invalid`` property,
    styled red) and says why in the tooltip.
    """

    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True):
        super().__init__(parent)
        self._value: date | None = None
        self._allow_empty = allow_empty
        self.line_edit = QLineEdit(self, objectName="beDateText")
        self.line_edit.setClearButtonEnabled(allow_empty)
        self.line_edit.setPlaceholderText(self.tr("ไม่ระบุวันที่") if allow_empty else "")
        self.line_edit.setToolTip(self.tr("พิมพ์วันที่ เช่น 6 ธ.ค. 2565 หรือ 6/12/2565"))
        self.button = QToolButton(self, objectName="beDateCalendarButton", text="▾")
        self.button.setToolTip(self.tr("เลือกจากปฏิทิน (Alt+ลง)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line_edit)
        self._popup: QFrame | None = None
        self.calendar: BeCalendarWidget | None = None
        self.line_edit.editingFinished.connect(self._on_line_edit_editing_finished)
        self.button.clicked.connect(self.show_calendar)
        if not allow_empty:
            self.set_date(date.today())

    # -- value ---------------------------------------------------------------
    def date(self) -> date | None:
        """The current value; ``None`` means no date was given."""
        return self._value

    def set_date(self, value: date | None) -> None:
        """Show ``value`` (``None`` clears it if the field allows no date)."""
        if value is None and not self._allow_empty:
            raise ValueError("this date field requires a date")
        self._set_invalid("")
        self.line_edit.setText(format_be_date(value))
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def allows_empty(self) -> bool:
        return self._allow_empty

    def has_acceptable_input(self) -> bool:
        """False while the typed text could not be read as a date."""
        return not self.property("invalid")

    # -- typing --------------------------------------------------------------
    def _on_line_edit_editing_finished(self) -> None:
        text = self.line_edit.text().strip()
        if not text and self._allow_empty:
            self.set_date(None)
            return
        try:
            value = parse_thai_date(text)
        except ValueError:
            self._set_invalid(self.tr("อ่านวันที่ไม่ได้ ลองพิมพ์แบบ 6 ธ.ค. 2565"))
            return
        self.set_date(value)

    def _set_invalid(self, message: str) -> None:
        self.setProperty("invalid", bool(message))
        self.line_edit.setProperty("invalid", bool(message))
        self.line_edit.setToolTip(message or self.tr("พิมพ์วันที่ เช่น 6 ธ.ค. 2565 หรือ 6/12/2565"))
        self.line_edit.style().unpolish(self.line_edit)
        self.line_edit.style().polish(self.line_edit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Up/Down step a day; Alt+Down opens the calendar, as in QDateEdit."""
        key = event.key()
        if key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            start = self._value or date.today()
            self.set_date(start + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
        else:
            super().keyPressEvent(event)

    # -- calendar popup -------------------------------------------------------
    def show_calendar(self) -> None:
        """Open the Buddhist Era calendar below the field."""
        if self._popup is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setObjectName("beDatePopup")
            self._popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = BeCalendarWidget(self._popup)
            box = QVBoxLayout(self._popup)
            box.setContentsMargins(1, 1, 1, 1)
            box.addWidget(self.calendar)
            self.calendar.clicked.connect(self._on_calendar_clicked)
            self.calendar.activated.connect(self._on_calendar_clicked)
        assert self.calendar is not None
        shown = self._value or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self.calendar.setFocus()

    def _on_calendar_clicked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        if self._popup is not None:
            self._popup.hide()
        self.line_edit.setFocus()
