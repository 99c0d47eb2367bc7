"""The import preview must say exactly what the import then does, reading a batch at a time."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import event

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import BundleError
from kbo_desktop.services.conflicts import INCOMING, LOCAL, list_conflicts
from kbo_desktop.services.exchange import export_bundle, import_bundle
from kbo_desktop.services.exchange_summary import (
    ADDED,
    DELETED,
    UPDATED,
    BundlePreview,
    describe_bundle,
)
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from tests.bundles import read_parts, write_bundle
from tests.factories import small_province

FOUR = ("added", "updated", "deleted", "unchanged")


def _producer(service: RecordService, name: str, tambon: str = "นาอาน") -> r.Producer:
    address = r.Address(tambon=tambon, amphoe="เมืองเลย", province="เลย", postcode="42000")
    return service.save(r.Producer(name=name, address=address))  # type: ignore[return-value]


def _edit(service: RecordService, record: r.Record, **changes: object) -> r.Record:
    return service.save(dataclasses.replace(service.get(type(record), record.id), **changes))


@pytest.fixture
def exchange(db: Database, tmp_path: Path) -> tuple[Database, Path, dict[str, r.Record]]:
    """The office (``db``) and a bundle from a district laptop it exchanged with before.

    Since then the district added producers (one deleted again), changed
    and deleted records, and both sides changed two of the same records.
    """
    district = Database(tmp_path / "district" / "kbo.db")
    made = small_province(district, tmp_path)
    theirs, ours = RecordService(district), RecordService(db)
    weavers = _producer(theirs, "กลุ่มจักสานบ้านนาโป่ง", "นาโป่ง")
    basket = theirs.save(r.Product(producer_id=weavers.id, name="กระติ๊บข้าวเหนียว"))
    for number in range(12):  # more than one small batch of producers
        _producer(theirs, f"กลุ่มแม่บ้านเกษตรกร {number + 1}")
    import_bundle(db, export_bundle(district, tmp_path / "base.kbo").file)

    _edit(ours, made["producer"], name="กลุ่มทอผ้าฝ้ายนาอาน (แก้ที่จังหวัด)")
    _edit(theirs, made["producer"], phone="089-999-0000")  # later: the district's version wins
    _edit(theirs, made["product"], price_thb=500.0)
    _edit(ours, made["product"], price_thb=520.0)  # later: the office keeps its own
    _edit(theirs, basket, price_thb=120.0)  # only the district: an update, no conflict
    theirs.delete(r.Visit, made["visit"].id)
    added = _producer(theirs, "วิสาหกิจชุมชนข้าวกล้องบ้านกุดป่อง", "กุดป่อง")
    theirs.save(r.Product(producer_id=added.id, name="ข้าวกล้องงอก"))
    gone = _producer(theirs, "กลุ่มที่เลิกไปแล้ว")
    theirs.delete(r.Producer, gone.id)
    bundle = export_bundle(district, tmp_path / "district.kbo").file
    district.close()
    made.update(weavers=weavers, basket=basket, added=added, gone=gone)
    return db, bundle, made


def _counts(preview_or_summary: object) -> dict[str, tuple[int, ...]]:
    counts = getattr(preview_or_summary, "summary", preview_or_summary).counts  # type: ignore[attr-defined]
    return {name: tuple(getattr(c, k) for k in FOUR) for name, c in counts.items()}


def _rows(preview: BundlePreview) -> dict[str, tuple[str, str, str, tuple[str, ...]]]:
    return {c.record_id: (c.name, c.context, c.outcome, c.fields) for c in preview.changes}


def test_the_preview_agrees_with_what_the_import_then_does(exchange) -> None:  # noqa: ANN001
    db, bundle, made = exchange

    preview = describe_bundle(db, bundle)
    summary = import_bundle(db, bundle)

    assert _counts(preview) == _counts(summary)
    assert preview.summary.conflicts == summary.conflicts == len(list_conflicts(db)) == 2
    assert sum(preview.summary.counts[k].added for k in preview.summary.counts) == 3
    changed = sum(c.added + c.updated + c.deleted for c in summary.counts.values())
    assert len(preview.changes) == changed  # every changed record listed, nothing else
    rows = _rows(preview)
    producer = made["producer"]
    assert rows[producer.id] == (producer.name, "ต.นาอาน อ.เมืองเลย", UPDATED, ("name", "phone"))
    assert rows[made["visit"].id][2] == DELETED and "ติดตามความคืบหน้า" in rows[made["visit"].id][0]
    # An update of a product whose producer stays as it is names the producer from the database.
    assert rows[made["basket"].id] == ("กระติ๊บข้าวเหนียว", "กลุ่มจักสานบ้านนาโป่ง", UPDATED, ("price_thb",))
    assert rows[made["added"].id][2] == ADDED
    tombstones = [c.record_id for c in preview.changes if c.tombstone]
    assert tombstones == [made["gone"].id]
    conflicts = {c.record_id: (c.name, c.context, c.outcome) for c in preview.conflicts}
    assert conflicts == {
        producer.id: (producer.name, "ต.นาอาน อ.เมืองเลย", INCOMING),
        made["product"].id: (made["product"].name, producer.name, LOCAL),
    }
    assert {c.record_id for c in list_conflicts(db)} == set(conflicts)


def test_small_batches_describe_the_same_bundle_the_same_way(exchange) -> None:  # noqa: ANN001
    db, bundle, _made = exchange
    whole = describe_bundle(db, bundle)
    calls: list[tuple[int, int]] = []

    for size in (1, 2, 5):
        small = describe_bundle(db, bundle, lambda d, t: calls.append((d, t)), batch_size=size)
        assert _counts(small) == _counts(whole)
        assert small.changes == whole.changes and small.conflicts == whole.conflicts
        assert small.summary.conflicts == whole.summary.conflicts

    assert calls[-1][0] == calls[-1][1] > 0  # the progress bar ends full


def test_each_batch_is_looked_up_with_a_few_queries_not_one_per_record(exchange) -> None:  # noqa: ANN001
    db, bundle, _made = exchange
    statements: list[str] = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        preview = describe_bundle(db, bundle)
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    producers = sum(_counts(preview)["producers"])
    lookups = [s for s in statements if "FROM producers WHERE producers.id IN" in s]
    assert producers > 15 and len(lookups) <= 2  # their stored versions, their names as parents


def test_records_listed_before_what_they_belong_to_are_still_named_by_it(
    db: Database, tmp_path: Path
) -> None:
    other = Database(tmp_path / "other" / "kbo.db")
    made = small_province(other, tmp_path)
    manifest, data, photos = read_parts(export_bundle(other, tmp_path / "all.kbo").file)
    other.close()
    records = data["records"]
    data["records"] = {name: records[name] for name in reversed(list(records))}
    backwards = write_bundle(tmp_path / "backwards.kbo", manifest, data, photos)

    preview = describe_bundle(db, backwards, batch_size=1)

    rows = _rows(preview)
    assert rows[made["product"].id][1] == made["producer"].name
    assert rows[made["plan"].id][1] == made["product"].name
    assert _counts(preview) == _counts(import_bundle(db, backwards))


def test_a_refused_bundle_is_refused_naming_the_record(db: Database, tmp_path: Path) -> None:
    other = Database(tmp_path / "other" / "kbo.db")
    made = small_province(other, tmp_path)
    manifest, data, photos = read_parts(export_bundle(other, tmp_path / "all.kbo").file)
    other.close()
    data["records"]["producers"] = []  # the product now points at a producer nobody has
    broken = write_bundle(tmp_path / "broken.kbo", manifest, data, photos)

    with pytest.raises(BundleError) as refused:
        describe_bundle(db, broken)

    assert "products[0]" in refused.value.record
    assert f"“{made['product'].name}”" in refused.value.record
