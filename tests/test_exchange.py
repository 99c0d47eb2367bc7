"""Bundles: export, import into an empty database, merge rules, and refusal of bad input."""

from __future__ import annotations

import copy
import hashlib
import io
import itertools
import json
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbo_desktop.cli import main
from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import format_timestamp
from kbo_desktop.domain.errors import BundleError
from kbo_desktop.services import bundle_json as bj
from kbo_desktop.services.bundle_json import DocumentReader, JsonSyntaxError
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


# --- large bundles: read twice in a stream, checked record by record, merged in batches ---


def _reassembled(text: str, chunk: int) -> dict:
    """What DocumentReader reads from ``text``, put back together as json.loads would give it."""
    out: dict = {}
    with DocumentReader(io.BytesIO(text.encode("utf-8")), chunk=chunk) as reader:
        for event in reader.events():
            if event[0] == bj.HEADER:
                out[event[1]] = event[2]
            elif event[0] == bj.RECORDS_START:
                out["records"] = {}
            elif event[0] == bj.COLLECTION_START:
                out["records"][event[1]] = []
            elif event[0] == bj.ITEM:
                out["records"][event[1]].append(event[3])
            elif event[0] == bj.COLLECTION_VALUE:
                out["records"][event[1]] = event[2]
            else:
                out = event[-1]
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_streaming_reader_reads_what_json_reads_and_reports_the_same_errors(exported, data):
    document = read_parts(exported)[1]
    indent = data.draw(st.sampled_from([None, 0, 1, 2]))
    text = json.dumps(document, ensure_ascii=data.draw(st.booleans()), indent=indent)
    chunk = data.draw(st.integers(1, 64))  # tiny pieces: values and tokens cut at every place
    assert _reassembled(text, chunk) == json.loads(text)

    position = data.draw(st.integers(0, len(text) - 1))
    broken = data.draw(st.sampled_from([
        text[:position],
        text[:position] + data.draw(st.sampled_from(list('{}[],:"x0 \\'))) + text[position + 1 :],
        text[:position] + text[position + 1 :],
    ]))  # fmt: skip
    try:
        expected = json.loads(broken)
    except json.JSONDecodeError as error:
        with pytest.raises(JsonSyntaxError) as caught:
            _reassembled(broken, chunk)
        assert (caught.value.lineno, caught.value.colno) == (error.lineno, error.colno)
        assert caught.value.msg == error.msg or error.msg.startswith("Illegal trailing comma")
    else:
        if isinstance(expected, dict) and isinstance(expected.get("records"), dict):
            assert _reassembled(broken, chunk) == expected


_MUTANTS = [None, 1, -1, 1.5, 3.0, True, "", "x", [], {}, ["x"], [1], "2024-02-30", "31/02/2566",
            "0B6F3A8E-1A2B-4C3D-8E9F-000000000001", "0b6f3a8e1a2b4c3d8e9f000000000001", float("nan"),
            "food", "A", 2600, 101, {"postcode": "4200"}, {"lat": 95}]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_quick_record_check_never_passes_what_jsonschema_refuses(exported, data):
    from kbo_desktop.services.bundle_reader import _checker

    records = read_parts(exported)[1]["records"]
    collection = data.draw(st.sampled_from(sorted(name for name, items in records.items() if items)))
    item = copy.deepcopy(data.draw(st.sampled_from(records[collection])))
    checker = _checker()
    assert checker.fast(collection)(item)
    for _ in range(data.draw(st.integers(1, 3))):
        key = data.draw(st.sampled_from(sorted(item) + ["name", "address", "extra_field"]))
        if data.draw(st.booleans()) and key in item and key != "id":
            del item[key]
        else:
            item[key] = copy.deepcopy(data.draw(st.sampled_from(_MUTANTS)))
    if checker.fast(collection)(item):
        assert checker.record_error(collection, item) is None


def test_collections_in_any_order_import_and_give_the_same_records(db, exported, tmp_path):
    manifest, data, photos = read_parts(exported)
    data["records"] = dict(reversed(list(data["records"].items())))  # photos first, producers last
    backwards = write_bundle(tmp_path / "backwards.kbo", manifest, data, photos)
    fresh = Database(tmp_path / "fresh.db")
    import_bundle(fresh, backwards, backup=False)
    assert _records(fresh) == _records(db)


def test_a_collection_given_twice_is_refused(db, exported, tmp_path, capsys):
    manifest, data, photos = read_parts(exported)
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace('"records": {', '"records": {"visits": [], ', 1)
    twice = write_bundle(tmp_path / "twice.kbo", manifest, text, photos)
    assert main(["import", str(twice), "--db", str(tmp_path / "new.db")]) == 2
    assert "visits appears twice" in capsys.readouterr().err


def test_progress_counts_every_record_twice_and_cancelling_leaves_nothing(db, exported, tmp_path):
    total = sum(read_parts(exported)[0]["counts"].values())
    seen: list[tuple[int, int]] = []
    fresh = Database(tmp_path / "fresh.db")
    import_bundle(fresh, exported, backup=False, progress=lambda done, of: seen.append((done, of)))
    assert seen[-1] == (2 * total, 2 * total)
    assert all(a <= b for (a, _), (b, _) in itertools.pairwise(seen))

    class Cancelled(Exception):
        pass

    def cancel_when(limit: int):  # noqa: ANN202
        def progress(done: int, _total: int) -> None:
            if done >= limit:
                raise Cancelled

        return progress

    for limit in (1, total + 1):  # while checking, and while merging
        other = Database(tmp_path / f"cancel-{limit}.db")
        with pytest.raises(Cancelled):
            import_bundle(other, exported, backup=False, progress=cancel_when(limit))
        assert all(not items for items in _records(other).values())


def test_a_bundle_that_changes_between_the_check_and_the_merge_is_refused(db, exported, tmp_path, monkeypatch):
    from kbo_desktop.services import bundle_reader

    scan = bundle_reader.Bundle.scan

    def scan_then_change(self, *args, **kwargs):  # noqa: ANN001, ANN202
        result = scan(self, *args, **kwargs)
        result.digest = "0" * 64  # as if other bytes were read the second time
        return result

    monkeypatch.setattr(bundle_reader.Bundle, "scan", scan_then_change)
    fresh = Database(tmp_path / "fresh.db")
    with pytest.raises(BundleError, match="changed while it was being imported"):
        import_bundle(fresh, exported, backup=False)
    assert all(not items for items in _records(fresh).values())


def test_importing_the_same_bundle_again_changes_nothing(db, exported):
    summary = import_bundle(db, exported, backup=False)
    assert all(c.added == c.updated == c.deleted == 0 for c in summary.counts.values())
    assert sum(c.unchanged for c in summary.counts.values()) == sum(read_parts(exported)[0]["counts"].values())
    assert summary.conflicts == 0


def test_the_streamed_export_is_the_document_and_its_checksum(db, exported):
    manifest, data, _photos = read_parts(exported)
    with zipfile.ZipFile(exported) as archive:
        raw = archive.read("data.json")
    assert hashlib.sha256(raw).hexdigest() == manifest["data_sha256"]
    assert data["records"] == _records(db)
    assert manifest["counts"] == {name: len(items) for name, items in data["records"].items()}


def test_records_saved_during_an_export_do_not_half_appear_in_it(db, exported, tmp_path):
    service = RecordService(db)
    producer = service.list(r.Producer)[0]
    added: list[r.Record] = []

    def save_meanwhile(_done: int, _total: int) -> None:
        if not added:  # after the first collection: a new product and a point of its analysis
            product = service.save(r.Product(producer_id=producer.id, name="ผลิตภัณฑ์ใหม่ระหว่างส่งออก", category="food"))
            added.append(product)
            added.append(service.save(r.SwotItem(product_id=product.id, kind="strength", text="รสชาติดี")))

    bundle = export_bundle(db, tmp_path / "during.kbo", progress=save_meanwhile).file
    data = read_parts(bundle)[1]["records"]
    assert added and not {item.id for item in added} & {i["id"] for items in data.values() for i in items}
    import_bundle(Database(tmp_path / "fresh.db"), bundle, backup=False)  # whole: nothing dangles
