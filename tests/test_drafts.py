"""Drafts: written whole or not at all, read back exactly, unreadable ones set aside."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kbo_desktop.services.drafts import Draft, DraftStore

THAI = "ผลิตภัณฑ์น้ำพริกปลาร้าบองได้รับเลข อย. แล้ว\nบรรทัดที่สอง\t  ช่องว่างท้าย  "


def test_round_trip_keeps_every_character(db) -> None:  # noqa: ANN001
    store = DraftStore(db)
    state = {
        "findingsEdit": THAI,
        "observations": [{"action_id": "a", "progress": 40}],
        "is_new": True,
    }
    store.save(Draft(key="k1", kind="visit", state=state, summary={"producer": "กลุ่มทอผ้า"}))
    loaded = store.load("k1")
    assert loaded is not None
    assert loaded.state == state and loaded.summary == {"producer": "กลุ่มทอผ้า"}
    assert store.folder == db.home / "kbo-drafts"
    assert [p.name for p in store.folder.iterdir()] == ["k1.json"], (
        "no temporary file may be left behind"
    )


def test_newest_first_and_filtered_by_kind(db) -> None:  # noqa: ANN001
    store = DraftStore(db)
    now = datetime.now(UTC)
    store.save(Draft(key="old", kind="visit", state={}, saved_at=now - timedelta(minutes=5)))
    store.save(Draft(key="new", kind="visit", state={}, saved_at=now, explicit=True))
    store.save(Draft(key="other", kind="meeting", state={}))
    assert [d.key for d in store.all("visit")] == ["new", "old"]
    assert store.load("new").explicit is True  # type: ignore[union-attr]
    store.discard("new")
    store.discard("never-there")
    assert [d.key for d in store.all("visit")] == ["old"]


def test_unreadable_draft_is_set_aside_not_fatal(db) -> None:  # noqa: ANN001
    store = DraftStore(db)
    store.save(Draft(key="good", kind="visit", state={"x": 1}))
    (store.folder / "torn.json").write_text('{"key": "torn", "st', encoding="utf-8")
    assert [d.key for d in store.all()] == ["good"]
    assert (store.folder / "torn.unreadable").exists()


def test_a_failed_write_keeps_the_previous_draft(db, monkeypatch) -> None:  # noqa: ANN001
    store = DraftStore(db)
    store.save(Draft(key="k", kind="visit", state={"text": "ก่อน"}))

    def broken_replace(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("kbo_desktop.services.drafts.os.replace", broken_replace)
    with pytest.raises(OSError):
        store.save(Draft(key="k", kind="visit", state={"text": "หลัง"}))
    monkeypatch.undo()
    assert store.load("k").state == {"text": "ก่อน"}  # type: ignore[union-attr]


def test_keys_must_be_plain(db) -> None:  # noqa: ANN001
    with pytest.raises(ValueError):
        DraftStore(db).save(Draft(key="../escape", kind="visit", state={}))
