"""Shared fixtures: a fresh database and fresh app folders for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data and settings folders."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:  # noqa: F821
    from kbo_desktop.store.database import Database

    database = Database(tmp_path / "kbo.db")
    yield database
    database.close()


@pytest.fixture
def records(db):  # noqa: ANN001, ANN201
    from kbo_desktop.services.records import RecordService

    return RecordService(db)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question the program asks, in order; unsaved edits are answered
    Discard and anything else (a delete) Yes."""
    from tests.ui_helpers import answer_questions, discard_or_yes

    return answer_questions(monkeypatch, discard_or_yes)
