"""Helpers for writing .kbo bundles by hand, good or deliberately broken."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any


def read_parts(bundle: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
        photos = {n: archive.read(n) for n in archive.namelist() if n.startswith("photos/")}
    return manifest, data, photos


def write_bundle(
    target: Path,
    manifest: dict[str, Any],
    data: dict[str, Any] | str | bytes,
    photos: dict[str, bytes] | None = None,
) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        if isinstance(data, dict):
            data = json.dumps(data, ensure_ascii=False)
        archive.writestr("data.json", data)
        for name, content in (photos or {}).items():
            archive.writestr(name, content)
    return target
