"""Planning service: plans per product and year, roll-ups, overdue, copying a year."""

from __future__ import annotations

from datetime import date

import pytest

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import ActionStatus, PlanArea
from kbo_desktop.domain.errors import KboError, ValidationErrors
from kbo_desktop.services import planning
from kbo_desktop.services.planning import PlanningService
from tests.factories import small_province

TODAY = date(2023, 6, 15)


@pytest.fixture
def province(db, tmp_path):  # noqa: ANN001, ANN201
    return small_province(db, tmp_path)


def _action(**kw) -> r.PlanAction:  # noqa: ANN003
    kw.setdefault("description", "กิจกรรม")
    return r.PlanAction(plan_id="", **kw)


def test_rollup_is_budget_weighted_when_every_action_has_a_budget() -> None:
    actions = [
        _action(budget_thb=30000, progress_pct=100, status=ActionStatus.IN_PROGRESS),
        _action(budget_thb=10000, progress_pct=0),
        _action(budget_thb=99999, progress_pct=0, status=ActionStatus.CANCELLED),
    ]
    result = planning.rollup(actions, TODAY)
    assert (result.progress_pct, result.method, result.counted, result.budget_thb) == (
        75,
        "budget",
        2,
        40000,
    )


def test_rollup_falls_back_to_mean_and_counts_done_as_full() -> None:
    actions = [
        _action(budget_thb=None, progress_pct=20, status=ActionStatus.DONE),
        _action(budget_thb=5000, progress_pct=50),
    ]
    result = planning.rollup(actions, TODAY)
    assert (result.progress_pct, result.method, result.done) == (75, "mean", 1)
    assert planning.rollup([], TODAY).progress_pct == 0


def test_overdue_needs_past_due_date_and_open_status() -> None:
    past, future = date(2023, 6, 14), date(2023, 6, 15)
    assert planning.is_overdue(_action(due_on=past, status=ActionStatus.IN_PROGRESS), TODAY)
    assert planning.is_overdue(_action(due_on=past, status=ActionStatus.DELAYED), TODAY)
    assert not planning.is_overdue(_action(due_on=future), TODAY)
    assert not planning.is_overdue(_action(due_on=past, status=ActionStatus.DONE), TODAY)
    assert not planning.is_overdue(_action(due_on=past, status=ActionStatus.CANCELLED), TODAY)
    assert not planning.is_overdue(_action(due_on=None), TODAY)
    assert planning.rollup([_action(due_on=past)], TODAY).overdue == 1


def test_budget_totals_by_area_and_member() -> None:
    actions = [
        _action(area=PlanArea.PACKAGING, budget_thb=15000, responsible_member_id="m1"),
        _action(area=PlanArea.MARKETING, budget_thb=5000, responsible_member_id="m2"),
        _action(area=PlanArea.PACKAGING, budget_thb=2500, responsible_member_id="m2"),
        _action(area=PlanArea.FINANCE, budget_thb=800, status=ActionStatus.CANCELLED),
        _action(area=PlanArea.MARKETING, budget_thb=None),
    ]
    assert planning.budget_by_area(actions) == [
        (PlanArea.PACKAGING, 17500),
        (PlanArea.MARKETING, 5000),
    ]
    assert planning.budget_by_member(actions) == [("m1", 15000), ("m2", 7500), (None, 0)]


def test_save_plan_links_action_to_weakness(db, province) -> None:  # noqa: ANN001
    service = PlanningService(db)
    plan = province["plan"]
    weakness = service.weaknesses(province["product"].id)[0]
    new = r.PlanAction(plan_id=plan.id, area=PlanArea.MARKETING, description="ขายผ่านตลาดออนไลน์",
                       addresses_swot_item_id=weakness.id, budget_thb=8000)  # fmt: skip
    _plan, saved = service.save_plan(plan, [*service.actions(plan.id), new])
    assert {a.description for a in saved} == {"ออกแบบบรรจุภัณฑ์ใหม่", "ขายผ่านตลาดออนไลน์"}
    assert service.records.get(r.PlanAction, new.id).addresses_swot_item_id == weakness.id


def test_save_plan_reports_every_problem_and_writes_nothing(db, province) -> None:  # noqa: ANN001
    service = PlanningService(db)
    plan = r.Plan(product_id=province["product"].id, fiscal_year_be=2567, title="")
    bad = r.PlanAction(
        plan_id=plan.id, description="x", start_on=date(2024, 5, 1), due_on=date(2024, 1, 1)
    )
    with pytest.raises(ValidationErrors) as caught:
        service.save_plan(plan, [bad])
    assert {p.field for p in caught.value.problems} == {"title", "due_on"}
    assert service.plan_for(province["product"].id, 2567) is None


def test_one_plan_per_product_and_year(db, province) -> None:  # noqa: ANN001
    service = PlanningService(db)
    twin = r.Plan(product_id=province["product"].id, fiscal_year_be=2566, title="ซ้ำ")
    with pytest.raises(ValidationErrors, match="already has a plan"):
        service.save_plan(twin, [])


def test_save_plan_deletes_actions(db, province) -> None:  # noqa: ANN001
    service = PlanningService(db)
    plan = province["plan"]
    service.save_plan(plan, [], [province["action"].id])
    assert service.actions(plan.id) == []


def test_copy_last_year_shifts_dates_and_resets_status(db, province) -> None:  # noqa: ANN001
    service = PlanningService(db)
    pid = province["product"].id
    service.records.save(r.PlanAction(plan_id=province["plan"].id, description="ยกเลิกไปแล้ว",
                                      status=ActionStatus.CANCELLED))  # fmt: skip
    plan, actions = service.copy_last_year(pid, 2567)
    assert (plan.fiscal_year_be, plan.title) == (2567, "ยกระดับผ้าย้อมครามสู่ 4 ดาว")
    assert plan.id != province["plan"].id
    [copied] = actions
    assert (copied.start_on, copied.due_on) == (date(2024, 2, 1), date(2024, 5, 31))
    assert (copied.status, copied.progress_pct) == (ActionStatus.PLANNED, 0)
    assert copied.addresses_swot_item_id == province["weakness"].id
    assert copied.budget_thb == 15000 and copied.responsible_member_id == province["member"].id
    old = service.records.get(r.PlanAction, province["action"].id)
    assert (old.status, old.progress_pct) == (ActionStatus.IN_PROGRESS, 40)
    with pytest.raises(KboError, match="already exists"):
        service.copy_last_year(pid, 2567)
    with pytest.raises(KboError, match="no plan for FY 2569"):
        service.copy_last_year(pid, 2570)


def test_copying_a_year_moves_29_february_to_28_february(db, province) -> None:  # noqa: ANN001
    service = PlanningService(db)
    pid = province["product"].id
    leap_day = date(2024, 2, 29)  # 29 ก.พ. 2567, in FY 2567
    plan = r.Plan(product_id=pid, fiscal_year_be=2567, title="ต่อยอดปี 2567")
    open_ended = _action(description="ออกร้านงานกาชาด", start_on=leap_day)
    service.save_plan(plan, [_action(description="อบรมฉลาก", start_on=leap_day, due_on=leap_day),
                             open_ended])  # fmt: skip
    copied_plan, copied = service.copy_last_year(pid, 2568)
    by_name = {a.description: a for a in copied}
    assert copied_plan.fiscal_year_be == 2568
    assert (by_name["อบรมฉลาก"].start_on, by_name["อบรมฉลาก"].due_on) == (
        date(2025, 2, 28),
        date(2025, 2, 28),
    )
    assert (by_name["ออกร้านงานกาชาด"].start_on, by_name["ออกร้านงานกาชาด"].due_on) == (
        date(2025, 2, 28),
        None,
    )
    assert service.actions(copied_plan.id) == sorted(copied, key=planning.action_sort_key)


def test_actions_for_member_across_products(db, province) -> None:  # noqa: ANN001
    service = PlanningService(db)
    member = province["member"]
    other = service.records.save(
        r.Product(producer_id=province["producer"].id, name="ผ้าพันคอย้อมคราม")
    )
    other_plan = service.records.save(
        r.Plan(product_id=other.id, fiscal_year_be=2567, title="ผ้าพันคอ")
    )
    service.records.save(
        r.PlanAction(
            plan_id=other_plan.id,
            description="ถ่ายภาพสินค้า",
            responsible_member_id=member.id,
            due_on=date(2023, 12, 1),
        )
    )
    service.records.save(r.PlanAction(plan_id=other_plan.id, description="ไม่ใช่ของเขา"))
    found = service.actions_for_member(member.id, TODAY)
    assert [(f.product_name, f.fiscal_year_be, f.action.description, f.overdue) for f in found] == [
        ("ผ้าพันคอย้อมคราม", 2567, "ถ่ายภาพสินค้า", False),
        ("ผ้าฝ้ายทอมือย้อมคราม", 2566, "ออกแบบบรรจุภัณฑ์ใหม่", True),
    ]
    assert not service.actions_for_member(member.id, date(2023, 5, 31))[1].overdue
