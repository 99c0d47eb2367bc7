"""Where the Sarabun font files are: shipped by ``fontpkg-sarabun``, never the system's."""

from __future__ import annotations

from pathlib import Path

import fontpkg_sarabun

FAMILY = fontpkg_sarabun.FAMILY
_FILES = fontpkg_sarabun.ROOT / "files"


def sarabun(style: str = "Regular") -> Path:
    """Path of one Sarabun face, e.g. ``"Regular"``, ``"Bold"``, ``"Italic"``."""
    path = _FILES / f"Sarabun-{style}.ttf"
    if not path.is_file():
        raise FileNotFoundError(f"Sarabun face {style!r} is not in {_FILES}")
    return path


def all_faces() -> list[Path]:
    return sorted(_FILES.glob("Sarabun-*.ttf"))
