"""What a meeting packet shows: plain data handed from the service to the renderer.

These classes live in ``reports`` (not ``services``) because the renderer
must read them and ``reports`` may not import ``services``; the packet service
fills them (:func:`kbo_desktop.services.packet.gather_packet`) and re-exports
them. Everything here is already decided: which plan counts, which
certifications are close to expiry, which photo is shown, whether personal
data was left out. The renderer only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import SwotKind

#: Certifications expiring this many days after the meeting (or fewer) are flagged.
EXPIRY_WARNING_DAYS = 90


@dataclass(frozen=True)
class CertificationLine:
    """A certification with its state on the meeting date.

    Attributes:
        expiring: expires within :data:`EXPIRY_WARNING_DAYS` after the meeting.
        expired: already expired on the meeting date (or marked expired).
    """

    certification: r.Certification
    expiring: bool = False
    expired: bool = False


@dataclass(frozen=True)
class ActionLine:
    """A plan action with the name of the network member responsible for it."""

    action: r.PlanAction
    responsible_name: str = ""
    overdue: bool = False


@dataclass(frozen=True)
class PlanSection:
    """One development plan, its actions in reading order and its roll-up.

    Attributes:
        progress_pct: the plan's roll-up progress (budget-weighted where every
            counted action has a budget, else the plain mean).
        weighted_by_budget: which of the two methods gave ``progress_pct``.
        budget_thb: total budget of the actions that are not cancelled.
    """

    plan: r.Plan
    actions: list[ActionLine]
    progress_pct: int
    weighted_by_budget: bool
    budget_thb: float


@dataclass(frozen=True)
class ObservedProgress:
    """Progress an officer saw on one plan action during a visit."""

    progress: r.VisitProgress
    action_description: str


@dataclass(frozen=True)
class VisitEntry:
    visit: r.Visit
    observed: list[ObservedProgress] = field(default_factory=list)


@dataclass(frozen=True)
class PacketProduct:
    """Everything the packet says about one product on the agenda.

    Attributes:
        photo: the photo shown: one the officer ticked "in the packet" on a
            visit (the latest visit's first), else the product's first photo.
        photo_file: the chosen photo's file on disk, ``None`` when the product
            has no photo (or its file is missing).
        swot: analysis points per kind, each list in the committee's order;
            every kind is present, possibly empty.
        plans: the plans of the meeting's fiscal year, or the latest plan.
        progress_pct: roll-up progress over ``plans``; ``None`` without a plan.
        visits: field visits to the producer on or before the meeting date,
            newest first.
    """

    producer: r.Producer
    product: r.Product
    certifications: list[CertificationLine]
    photo: r.Photo | None
    photo_file: Path | None
    swot: dict[SwotKind, list[r.SwotItem]]
    plans: list[PlanSection]
    progress_pct: int | None
    visits: list[VisitEntry]

    @property
    def last_visit_on(self) -> date | None:
        return self.visits[0].visit.visited_on if self.visits else None

    @property
    def flagged_certifications(self) -> list[CertificationLine]:
        """Certifications the committee should act on: expiring soon or expired."""
        return [c for c in self.certifications if c.expiring or c.expired]

    @property
    def budget_thb(self) -> float:
        return sum(p.budget_thb for p in self.plans)


@dataclass(frozen=True)
class PacketData:
    """A whole packet: the meeting, its province and its agenda products in order.

    Attributes:
        province: the province most of the agenda's producers are in ('' if unknown).
        include_personal_data: phone numbers were kept; when False they were
            removed from the records and from free text before rendering.
    """

    meeting: r.Meeting
    province: str
    products: list[PacketProduct]
    include_personal_data: bool = False

    @property
    def budget_thb(self) -> float:
        return sum(p.budget_thb for p in self.products)
