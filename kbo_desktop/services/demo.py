"""``kbo-desktop demo``: a realistic Loei province to try the program on.

The content (:mod:`demo_content`) is the KBO programme of fiscal year 2566 as
a Loei office would record it. Here it is moved, whole years at a time, so
the programme began three to fifteen months before today: analyses dated
after the first committee meeting, plans for that fiscal year, visits up to
today, some follow-ups still ahead. ``scale`` repeats the province N times
for benchmarks: the first copy is the twenty groups exactly as written, each
further copy has a longer history (:mod:`demo_extra`: more products per
group, analyses and visits from earlier programme years), so a large scale
looks like a national office's data. The same ``scale`` on the same day
gives the same data (ids included), because every choice comes from one
seeded random generator. Rows are written in batches with bulk statements
(:mod:`kbo_desktop.store.bulk`), so even scale 500 stays within memory.
"""

from __future__ import annotations

import io
import logging
import random
import re
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy import func, select

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.enums import (
    ActionStatus,
    Category,
    CertificationStatus,
    MemberKind,
    PhotoExt,
    PhotoOwnerKind,
    PlanArea,
    ProducerType,
    Quadrant,
    Standard,
    SwotKind,
)
from kbo_desktop.domain.errors import KboError
from kbo_desktop.domain.thai_dates import add_years, fiscal_year_be
from kbo_desktop.services import demo_content as content
from kbo_desktop.services import demo_extra
from kbo_desktop.services.photos import store_bytes
from kbo_desktop.services.search import sync_index
from kbo_desktop.store.bulk import bulk_load, insert_records
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import ROW_TYPES
from kbo_desktop.store.models import ProducerRow

log = logging.getLogger(__name__)
_BASE_START_YEAR = 2022  # content's programme began 17 Nov 2022 (FY 2566)
_VALIDATE_UP_TO_SCALE = 5  # checking every rule of 100k generated records adds nothing
_WRITE_EVERY = 20_000  # records held before they are written
_BULK_LOAD_FROM_SCALE = 10  # from here, indexes are built once after loading (store.bulk.bulk_load)
Sink = Callable[[dict[type[r.Record], list[r.Record]]], None]


class _Timeline:
    """Dates of the programme year, moved so it is current relative to ``today``."""

    def __init__(self, today: date):
        year = today.year
        while date(year, 11, 17) + timedelta(days=90) > today:
            year -= 1
        self.today = today
        self.shift = year - _BASE_START_YEAR
        self.first_meeting = date(year, 11, 17)
        self.workshop = date(year, 12, 6)
        self.meeting = date(year + 1, 3, 21)
        self.fiscal_year = fiscal_year_be(self.meeting)
        self.fy_end = date(year + 1, 9, 30)

    def text(self, value: str, years_back: int = 0) -> str:
        """Move Buddhist Era years written in the content (``2566``, ``1/2566``),
        to the programme year ``years_back`` years before the current one."""
        shift = self.shift - years_back
        if not shift:
            return value
        return re.sub(r"(?<!\d)25(\d\d)(?!\d)", lambda m: str(int(m.group(0)) + shift), value)

    def source_date(self, source: str, rng: random.Random) -> date:
        if "ครั้งที่ 1/" in source:
            return self.first_meeting
        if "เวทีวิเคราะห์" in source:
            return self.workshop + timedelta(days=rng.randint(0, 1))
        return self.workshop + timedelta(days=rng.randint(-14, 40))


class _Builder:
    """Generates the records; hands them to ``sink`` a few thousand at a time,
    always whole producers, so every batch's references are in it or before it."""

    def __init__(self, db: Database, scale: int, today: date, sink: Sink):
        self.db = db
        self.scale = scale
        self.rng = random.Random(f"kbo-demo-{scale}")
        self.when = _Timeline(today)
        self.sink = sink
        self.out: dict[type[r.Record], list[r.Record]] = {cls: [] for cls in r.RECORD_TYPES}
        self.held = 0
        self.counts: Counter[str] = Counter()
        self.members: dict[str, r.NetworkMember] = {}
        self.target_products: list[str] = []
        self.images = self._images()

    # -- helpers -------------------------------------------------------------
    def _id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _stamp(self, day: date) -> datetime:
        return datetime.combine(min(day, self.when.today), time(3, 0), UTC)

    def _add(self, record: r.Record, day: date) -> Any:
        record.updated_at = self._stamp(day)
        self.out[type(record)].append(record)
        self.held += 1
        return record

    def _hand_over(self) -> None:
        for cls, items in self.out.items():
            self.counts[cls.COLLECTION] += len(items)
        self.sink(self.out)
        self.out = {cls: [] for cls in r.RECORD_TYPES}
        self.held = 0

    def _images(self) -> list[tuple[str, PhotoExt]]:
        """A few generated pictures (colour fields with simple shapes), stored once each."""
        palette = [("#1f4e79", "#8fb8de"), ("#7a3e00", "#f2c28b"), ("#2e6b30", "#b9e0a5"),
                   ("#5b2a86", "#d2b7ef"), ("#8a1c1c", "#f5b3b3"), ("#0f5f5f", "#9fe0e0")]  # fmt: skip
        stored = []
        for dark, light in palette:
            image = Image.new("RGB", (640, 480), light)
            draw = ImageDraw.Draw(image)
            for i in range(0, 640, 40):
                draw.rectangle([i, 300 + (i % 80), i + 24, 480], fill=dark)
            draw.ellipse([420, 40, 580, 200], fill=dark)
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=80)
            stored.append((store_bytes(self.db, buffer.getvalue(), PhotoExt.JPG), PhotoExt.JPG))
        return stored

    # -- the province ---------------------------------------------------------
    def build(self) -> None:
        for item in content.NETWORK_MEMBERS:
            member = r.NetworkMember(id=self._id(), name=item.name, kind=MemberKind(item.kind),
                                     organization=item.organization, expertise=item.expertise,
                                     phone=item.phone, email=item.email)  # fmt: skip
            self.members[item.key] = self._add(member, self.when.first_meeting - timedelta(days=30))
        for copy in range(self.scale):
            for producer in content.PRODUCERS:
                self._producer(producer, copy)
                if self.held >= _WRITE_EVERY:
                    self._hand_over()
        self._meeting()
        self._hand_over()

    def _producer(self, item: content.Producer, copy: int) -> None:
        suffix = f" (ชุดที่ {copy + 1})" if copy else ""
        address = r.Address(**item.address._asdict())
        producer = r.Producer(
            id=self._id(), name=item.name + suffix, producer_type=ProducerType(item.producer_type),
            otop_registration_no=item.otop_registration_no + (f"-{copy + 1}" if copy else ""),
            contact_name=item.contact_name, phone=item.phone, members_count=item.members_count,
            address=address, notes=self.when.text(item.notes),
        )  # fmt: skip
        self._add(producer, self.when.first_meeting - timedelta(days=60))
        actions: list[r.PlanAction] = []
        products: list[r.Product] = []
        for product_item in item.products:
            products.append(self._product(producer, product_item, actions))
        self._visits(producer, actions)
        if copy:
            self._history(producer, products)

    def _product(self, producer: r.Producer, item: content.Product, actions: list[r.PlanAction]) -> r.Product:
        when, rng = self.when, self.rng
        product = r.Product(
            id=self._id(), producer_id=producer.id, name=item.name, category=Category(item.category),
            description=when.text(item.description), star_rating=item.star_rating,
            star_rating_year_be=item.star_rating_year_be + when.shift if item.star_rating_year_be else None,
            quadrant=Quadrant(item.quadrant) if item.quadrant else None, price_thb=float(item.price_thb),
            annual_sales_thb=float(item.annual_sales_thb), sales_channels=list(item.sales_channels),
            kbo_target=item.kbo_target,
        )  # fmt: skip
        self._add(product, when.first_meeting)
        if item.kbo_target:
            self.target_products.append(product.id)
            sha, ext = self.images[len(self.target_products) % len(self.images)]
            self._add(r.Photo(id=self._id(), sha256=sha, ext=ext, owner_kind=PhotoOwnerKind.PRODUCT,
                              owner_id=product.id, caption=content.PHOTO_CAPTIONS[1],
                              taken_on=when.workshop), when.workshop)  # fmt: skip
        holds_fda = False
        for cert in item.certifications:
            status = CertificationStatus(cert.status)
            holds_fda |= cert.standard == "fda" and status is CertificationStatus.HELD
            issued = expires = None
            if status in (CertificationStatus.HELD, CertificationStatus.EXPIRED):
                issued = when.meeting - timedelta(days=rng.randint(400, 1100))
                expires = add_years(issued, 3)
            self._add(r.Certification(id=self._id(), product_id=product.id, standard=Standard(cert.standard),
                                      status=status, number=when.text(cert.number), issued_on=issued,
                                      expires_on=expires), when.first_meeting)  # fmt: skip
        weaknesses = []
        for position, point in enumerate(content.SWOT_POINTS.get(item.name, ())):
            source = when.text(point.source)
            swot = r.SwotItem(id=self._id(), product_id=product.id, kind=SwotKind(point.kind),
                              text=when.text(point.text), source=source,
                              recorded_on=when.source_date(source, rng), position=position)  # fmt: skip
            self._add(swot, swot.recorded_on or when.workshop)
            if swot.kind is SwotKind.WEAKNESS:
                weaknesses.append((swot, set(point.tags)))
        if item.kbo_target:
            actions += self._plan(producer, product, weaknesses, holds_fda)
        return product

    def _plan(self, producer: r.Producer, product: r.Product, weaknesses: list[tuple[r.SwotItem, set[str]]],
              holds_fda: bool) -> list[r.PlanAction]:  # fmt: skip
        when, rng = self.when, self.rng
        fits = [t for t in content.PLAN_ACTION_TEMPLATES if not t.categories or product.category.value in t.categories]
        names = {"product": product.name, "group": producer.name, "year": when.fiscal_year}
        goals = list(content.PLAN_GOALS.get(product.category.value, ())) + list(content.PLAN_GOALS[""])
        if holds_fda and product.category in (Category.FOOD, Category.HERBAL_NON_FOOD):
            goals = goals[1:]  # the first food/herbal goal is about getting อย.
        plan = r.Plan(id=self._id(), product_id=product.id, fiscal_year_be=when.fiscal_year,
                      title=rng.choice(content.PLAN_TITLE_PATTERNS).format(**names),
                      goal=rng.choice(goals).format(**names))  # fmt: skip
        self._add(plan, when.workshop + timedelta(days=20))
        chosen: list[tuple[content.ActionTemplate, r.SwotItem | None]] = []
        for swot, tags in weaknesses:
            options = [t for t in fits if set(t.tags) & tags and t not in [c[0] for c in chosen]]
            if options:
                chosen.append((rng.choice(options), swot))
        wanted = rng.randint(3, 6)
        extra = [t for t in fits if t not in [c[0] for c in chosen]]
        rng.shuffle(extra)
        while len(chosen) < wanted and extra:
            chosen.append((extra.pop(), None))
        actions = []
        for template, swot in chosen[:wanted]:
            start = date(when.meeting.year, 1, 1) + timedelta(days=rng.randint(0, 120))
            due = min(start + timedelta(days=rng.randint(30, 150)), when.fy_end)
            status, progress = self._status(start, due)
            member = self.members.get(template.member_key)
            action = r.PlanAction(
                id=self._id(), plan_id=plan.id, area=PlanArea(template.area), description=template.description,
                addresses_swot_item_id=swot.id if swot else None,
                responsible_member_id=member.id if member else None, start_on=start, due_on=due,
                budget_thb=float(template.budget_thb), status=status, progress_pct=progress,
            )  # fmt: skip
            actions.append(self._add(action, min(due, when.today)))
        return actions

    def _status(self, start: date, due: date) -> tuple[ActionStatus, int]:
        today = self.when.today
        if start > today:
            return ActionStatus.PLANNED, 0
        if due < today:
            if self.rng.random() < 0.75:
                return ActionStatus.DONE, 100
            return ActionStatus.DELAYED, self.rng.choice([30, 50, 60, 80])
        elapsed = (today - start).days / max(1, (due - start).days)
        return ActionStatus.IN_PROGRESS, max(10, min(90, round(elapsed * 100 / 10) * 10))

    def _visits(self, producer: r.Producer, actions: list[r.PlanAction]) -> None:
        when, rng = self.when, self.rng
        first = when.workshop + timedelta(days=rng.randint(30, 50))
        last = min(when.today - timedelta(days=3), when.fy_end + timedelta(days=45))
        count = rng.randint(3, 5)
        span = max(1, (last - first).days)
        days = sorted(first + timedelta(days=rng.randint(0, span)) for _ in range(count - 1))
        days.append(last - timedelta(days=rng.randint(0, 40)))  # every group was seen recently
        for number, day in enumerate(days):
            visit = self._visit(producer, day, number)
            if number == 0:
                self._visit_photo(visit, day)
            for action in rng.sample(actions, min(len(actions), rng.randint(1, 3))):
                if action.start_on and action.start_on > day:
                    continue
                fraction = (number + 1) / count
                observed = ActionStatus.DONE if action.status is ActionStatus.DONE and fraction == 1 else (
                    ActionStatus.IN_PROGRESS if action.status is not ActionStatus.DELAYED else ActionStatus.DELAYED)
                pct = 100 if observed is ActionStatus.DONE else max(10, round(action.progress_pct * fraction / 10) * 10)
                self._add(r.VisitProgress(id=self._id(), visit_id=visit.id, plan_action_id=action.id,
                                          status=observed, progress_pct=pct,
                                          note=rng.choice(content.PROGRESS_NOTES[observed.value])), day)  # fmt: skip

    def _visit(self, producer: r.Producer, day: date, number: int, years_back: int = 0) -> r.Visit:
        when, rng = self.when, self.rng
        officers = [o.name for o in content.OFFICERS if o.amphoe == producer.address.amphoe]
        provincial = [o.name for o in content.OFFICERS if o.amphoe is None]
        team = officers[:1] + (provincial if number == 0 or rng.random() < 0.3 else [])
        visit = r.Visit(
            id=self._id(), producer_id=producer.id, visited_on=day, officers=team or provincial,
            purpose=when.text(rng.choice(content.VISIT_PURPOSES), years_back),
            findings=when.text(rng.choice(content.VISIT_FINDINGS), years_back),
            recommendations=when.text(rng.choice(content.VISIT_RECOMMENDATIONS), years_back),
            follow_up_on=day + timedelta(days=rng.randint(25, 45)),
        )  # fmt: skip
        return self._add(visit, day)

    def _visit_photo(self, visit: r.Visit, day: date) -> None:
        rng = self.rng
        sha, ext = self.images[rng.randrange(len(self.images))]
        self._add(r.Photo(id=self._id(), sha256=sha, ext=ext, owner_kind=PhotoOwnerKind.VISIT,
                          owner_id=visit.id, caption=rng.choice(content.PHOTO_CAPTIONS),
                          taken_on=day), day)  # fmt: skip

    # -- groups with a longer history (every copy after the first) ------------
    def _history(self, producer: r.Producer, products: list[r.Product]) -> None:
        """Further products, and analyses and visits of one to four earlier programme years."""
        rng = self.rng
        years = rng.choice((1, 2, 2, 3, 3, 4))
        category = products[0].category.value
        names = {p.name for p in products}
        offered = [p for p in demo_extra.EXTRA_PRODUCTS[category] if p.name not in names]
        wanted = rng.choices((0, 1, 2), weights=(3, 4, 2))[0]
        positions = {p.id: len(content.SWOT_POINTS.get(p.name, ())) for p in products}
        for item in rng.sample(offered, min(wanted, len(offered))):
            product, count = self._extra_product(producer, category, item)
            products.append(product)
            positions[product.id] = count
        for back in range(1, years + 1):
            for product in products:
                positions[product.id] = self._earlier_analysis(product, back, positions[product.id])
            self._earlier_visits(producer, back)

    def _points(self, category: str, low: int, high: int) -> list[demo_extra.GenericPoint]:
        pool = demo_extra.GENERIC_POINTS + demo_extra.CATEGORY_POINTS[category]
        return self.rng.sample(pool, self.rng.randint(low, high))

    def _extra_product(self, producer: r.Producer, category: str, item: demo_extra.ExtraProduct) -> tuple[r.Product, int]:
        """A further product with this year's analysis; returns it and its number of points."""
        when, rng = self.when, self.rng
        stars = rng.choice((None, 1, 2, 2, 3))
        product = r.Product(
            id=self._id(), producer_id=producer.id, name=item.name, category=Category(category),
            description=item.description, star_rating=stars,
            star_rating_year_be=when.fiscal_year - rng.randint(1, 3) if stars else None,
            quadrant=Quadrant(rng.choice("BCD")) if stars else None, price_thb=float(item.price_thb),
            annual_sales_thb=float(round(item.annual_sales_thb * rng.uniform(0.6, 1.5), -3)),
            sales_channels=list(item.sales_channels), kbo_target=False,
        )  # fmt: skip
        self._add(product, when.first_meeting)
        points = self._points(category, 5, 8)
        for position, point in enumerate(points):
            source = when.text(rng.choice(content.SWOT_SOURCES))
            self._add(r.SwotItem(id=self._id(), product_id=product.id, kind=SwotKind(point.kind), text=point.text,
                                 source=source, recorded_on=when.source_date(source, rng), position=position),
                      when.workshop)  # fmt: skip
        return product, len(points)

    def _earlier_analysis(self, product: r.Product, back: int, position: int) -> int:
        """Points an analysis ``back`` years ago raised; returns the next free position."""
        when, rng = self.when, self.rng
        fiscal_year = when.fiscal_year - back
        for point in self._points(product.category.value, 2, 4):
            day = add_years(when.workshop, -back) + timedelta(days=rng.randint(0, 40))
            self._add(r.SwotItem(id=self._id(), product_id=product.id, kind=SwotKind(point.kind), text=point.text,
                                 source=rng.choice(demo_extra.EARLIER_SOURCES).format(year=fiscal_year),
                                 recorded_on=day, position=position), day)  # fmt: skip
            position += 1
        return position

    def _earlier_visits(self, producer: r.Producer, back: int) -> None:
        """Two to four visits in the programme year ``back`` years ago."""
        rng, when = self.rng, self.when
        first = add_years(when.workshop, -back) + timedelta(days=20)
        span = (add_years(when.fy_end, -back) - first).days
        days = sorted(first + timedelta(days=rng.randint(0, span)) for _ in range(rng.randint(2, 4)))
        for number, day in enumerate(days):
            visit = self._visit(producer, day, number, back)
            if number == 0 and rng.random() < 0.5:
                self._visit_photo(visit, day)

    def _meeting(self) -> None:
        item, when = content.MEETING, self.when
        meeting = r.Meeting(id=self._id(), title=when.text(item.title), held_on=when.meeting,
                            venue=item.venue, agenda=[when.text(a) for a in item.agenda],
                            product_ids=self.target_products[:20],
                            minutes=when.text(item.minutes))  # fmt: skip
        self._add(meeting, when.meeting)


def build_demo(db: Database, *, scale: int = 1, today: date | None = None) -> dict[str, int]:
    """Fill an empty database with the demo province; returns counts per collection.

    Raises:
        KboError: the database already holds producers (demo data is for a new file).
    """
    with db.reading() as session:
        if session.scalar(select(func.count()).select_from(ProducerRow)):
            raise KboError(
                "ฐานข้อมูลนี้มีข้อมูลอยู่แล้ว ข้อมูลตัวอย่างต้องสร้างในฐานข้อมูลใหม่",
                "this database already holds producers; create demo data in a new database file",
                record=db.display_name(),
            )
    validate = scale <= _VALIDATE_UP_TO_SCALE
    tables = [ROW_TYPES[cls].__tablename__ for cls in r.RECORD_TYPES] if scale >= _BULK_LOAD_FROM_SCALE else []
    with db.transaction() as session, bulk_load(session, tables):

        def write(batch: dict[type[r.Record], list[r.Record]]) -> None:
            for cls in r.RECORD_TYPES:  # contract order: references are written first
                if validate:
                    for item in batch[cls]:
                        validation.check(item)
                insert_records(session, batch[cls])

        builder = _Builder(db, scale, today or date.today(), write)
        builder.build()
    sync_index(db)  # the triggers only queued the records for search: index them in bulk, once
    counts = {cls.COLLECTION: builder.counts[cls.COLLECTION] for cls in r.RECORD_TYPES}
    log.info("demo data (scale %d): %s", scale, counts)
    return counts
