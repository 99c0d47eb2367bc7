"""Follow-up reminders: who should be visited again and which plan actions fall due.

Shown when the program opens and in the visit tab. A producer needs a visit
when the follow-up date of its *latest* visit has passed or comes within
:data:`~kbo_desktop.services.visits.FOLLOW_UP_WINDOW_DAYS`; a later visit
answers an earlier visit's follow-up. A plan action needs attention when it is
open (neither done nor cancelled) and due within the same window or overdue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from kbo_desktop.domain.enums import ActionStatus
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.services.visits import CLOSED, FOLLOW_UP_WINDOW_DAYS
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database


@dataclass(frozen=True)
class FollowUpReminder:
    producer_id: str
    producer_name: str
    amphoe: str
    visit_id: str
    follow_up_on: date
    days: int  # negative: overdue by that many days


@dataclass(frozen=True)
class ActionReminder:
    action_id: str
    description: str
    product_name: str
    producer_id: str
    producer_name: str
    due_on: date
    status: ActionStatus
    progress_pct: int
    days: int


@dataclass
class Reminders:
    """Everything due, most urgent first."""

    today: date
    follow_ups: list[FollowUpReminder] = field(default_factory=list)
    actions: list[ActionReminder] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.follow_ups and not self.actions

    def lines(self, limit: int = 8) -> list[str]:
        """Thai lines for a message box, a few of each kind."""
        out = []
        for f in self.follow_ups[:limit]:
            out.append(f"• {f.producer_name} (อ.{f.amphoe}) — {when(f.follow_up_on, f.days)}")
        if len(self.follow_ups) > limit:
            out.append(f"  และอีก {len(self.follow_ups) - limit} ราย")
        for a in self.actions[:limit]:
            out.append(
                f"• {a.description} — {a.product_name} — {when(a.due_on, a.days, 'ครบกำหนด')}"
            )
        if len(self.actions) > limit:
            out.append(f"  และอีก {len(self.actions) - limit} กิจกรรม")
        return out


def when(day: date, days: int, verb: str = "นัดติดตาม") -> str:
    """``เลยกำหนด 3 วัน (6 ธ.ค. 2565)``, ``นัดติดตามวันนี้``, ``นัดติดตามอีก 5 วัน (…)``."""
    shown = format_thai_date(day)
    if days < 0:
        return f"เลยกำหนด {-days} วัน ({shown})"
    if days == 0:
        return f"{verb}วันนี้ ({shown})"
    return f"{verb}อีก {days} วัน ({shown})"


def reminders(
    db: Database, today: date | None = None, window_days: int = FOLLOW_UP_WINDOW_DAYS
) -> Reminders:
    """Follow-ups and plan actions due by ``today + window_days`` (overdue ones included)."""
    today = today or date.today()
    horizon = today + timedelta(days=window_days)
    v, p = m.VisitRow, m.ProducerRow
    latest = (
        select(v.producer_id, func.max(v.visited_on).label("last"))
        .where(v.deleted.is_(False))
        .group_by(v.producer_id)
        .subquery()
    )
    visits = (
        select(v.id, v.producer_id, v.follow_up_on, p.name, p.address_amphoe)
        .join(latest, (latest.c.producer_id == v.producer_id) & (latest.c.last == v.visited_on))
        .join(p, p.id == v.producer_id)
        .where(
            v.deleted.is_(False),
            p.deleted.is_(False),
            v.follow_up_on.is_not(None),
            v.follow_up_on <= horizon,
        )
    )
    a, pl, pr = m.PlanActionRow, m.PlanRow, m.ProductRow
    actions = (
        select(a, pr.name, p.id, p.name)
        .join(pl, a.plan_id == pl.id)
        .join(pr, pl.product_id == pr.id)
        .join(p, pr.producer_id == p.id)
        .where(
            a.deleted.is_(False),
            pl.deleted.is_(False),
            pr.deleted.is_(False),
            p.deleted.is_(False),
            a.status.not_in(CLOSED),
            a.due_on.is_not(None),
            a.due_on <= horizon,
        )
    )
    found = Reminders(today)
    seen: set[str] = set()
    with db.reading() as session:
        for visit_id, producer_id, follow_up_on, name, amphoe in session.execute(visits):
            if producer_id in seen or follow_up_on is None:  # one reminder per producer
                continue
            seen.add(producer_id)
            found.follow_ups.append(
                FollowUpReminder(
                    producer_id, name, amphoe, visit_id, follow_up_on, (follow_up_on - today).days
                )
            )
        for row, product_name, producer_id, producer_name in session.execute(actions):
            if row.due_on is None:  # excluded by the query; keeps the type checker sure
                continue
            found.actions.append(
                ActionReminder(
                    row.id,
                    row.description,
                    product_name,
                    producer_id,
                    producer_name,
                    row.due_on,
                    row.status,
                    row.progress_pct,
                    (row.due_on - today).days,
                )
            )
    found.follow_ups.sort(key=lambda f: (f.follow_up_on, f.producer_name))
    found.actions.sort(key=lambda x: (x.due_on, x.producer_name, x.description))
    return found
