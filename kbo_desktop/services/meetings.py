"""Committee meetings: listing them, the products they can put on the agenda, saving.

A meeting is what the provincial committee prints a packet for, so the
meetings tab needs three things from the store: the meetings, newest first
(the one being prepared is nearly always the latest); every live product that
could go on the agenda, with enough about its producer to find it in a list of
a few hundred (producer name, district, category, whether it is one of the
year's KBO targets); and a save that tidies what a form hands in (blank agenda
lines, a product ticked twice) before the usual validation.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, Quadrant
from kbo_desktop.domain.thai_admin import thai_sort_key
from kbo_desktop.services.records import RecordService, live_products_with_producers
from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)

#: What :meth:`MeetingService.delete` returns and :meth:`MeetingService.restore` takes.
Deletion = list[tuple[type[r.Record], str]]


@dataclass(frozen=True)
class AgendaProduct:
    """One product the committee could put on a meeting's agenda."""

    product_id: str
    name: str
    producer_name: str
    amphoe: str
    category: Category
    kbo_target: bool
    star_rating: int | None = None
    quadrant: Quadrant | None = None


class MeetingService:
    """Meeting use cases over one :class:`Database` (each call one transaction)."""

    def __init__(self, db: Database):
        self.db = db
        self.records = RecordService(db)

    def list_meetings(self) -> list[r.Meeting]:
        """Live meetings, newest first (by date, then by last change)."""
        meetings = self.records.list(r.Meeting)
        return sorted(
            meetings,
            key=lambda mt: (mt.held_on or date.min, mt.updated_at or datetime.min, mt.title),
            reverse=True,
        )

    def get(self, meeting_id: str) -> r.Meeting:
        """One live meeting.

        Raises:
            NotFoundError: there is no such meeting, or it was deleted.
        """
        return self.records.get(r.Meeting, meeting_id)

    def product_choices(self) -> list[AgendaProduct]:
        """Every live product of a live producer, by district, producer and name
        in Thai dictionary order (the order a district officer reads a list in)."""
        rows = live_products_with_producers(self.db)
        choices = [
            AgendaProduct(
                product_id=product.id,
                name=product.name,
                producer_name=producer.name,
                amphoe=producer.address_amphoe or "",
                category=product.category,
                kbo_target=bool(product.kbo_target),
                star_rating=product.star_rating,
                quadrant=product.quadrant,
            )
            for product, producer in rows
        ]
        return sorted(
            choices,
            key=lambda c: (
                thai_sort_key(c.amphoe),
                thai_sort_key(c.producer_name),
                thai_sort_key(c.name),
            ),
        )

    def save(self, meeting: r.Meeting) -> r.Meeting:
        """Store a meeting after tidying it; returns it as stored.

        Title and venue lose surrounding spaces, blank agenda lines are
        dropped, and a product listed twice keeps its first place.

        Raises:
            ValidationErrors: title or date missing, or a product on the agenda
                no longer exists (each problem names its field).
        """
        tidy = replace(
            meeting,
            title=meeting.title.strip(),
            venue=meeting.venue.strip(),
            agenda=[item.strip() for item in meeting.agenda if item.strip()],
            product_ids=list(dict.fromkeys(meeting.product_ids)),
            minutes=meeting.minutes.rstrip(),
        )
        saved = self.records.save(tidy)
        log.info("saved meeting %s with %d products", saved.id, len(saved.product_ids))
        return saved

    def delete(self, meeting_id: str) -> Deletion:
        """Tombstone a meeting; returns what :meth:`restore` needs to undo it."""
        return self.records.delete(r.Meeting, meeting_id)

    def restore(self, deletion: Deletion) -> None:
        """Undo a :meth:`delete`."""
        self.records.restore(deletion)
