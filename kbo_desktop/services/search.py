"""Search over everything from one box, matching any part of a Thai word.

Thai has no spaces between words, so a word index would miss ``ครามบ้าน``
inside ``ย้อมครามบ้านนาอาน``; a substring match (SQL ``LIKE '%…%'``, with
``%``, ``_`` and ``\\`` in the query escaped) finds it. Each kind of record is
searched in its own query capped at ``limit`` rows so one busy kind cannot
drown the others and the box stays quick on a province's worth of data.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select

from kbo_desktop.domain import records as r
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 50
_SNIPPET_CONTEXT = 30
_ZWSP = "\u200b"


@dataclass(frozen=True)
class SearchHit:
    """One record that matched: enough to list it and to open it.

    Attributes:
        collection: the record's collection (``producers``, ``swot_items``…),
            what :meth:`TabPage.show_record` receives.
        record_id: the record's id.
        title: the record's name or title.
        snippet: the matching text around the match, ``…`` marking cuts.
        field: the field that matched (``name``, ``findings``…).
    """

    collection: str
    record_id: str
    title: str
    snippet: str
    field: str


@dataclass(frozen=True)
class _Kind:
    record_type: type[r.Record]
    row_type: Any
    title_field: str
    fields: tuple[str, ...]


# Search order is display order: what officers look for most comes first.
KINDS: tuple[_Kind, ...] = (
    _Kind(r.Producer, m.ProducerRow, "name",
          ("name", "contact_name", "otop_registration_no", "address_village", "address_tambon",
           "address_amphoe", "notes")),
    _Kind(r.Product, m.ProductRow, "name", ("name", "description")),
    _Kind(r.SwotItem, m.SwotItemRow, "text", ("text", "source")),
    _Kind(r.Plan, m.PlanRow, "title", ("title", "goal")),
    _Kind(r.PlanAction, m.PlanActionRow, "description", ("description",)),
    _Kind(r.Visit, m.VisitRow, "purpose", ("purpose", "findings", "recommendations")),
    _Kind(r.Meeting, m.MeetingRow, "title", ("title", "venue", "minutes")),
    _Kind(r.NetworkMember, m.NetworkMemberRow, "name", ("name", "organization", "expertise")),
)  # fmt: skip

#: Thai and English labels of each searchable collection, in display order.
KIND_LABELS: dict[str, tuple[str, str]] = {
    k.record_type.COLLECTION: (k.record_type.LABEL_TH, k.record_type.LABEL_EN) for k in KINDS
}


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern using ``\\`` as the escape."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _continues_cluster(ch: str) -> bool:
    """A Thai mark or following vowel that belongs with the letter before it."""
    return unicodedata.category(ch) == "Mn" or ch in "\u0e30\u0e32\u0e33\u0e45"


def snippet(text: str, needle: str, context: int = _SNIPPET_CONTEXT) -> str:
    """The part of ``text`` around the first ``needle``, on one line."""
    flat = " ".join(text.split())
    at = flat.casefold().find(needle.casefold())
    if at < 0:
        return flat[: 2 * context] + ("…" if len(flat) > 2 * context else "")
    start, end = max(0, at - context), min(len(flat), at + len(needle) + context)
    while start > 0 and _continues_cluster(flat[start]):  # never cut a Thai cluster
        start -= 1
    while end < len(flat) and _continues_cluster(flat[end]):
        end += 1
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def search(db: Database, query: str, *, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Live records of every kind containing ``query``, grouped by kind.

    Args:
        query: any text; surrounding spaces and display-only U+200B are ignored.
        limit: the most hits per kind.
    """
    needle = query.replace(_ZWSP, "").strip()
    if not needle:
        return []
    pattern = f"%{escape_like(needle)}%"
    hits: list[SearchHit] = []
    with db.reading() as session:
        for kind in KINDS:
            row_type = kind.row_type
            matches: list[ColumnElement[bool]] = [
                getattr(row_type, name).like(pattern, escape="\\") for name in kind.fields
            ]
            statement = (
                select(row_type)
                .where(row_type.deleted.is_(False), or_(*matches))
                .order_by(getattr(row_type, kind.title_field))
                .limit(limit)
            )
            for row in session.scalars(statement):
                hits.append(_hit(kind, row, needle))
    log.debug("search %r: %d hits", needle, len(hits))
    return hits


def _hit(kind: _Kind, row: Any, needle: str) -> SearchHit:
    folded = needle.casefold()
    field = next(
        (name for name in kind.fields if folded in str(getattr(row, name) or "").casefold()),
        kind.fields[0],
    )
    title = str(getattr(row, kind.title_field) or "") or row.id[:8]
    return SearchHit(
        collection=kind.record_type.COLLECTION,
        record_id=row.id,
        title=" ".join(title.split())[:80],
        snippet=snippet(str(getattr(row, field) or ""), needle),
        field=field.removeprefix("address_"),
    )
