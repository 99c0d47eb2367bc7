"""Building the printable visit record from the database.

The renderer (:mod:`kbo_desktop.reports.visit_record`) takes plain text; this
module reads the visit, its producer and observations and formats them (Thai
dates, status labels, officers' names and positions).
"""

from __future__ import annotations

import re

from kbo_desktop.domain import records as r
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.reports.visit_record import (
    ObservationLine,
    Officer,
    VisitRecordData,
    render_visit_record,
)
from kbo_desktop.services.location import format_lat_lon
from kbo_desktop.services.visit_photos import in_packet
from kbo_desktop.services.visits import VisitService
from kbo_desktop.store.database import Database


def split_officer(text: str) -> tuple[str, str]:
    """``"นายวิชัย พัฒนา (นักวิชาการพัฒนาชุมชน)"`` → name and position; the
    position may also follow `` - ``."""
    text = text.strip()
    match = re.fullmatch(r"(.+?)\s*[(（](.+)[)）]", text) or re.fullmatch(
        r"(.+?)\s+[-–]\s+(.+)", text
    )
    return (match.group(1).strip(), match.group(2).strip()) if match else (text, "")


def record_data(db: Database, visit_id: str) -> VisitRecordData:
    """What the printable visit record shows, formatted for print."""
    service = VisitService(db)
    detail = service.load_visit(visit_id)
    visit = detail.visit
    producer = service.records.get(r.Producer, visit.producer_id)
    choices = {c.action.id: c for c in service.open_actions(visit.producer_id, visit.id)}
    lines = []
    for obs in detail.observations:
        choice = choices.get(obs.plan_action_id)
        if choice is None:
            continue
        lines.append(
            ObservationLine(
                action=choice.action.description,
                product=choice.product_name,
                status=obs.status.label_th if obs.status else "-",
                progress=f"{obs.progress_pct} %" if obs.progress_pct is not None else "-",
                note=obs.note,
            )
        )
    return VisitRecordData(
        producer_name=producer.name,
        address=producer.address.one_line(),
        visited_on=format_thai_date(visit.visited_on, "long"),
        officers=[Officer(*split_officer(o)) for o in visit.officers],
        purpose=visit.purpose,
        findings=visit.findings,
        recommendations=visit.recommendations,
        follow_up_on=format_thai_date(visit.follow_up_on, "long"),
        location=format_lat_lon(visit.lat, visit.lon),
        observations=lines,
        photo_captions=[p.caption for p in detail.photos if in_packet(p) and p.caption],
        organization=f"เครือข่ายองค์ความรู้ (KBO) จังหวัด{producer.address.province}"
        if producer.address.province
        else "เครือข่ายองค์ความรู้ (KBO)",
    )


def visit_record_pdf(db: Database, visit_id: str) -> bytes:
    """The printable record of a stored visit (safe to run off the GUI thread)."""
    return render_visit_record(record_data(db, visit_id))
