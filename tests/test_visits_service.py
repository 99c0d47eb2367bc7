"""Visits: the list and its order, open actions, saving observations, reminders, the PDF."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import ActionStatus
from kbo_desktop.domain.errors import ValidationError, ValidationErrors
from kbo_desktop.services.location import parse_lat_lon
from kbo_desktop.services.planning import PlanningService
from kbo_desktop.services.reminders import reminders
from kbo_desktop.services.visit_photos import import_photos, in_packet, with_in_packet
from kbo_desktop.services.visit_print import record_data, split_officer, visit_record_pdf
from kbo_desktop.services.visits import (
    OVERDUE,
    SOON,
    VisitFilter,
    VisitService,
)
from tests.factories import make_image, small_province

TODAY = date(2023, 4, 1)


@pytest.fixture
def province(db, tmp_path):  # noqa: ANN001, ANN201
    return small_province(db, tmp_path)


def _second_producer(db, province, name="กลุ่มน้ำพริกปลาร้าบอง", amphoe="วังสะพุง"):  # noqa: ANN001, ANN202
    service = VisitService(db)
    producer = service.records.save(
        r.Producer(name=name, address=r.Address(amphoe=amphoe, province="เลย"))
    )
    return producer


def test_open_actions_leave_out_done_and_cancelled(db, province) -> None:  # noqa: ANN001
    service = VisitService(db)
    plan = province["plan"]
    done = service.records.save(
        r.PlanAction(plan_id=plan.id, description="อบรมบัญชี", status=ActionStatus.DONE)
    )
    service.records.save(
        r.PlanAction(plan_id=plan.id, description="ยกเลิก", status=ActionStatus.CANCELLED)
    )
    ids = [c.action.id for c in service.open_actions(province["producer"].id)]
    assert ids == [province["action"].id]
    assert done.id not in ids


def test_saving_observations_moves_the_actions_in_one_transaction(db, province) -> None:  # noqa: ANN001
    service = VisitService(db)
    producer, action = province["producer"], province["action"]
    visit = r.Visit(
        producer_id=producer.id,
        visited_on=date(2023, 4, 5),
        officers=["นางสาวมาลี ศรีสุข"],
        purpose="ติดตามบรรจุภัณฑ์",
    )
    obs = r.VisitProgress(
        plan_action_id=action.id, status=ActionStatus.DONE, progress_pct=100, note="ได้กล่องใหม่แล้ว"
    )
    service.save_visit(visit, [obs])
    moved = service.records.get(r.PlanAction, action.id)
    assert (moved.status, moved.progress_pct) == (ActionStatus.DONE, 100)
    # the planning service and its roll-up see the new state
    actions = PlanningService(db).actions(province["plan"].id)
    assert actions[0].status == ActionStatus.DONE
    history = service.history(action.id)
    assert [h.visited_on for h in history] == [date(2023, 4, 5), date(2023, 3, 10)]
    assert history[0].officers == ("นางสาวมาลี ศรีสุข",) and history[0].note == "ได้กล่องใหม่แล้ว"
    # an observed-closed action still shows on its own visit
    assert action.id in [c.action.id for c in service.open_actions(producer.id, visit.id)]
    assert action.id not in [c.action.id for c in service.open_actions(producer.id)]


def test_an_older_visit_does_not_undo_a_newer_observation(db, province) -> None:  # noqa: ANN001
    service = VisitService(db)
    action = province["action"]
    old = r.Visit(producer_id=province["producer"].id, visited_on=date(2023, 2, 1))
    service.save_visit(
        old,
        [r.VisitProgress(plan_action_id=action.id, status=ActionStatus.PLANNED, progress_pct=5)],
    )
    stored = service.records.get(r.PlanAction, action.id)
    assert (stored.status, stored.progress_pct) == (ActionStatus.IN_PROGRESS, 40)


def test_invalid_observation_stores_nothing(db, province) -> None:  # noqa: ANN001
    service = VisitService(db)
    visit = r.Visit(
        producer_id=province["producer"].id, visited_on=date(2023, 4, 5), purpose="ไม่ควรถูกบันทึก"
    )
    bad = r.VisitProgress(plan_action_id=province["action"].id, progress_pct=140)
    with pytest.raises(ValidationErrors) as caught:
        service.save_visit(visit, [bad])
    assert caught.value.field == "progress_pct"
    assert len(service.records.list(r.Visit)) == 1
    assert service.records.get(r.PlanAction, province["action"].id).progress_pct == 40


def test_resaving_replaces_observations_and_photos(db, province, tmp_path) -> None:  # noqa: ANN001
    service = VisitService(db)
    visit = province["visit"]
    detail = service.load_visit(visit.id)
    batch = import_photos(
        db,
        visit.id,
        [
            make_image(tmp_path / "a.png", colour="red"),
            make_image(tmp_path / "b.png", colour="blue"),
            tmp_path / "missing.jpg",
        ],
    )
    assert len(batch.added) == 2 and len(batch.failed) == 1
    photos = [with_in_packet(replace(batch.added[0], caption="กล่องต้นแบบ"), True), batch.added[1]]
    saved = service.save_visit(detail.visit, [], photos)
    assert service.load_visit(visit.id).observations == []
    again = service.load_visit(visit.id)
    assert {p.caption for p in again.photos} == {"กล่องต้นแบบ", ""}
    assert [in_packet(p) for p in again.photos if p.caption] == [True]
    service.save_visit(saved.visit, [], saved.photos[:1])
    assert len(service.load_visit(visit.id).photos) == 1
    dup = import_photos(db, visit.id, [tmp_path / "a.png"], have=[p.sha256 for p in saved.photos])
    assert dup.duplicates == [tmp_path / "a.png"]


def test_list_puts_overdue_then_upcoming_follow_ups_first(db, province) -> None:  # noqa: ANN001
    service = VisitService(db)
    second = _second_producer(db, province)
    third = _second_producer(db, province, "กลุ่มจักสาน", "เชียงคาน")
    service.save_visit(
        r.Visit(
            producer_id=second.id,
            visited_on=date(2023, 3, 20),
            follow_up_on=date(2023, 4, 17),
            officers=["นายก"],
        ),
        [],
    )
    service.save_visit(
        r.Visit(producer_id=third.id, visited_on=date(2023, 3, 30), officers=["นายข"]), []
    )
    today = date(2023, 4, 12)
    rows = service.list_visits(today=today)
    assert [row.follow_up_state for row in rows[:2]] == [OVERDUE, SOON]
    assert rows[0].producer_id == province["producer"].id
    assert rows[2].producer_id == third.id
    assert [x.producer_id for x in service.list_visits(VisitFilter(amphoe="เชียงคาน"), today)] == [
        third.id
    ]
    assert [x.producer_id for x in service.list_visits(VisitFilter(officer="วิชัย"), today)] == [
        province["producer"].id
    ]
    ranged = service.list_visits(
        VisitFilter(date_from=date(2023, 3, 15), date_to=date(2023, 3, 25)), today
    )
    assert [x.producer_id for x in ranged] == [second.id]
    assert service.known_officers()[0] in ("นายวิชัย พัฒนา", "นายก", "นายข")


def test_reminders_follow_ups_and_due_actions(db, province) -> None:  # noqa: ANN001
    found = reminders(db, TODAY)
    assert [f.producer_id for f in found.follow_ups] == [province["producer"].id]
    assert found.follow_ups[0].days == 9
    assert found.actions == []
    late = reminders(db, date(2023, 6, 2))
    assert late.follow_ups[0].days < 0
    assert [a.action_id for a in late.actions] == [province["action"].id]
    assert any("เลยกำหนด" in line for line in late.lines())
    # a newer visit answers the follow-up
    VisitService(db).save_visit(
        r.Visit(producer_id=province["producer"].id, visited_on=date(2023, 4, 2)), []
    )
    assert reminders(db, TODAY).follow_ups == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17.48, 101.72", (17.48, 101.72)),
        ("17.48 101.72", (17.48, 101.72)),
        ("17.48°N 101.72°E", (17.48, 101.72)),
        ("", (None, None)),
    ],
)
def test_parse_lat_lon(text: str, expected: tuple) -> None:
    assert parse_lat_lon(text) == expected


def test_parse_lat_lon_refuses_nonsense() -> None:
    for text in ("17.48", "917, 20", "บ้านนาอาน"):
        with pytest.raises(ValidationError):
            parse_lat_lon(text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_visit_record_pdf_has_signature_and_thai_text(db, province, tmp_path) -> None:  # noqa: ANN001
    service = VisitService(db)
    visit = replace(
        province["visit"],
        officers=["นายวิชัย พัฒนา (นักวิชาการพัฒนาชุมชนชำนาญการ)"],
        recommendations="ควรขอเลข อย. ก่อนวางจำหน่ายในห้างสรรพสินค้า",
    )
    service.save_visit(visit, service.load_visit(visit.id).observations)
    data = record_data(db, visit.id)
    assert data.officers[0].position == "นักวิชาการพัฒนาชุมชนชำนาญการ"
    assert data.observations[0].progress == "60 %"
    pdf = visit_record_pdf(db, visit.id)
    assert pdf.startswith(b"%PDF")
    target = tmp_path / "visit.pdf"
    target.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ผู้บันทึก" in text and "(นายวิชัย พัฒนา)" in text


def test_split_officer() -> None:
    assert split_officer("นางสมศรี ใจดี - พัฒนากร") == ("นางสมศรี ใจดี", "พัฒนากร")
    assert split_officer("นายวิชัย") == ("นายวิชัย", "")
