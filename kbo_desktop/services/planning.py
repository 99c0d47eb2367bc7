"""Development plans: one per product and fiscal year, with actions and roll-ups.

A plan belongs to a product and a Thai fiscal year (Buddhist Era; FY 2566 runs
1 Oct 2022 – 30 Sep 2023). Its actions carry area, responsible network member,
dates, budget, status and progress. The roll-ups here are pure functions of a
list of actions so the planning tab can show them for unsaved edits too:

* **Plan progress** is budget-weighted: each non-cancelled action's progress
  counts in proportion to its budget, because a 200,000-baht packaging
  redesign half done matters more to the committee than a 2,000-baht
  training done. If any counted action has no budget (or zero), weighting
  would make it invisible, so the plain mean is used instead;
  :class:`Rollup` says which method applied so the UI can say so.
  An action marked done counts as 100 % whatever its progress field says.
* **Overdue**: ``due_on`` is before today and the status is neither done nor
  cancelled.
* **Budget totals** by area and by responsible member leave cancelled actions
  out (their money is not being spent).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.enums import ActionStatus, PlanArea, SwotKind
from kbo_desktop.domain.errors import KboError, ValidationError, ValidationErrors
from kbo_desktop.domain.thai_dates import add_years
from kbo_desktop.services.records import RecordService, load_row
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import apply_to_row, to_record

log = logging.getLogger(__name__)

_CLOSED = (ActionStatus.DONE, ActionStatus.CANCELLED)
METHOD_BUDGET = "budget"
METHOD_MEAN = "mean"


@dataclass(frozen=True)
class Rollup:
    """A plan's progress at a glance.

    Attributes:
        progress_pct: 0–100, rounded; 0 when nothing counts.
        method: :data:`METHOD_BUDGET` or :data:`METHOD_MEAN` (see module docs).
        counted: non-cancelled actions that went into the figure.
        done: of those, how many are done.
        overdue: actions overdue today.
        budget_thb: total budget of non-cancelled actions.
    """

    progress_pct: int
    method: str
    counted: int
    done: int
    overdue: int
    budget_thb: float


@dataclass(frozen=True)
class MemberAction:
    """An action assigned to a network member, with where it belongs."""

    action: r.PlanAction
    plan_id: str
    plan_title: str
    fiscal_year_be: int
    product_id: str
    product_name: str
    producer_name: str
    overdue: bool


def effective_progress(action: r.PlanAction) -> int:
    """Progress as it counts in roll-ups: a done action is 100 %."""
    return 100 if action.status == ActionStatus.DONE else max(0, min(100, action.progress_pct))


def is_overdue(action: r.PlanAction, today: date) -> bool:
    """Due before today and neither done nor cancelled."""
    return action.due_on is not None and action.due_on < today and action.status not in _CLOSED


def rollup(actions: Iterable[r.PlanAction], today: date) -> Rollup:
    """Progress, counts and budget of a plan's actions (see module docs for the method)."""
    actions = list(actions)
    counted = [a for a in actions if a.status != ActionStatus.CANCELLED]
    budgets = [a.budget_thb or 0.0 for a in counted]
    overdue = sum(1 for a in actions if is_overdue(a, today))
    done = sum(1 for a in counted if a.status == ActionStatus.DONE)
    if not counted:
        return Rollup(0, METHOD_MEAN, 0, 0, overdue, 0.0)
    if all(b > 0 for b in budgets):
        total = sum(budgets)
        value = (
            sum(effective_progress(a) * b for a, b in zip(counted, budgets, strict=True)) / total
        )
        method = METHOD_BUDGET
    else:
        value = sum(effective_progress(a) for a in counted) / len(counted)
        method = METHOD_MEAN
    return Rollup(round(value), method, len(counted), done, overdue, sum(budgets))


def budget_by_area(actions: Iterable[r.PlanAction]) -> list[tuple[PlanArea, float]]:
    """Budget of non-cancelled actions per area, in the areas' own order; empty areas left out."""
    totals: dict[PlanArea, float] = {}
    for action in actions:
        if action.status != ActionStatus.CANCELLED:
            totals[action.area] = totals.get(action.area, 0.0) + (action.budget_thb or 0.0)
    return [(area, totals[area]) for area in PlanArea if area in totals]


def budget_by_member(actions: Iterable[r.PlanAction]) -> list[tuple[str | None, float]]:
    """Budget of non-cancelled actions per responsible member id (``None``: nobody yet),
    largest first."""
    totals: dict[str | None, float] = {}
    for action in actions:
        if action.status != ActionStatus.CANCELLED:
            key = action.responsible_member_id
            totals[key] = totals.get(key, 0.0) + (action.budget_thb or 0.0)
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0] or ""))


def action_sort_key(action: r.PlanAction) -> tuple[date, date, str, str]:
    """Actions read in the order they start, then by due date."""
    far = date.max
    return (action.start_on or far, action.due_on or far, action.area.value, action.description)


class PlanningService:
    """Planning use cases over one :class:`Database`; each call is one transaction."""

    def __init__(self, db: Database):
        self.db = db
        self.records = RecordService(db)

    def plans(self, product_id: str) -> list[r.Plan]:
        """A product's plans, newest fiscal year first."""
        plans = self.records.list(r.Plan, product_id=product_id)
        return sorted(plans, key=lambda p: -p.fiscal_year_be)

    def plan_for(self, product_id: str, fiscal_year_be: int) -> r.Plan | None:
        found = self.records.list(r.Plan, product_id=product_id, fiscal_year_be=fiscal_year_be)
        return found[0] if found else None

    def actions(self, plan_id: str) -> list[r.PlanAction]:
        return sorted(self.records.list(r.PlanAction, plan_id=plan_id), key=action_sort_key)

    def weaknesses(self, product_id: str) -> list[r.SwotItem]:
        """The product's weaknesses in the committee's order, for "the weakness it answers"."""
        items = self.records.list(r.SwotItem, product_id=product_id, kind=SwotKind.WEAKNESS)
        return sorted(items, key=lambda i: (i.position, i.id))

    def members(self) -> list[r.NetworkMember]:
        return sorted(self.records.list(r.NetworkMember), key=lambda mem: mem.name)

    def save_plan(
        self, plan: r.Plan, actions: Sequence[r.PlanAction], deleted_action_ids: Iterable[str] = ()
    ) -> tuple[r.Plan, list[r.PlanAction]]:
        """Store a plan with its actions (and deletions) in one transaction.

        Raises:
            ValidationErrors: all problems of the plan and its actions at once;
                an action's problems carry its id in ``record``. A second plan
                for the same product and year is refused.
        """
        actions = [replace(a, plan_id=plan.id) for a in actions]
        found = validation.problems(plan)
        for action in actions:
            found += validation.problems(action)
        if found:
            raise ValidationErrors(found)
        with self.db.transaction() as session:
            clash = session.scalars(
                select(m.PlanRow.id).where(
                    m.PlanRow.product_id == plan.product_id,
                    m.PlanRow.fiscal_year_be == plan.fiscal_year_be,
                    m.PlanRow.id != plan.id,
                    m.PlanRow.deleted.is_(False),
                )
            ).first()
            if clash:
                raise ValidationErrors([_duplicate_plan(plan)])
            saved_plan = self.records.save_in(session, plan)
            for action_id in deleted_action_ids:
                row = load_row(session, r.PlanAction, action_id, live=False)
                if not row.deleted:
                    row.deleted = True
                    apply_to_row(to_record(row), row)
            saved = [self.records.save_in(session, a) for a in actions]
        return saved_plan, sorted(saved, key=action_sort_key)

    def delete_plan(self, plan_id: str) -> list[tuple[type[r.Record], str]]:
        """Tombstone a plan and its actions; the list undoes it with :meth:`restore`."""
        return self.records.delete(r.Plan, plan_id)

    def restore(self, undo: list[tuple[type[r.Record], str]]) -> None:
        self.records.restore(undo)

    def draft_from_last_year(
        self, product_id: str, fiscal_year_be: int
    ) -> tuple[r.Plan, list[r.PlanAction]]:
        """An unsaved plan for ``fiscal_year_be`` copied from the year before.

        Title, goal, areas, descriptions, weakness links, members and budgets
        carry over; dates move one year on; every action starts again as
        planned at 0 %. Cancelled actions are left behind (the committee
        dropped them). New ids throughout, so nothing of last year changes.

        Raises:
            KboError: no plan last year, or one already exists this year.
        """
        previous = self.plan_for(product_id, fiscal_year_be - 1)
        if previous is None:
            raise KboError(
                f"ไม่มีแผนของปีงบประมาณ {fiscal_year_be - 1} ให้คัดลอก",
                f"there is no plan for FY {fiscal_year_be - 1} to copy",
                record=f"Product {product_id}",
                field="fiscal_year_be",
            )
        if self.plan_for(product_id, fiscal_year_be) is not None:
            raise KboError(
                f"มีแผนของปีงบประมาณ {fiscal_year_be} อยู่แล้ว",
                f"a plan for FY {fiscal_year_be} already exists",
                record=f"Product {product_id}",
                field="fiscal_year_be",
            )
        weakness_ids = {w.id for w in self.weaknesses(product_id)}
        plan = r.Plan(
            product_id=product_id,
            fiscal_year_be=fiscal_year_be,
            title=previous.title,
            goal=previous.goal,
        )
        actions = [
            r.PlanAction(
                plan_id=plan.id,
                area=old.area,
                description=old.description,
                addresses_swot_item_id=old.addresses_swot_item_id
                if old.addresses_swot_item_id in weakness_ids
                else None,
                responsible_member_id=old.responsible_member_id,
                start_on=add_years(old.start_on, 1) if old.start_on else None,
                due_on=add_years(old.due_on, 1) if old.due_on else None,
                budget_thb=old.budget_thb,
                status=ActionStatus.PLANNED,
                progress_pct=0,
            )
            for old in self.actions(previous.id)
            if old.status != ActionStatus.CANCELLED
        ]
        return plan, actions

    def copy_last_year(
        self, product_id: str, fiscal_year_be: int
    ) -> tuple[r.Plan, list[r.PlanAction]]:
        """:meth:`draft_from_last_year`, stored at once."""
        plan, actions = self.draft_from_last_year(product_id, fiscal_year_be)
        return self.save_plan(plan, actions)

    def actions_for_member(self, member_id: str, today: date) -> list[MemberAction]:
        """Every live action a network member is responsible for, across products,
        newest fiscal year first, then by due date."""
        query = (
            select(m.PlanActionRow, m.PlanRow, m.ProductRow, m.ProducerRow)
            .join(m.PlanRow, m.PlanActionRow.plan_id == m.PlanRow.id)
            .join(m.ProductRow, m.PlanRow.product_id == m.ProductRow.id)
            .join(m.ProducerRow, m.ProductRow.producer_id == m.ProducerRow.id)
            .where(
                m.PlanActionRow.responsible_member_id == member_id,
                m.PlanActionRow.deleted.is_(False),
                m.PlanRow.deleted.is_(False),
                m.ProductRow.deleted.is_(False),
            )
        )
        with self.db.reading() as session:
            rows = session.execute(query).all()
        found = []
        for action_row, plan, product, producer in rows:
            action = to_record(action_row)
            assert isinstance(action, r.PlanAction)
            found.append(
                MemberAction(
                    action=action,
                    plan_id=plan.id,
                    plan_title=plan.title,
                    fiscal_year_be=plan.fiscal_year_be,
                    product_id=product.id,
                    product_name=product.name,
                    producer_name=producer.name,
                    overdue=is_overdue(action, today),
                )
            )
        return sorted(
            found, key=lambda f: (-f.fiscal_year_be, action_sort_key(f.action), f.product_name)
        )


def _duplicate_plan(plan: r.Plan) -> ValidationError:
    return ValidationError(
        f"ผลิตภัณฑ์นี้มีแผนของปีงบประมาณ {plan.fiscal_year_be} อยู่แล้ว",
        f"this product already has a plan for FY {plan.fiscal_year_be}",
        record=plan.describe("en"),
        field="fiscal_year_be",
    )
