"""Conflicts: logged when both laptops changed a record since they last agreed, resolvable per field."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kbo_desktop.cli import main
from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import ValidationError
from kbo_desktop.services.conflicts import (
    INCOMING,
    LOCAL,
    conflict_fields,
    list_conflicts,
    resolve_conflict,
)
from kbo_desktop.services.exchange import (
    build_document,
    export_bundle,
    import_bundle,
    preview_bundle,
)
from kbo_desktop.services.records import RecordService
from kbo_desktop.services.sync_state import history, peers
from kbo_desktop.store.database import Database
from tests.factories import small_province


@pytest.fixture
def two_laptops(db: Database, tmp_path: Path) -> tuple[Database, Database, r.Producer]:
    """The district laptop (``db``) and the office, which has imported the district's records."""
    made = small_province(db, tmp_path)
    office = Database(tmp_path / "office.db")
    import_bundle(office, export_bundle(db, tmp_path / "base.kbo").file)
    return db, office, made["producer"]  # type: ignore[return-value]


def _edit(db: Database, producer_id: str, **changes: object) -> r.Producer:
    service = RecordService(db)
    current = service.get(r.Producer, producer_id)
    return service.save(dataclasses.replace(current, **changes))


def test_both_sides_changed_logs_a_conflict_and_the_newer_wins(two_laptops, tmp_path):
    district, office, producer = two_laptops
    _edit(office, producer.id, name="กลุ่มทอผ้าฝ้ายนาอาน (แก้ที่จังหวัด)", members_count=30)
    _edit(district, producer.id, phone="089-999-0000")  # later, so the district's version wins

    summary = import_bundle(office, export_bundle(district, tmp_path / "d.kbo").file)

    assert summary.conflicts == 1 and "conflicts logged: 1" in "\n".join(summary.lines())
    [conflict] = list_conflicts(office)
    assert conflict.collection == "producers" and conflict.record_id == producer.id
    assert conflict.winner == INCOMING and conflict.source_file == "d.kbo"
    fields = {d.field: (d.local, d.incoming) for d in conflict_fields(conflict)}
    assert fields == {
        "name": ("กลุ่มทอผ้าฝ้ายนาอาน (แก้ที่จังหวัด)", producer.name),
        "phone": ("081-234-5678", "089-999-0000"),
        "members_count": (30, 25),
    }
    assert RecordService(office).get(r.Producer, producer.id).phone == "089-999-0000"


def test_resolving_takes_either_value_per_field_and_travels_back(two_laptops, tmp_path):
    district, office, producer = two_laptops
    _edit(office, producer.id, name="ชื่อจากจังหวัด", members_count=30)
    incoming = _edit(district, producer.id, phone="089-999-0000")
    import_bundle(office, export_bundle(district, tmp_path / "d.kbo").file)
    [conflict] = list_conflicts(office)

    resolved = resolve_conflict(office, conflict.id, {"name": LOCAL, "members_count": LOCAL})

    assert (resolved.name, resolved.members_count, resolved.phone) == (
        "ชื่อจากจังหวัด",
        30,
        "089-999-0000",
    )
    assert resolved.updated_at > incoming.updated_at
    assert list_conflicts(office) == []
    assert list_conflicts(office, open_only=False)[0].resolved
    # The decision travels: the district takes it without a new conflict.
    back = import_bundle(district, export_bundle(office, tmp_path / "o.kbo").file)
    assert back.conflicts == 0
    assert RecordService(district).get(r.Producer, producer.id).name == "ชื่อจากจังหวัด"
    assert build_document(district)["records"] == build_document(office)["records"]


def test_a_change_on_one_side_only_is_not_a_conflict(two_laptops, tmp_path):
    district, office, producer = two_laptops
    _edit(district, producer.id, phone="089-999-0000")
    summary = import_bundle(office, export_bundle(district, tmp_path / "d.kbo").file)
    assert summary.conflicts == 0 and summary.counts["producers"].updated == 1
    assert list_conflicts(office) == []


def test_an_older_incoming_change_loses_but_is_kept(two_laptops, tmp_path):
    district, office, producer = two_laptops
    _edit(district, producer.id, contact_name="นางสาวอรุณี")
    bundle = export_bundle(district, tmp_path / "d.kbo").file
    _edit(office, producer.id, contact_name="นายสมชาย")  # newer, so the office keeps its own

    import_bundle(office, bundle)

    [conflict] = list_conflicts(office)
    assert conflict.winner == LOCAL
    assert conflict_fields(conflict) == [("contact_name", "นายสมชาย", "นางสาวอรุณี")]
    assert RecordService(office).get(r.Producer, producer.id).contact_name == "นายสมชาย"
    resolve_conflict(office, conflict.id, {"contact_name": INCOMING})
    assert RecordService(office).get(r.Producer, producer.id).contact_name == "นางสาวอรุณี"


def test_importing_the_same_bundle_again_logs_nothing_new(two_laptops, tmp_path):
    district, office, producer = two_laptops
    _edit(office, producer.id, notes="จากจังหวัด")
    _edit(district, producer.id, notes="จากอำเภอ")
    bundle = export_bundle(district, tmp_path / "d.kbo").file
    import_bundle(office, bundle)
    import_bundle(office, bundle)
    assert len(list_conflicts(office)) == 1


def test_preview_counts_conflicts_and_changes_without_writing(two_laptops, tmp_path):
    district, office, producer = two_laptops
    _edit(office, producer.id, notes="จากจังหวัด")
    _edit(district, producer.id, notes="จากอำเภอ")
    before = build_document(office)["records"]

    plan = preview_bundle(office, export_bundle(district, tmp_path / "d.kbo").file)

    assert plan.preview and plan.conflicts == 1 and plan.counts["producers"].updated == 1
    assert "producers: 0 to add, 1 to update" in "\n".join(plan.lines())
    assert build_document(office)["records"] == before and list_conflicts(office) == []


def test_a_tombstone_against_an_edit_is_a_conflict_with_deleted_as_a_field(two_laptops, tmp_path):
    district, office, producer = two_laptops
    visit = RecordService(district).list(r.Visit)[0]
    RecordService(office).save(dataclasses.replace(visit, findings="พบว่าบรรจุภัณฑ์เสร็จ"))
    RecordService(district).delete(r.Visit, visit.id)
    import_bundle(office, export_bundle(district, tmp_path / "d.kbo").file)
    conflict = next(c for c in list_conflicts(office) if c.collection == "visits")
    assert ("deleted", False, True) in conflict_fields(conflict)
    resolve_conflict(office, conflict.id, {"deleted": LOCAL, "findings": LOCAL})
    assert RecordService(office).get(r.Visit, visit.id).findings == "พบว่าบรรจุภัณฑ์เสร็จ"


def test_bad_choices_are_refused(two_laptops, tmp_path):
    district, office, producer = two_laptops
    _edit(office, producer.id, notes="จากจังหวัด")
    _edit(district, producer.id, notes="จากอำเภอ")
    import_bundle(office, export_bundle(district, tmp_path / "d.kbo").file)
    [conflict] = list_conflicts(office)
    with pytest.raises(ValidationError, match="does not differ"):
        resolve_conflict(office, conflict.id, {"phone": LOCAL})
    with pytest.raises(ValidationError, match="choose 'local' or 'incoming'"):
        resolve_conflict(office, conflict.id, {"notes": "mine"})
    assert list_conflicts(office)[0].id == conflict.id


def test_exchanges_are_remembered_per_peer(two_laptops, tmp_path):
    district, office, _ = two_laptops
    export_bundle(office, tmp_path / "o.kbo", office="อำเภอเมืองเลย")
    directions = [entry.direction for entry in history(office)]
    assert directions[:2] == ["sent", "received"]
    assert {p.peer for p in peers(office)} >= {"อำเภอเมืองเลย"}


def test_conflicts_command_lists_open_conflicts(two_laptops, tmp_path, capsys):
    district, office, producer = two_laptops
    _edit(office, producer.id, notes="จากจังหวัด")
    _edit(district, producer.id, notes="จากอำเภอ", phone="089-999-0000")
    import_bundle(office, export_bundle(district, tmp_path / "d.kbo").file)

    assert main(["conflicts", "--db", str(office.file)]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("1 open conflicts")
    assert "producers" in out[1] and producer.name in out[1] and "phone, notes" in out[1]
    assert out[1].endswith("kept incoming")
