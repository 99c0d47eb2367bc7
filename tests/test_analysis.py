"""Analysis service: grouping, ordering, moving and deleting SWOT points."""

from __future__ import annotations

from datetime import date

import pytest

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, SwotKind
from kbo_desktop.domain.errors import ValidationErrors
from kbo_desktop.services.analysis import KIND_ORDER, AnalysisService
from tests.factories import small_province


@pytest.fixture
def province(db, tmp_path):  # noqa: ANN001, ANN201
    return small_province(db, tmp_path)


def _add(
    service: AnalysisService, product_id: str, kind: SwotKind, *texts: str
) -> list[r.SwotItem]:
    return [service.add_point(r.SwotItem(product_id=product_id, kind=kind, text=t)) for t in texts]


def _texts(groups, kind):  # noqa: ANN001, ANN202
    return [p.text for p in groups[kind]]


def test_product_choices_carry_district_and_category(db, province) -> None:  # noqa: ANN001
    choices = AnalysisService(db).product_choices()
    assert [(c.name, c.district, c.category) for c in choices] == [
        ("ผ้าฝ้ายทอมือย้อมคราม", "เมืองเลย", Category.TEXTILE_APPAREL)
    ]
    assert choices[0].producer_name == "กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน"


def test_summary_finds_photo_and_certifications(db, province) -> None:  # noqa: ANN001
    summary = AnalysisService(db).summary(province["product"].id)
    assert summary.photo_path is not None and summary.photo_path.is_file()
    assert [c.number for c in summary.certifications] == ["มผช. 11/2546"]
    assert summary.district == "เมืองเลย"


def test_points_grouped_by_kind_in_position_order(db, province) -> None:  # noqa: ANN001
    service = AnalysisService(db)
    pid = province["product"].id
    _add(service, pid, SwotKind.STRENGTH, "ก", "ข", "ค")
    groups = service.points(pid)
    assert list(groups) == list(KIND_ORDER)
    assert _texts(groups, SwotKind.STRENGTH) == ["ก", "ข", "ค"]
    assert [p.position for p in groups[SwotKind.STRENGTH]] == [0, 1, 2]
    assert _texts(groups, SwotKind.WEAKNESS) == ["บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ"]


def test_reorder_within_group_renumbers(db, province) -> None:  # noqa: ANN001
    service = AnalysisService(db)
    pid = province["product"].id
    a, b, c = _add(service, pid, SwotKind.STRENGTH, "ก", "ข", "ค")
    service.reorder(pid, SwotKind.STRENGTH, [c.id, a.id, b.id])
    groups = service.points(pid)
    assert _texts(groups, SwotKind.STRENGTH) == ["ค", "ก", "ข"]
    assert [p.position for p in groups[SwotKind.STRENGTH]] == [0, 1, 2]


def test_reorder_must_name_every_point(db, province) -> None:  # noqa: ANN001
    service = AnalysisService(db)
    pid = province["product"].id
    a, _b = _add(service, pid, SwotKind.STRENGTH, "ก", "ข")
    with pytest.raises(Exception, match="every point"):
        service.reorder(pid, SwotKind.STRENGTH, [a.id])
    assert _texts(service.points(pid), SwotKind.STRENGTH) == ["ก", "ข"]


def test_move_between_groups_renumbers_both(db, province) -> None:  # noqa: ANN001
    service = AnalysisService(db)
    pid = province["product"].id
    a, b, c = _add(service, pid, SwotKind.STRENGTH, "ก", "ข", "ค")
    groups = service.move(b.id, SwotKind.WEAKNESS, 0)
    assert _texts(groups, SwotKind.STRENGTH) == ["ก", "ค"]
    assert _texts(groups, SwotKind.WEAKNESS) == ["ข", "บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ"]
    assert [p.position for p in groups[SwotKind.STRENGTH]] == [0, 1]
    assert [p.position for p in groups[SwotKind.WEAKNESS]] == [0, 1]
    assert service.records.get(r.SwotItem, b.id).kind == SwotKind.WEAKNESS


def test_save_analysis_is_one_transaction(db, province) -> None:  # noqa: ANN001
    service = AnalysisService(db)
    pid = province["product"].id
    groups = service.points(pid)
    groups[SwotKind.STRENGTH].append(r.SwotItem(product_id=pid, text="สีครามธรรมชาติ"))
    groups[SwotKind.HIGHLIGHT].append(r.SwotItem(product_id=pid, text=""))  # invalid
    with pytest.raises(ValidationErrors) as caught:
        service.save_analysis(pid, groups)
    assert caught.value.problems[0].field == "text"
    assert service.points(pid)[SwotKind.STRENGTH] == []  # nothing half-written


def test_save_analysis_deletes_and_unlinks_actions(db, province) -> None:  # noqa: ANN001
    service = AnalysisService(db)
    pid = province["product"].id
    weakness = province["weakness"]
    groups = service.points(pid)
    groups[SwotKind.WEAKNESS] = []
    groups[SwotKind.THREAT] = [
        r.SwotItem(product_id=pid, text="คู่แข่งจากต่างจังหวัด", recorded_on=date(2023, 1, 1))
    ]
    outcome = service.save_analysis(pid, groups, [weakness.id])
    assert outcome.deleted == 1 and outcome.unlinked_actions == 1
    assert _texts(outcome.groups, SwotKind.THREAT) == ["คู่แข่งจากต่างจังหวัด"]
    assert service.records.get(r.PlanAction, province["action"].id).addresses_swot_item_id is None


def test_delete_point_and_restore_it_in_place(db, province) -> None:  # noqa: ANN001
    service = AnalysisService(db)
    pid = province["product"].id
    _a, b, _c = _add(service, pid, SwotKind.STRENGTH, "ก", "ข", "ค")
    deletion = service.delete_point(b.id)
    assert _texts(service.points(pid), SwotKind.STRENGTH) == ["ก", "ค"]
    service.restore_point(deletion)
    assert _texts(service.points(pid), SwotKind.STRENGTH) == ["ก", "ข", "ค"]
    weakness_deletion = service.delete_point(province["weakness"].id)
    assert weakness_deletion.unlinked_action_ids == [province["action"].id]
    service.restore_point(weakness_deletion)
    assert (
        service.records.get(r.PlanAction, province["action"].id).addresses_swot_item_id
        == province["weakness"].id
    )


def test_renumber_repairs_colliding_positions(db, province) -> None:  # noqa: ANN001
    service = AnalysisService(db)
    pid = province["product"].id
    for text in ("ก", "ข"):
        service.records.save(
            r.SwotItem(product_id=pid, kind=SwotKind.OPPORTUNITY, text=text, position=5)
        )
    groups = service.renumber(pid)
    assert [p.position for p in groups[SwotKind.OPPORTUNITY]] == [0, 1]
