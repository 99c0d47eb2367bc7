"""The window's preferences in one typed place, with defaults.

Stored with QSettings in INI format at an explicit path under the platformdirs
config folder, so a test that points ``XDG_CONFIG_HOME`` somewhere fresh
gets fresh settings (the native QSettings location ignores that on some
platforms). Tests may also pass their own ``path``.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from kbo_desktop import APP_AUTHOR, APP_NAME

LANGUAGES = ("th", "en")
DEFAULT_FONT_SIZE = 11
FONT_SIZES = range(9, 21)


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "settings.ini"


class AppSettings:
    """Typed access to the stored preferences and window state.

    Args:
        path: the INI file; the user's config folder by default.
    """

    def __init__(self, path: Path | None = None):
        self.path = path or default_settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- preferences -----------------------------------------------------------
    @property
    def language(self) -> str:
        """UI language, ``"th"`` (default) or ``"en"``; takes effect on restart."""
        value = str(self._qs.value("ui/language", "th"))
        return value if value in LANGUAGES else "th"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qs.setValue("ui/language", value)

    @property
    def font_size(self) -> int:
        """Application font size in points; Sarabun reads well from 11 up."""
        try:
            value = int(self._qs.value("ui/font_size", DEFAULT_FONT_SIZE))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_FONT_SIZE
        return value if value in FONT_SIZES else DEFAULT_FONT_SIZE

    @font_size.setter
    def font_size(self, value: int) -> None:
        if value not in FONT_SIZES:
            raise ValueError(f"font size {value} out of range")
        self._qs.setValue("ui/font_size", int(value))

    # -- window state -------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def current_tab(self) -> str:
        """KEY of the tab shown last; empty for the first tab."""
        return str(self._qs.value("window/current_tab", ""))

    @current_tab.setter
    def current_tab(self, key: str) -> None:
        self._qs.setValue("window/current_tab", key)

    @property
    def last_folder(self) -> str:
        """Folder of the last import/export, where file dialogs start."""
        return str(self._qs.value("files/last_folder", str(Path.home())))

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._qs.setValue("files/last_folder", folder)

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes lazily)."""
        self._qs.sync()
