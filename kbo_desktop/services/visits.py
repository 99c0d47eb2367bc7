"""Field visits: the visit list, a producer's open plan actions, and saving what was seen.

A visit records what officers saw in the village. The progress they observe
on a plan action is kept twice, on purpose: as a :class:`VisitProgress`
(the history: who saw what, when) and as the action's own ``status`` and
``progress_pct`` (the current state the planning tab and the committee
packet show). Both are written in one transaction by :meth:`VisitService.save_visit`.

An observation only moves the action if no *later* visit has observed that
action already: an officer typing up last month's paper notes must not undo
what a colleague recorded last week.

A visit's follow-up is *pending* while it is the producer's latest visit;
pending follow-ups that are overdue, then those due within
:data:`FOLLOW_UP_WINDOW_DAYS`, head the visit list.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import func, select

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.enums import ActionStatus, PhotoOwnerKind
from kbo_desktop.domain.errors import ValidationErrors
from kbo_desktop.services.records import RecordService, load_row
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import apply_to_row, to_record

log = logging.getLogger(__name__)

FOLLOW_UP_WINDOW_DAYS = 14
CLOSED = (ActionStatus.DONE, ActionStatus.CANCELLED)

#: Follow-up states, in the order the list shows them.
OVERDUE, SOON, LATER, NONE = "overdue", "soon", "later", "none"
_STATE_ORDER = {OVERDUE: 0, SOON: 1, LATER: 2, NONE: 2}


@dataclass(frozen=True)
class VisitFilter:
    """What the visit list shows; empty fields do not filter."""

    amphoe: str = ""
    producer_id: str = ""
    officer: str = ""
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class VisitListRow:
    id: str
    visited_on: date
    producer_id: str
    producer_name: str
    amphoe: str
    officers: tuple[str, ...]
    purpose: str
    follow_up_on: date | None
    follow_up_state: str
    observations: int
    photos: int


@dataclass(frozen=True)
class ActionChoice:
    """A plan action the officer can observe, with where it belongs."""

    action: r.PlanAction
    product_name: str
    plan_title: str
    fiscal_year_be: int


@dataclass(frozen=True)
class HistoryEntry:
    """One earlier observation of an action."""

    visit_id: str
    visited_on: date
    officers: tuple[str, ...]
    status: ActionStatus | None
    progress_pct: int | None
    note: str


@dataclass
class VisitDetail:
    """A stored visit with its observations and photos."""

    visit: r.Visit
    observations: list[r.VisitProgress] = field(default_factory=list)
    photos: list[r.Photo] = field(default_factory=list)


def follow_up_state(follow_up_on: date | None, today: date, pending: bool = True) -> str:
    if follow_up_on is None or not pending:
        return NONE
    if follow_up_on < today:
        return OVERDUE
    if follow_up_on <= today + timedelta(days=FOLLOW_UP_WINDOW_DAYS):
        return SOON
    return LATER


class VisitService:
    """Visit use cases over one :class:`Database`; each call is one transaction."""

    def __init__(self, db: Database):
        self.db = db
        self.records = RecordService(db)

    # -- reading ------------------------------------------------------------
    def list_visits(
        self, filters: VisitFilter | None = None, today: date | None = None
    ) -> list[VisitListRow]:
        """Visits matching ``filters``: overdue follow-ups first, then those due
        within two weeks (soonest first), then the rest newest first."""
        filters = filters or VisitFilter()
        today = today or date.today()
        v, p = m.VisitRow, m.ProducerRow
        query = (
            select(v, p.name, p.address_amphoe)
            .join(p, v.producer_id == p.id)
            .where(v.deleted.is_(False), p.deleted.is_(False))
        )
        if filters.amphoe:
            query = query.where(p.address_amphoe == filters.amphoe)
        if filters.producer_id:
            query = query.where(v.producer_id == filters.producer_id)
        if filters.date_from:
            query = query.where(v.visited_on >= filters.date_from)
        if filters.date_to:
            query = query.where(v.visited_on <= filters.date_to)
        latest = (
            select(v.producer_id, func.max(v.visited_on))
            .where(v.deleted.is_(False))
            .group_by(v.producer_id)
        )
        counts = {}
        with self.db.reading() as session:
            rows = session.execute(query).all()
            latest_by_producer = dict(session.execute(latest).all())
            for table, key in (
                (m.VisitProgressRow, m.VisitProgressRow.visit_id),
                (m.PhotoRow, m.PhotoRow.owner_id),
            ):
                counted = select(key, func.count()).where(table.deleted.is_(False)).group_by(key)
                counts[table] = dict(session.execute(counted).all())
        wanted = filters.officer.strip().casefold()
        found = []
        for row, name, amphoe in rows:
            officers = tuple(row.officers or ())
            if wanted and not any(wanted in o.casefold() for o in officers):
                continue
            pending = latest_by_producer.get(row.producer_id) == row.visited_on
            found.append(
                VisitListRow(
                    id=row.id,
                    visited_on=row.visited_on,
                    producer_id=row.producer_id,
                    producer_name=name,
                    amphoe=amphoe,
                    officers=officers,
                    purpose=row.purpose,
                    follow_up_on=row.follow_up_on,
                    follow_up_state=follow_up_state(row.follow_up_on, today, pending),
                    observations=counts[m.VisitProgressRow].get(row.id, 0),
                    photos=counts[m.PhotoRow].get(row.id, 0),
                )
            )
        found.sort(key=lambda f: f.visited_on, reverse=True)
        found.sort(
            key=lambda f: (
                _STATE_ORDER[f.follow_up_state],
                f.follow_up_on if f.follow_up_state in (OVERDUE, SOON) else date.min,
            )
        )
        return found

    def producer_choices(self) -> list[tuple[str, str, str]]:
        """``(id, name, amphoe)`` of every live producer, by name."""
        query = select(m.ProducerRow.id, m.ProducerRow.name, m.ProducerRow.address_amphoe).where(
            m.ProducerRow.deleted.is_(False)
        )
        with self.db.reading() as session:
            return sorted(((i, n, a) for i, n, a in session.execute(query)), key=lambda t: t[1])

    def amphoes(self) -> list[str]:
        return sorted({a for _i, _n, a in self.producer_choices() if a})

    def known_officers(self) -> list[str]:
        """Every officer name used in a visit, most used first (for completion)."""
        with self.db.reading() as session:
            lists = session.scalars(
                select(m.VisitRow.officers).where(m.VisitRow.deleted.is_(False))
            )
            tally: dict[str, int] = {}
            for officers in lists:
                for name in officers or ():
                    tally[name] = tally.get(name, 0) + 1
        return sorted(tally, key=lambda n: (-tally[n], n))

    def load_visit(self, visit_id: str) -> VisitDetail:
        visit = self.records.get(r.Visit, visit_id)
        observations = self.records.list(r.VisitProgress, visit_id=visit_id)
        photos = self.records.list(r.Photo, owner_kind=PhotoOwnerKind.VISIT, owner_id=visit_id)
        return VisitDetail(
            visit, observations, sorted(photos, key=lambda p: (p.taken_on or date.min, p.id))
        )

    def open_actions(self, producer_id: str, visit_id: str | None = None) -> list[ActionChoice]:
        """The producer's plan actions still open (neither done nor cancelled),
        plus any this visit already observed, newest fiscal year first."""
        a, pl, pr = m.PlanActionRow, m.PlanRow, m.ProductRow
        query = (
            select(a, pr.name, pl.title, pl.fiscal_year_be)
            .join(pl, a.plan_id == pl.id)
            .join(pr, pl.product_id == pr.id)
            .where(
                pr.producer_id == producer_id,
                a.deleted.is_(False),
                pl.deleted.is_(False),
                pr.deleted.is_(False),
            )
        )
        observed: set[str] = set()
        with self.db.reading() as session:
            if visit_id:
                observed = set(
                    session.scalars(
                        select(m.VisitProgressRow.plan_action_id).where(
                            m.VisitProgressRow.visit_id == visit_id,
                            m.VisitProgressRow.deleted.is_(False),
                        )
                    )
                )
            rows = session.execute(query).all()
        choices = []
        for row, product_name, title, year in rows:
            if row.status in CLOSED and row.id not in observed:
                continue
            action = to_record(row)
            assert isinstance(action, r.PlanAction)
            choices.append(ActionChoice(action, product_name, title, year))
        far = date.max
        return sorted(
            choices,
            key=lambda c: (
                -c.fiscal_year_be,
                c.product_name,
                c.action.due_on or far,
                c.action.description,
            ),
        )

    def history(self, plan_action_id: str) -> list[HistoryEntry]:
        """Every observation of one action, newest visit first."""
        vp, v = m.VisitProgressRow, m.VisitRow
        query = (
            select(vp, v.visited_on, v.officers)
            .join(v, vp.visit_id == v.id)
            .where(vp.plan_action_id == plan_action_id, vp.deleted.is_(False), v.deleted.is_(False))
            .order_by(v.visited_on.desc())
        )
        with self.db.reading() as session:
            return [
                HistoryEntry(
                    row.visit_id,
                    visited_on,
                    tuple(officers or ()),
                    row.status,
                    row.progress_pct,
                    row.note,
                )
                for row, visited_on, officers in session.execute(query)
            ]

    # -- writing ------------------------------------------------------------
    def save_visit(
        self,
        visit: r.Visit,
        observations: Sequence[r.VisitProgress],
        photos: Sequence[r.Photo] = (),
    ) -> VisitDetail:
        """Store a visit, its observations and its photos in one transaction,
        and move each observed action to the status and progress seen.

        ``observations`` and ``photos`` are the complete new lists: stored ones
        left out are deleted (tombstoned).

        Raises:
            ValidationErrors: every problem of the visit and its observations.
        """
        observations = [replace(o, visit_id=visit.id) for o in observations]
        photos = [replace(p, owner_kind=PhotoOwnerKind.VISIT, owner_id=visit.id) for p in photos]
        found = validation.problems(visit)
        for item in (*observations, *photos):
            found += validation.problems(item)
        if found:
            raise ValidationErrors(found)
        with self.db.transaction() as session:
            saved = self.records.save_in(session, visit)
            stored = {
                row.plan_action_id: row
                for row in session.scalars(
                    select(m.VisitProgressRow).where(m.VisitProgressRow.visit_id == visit.id)
                )
            }
            kept_obs = []
            for obs in observations:
                previous = stored.pop(obs.plan_action_id, None)
                if previous is not None:
                    obs = replace(obs, id=previous.id)
                kept_obs.append(self.records.save_in(session, obs))
                self._move_action(session, saved, obs)
            for row in stored.values():
                _tombstone(row)
            keep_photo_ids = {p.id for p in photos}
            query = select(m.PhotoRow).where(m.PhotoRow.owner_id == visit.id)
            for photo_row in session.scalars(query):
                if photo_row.id not in keep_photo_ids and not photo_row.deleted:
                    _tombstone(photo_row)
            kept_photos = [self.records.save_in(session, p) for p in photos]
        log.info(
            "saved visit %s with %d observations, %d photos",
            visit.id,
            len(kept_obs),
            len(kept_photos),
        )
        return VisitDetail(saved, kept_obs, kept_photos)

    def _move_action(self, session: object, visit: r.Visit, obs: r.VisitProgress) -> None:
        vp, v = m.VisitProgressRow, m.VisitRow
        assert visit.visited_on is not None
        later = session.scalars(  # type: ignore[attr-defined]
            select(vp.id)
            .join(v, vp.visit_id == v.id)
            .where(
                vp.plan_action_id == obs.plan_action_id,
                vp.deleted.is_(False),
                v.deleted.is_(False),
                v.id != visit.id,
                v.visited_on > visit.visited_on,
            )
        ).first()
        if later is not None:
            log.info("action %s has a later observation; left as it is", obs.plan_action_id)
            return
        row = load_row(session, r.PlanAction, obs.plan_action_id)  # type: ignore[arg-type]
        action = to_record(row)
        assert isinstance(action, r.PlanAction)
        changes: dict[str, object] = {}
        if obs.status is not None:
            changes["status"] = obs.status
        if obs.progress_pct is not None:
            changes["progress_pct"] = obs.progress_pct
        if changes:
            self.records.save_in(session, replace(action, **changes))  # type: ignore[arg-type]

    def delete_visit(self, visit_id: str) -> list[tuple[type[r.Record], str]]:
        """Tombstone a visit with its observations and photos (actions keep their state)."""
        return self.records.delete(r.Visit, visit_id)

    def restore(self, undo: list[tuple[type[r.Record], str]]) -> None:
        self.records.restore(undo)


def _tombstone(row: m.VisitProgressRow | m.PhotoRow) -> None:
    row.deleted = True
    apply_to_row(to_record(row), row)
