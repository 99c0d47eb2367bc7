"""The program in English, as Preferences make it.

A provincial officer or a foreign partner who picks English must not meet a
Thai word the program itself wrote: every tab, label, button, header, menu,
placeholder and tooltip is English, and so are enum labels and dates. What
officers typed (names of groups and products, places, notes) stays as typed.
The English catalogue must cover every string the sources mark.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from kbo_desktop.domain import enums
from kbo_desktop.domain.thai_dates import (
    MONTHS_TH,
    MONTHS_TH_ABBR,
    format_thai_date,
    parse_thai_date,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

THAI = re.compile("[\u0e00-\u0e7f]")
ZERO_WIDTH = str.maketrans("", "", "\u200b\u2060")  # wrappable() breaks, not text
THAI_DATE = re.compile(
    r"\d\s*(" + "|".join(re.escape(m) for m in MONTHS_TH_ABBR + MONTHS_TH) + r")"
)
ENGLISH_TABS = {
    "producers": "Producers/products", "analysis": "Product analysis",
    "planning": "Development plans", "visits": "Field visits",
    "meetings": "Meetings/reports", "network": "KBO network",
}  # fmt: skip


@pytest.fixture
def english(qapp, tmp_path: Path) -> Iterator[object]:  # noqa: ANN001
    """The application switched to English the way Preferences do it (the stored
    language, read when the application starts), and back to Thai afterwards."""
    from kbo_desktop.ui.app import create_application, install_translations
    from kbo_desktop.ui.settings import AppSettings

    settings = AppSettings(tmp_path / "settings.ini")
    settings.language = "en"
    app = create_application([], settings)
    try:
        yield settings
    finally:
        install_translations(app, "th")
        assert QCoreApplication.translate("TabSpec", "แผนพัฒนา") == "แผนพัฒนา"


def _labelled_enums() -> list[type[enums.LabelledEnum]]:
    return [
        cls
        for cls in vars(enums).values()
        if isinstance(cls, type)
        and issubclass(cls, enums.LabelledEnum)
        and cls is not enums.LabelledEnum
    ]


def _typed_text(db) -> list[str]:  # noqa: ANN001
    """Every Thai string stored in the database, longest first (what officers typed)."""
    from kbo_desktop.domain import records as r
    from kbo_desktop.services.records import RecordService

    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            if THAI.search(value):
                found.add(value)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                collect(getattr(value, field.name))

    service = RecordService(db)
    for cls in r.RECORD_TYPES:
        for record in service.list(cls):
            collect(record)
    # English enum labels keep the Thai abbreviation printed on the mark: "Thai FDA (อย.)".
    found.update(m.label_en for cls in _labelled_enums() for m in cls if THAI.search(m.label_en))
    return sorted(found, key=len, reverse=True)


def _place_names() -> set[str]:
    """Province, district and subdistrict names the address pickers offer (Thai data)."""
    from kbo_desktop.domain.thai_admin import gazetteer

    admin = gazetteer()
    names = set()
    for province in admin.provinces():
        names.add(province.name_th)
        for amphoe in admin.amphoes_of(province):
            names.add(amphoe.name_th)
            names.update(t.name_th for t in admin.tambons_of(amphoe))
    return names


def _column_count(model) -> int:  # noqa: ANN001
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # list models keep columnCount private
        return 1


def _words_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of everything the program writes on ``widget``, not what it holds."""
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group box title", widget.title()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    if isinstance(widget, QAbstractSpinBox):
        yield "spin box text", widget.specialValueText()
        for affix in ("prefix", "suffix"):
            if hasattr(widget, affix):
                yield f"spin box {affix}", getattr(widget, affix)()
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        if isinstance(header, QHeaderView) and not header.isHidden():
            model = widget.model()
            for column in range(_column_count(model)):
                yield (
                    "column header",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                )
    if isinstance(widget, QDockWidget):
        yield "dock title", widget.windowTitle()
    for action in widget.actions():
        yield "action", action.text()
        yield "action tooltip", action.toolTip()
    yield "tooltip", widget.toolTip()


def _program_words_in_cells(view: QAbstractItemView, typed: list[str]) -> Iterator[str]:
    """Cells hold data, but the program's own vocabulary in them (enum labels,
    month names) must follow the language too."""
    model = view.model()
    if model is None:
        return
    thai_labels = {m.label_th for cls in _labelled_enums() for m in cls}
    for row in range(min(model.rowCount(), 40)):
        for column in range(_column_count(model)):
            text = str(model.index(row, column).data() or "").translate(ZERO_WIDTH)
            own_label = any(line.strip() in thai_labels for line in text.split("\n"))
            if own_label or THAI_DATE.search(_thai_left(text, typed)):
                yield text


def _thai_left(text: str, typed: list[str]) -> str:
    text = text.translate(ZERO_WIDTH)
    for value in typed:
        if value in text:
            text = text.replace(value, "")
    return text if THAI.search(text) else ""


def _open_records(page, key: str, db) -> None:  # noqa: ANN001
    """Show a record in the tab, so labels filled from a record are on screen."""
    from kbo_desktop.domain import records as r
    from kbo_desktop.services.records import RecordService

    kinds = {
        "producers": r.Producer, "analysis": r.Product, "planning": r.Plan,
        "visits": r.Visit, "meetings": r.Meeting, "network": r.NetworkMember,
    }  # fmt: skip
    cls = kinds[key]
    for record in RecordService(db).list(cls)[:5]:
        if page.show_record(cls.COLLECTION, record.id):
            return


def test_every_tab_reads_in_english(english, db, qtbot) -> None:  # noqa: ANN001
    from kbo_desktop.services.demo import build_demo
    from kbo_desktop.ui.main_window import MainWindow

    build_demo(db)
    typed, places = _typed_text(db), _place_names()
    window = MainWindow(db, english)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    found: dict[str, set[str]] = {}

    def look(where: str) -> None:
        widgets = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
        widgets += window.findChildren(QMenu)  # menus are hidden until opened
        for widget in widgets:
            for what, text in _words_of(widget):
                if text and text not in places and _thai_left(text, typed):
                    found.setdefault(f"{what} {text!r}", set()).add(
                        f"{where}: {widget.objectName()}"
                    )
            if isinstance(widget, QAbstractItemView):
                for text in _program_words_in_cells(widget, typed):
                    found.setdefault(f"cell {text!r}", set()).add(f"{where}: {widget.objectName()}")

    look("window")
    keys = list(window.pages)
    assert keys == [k for k in ENGLISH_TABS if k in keys]
    for index, key in enumerate(keys):
        assert window.tabs.tabText(index) == ENGLISH_TABS[key]
        page = window.pages[key]
        window.tabs.setCurrentWidget(page)
        _open_records(page, key, db)
        qtbot.wait(10)  # let queued loads and layouts settle
        look(key)
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert not found, "Thai left in the English window:\n" + "\n".join(
        f"  {text}  ({', '.join(sorted(where)[:3])})" for text, where in sorted(found.items())
    )


def test_every_marked_string_has_english() -> None:
    """lupdate over the sources finds nothing new and nothing without English
    (run ``python tools/update_translations.py`` after adding strings)."""
    from tools.update_translations import TS_FILE, main, unfinished_messages

    missing = unfinished_messages(TS_FILE)
    assert not missing, f"kbo_en.ts lacks English for {missing}"
    assert main(["--check"]) == 0, "strings in the sources are missing from kbo_en.ts (see output)"


def test_the_english_catalogue_compiles() -> None:
    from kbo_desktop.ui.app import compiled_translation

    compiled = compiled_translation("en")
    assert compiled is not None and compiled.stat().st_size > 10_000


def test_dates_read_in_english_and_are_read_back() -> None:
    day = date(2022, 12, 6)
    assert format_thai_date(day, language="en") == "6 Dec 2565"
    assert format_thai_date(day, "long", language="en") == "6 December 2565"
    for text in ("6 Dec 2565", "6 December 2565", format_thai_date(day)):
        assert parse_thai_date(text) == day
