"""Pictures of every tab for the documentation, made without showing a window.

``kbo-desktop screenshots DIR`` builds the real main window on Qt's offscreen
platform at 1280×800, opens a first record in each tab so the picture shows
content rather than empty forms, and saves ``DIR/<key>.png``. It uses
throw-away settings so the user's remembered window size, tab and font do not
change the pictures (and the pictures do not change them).
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from kbo_desktop.ui.settings import DEFAULT_FONT_SIZE, FONT_SIZES, LANGUAGES, AppSettings
from kbo_desktop.ui.tab_registry import ALL_KEYS

log = logging.getLogger(__name__)

SIZE = (1280, 800)

# Which records make a tab look "in use", most telling first.
_PREFERRED: dict[str, tuple[type[r.Record], ...]] = {
    "producers": (r.Producer,),
    "analysis": (r.Product, r.SwotItem),
    "planning": (r.Plan, r.Product),
    "visits": (r.Visit,),
    "meetings": (r.Meeting,),
    "network": (r.NetworkMember,),
}


def _first_ids(service: RecordService, cls: type[r.Record]) -> list[str]:
    items = service.list(cls)
    if cls is r.Product:  # a product the committee is working on shows the most
        items.sort(key=lambda p: not getattr(p, "kbo_target", False))
    return [item.id for item in items[:3]]


def render_screenshots(
    db: Database,
    out_dir: Path,
    tab_key: str | None = None,
    *,
    font_size: int = DEFAULT_FONT_SIZE,
    language: str = "th",
) -> list[Path]:
    """Save a 1280×800 PNG of each tab (or only ``tab_key``) into ``out_dir``,
    in ``language`` (``"th"`` or ``"en"``).

    Raises:
        KboError: ``tab_key`` is not a tab key, or that tab is not installed.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if tab_key is not None and tab_key not in ALL_KEYS:
        raise KboError(
            f"ไม่รู้จักแท็บ {tab_key!r} (มี {', '.join(ALL_KEYS)})",
            f"unknown tab {tab_key!r}; choose one of {', '.join(ALL_KEYS)}",
            record="--tab",
        )
    if font_size not in FONT_SIZES:
        raise KboError(
            f"ขนาดตัวอักษร {font_size} ต้องอยู่ระหว่าง {FONT_SIZES.start} ถึง {FONT_SIZES.stop - 1}",
            f"font size {font_size} must be {FONT_SIZES.start} to {FONT_SIZES.stop - 1}",
            record="--font-size",
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="kbo-shots-") as scratch:
        settings = AppSettings(Path(scratch) / "settings.ini")
        settings.font_size = font_size
        settings.language = language
        app = create_application(["kbo-desktop"], settings)
        window = MainWindow(db, settings)
        window.resize(*SIZE)
        keys = [tab_key] if tab_key else list(window.pages)
        missing = [k for k in keys if k not in window.pages]
        if missing:
            window.deleteLater()
            raise KboError(
                f"แท็บ {missing[0]!r} ยังไม่มีในโปรแกรมรุ่นนี้",
                f"tab {missing[0]!r} is not part of this build",
                record="--tab",
            )
        out_dir.mkdir(parents=True, exist_ok=True)
        window.show()
        service = RecordService(db)
        written: list[Path] = []
        for key in keys:
            page = window.pages[key]
            window.tabs.setCurrentWidget(page)
            _open_first_record(service, page, key)
            for _ in range(3):  # layouts settle over a few passes
                app.processEvents()
            window.resize(*SIZE)
            app.processEvents()
            target = out_dir / f"{key}.png"
            if not window.grab().save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
            written.append(target)
            log.info("wrote %s", target)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return written


def _open_first_record(service: RecordService, page: object, key: str) -> None:
    """Show the first record the tab accepts, trying its natural kinds first."""
    order = list(_PREFERRED.get(key, ())) + [
        c for c in r.RECORD_TYPES if c not in _PREFERRED.get(key, ())
    ]
    for cls in order:
        if cls is r.Photo:
            continue
        for record_id in _first_ids(service, cls):
            if page.show_record(cls.COLLECTION, record_id):  # type: ignore[attr-defined]
                return
