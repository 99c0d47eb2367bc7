"""Merging converges, and partial bundles (since a time, for an office, one district) import."""

from __future__ import annotations

import copy
import itertools
import shutil
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import format_timestamp
from kbo_desktop.services.demo import build_demo
from kbo_desktop.services.exchange import build_document, export_bundle, import_bundle
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from tests.bundles import read_parts, write_bundle

T0 = datetime(2024, 1, 10, 3, 0, tzinfo=UTC)
PRODUCER = "0b6f3a8e-1a2b-4c3d-8e9f-000000000001"
PRODUCTS = ["0b6f3a8e-1a2b-4c3d-8e9f-000000000002", "0b6f3a8e-1a2b-4c3d-8e9f-000000000003"]
VISIT = "0b6f3a8e-1a2b-4c3d-8e9f-000000000004"


def _records(db: Database) -> dict:
    return build_document(db)["records"]


def _stamp(minutes: int) -> str:
    return format_timestamp(T0 + timedelta(minutes=minutes))


def _base_document() -> dict:
    address = {"tambon": "นาอาน", "amphoe": "เมืองเลย", "province": "เลย", "postcode": "42000"}
    return {
        "format": "kbo-exchange", "version": 1, "exported_at": _stamp(0),
        "source": {"device_id": "base"},
        "records": {
            "producers": [{"id": PRODUCER, "updated_at": _stamp(0), "name": "กลุ่มทอผ้าบ้านนาอาน",
                           "producer_type": "community_group", "address": address}],
            "products": [{"id": pid, "updated_at": _stamp(0), "producer_id": PRODUCER, "name": f"ผ้าทอ {i}",
                          "category": "textile_apparel"} for i, pid in enumerate(PRODUCTS)],
            "visits": [{"id": VISIT, "updated_at": _stamp(0), "producer_id": PRODUCER, "visited_on": "2024-01-09"}],
        },
    }  # fmt: skip


@pytest.fixture(scope="module")
def empty_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated empty database, copied for each fresh database (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    Database(path).close()
    return path


def _fresh(empty_db_file: Path, folder: Path, name: str) -> Database:
    target = folder / f"{name}.db"
    shutil.copy(empty_db_file, target)
    return Database(target)


# An edit: which record, its new updated_at (few choices, so ties happen), a name and a tombstone flag.
_edits = st.lists(
    st.tuples(
        st.sampled_from(["producer", "product0", "product1", "visit"]),
        st.integers(min_value=1, max_value=3),
        st.sampled_from(["ก", "ข", "ค"]),
        st.booleans(),
    ),
    min_size=1,
    max_size=4,
)


def _apply_edits(document: dict, edits: list[tuple[str, int, str, bool]], device: str) -> dict:
    doc = copy.deepcopy(document)
    doc["source"]["device_id"] = device
    targets = {"producer": doc["records"]["producers"][0], "visit": doc["records"]["visits"][0],
               "product0": doc["records"]["products"][0], "product1": doc["records"]["products"][1]}  # fmt: skip
    for target, minutes, text, deleted in edits:
        item = targets[target]
        item["updated_at"] = _stamp(minutes)
        item["deleted"] = deleted
        if target == "visit":
            item["purpose"] = text
        else:
            item["name"] = f"{item['name'].split('/')[0]}/{text}"
    doc["exported_at"] = _stamp(10)
    return doc


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_edits, min_size=2, max_size=3))
def test_the_same_bundles_in_any_order_give_the_same_database(
    tmp_path_factory, empty_db_file, bundle_edits
):
    folder = tmp_path_factory.mktemp("converge")
    base = _base_document()
    manifest = {"format": "kbo-exchange", "version": 1}
    bundles = [
        write_bundle(folder / f"b{i}.kbo", manifest, _apply_edits(base, edits, f"device-{i}"))
        for i, edits in enumerate(bundle_edits)
    ]
    results = []
    for number, order in enumerate(itertools.permutations(bundles)):
        db = _fresh(empty_db_file, folder, f"order{number}")
        for bundle in order:
            import_bundle(db, bundle, backup=False)
        results.append(_records(db))
        db.close()
    assert all(result == results[0] for result in results[1:])


def _two_versions(tmp_path: Path, change: dict, same_stamp: bool = True) -> tuple[Path, Path]:
    base = _base_document()
    one, two = copy.deepcopy(base), copy.deepcopy(base)
    one["records"]["producers"][0]["name"] = "กลุ่มทอผ้า ก"
    two["records"]["producers"][0].update(change)
    for doc in (one, two):
        doc["records"]["producers"][0]["updated_at"] = _stamp(5)
    manifest = {"format": "kbo-exchange", "version": 1}
    return write_bundle(tmp_path / "one.kbo", manifest, one), write_bundle(
        tmp_path / "two.kbo", manifest, two
    )


def test_equal_timestamps_with_different_content_resolve_the_same_either_way(
    tmp_path, empty_db_file
):
    one, two = _two_versions(tmp_path, {"name": "กลุ่มทอผ้า ข"})
    a, b = _fresh(empty_db_file, tmp_path, "a"), _fresh(empty_db_file, tmp_path, "b")
    for db, order in ((a, (one, two)), (b, (two, one))):
        for bundle in order:
            import_bundle(db, bundle, backup=False)
    assert _records(a) == _records(b)


def test_a_tombstone_wins_a_tie(tmp_path, empty_db_file):
    one, two = _two_versions(tmp_path, {"deleted": True})
    for order in ((one, two), (two, one)):
        db = _fresh(empty_db_file, tmp_path, f"tie-{order[0].stem}")
        for bundle in order:
            import_bundle(db, bundle, backup=False)
        assert RecordService(db).list(r.Producer) == []
        assert RecordService(db).list(r.Producer, include_deleted=True)[0].deleted


# --- partial bundles -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def loei(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo province and a full bundle of it (built once: the demo takes a second)."""
    folder = tmp_path_factory.mktemp("loei")
    db = Database(folder / "loei.db")
    build_demo(db, scale=1, today=date(2024, 6, 1))
    bundle = export_bundle(db, folder / "full.kbo").file
    db.close()
    return folder / "loei.db", bundle


def _copy_db(source: Path, folder: Path, name: str) -> Database:
    target = folder / f"{name}.db"
    shutil.copy(source, target)
    shutil.copytree(
        source.with_name(f"{source.stem}-photos"), folder / f"{name}-photos", dirs_exist_ok=True
    )
    return Database(target)


def test_since_export_carries_only_later_changes_and_imports_into_a_database_with_the_rest(
    tmp_path, loei
):
    source_file, full = loei
    office = Database(tmp_path / "office.db")
    import_bundle(office, full, backup=False)
    district = _copy_db(source_file, tmp_path, "district")
    cut = datetime.now(UTC)
    service = RecordService(district)
    product = service.list(r.Product)[0]
    service.save(r.Product(**{**product.__dict__, "name": "ผ้าทอลายใหม่"}))
    visit = service.list(r.Visit)[0]
    service.delete(r.Visit, visit.id)

    partial = export_bundle(district, tmp_path / "since.kbo", since=cut).file
    data = read_parts(partial)[1]["records"]
    assert [p["id"] for p in data["products"]] == [product.id]
    assert visit.id in {v["id"] for v in data["visits"]} and data["producers"] == []
    assert read_parts(partial)[0]["partial"]["since"]

    summary = import_bundle(office, partial, backup=False)
    assert summary.counts["products"].updated == 1 and summary.counts["visits"].deleted == 1
    assert _records(office) == _records(district)


def test_office_exports_send_only_what_changed_since_the_last_one(tmp_path, loei):
    source_file, _ = loei
    district = _copy_db(source_file, tmp_path, "district")
    first = export_bundle(district, tmp_path / "first.kbo", office="สนง.พช.จังหวัดเลย").file
    assert read_parts(first)[1]["records"][
        "producers"
    ]  # the first bundle to an office is everything

    service = RecordService(district)
    producer = service.list(r.Producer)[0]
    service.save(r.Producer(**{**producer.__dict__, "phone": "042-811-111"}))
    second = export_bundle(district, tmp_path / "second.kbo", office="สนง.พช.จังหวัดเลย").file
    records = read_parts(second)[1]["records"]
    assert [p["id"] for p in records["producers"]] == [producer.id]
    assert (
        sum(len(items) for items in records.values()) < 10
    )  # changes, plus the few saved in the margin

    # An import that brings records with old timestamps: the next office bundle must still carry them.
    other = Database(tmp_path / "other.db")
    old = r.NetworkMember(id=str(uuid.uuid4()), name="ปราชญ์ชาวบ้าน ตำบลนาอาน", updated_at=T0)
    RecordService(other).save(old)
    document = build_document(other)
    document["records"]["network_members"][0]["updated_at"] = format_timestamp(T0)
    old_bundle = write_bundle(
        tmp_path / "old.kbo", {"format": "kbo-exchange", "version": 1}, document
    )
    import_bundle(district, old_bundle, backup=False)
    third = export_bundle(district, tmp_path / "third.kbo", office="สนง.พช.จังหวัดเลย").file
    assert old.id in {m["id"] for m in read_parts(third)[1]["records"]["network_members"]}


def test_district_export_holds_one_amphoe_and_what_hangs_off_it(tmp_path, loei):
    source_file, full = loei
    district = _copy_db(source_file, tmp_path, "district")
    bundle = export_bundle(district, tmp_path / "chiang-khan.kbo", amphoe="อ.เชียงคาน").file
    data = read_parts(bundle)[1]["records"]
    producers = {p["id"] for p in data["producers"]}
    assert len(producers) == 3 and all(
        p["address"]["amphoe"] == "เชียงคาน" for p in data["producers"]
    )
    products = {p["id"] for p in data["products"] if p["producer_id"] in producers}
    assert products == {p["id"] for p in data["products"]}
    plans = {p["id"] for p in data["plans"]}
    assert all(
        p["product_id"] in products
        for p in data["plans"] + data["swot_items"] + data["certifications"]
    )
    assert all(a["plan_id"] in plans for a in data["plan_actions"])
    assert all(v["producer_id"] in producers for v in data["visits"])
    assert {
        a["responsible_member_id"] for a in data["plan_actions"] if a.get("responsible_member_id")
    } == {m["id"] for m in data["network_members"]}
    assert len(data["meetings"]) == 1 and set(data["meetings"][0]["product_ids"]) & products

    # It imports into a database that has the rest (the meeting lists other districts' products) ...
    office = Database(tmp_path / "office.db")
    import_bundle(office, full, backup=False)
    assert import_bundle(office, bundle, backup=False).counts["producers"].unchanged == 3
    # ... and is refused, naming the missing record, by one that has not.
    from kbo_desktop.domain.errors import BundleError

    with pytest.raises(BundleError, match="neither in the bundle nor in the database"):
        import_bundle(Database(tmp_path / "empty.db"), bundle, backup=False)


def test_a_district_with_no_producers_is_refused(tmp_path, loei):
    from kbo_desktop.domain.errors import ValidationError

    district = _copy_db(loei[0], tmp_path, "district")
    with pytest.raises(ValidationError, match="no producer"):
        export_bundle(district, tmp_path / "none.kbo", amphoe="เมืองขอนแก่น")
    assert not (tmp_path / "none.kbo").exists()


def test_merging_in_small_batches_gives_what_merging_at_once_gives(tmp_path, loei, empty_db_file, monkeypatch):
    from kbo_desktop.services import bundle_reader

    _, full = loei
    manifest, data, photos = read_parts(full)
    later = copy.deepcopy(data)
    later["source"]["device_id"] = "district-laptop"
    records = later["records"]
    for number, item in enumerate(records["swot_items"][::3] + records["visits"][::4] + records["products"][::5]):
        item["updated_at"] = _stamp(10**6 + number)  # newer: wins
        if number % 4 == 0:
            item["deleted"] = True
        elif "text" in item:
            item["text"] += " (ปรับปรุง)"
    for item in records["plans"][::2]:
        item["updated_at"] = _stamp(-(10**6))  # older: loses
        item["title"] = "แผนฉบับเก่า"
    changed = write_bundle(tmp_path / "later.kbo", manifest, later, photos)

    results = []
    for size in (7, 1000):
        monkeypatch.setattr(bundle_reader, "BATCH", size)
        db = _fresh(empty_db_file, tmp_path, f"batch-{size}")
        import_bundle(db, full, backup=False)
        summary = import_bundle(db, changed, backup=False)
        results.append((_records(db), {k: vars(v) for k, v in summary.counts.items()}))
        db.close()
    assert results[0] == results[1]
    assert results[0][1]["plans"]["unchanged"] == len(records["plans"])
    assert results[0][1]["swot_items"]["deleted"] > 0 and results[0][1]["swot_items"]["updated"] > 0
