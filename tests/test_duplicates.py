"""Duplicate producers: found by name in a tambon, phone or OTOP number; merged with everything moved."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, PhotoOwnerKind
from kbo_desktop.domain.errors import NotFoundError, ValidationError
from kbo_desktop.services.duplicates import (
    find_duplicate_producers,
    merge_producers,
    normalise_name,
)
from kbo_desktop.services.exchange import build_document, export_bundle, import_bundle
from kbo_desktop.services.photos import add_photo
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from tests.factories import make_image, small_province


def _address(tambon: str = "นาอาน", amphoe: str = "เมืองเลย") -> r.Address:
    return r.Address(tambon=tambon, amphoe=amphoe, province="เลย")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("กลุ่มทอผ้าฝ้ายบ้านนาอาน", "ทอผ้าฝ้ายบ้านนาอาน"),
        ("วิสาหกิจชุมชน ทอผ้าฝ้าย บ้านนาอาน", "ทอผ้าฝ้ายบ้านนาอาน"),
        ("กลุ่มวิสาหกิจชุมชนทอผ้าฝ้ายบ้านนาอาน", "ทอผ้าฝ้ายบ้านนาอาน"),
        ("บ้านนาอาน", "นาอาน"),
    ],
)
def test_names_lose_prefixes_and_spaces(name, expected):
    assert normalise_name(name) == expected


def test_similar_names_in_the_same_tambon_are_candidates_but_not_across_tambons(records):
    a = records.save(r.Producer(name="กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน", address=_address()))
    b = records.save(
        r.Producer(
            name="วิสาหกิจชุมชนทอผ้าฝ้ายย้อมคราม บ้านนาอาน", address=_address("ต.นาอาน", "อ.เมืองเลย")
        )
    )
    records.save(r.Producer(name="กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน", address=_address("กุดป่อง")))
    records.save(r.Producer(name="กลุ่มข้าวเกรียบสมุนไพร", address=_address()))

    [candidate] = find_duplicate_producers(records.db)

    assert {candidate.first.id, candidate.second.id} == {a.id, b.id}
    assert [reason.code for reason in candidate.reasons] == ["similar_name"]
    assert 0.6 < candidate.score <= 1


def test_one_name_containing_the_other_counts(records):
    records.save(r.Producer(name="กลุ่มแม่บ้านเกษตรกรผลิตข้าวเกรียบสมุนไพร", address=_address()))
    records.save(r.Producer(name="ข้าวเกรียบสมุนไพร", address=_address()))
    [candidate] = find_duplicate_producers(records.db)
    assert candidate.reasons[0].code == "contained_name"


def test_same_phone_or_otop_number_anywhere_and_evidence_adds_up(records):
    records.save(r.Producer(name="กลุ่มจักสานไม้ไผ่", phone="081-234-5678", otop_registration_no="420101-01",
                            address=_address()))  # fmt: skip
    records.save(r.Producer(name="นางสมศรี ใจดี", phone="0812345678", address=_address("กุดป่อง")))
    records.save(r.Producer(name="ผู้ผลิตจักสาน", phone="+66 81 234 5678", otop_registration_no="420101 01",
                            address=_address("ปากชม", "ปากชม")))  # fmt: skip

    found = find_duplicate_producers(records.db)

    assert len(found) == 3
    best = found[0]
    assert {reason.code for reason in best.reasons} == {"phone", "otop_no"}
    assert best.score > found[1].score
    assert all(c.reasons[0].message_th and c.reasons[0].message_en for c in found)


@pytest.fixture
def two_records_of_one_group(db: Database, tmp_path: Path) -> dict[str, r.Record]:
    made = small_province(db, tmp_path)
    service = RecordService(db)
    twin = service.save(
        r.Producer(
            name="วิสาหกิจชุมชนทอผ้าย้อมคราม บ้านนาอาน",
            address=_address(),
            otop_registration_no="420101-05",
        )
    )
    twin_product = service.save(
        r.Product(producer_id=twin.id, name="ผ้าพันคอย้อมคราม", category=Category.TEXTILE_APPAREL)
    )
    made["producer_photo"] = add_photo(db, PhotoOwnerKind.PRODUCER, made["producer"].id,
                                       make_image(tmp_path / "group.png", colour="navy"), "หน้ากลุ่ม")  # fmt: skip
    made["twin"], made["twin_product"] = twin, twin_product
    return made


def _references_to(db: Database, producer_id: str) -> list[str]:
    found = []
    for collection, items in build_document(db)["records"].items():
        for item in items:
            if not item.get("deleted") and producer_id in (
                item.get("producer_id"),
                item.get("owner_id"),
            ):
                found.append(f"{collection} {item['id']}")
    return found


def test_merging_moves_every_related_record_and_tombstones_the_dropped_one(
    db, two_records_of_one_group, tmp_path
):
    made = two_records_of_one_group
    dropped, kept = made["producer"], made["twin"]
    before = build_document(db)["records"]
    bundle_before = export_bundle(db, tmp_path / "before.kbo").file

    summary = merge_producers(db, kept.id, dropped.id)

    service = RecordService(db)
    assert summary.moved == {"products": 1, "visits": 1, "photos": 1}
    assert summary.following == {"certifications": 1, "swot_items": 1, "plans": 1, "plan_actions": 1,
                                 "visit_progress": 1}  # fmt: skip
    assert {p.id for p in service.list(r.Product, producer_id=kept.id)} == {
        made["product"].id,
        made["twin_product"].id,
    }
    assert service.get(r.Visit, made["visit"].id).producer_id == kept.id
    assert service.get(r.Photo, made["producer_photo"].id).owner_id == kept.id
    assert _references_to(db, dropped.id) == []
    # analyses, plans and their actions, certifications, observed progress, meetings: untouched, still attached
    for key in ("certification", "weakness", "plan", "action", "progress", "meeting", "photo"):
        record = made[key]
        stored = service.get(type(record), record.id)
        assert dataclasses.replace(stored, updated_at=None) == dataclasses.replace(
            record, updated_at=None
        )
    assert service.list(r.Producer, include_deleted=True, id=dropped.id)[0].deleted
    merged = service.get(r.Producer, kept.id)
    assert merged.name == kept.name and merged.otop_registration_no == "420101-05"
    assert (merged.phone, merged.contact_name, merged.members_count) == (
        "081-234-5678",
        "นางสมศรี ใจดี",
        25,
    )
    assert "phone" in summary.filled_fields and "address.postcode" in summary.filled_fields
    assert any(line == "moved products: 1" for line in summary.lines())

    # The merge travels: a laptop holding the old state ends up the same after importing it.
    other = Database(tmp_path / "other.db")
    import_bundle(other, bundle_before)
    assert build_document(other)["records"] == before
    import_bundle(other, export_bundle(db, tmp_path / "after.kbo").file)
    assert build_document(other)["records"] == build_document(db)["records"]


def test_merging_is_refused_for_the_same_or_a_missing_producer(db, two_records_of_one_group):
    made = two_records_of_one_group
    before = build_document(db)["records"]
    with pytest.raises(ValidationError):
        merge_producers(db, made["twin"].id, made["twin"].id)
    with pytest.raises(NotFoundError):
        merge_producers(db, made["twin"].id, "00000000-0000-4000-8000-000000000000")
    assert build_document(db)["records"] == before
