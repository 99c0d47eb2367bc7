"""Bundles: export, import into an empty database, merge rules, and refusal of bad input."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from kbo_desktop.cli import main
from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import format_timestamp
from kbo_desktop.services.exchange import build_document, export_bundle, import_bundle
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from tests.bundles import read_parts, write_bundle
from tests.conftest import SHARED
from tests.factories import small_province


@pytest.fixture
def exported(db, tmp_path) -> Path:
    small_province(db, tmp_path)
    RecordService(db).delete(r.Certification, RecordService(db).list(r.Certification)[0].id)  # a tombstone too
    return export_bundle(db, tmp_path / "loei.kbo").file


def _records(db: Database) -> dict:
    return build_document(db)["records"]


def test_export_follows_the_shared_schema(exported):
    schema = json.loads((SHARED / "contracts" / "kbo-exchange-v1.schema.json").read_text("utf-8"))
    manifest, data, photos = read_parts(exported)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    assert manifest["format"] == "kbo-exchange" and manifest["version"] == 1
    photo = data["records"]["photos"][0]
    assert f"photos/{photo['sha256']}.{photo['ext']}" in photos


def test_shipped_schema_is_the_shared_contract():
    from kbo_desktop.services.bundle_reader import contract_schema

    shared = json.loads((SHARED / "contracts" / "kbo-exchange-v1.schema.json").read_text("utf-8"))
    assert contract_schema() == shared


def test_export_then_import_into_an_empty_database_gives_back_every_record(db, exported, tmp_path):
    fresh = Database(tmp_path / "office.db")
    summary = import_bundle(fresh, exported)
    assert summary.counts["producers"].added == 1
    assert _records(fresh) == _records(db)
    again = export_bundle(fresh, tmp_path / "again.kbo").file
    assert read_parts(again)[1]["records"] == read_parts(exported)[1]["records"]
    photo = RecordService(fresh).list(r.Photo)[0]
    assert (fresh.photos_dir / photo.file_name).read_bytes() == (db.photos_dir / photo.file_name).read_bytes()


def _bump(item: dict, seconds: int) -> None:
    stamp = datetime.fromisoformat(item["updated_at"].replace("Z", "+00:00")) + timedelta(seconds=seconds)
    item["updated_at"] = format_timestamp(stamp)


def test_newer_incoming_version_replaces_older_is_ignored_and_tombstones_delete(db, exported, tmp_path):
    manifest, data, photos = read_parts(exported)
    newer, older, gone = copy.deepcopy(data), copy.deepcopy(data), copy.deepcopy(data)
    newer["records"]["producers"][0]["name"] = "ชื่อใหม่จากอำเภอ"
    _bump(newer["records"]["producers"][0], 60)
    older["records"]["products"][0]["name"] = "ชื่อเก่า"
    _bump(older["records"]["products"][0], -60)
    gone["records"]["visits"][0]["deleted"] = True
    _bump(gone["records"]["visits"][0], 60)

    for name, doc in (("newer", newer), ("older", older), ("gone", gone)):
        import_bundle(db, write_bundle(tmp_path / f"{name}.kbo", manifest, doc, photos))

    service = RecordService(db)
    assert service.list(r.Producer)[0].name == "ชื่อใหม่จากอำเภอ"
    assert service.list(r.Product)[0].name == "ผ้าฝ้ายทอมือย้อมคราม"
    assert service.list(r.Visit) == []
    assert len(service.list(r.Visit, include_deleted=True)) == 1


def test_unknown_properties_from_a_newer_writer_survive_a_round_trip(db, exported, tmp_path):
    manifest, data, photos = read_parts(exported)
    data["records"]["producers"][0]["line_id"] = "@naan-weaving"
    data["records"]["producers"][0]["address"]["moo_ban_code"] = "420101"  # nested unknowns are ignored
    fresh = Database(tmp_path / "fresh.db")
    import_bundle(fresh, write_bundle(tmp_path / "newer.kbo", manifest, data, photos))
    out = read_parts(export_bundle(fresh, tmp_path / "out.kbo").file)[1]
    assert out["records"]["producers"][0]["line_id"] == "@naan-weaving"


# --- bad bundles: exit status 2, one line naming the file and record, database untouched ---


def _broken(kind: str, exported: Path, tmp_path: Path) -> Path:
    manifest, data, photos = read_parts(exported)
    target = tmp_path / f"{kind}.kbo"
    if kind == "not_a_zip":
        target.write_text("นี่ไม่ใช่ไฟล์ zip", encoding="utf-8")
        return target
    if kind == "truncated":
        raw = exported.read_bytes()
        target.write_bytes(raw[: len(raw) // 2])
        return target
    if kind == "broken_json":
        return write_bundle(target, manifest, '{"format": "kbo-exchange", "version": 1, "records": {', photos)
    if kind == "schema_violation":
        data["records"]["products"][0]["star_rating"] = 9
    elif kind == "unknown_version":
        data["version"] = 2
        manifest["version"] = 2
    elif kind == "dangling_producer":
        data["records"]["products"].append(
            {**data["records"]["products"][0], "id": str(uuid.uuid4()), "producer_id": str(uuid.uuid4())}
        )
    elif kind == "photo_hash_mismatch":
        name = next(iter(photos))
        photos[name] = photos[name] + b"tampered"
    elif kind == "zip_slip":
        photos["../../evil.png"] = b"x"
    else:  # pragma: no cover
        raise AssertionError(kind)
    return write_bundle(target, manifest, data, photos)


BAD_KINDS = {
    "not_a_zip": "not a .kbo bundle",
    "truncated": "not a .kbo bundle",
    "broken_json": "data.json is not valid JSON",
    "schema_violation": "products[0]",
    "unknown_version": "unknown bundle version",
    "dangling_producer": "neither in the bundle nor in the database",
    "photo_hash_mismatch": "do not match the sha256",
    "zip_slip": "outside the bundle",
}


@pytest.mark.parametrize("kind", sorted(BAD_KINDS))
def test_bad_bundle_is_refused_with_exit_status_2_and_the_database_untouched(kind, db, exported, tmp_path, capsys):
    before = _records(db)
    photos_before = sorted(p.name for p in db.photos_dir.iterdir())
    bad = _broken(kind, exported, tmp_path)

    status = main(["import", str(bad), "--db", str(db.file)])

    err = capsys.readouterr().err.strip()
    assert status == 2
    assert len(err.splitlines()) == 1
    assert bad.name in err and BAD_KINDS[kind] in err
    assert _records(db) == before
    assert sorted(p.name for p in db.photos_dir.iterdir()) == photos_before


def test_schema_violation_names_the_record_and_field(db, exported, tmp_path, capsys):
    bad = _broken("schema_violation", exported, tmp_path)
    main(["--db", str(db.file), "import", str(bad)])
    err = capsys.readouterr().err
    product_id = read_parts(exported)[1]["records"]["products"][0]["id"]
    assert product_id in err and "star_rating" in err


def test_export_and_import_on_the_command_line(db, exported, tmp_path, capsys):
    target = tmp_path / "cli.kbo"
    assert main(["export", str(target), "--db", str(db.file)]) == 0
    assert main(["import", str(target), "--db", str(tmp_path / "new.db")]) == 0
    out = capsys.readouterr().out
    assert "producers: 1 added" in out


def test_updated_at_is_kept_from_the_sender(db, exported, tmp_path):
    fresh = Database(tmp_path / "fresh.db")
    import_bundle(fresh, exported)
    sent = read_parts(exported)[1]["records"]["producers"][0]["updated_at"]
    stored = RecordService(fresh).list(r.Producer)[0].updated_at
    assert format_timestamp(stored) == sent
    assert stored < datetime.now(UTC)


def test_export_of_one_district_on_the_command_line_carries_only_its_producers(tmp_path, capsys):
    from kbo_desktop.services.demo import build_demo

    source = Database(tmp_path / "province.db")
    build_demo(source, today=datetime(2026, 11, 21).date())
    target = tmp_path / "chiang-khan.kbo"
    assert main(["export", str(target), "--amphoe", "เชียงคาน", "--db", str(source.file)]) == 0
    producers = read_parts(target)[1]["records"]["producers"]
    assert producers and {p["address"]["amphoe"] for p in producers} == {"เชียงคาน"}
    assert main(["export", str(tmp_path / "x.kbo"), "--since", "yesterday", "--db", str(source.file)]) == 2
