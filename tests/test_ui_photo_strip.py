"""The shared photo strip from the keyboard, for stored photos and a visit's photos."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import PhotoOwnerKind
from kbo_desktop.services.visit_photos import import_photos, with_in_packet
from kbo_desktop.ui.producers.photo_strip import StoredPhotoStrip
from kbo_desktop.ui.visits.photos import VisitPhotoStrip
from kbo_desktop.ui.widgets.photo_strip import PhotoStrip
from tests.factories import make_image

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def window(qapp, qtbot):  # noqa: ANN001, ANN201
    """A main window whose Delete deletes "the record", as the real one does."""
    win = QMainWindow()
    win.record_deletes = 0
    delete = QAction("ลบ", win)
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    delete.triggered.connect(lambda: setattr(win, "record_deletes", win.record_deletes + 1))
    win.addAction(delete)
    qtbot.addWidget(win)
    return win


def _show(window: QMainWindow, strip: PhotoStrip, qtbot) -> None:  # noqa: ANN001
    window.setCentralWidget(strip)
    window.resize(700, 260)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    strip.ui.photoView.setFocus()
    assert strip.ui.photoView.hasFocus()


def _select_first(strip: PhotoStrip) -> None:
    view = strip.ui.photoView
    view.selectionModel().setCurrentIndex(
        strip.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_insert_adds_and_delete_removes_a_stored_photo_not_the_record(
    window, qtbot, db, records, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    producer = records.save(r.Producer(name="กลุ่มจักสานบ้านนาอาน"))
    png = make_image(tmp_path / "กระติบ.png", (640, 480), "olive")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(png)], ""))
    strip = StoredPhotoStrip(db)
    strip.set_owner(PhotoOwnerKind.PRODUCER, producer.id, [])
    _show(window, strip, qtbot)

    qtbot.keyClick(strip.ui.photoView, Qt.Key.Key_Insert)
    assert strip.model.rowCount() == 1 and len(records.list(r.Photo)) == 1
    _select_first(strip)
    assert strip.ui.removePhotoButton.isEnabled()
    with qtbot.waitSignal(strip.deleted):
        qtbot.keyClick(strip.ui.photoView, Qt.Key.Key_Delete)
    assert strip.model.rowCount() == 0 and records.list(r.Photo) == []
    assert window.record_deletes == 0
    assert [p.name for p in records.list(r.Producer)] == ["กลุ่มจักสานบ้านนาอาน"]


def test_an_unsaved_owner_takes_no_photos_from_the_keyboard_either(
    window, qtbot, db, monkeypatch
) -> None:  # noqa: ANN001
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: asked.append(1) or ([], "")
    )
    strip = StoredPhotoStrip(db)
    _show(window, strip, qtbot)
    qtbot.keyClick(strip.ui.photoView, Qt.Key.Key_Insert)
    assert asked == [] and not strip.ui.addPhotoButton.isEnabled()


def test_visit_photos_show_date_and_packet_choice_and_delete_only_from_the_visit(
    window, qtbot, db, tmp_path
) -> None:  # noqa: ANN001
    strip = VisitPhotoStrip(db, lambda: "visit-1")
    files = [make_image(tmp_path / f"{c}.png", colour=c) for c in ("red", "blue")]
    dated, captioned = import_photos(db, "visit-1", files).added
    photos = [
        with_in_packet(replace(dated, taken_on=date(2025, 12, 6)), True),
        replace(captioned, caption="ฉลากใหม่"),
    ]
    strip.model.set_photos(photos)
    _show(window, strip, qtbot)
    first = strip.model.index(0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "6 ธ.ค. 2568"
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert first.data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
        "ถ่ายเมื่อ 6 ธ.ค. 2568",
        "ใส่ในเอกสารประชุม",
    ]
    _select_first(strip)
    qtbot.keyClick(strip.ui.photoView, Qt.Key.Key_Delete)
    assert [p.caption for p in strip.model.photos()] == ["ฉลากใหม่"]
    assert window.record_deletes == 0
