"""Starting the window: the Qt application, its font, look, language and crash handling.

Everything a window needs before it opens lives here, so that the CLI, the
screenshots command and the tests build exactly the same application:
Sarabun registered from ``fontpkg-sarabun`` (never a system font), the Fusion
style with a little extra room for stacked Thai marks, the translations for
the chosen language, and an exception hook that turns a programming error
into a crash dialog plus a log file instead of a silent exit.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from kbo_desktop import APP_AUTHOR, APP_NAME, __version__, fonts
from kbo_desktop.domain.errors import KboError
from kbo_desktop.ui.settings import AppSettings
from kbo_desktop.ui.widgets.thai_style import ThaiProxyStyle

if TYPE_CHECKING:
    from kbo_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANIZATION = "KBO"
_HEADLESS_PLATFORMS = ("offscreen", "minimal")
TRANSLATIONS_PACKAGE = "kbo_desktop.resources"


# The faces the window uses (QFont's bold and italic); the other twelve weights
# would cost start-up time for nothing.
UI_FACES = ("Regular", "Bold", "Italic", "BoldItalic")


def register_fonts() -> str:
    """Register Sarabun's UI faces with Qt; returns the family name Qt uses."""
    family = fonts.FAMILY
    for face in map(fonts.sarabun, UI_FACES):
        font_id = QFontDatabase.addApplicationFont(str(face))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the font file {face}")
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def lrelease_tool() -> Path | None:
    """The lrelease tool shipped inside PySide6 (present in the wheels we depend on)."""
    import PySide6

    for candidate in (
        Path(PySide6.__file__).parent / "lrelease",
        Path(PySide6.__file__).parent / "lrelease.exe",
    ):
        if candidate.is_file():
            return candidate
    return None


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` for ``resources/translations/kbo_<language>.ts``.

    The ``.qm`` shipped beside the ``.ts`` (``tools/update_translations.py``
    compiles it, and its ``--check`` in the tests fails while it is stale).
    Without one, the ``.ts`` is compiled once with PySide6's lrelease into the
    user cache folder, under a name made of the ``.ts``'s size and time.
    Opening the shipped file needs neither platformdirs nor importlib.resources,
    a few milliseconds of every start-up before the window paints (issue #8).
    """
    import kbo_desktop.resources  # a plain folder in both editable and regular installs

    folder = Path(kbo_desktop.resources.__file__).parent / "translations"
    shipped = folder / f"kbo_{language}.qm"
    if shipped.is_file():
        return shipped
    ts_file = folder / f"kbo_{language}.ts"
    try:
        stat = ts_file.stat()
    except OSError:
        return None
    import platformdirs

    cache = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "translations"
    target = cache / f"kbo_{language}-{stat.st_size}-{stat.st_mtime_ns}.qm"
    if target.is_file():
        return target
    tool = lrelease_tool()
    if tool is None:
        log.warning("lrelease not found; the window stays in the source language (Thai)")
        return None
    cache.mkdir(parents=True, exist_ok=True)
    source = target.with_suffix(".ts")
    source.write_bytes(ts_file.read_bytes())
    import subprocess

    result = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    source.unlink(missing_ok=True)
    if result.returncode != 0 or not target.is_file():
        log.warning("lrelease failed for %s: %s", language, result.stderr.strip())
        return None
    return target


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Install our strings for ``language`` and Qt's own where Qt ships them.

    Source strings are Thai. ``kbo_en.ts`` turns them into English;
    ``kbo_th.ts`` holds Thai for Qt's built-in texts (dialog buttons, context
    menus), for which Qt ships no Thai catalogue. Translators installed by an
    earlier call are removed first, so the language can be switched (only
    widgets built afterwards show it, hence the restart Preferences ask for).
    """
    for old in getattr(app, "_kbo_translators", ()):
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand) if language == "th"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))  # fmt: skip
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates: list[tuple[str, str]] = [(f"qtbase_{language}", qt_dir)]
    ours = compiled_translation(language)
    if ours is not None:
        candidates.append((ours.name, str(ours.parent)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    app._kbo_translators = installed  # type: ignore[attr-defined]
    app._kbo_language = language  # type: ignore[attr-defined]
    return installed


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Show a crash dialog and write the log for a programming error.

    A ``KboError`` that escaped a handler is still the user's problem, not a
    bug: it gets a plain message box and no crash log.
    """
    import traceback

    from PySide6.QtWidgets import QMessageBox

    from kbo_desktop.ui.widgets.language import message_of

    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, KboError) and QApplication.platformName() not in _HEADLESS_PLATFORMS:
        QMessageBox.warning(None, QCoreApplication.translate("app", "KBO Desktop"), message_of(exc))
        return
    import platformdirs

    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log_dir = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    log_file = log_dir / "crash.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as stream:
            stream.write(f"--- kbo-desktop {__version__}\n{text}\n")
    except OSError:
        log.exception("could not write the crash log")
    log.error("unhandled exception:\n%s", text)
    app = QApplication.instance()
    if app is None or QApplication.platformName() in _HEADLESS_PLATFORMS:
        sys.__excepthook__(exc_type, exc, tb)  # nobody could click a dialog away
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("app", "โปรแกรมขัดข้อง"),
                      QCoreApplication.translate("app", "เกิดข้อผิดพลาดในโปรแกรม งานที่บันทึกแล้วไม่สูญหาย\n"
                                                 "กรุณาส่งแฟ้มบันทึกนี้ให้ผู้ดูแล:\n%1").replace("%1", str(log_file)))  # fmt: skip
    box.setDetailedText(text)
    box.exec()


def create_application(argv: list[str], settings: AppSettings | None = None) -> QApplication:
    """The QApplication every window runs in (reused if one exists, as in tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    settings = settings or AppSettings()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "KBO Desktop"))
    app.setApplicationVersion(__version__)
    if not getattr(app, "_kbo_ready", False):
        family = register_fonts()
        fusion = QStyleFactory.create("Fusion")
        app.setStyle(ThaiProxyStyle(fusion))
        app.setProperty("kbo_font_family", family)
        sys.excepthook = _excepthook
        app._kbo_ready = True  # type: ignore[attr-defined]
    if getattr(app, "_kbo_language", None) != settings.language:
        for translator in install_translations(app, settings.language):
            log.debug("installed translator %s", translator.filePath())
    apply_font_size(app, settings.font_size)
    return app


def apply_font_size(app: QApplication, points: int) -> None:
    """Use Sarabun at ``points`` for the whole application (Preferences change it live)."""
    family = str(app.property("kbo_font_family") or fonts.FAMILY)
    font = QFont(family, points)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)


def open_window(db_path_or_none: str | None) -> MainWindow:
    """Show the main window at once and open the database right after it paints.

    The shell needs only Qt, so it paints about as fast as a bare window; the
    database (SQLAlchemy, migrations, the daily backup) and the first tab
    follow on the next turn of the event loop, after the first paint. A
    database that cannot be opened is explained in a message box and the
    event loop ends with status 2.
    """
    from kbo_desktop.ui.main_window import MainWindow

    window = MainWindow()
    _AfterFirstPaint(window, lambda: _attach_database(window, db_path_or_none))
    window.show()
    return window


class _AfterFirstPaint(QObject):
    """Runs a step once the window has painted (or after a short wait, should a
    platform never paint a window that is, say, minimised)."""

    FALLBACK_MS = 400

    def __init__(self, window: QWidget, step: Callable[[], None]):
        super().__init__(window)
        self._step: Callable[[], None] | None = step
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._step is not None:
            QTimer.singleShot(0, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        step, self._step = self._step, None
        if step is not None:
            self.parent().removeEventFilter(self)
            step()


def _attach_database(window: MainWindow, db_path_or_none: str | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kbo_desktop.services.backup import backup_on_start
    from kbo_desktop.store.database import Database
    from kbo_desktop.ui.widgets.language import message_of

    try:
        db = Database(db_path_or_none)
    except KboError as exc:
        QMessageBox.critical(
            window, QCoreApplication.translate("app", "เปิดฐานข้อมูลไม่ได้"), message_of(exc)
        )
        QCoreApplication.exit(2)
        return
    try:
        backup_on_start(db)  # at most one a day; a few ms for a district's data
    except (KboError, OSError) as exc:
        log.warning("automatic backup on start failed: %s", exc)
    window.attach_database(db)
    # What start-up built lives as long as the window: keep it out of the
    # garbage collector's full passes, which otherwise pause typing now and then.
    gc.freeze()


def run_window(db_path_or_none: str | None) -> int:
    """Open the main window on the database; returns the exit status."""
    app = create_application(sys.argv[:1])
    window = open_window(db_path_or_none)
    try:
        return app.exec()
    finally:
        if window.db is not None:
            window.db.close()
