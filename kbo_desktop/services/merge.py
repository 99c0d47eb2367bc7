"""The one rule for merging an incoming record with the local one.

Every version of a record is ranked by ``(updated_at, deleted, canonical
JSON)``, and the highest rank is kept. Because that is a total order on
versions, importing the same bundles in any order ends with the same version
of every record: the newest wins, a tombstone wins a tie of timestamps, and
two different versions with the same timestamp are told apart by their
canonical contract JSON rather than by which arrived first.

:func:`merge_records` applies the rule to a set of decoded records inside a
caller's transaction (or only counts what it would do, for a preview). It
tells an optional observer about every pair of differing versions before the
local one is overwritten, which is where the conflict log listens.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import to_contract
from kbo_desktop.store.mapping import ROW_TYPES, apply_to_row, to_record

Progress = Callable[[int, int], None]
# Told about (local row before any change, incoming record, whether incoming wins).
Observer = Callable[[Any, r.Record, bool], None]
CHUNK = 500


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    DELETED = "deleted"
    UNCHANGED = "unchanged"


@dataclass
class CollectionCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)


@dataclass
class MergeResult:
    """What a merge did (or would do): counts per collection, and the oldest
    ``updated_at`` it changed locally (a later partial export must reach back to it)."""

    counts: dict[str, CollectionCounts] = field(default_factory=dict)
    earliest_change: datetime | None = None

    def changed(self) -> int:
        return sum(c.added + c.updated + c.deleted for c in self.counts.values())


def canonical_json(record: r.Record) -> str:
    """The record's contract form as one deterministic string, for tie-breaks and equality."""
    return json.dumps(
        to_contract(record), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def content(record: r.Record) -> dict[str, Any]:
    """The contract form without ``updated_at``: equal content means no real disagreement."""
    data = to_contract(record)
    data.pop("updated_at", None)
    return data


def normalised(record: r.Record) -> r.Record:
    """The record as the database will hold it, so comparisons see what storing gives back.

    A meeting's product list is stored without repeats; comparing the raw
    incoming list with the stored one would make a version differ from itself.
    """
    if isinstance(record, r.Meeting) and len(set(record.product_ids)) != len(record.product_ids):
        record.product_ids = list(dict.fromkeys(record.product_ids))
    return record


def incoming_wins(row: Any, incoming: r.Record) -> bool | None:
    """True when ``incoming`` outranks the stored ``row``, False when the row
    does, None when they are the same version."""
    assert incoming.updated_at is not None  # required by the schema
    if incoming.updated_at != row.updated_at:
        return incoming.updated_at > row.updated_at
    if incoming.deleted != row.deleted:
        return incoming.deleted
    local_text, incoming_text = canonical_json(to_record(row)), canonical_json(incoming)
    if local_text == incoming_text:
        return None
    return incoming_text > local_text


def merge_records(
    session: Session,
    records: dict[str, list[r.Record]],
    *,
    apply: bool = True,
    observer: Observer | None = None,
    progress: Progress | None = None,
) -> MergeResult:
    """Merge decoded records into the session's database, collection by collection.

    Collections go in contract order, so a record's references are stored
    before it. With ``apply=False`` nothing is written and the result says
    what would happen. ``progress`` may raise to cancel; the caller's
    transaction then rolls everything back.
    """
    result = MergeResult()
    total = sum(len(items) for items in records.values())
    done = 0
    for cls in r.RECORD_TYPES:
        items = records.get(cls.COLLECTION, [])
        counts = result.counts.setdefault(cls.COLLECTION, CollectionCounts())
        row_type = ROW_TYPES[cls]
        for start in range(0, len(items), CHUNK):
            chunk = [normalised(item) for item in items[start : start + CHUNK]]
            query = select(row_type).where(row_type.id.in_([item.id for item in chunk]))
            existing = {row.id: row for row in session.scalars(query)}
            for item in chunk:
                outcome = _merge_one(
                    session, row_type, existing.get(item.id), item, apply, observer
                )
                counts.count(outcome)
                changed_at = item.updated_at if outcome is not Outcome.UNCHANGED else None
                if changed_at and (result.earliest_change is None or changed_at < result.earliest_change):
                    result.earliest_change = changed_at
            if apply:
                session.flush()
            done += len(chunk)
            if progress:
                progress(done, total)
    return result


def _merge_one(
    session: Session,
    row_type: type[Any],
    row: Any,
    item: r.Record,
    apply: bool,
    observer: Observer | None,
) -> Outcome:
    if row is None:
        if apply:
            row = row_type(id=item.id)
            session.add(row)
            apply_to_row(item, row, keep_timestamp=True)
        return Outcome.ADDED
    wins = incoming_wins(row, item)
    if wins is None:
        return Outcome.UNCHANGED
    if observer is not None:
        observer(row, item, wins)
    if not wins:
        return Outcome.UNCHANGED
    outcome = Outcome.DELETED if item.deleted and not row.deleted else Outcome.UPDATED
    if apply:
        apply_to_row(item, row, keep_timestamp=True)
        # On a tie the timestamp does not change, and an unchanged column would
        # get the model's ``onupdate`` (now) instead of the sender's time.
        flag_modified(row, "updated_at")
    return outcome
