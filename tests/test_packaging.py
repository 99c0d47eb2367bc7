"""The installed program must contain every module and resource: the package list is kept by hand."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_python_package_of_the_program_is_declared_for_installation():
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "kbo_desktop").rglob("__init__.py")
    }
    assert found - _declared() == set()


def test_every_declared_package_exists():
    mapping = {"kbo_desktop.resources": ROOT / "resources", "kbo_desktop.forms": ROOT / "forms"}
    for name in _declared():
        folder = mapping.get(name, ROOT.joinpath(*name.split(".")))
        assert (folder / "__init__.py").is_file(), name
