"""The visit form's state as plain JSON: what drafts store and give back.

Field values are kept as the widgets hold them (raw text), so a draft
restores exactly what was typed; a stored visit is turned into the same
shape by :func:`stored_state`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from kbo_desktop.domain.codec import to_contract
from kbo_desktop.domain.thai_dates import parse_thai_date
from kbo_desktop.services.location import format_lat_lon
from kbo_desktop.services.visits import VisitDetail
from kbo_desktop.ui.visits.observations import ObservationRow
from kbo_desktop.ui.widgets.be_date_edit import BeDateEdit, format_be_date


def new_state(visit_id: str, producer_id: str, purpose: str = "") -> dict[str, Any]:
    """A new visit dated today, in the form's state shape."""
    return {
        "visit_id": visit_id,
        "is_new": True,
        "producer_id": producer_id,
        "visitedOnEdit": format_be_date(date.today()),
        "purposeEdit": purpose,
    }


def observation_rows(rows: Sequence[ObservationRow]) -> list[dict[str, Any]]:
    """Every row of the observations table, touched or not, as plain values
    (undo steps keep them all; a draft keeps only the touched ones)."""
    return [
        {
            "action_id": row.choice.action.id,
            "observed": row.observed,
            "status": row.status.value,
            "progress": row.progress,
            "note": row.note,
        }
        for row in rows
    ]


def stored_state(detail: VisitDetail) -> dict[str, Any]:
    """A stored visit in the form's state shape."""
    v = detail.visit
    return {
        "visit_id": v.id,
        "is_new": False,
        "base": to_contract(v),
        "producer_id": v.producer_id,
        "visitedOnEdit": "",
        "visited_on": v.visited_on.isoformat() if v.visited_on else "",
        "follow_up_on": v.follow_up_on.isoformat() if v.follow_up_on else "",
        "officersEdit": ", ".join(v.officers),
        "purposeEdit": v.purpose,
        "findingsEdit": v.findings,
        "recommendationsEdit": v.recommendations,
        "locationEdit": format_lat_lon(v.lat, v.lon),
        "observations": [
            {
                "action_id": o.plan_action_id,
                "observed": True,
                "status": (o.status or "planned"),
                "progress": o.progress_pct or 0,
                "note": o.note,
            }
            for o in detail.observations
        ],
        "photos": [to_contract(p) for p in detail.photos],
    }


def restore_date(edit: BeDateEdit, text: str) -> None:
    """Put typed date text back: as a date when it reads as one, else as the raw text."""
    try:
        edit.set_date(parse_thai_date(text) if text.strip() else None)
    except ValueError:
        edit.line_edit.setText(text)
