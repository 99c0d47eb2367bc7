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
local one is overwritten, which is where the conflict log listens. It works
a batch at a time: one query loads the stored versions of a batch, and one
statement each inserts the new records and overwrites the outdated ones
(:mod:`kbo_desktop.store.bulk`), so its cost grows with the bundle, not with
the bundle times the database.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import to_contract
from kbo_desktop.store.bulk import has_rows, insert_records, load_records, update_records
from kbo_desktop.store.mapping import to_record

Progress = Callable[[int, int], None]
# Told about (local version before any change, incoming record, whether incoming wins).
# The local version is a record here; other callers may pass a loaded row.
Observer = Callable[[Any, r.Record, bool], None]
Batches = Iterable[tuple[type[r.Record], list[r.Record]]]
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


def _local(row: Any) -> r.Record:
    return row if isinstance(row, r.Record) else to_record(row)


def incoming_wins(row: Any, incoming: r.Record) -> bool | None:
    """True when ``incoming`` outranks the stored version (a record or a loaded
    row), False when the stored one does, None when they are the same version."""
    assert incoming.updated_at is not None  # required by the schema
    if incoming.updated_at != row.updated_at:
        return incoming.updated_at > row.updated_at
    if incoming.deleted != row.deleted:
        return incoming.deleted
    local = _local(row)
    if local == incoming and not local.extra and not incoming.extra:
        # Equal typed fields store equal values, so the canonical texts are equal too;
        # this only saves working them out. (Unknown properties are compared as text.)
        return None
    local_text, incoming_text = canonical_json(local), canonical_json(incoming)
    if local_text == incoming_text:
        return None
    return incoming_text > local_text


def _in_batches(records: Mapping[str, list[r.Record]], size: int) -> Batches:
    for cls in r.RECORD_TYPES:  # contract order: references are stored first
        items = records.get(cls.COLLECTION, [])
        for start in range(0, len(items), size):
            yield cls, items[start : start + size]


def merge_records(
    session: Session,
    records: Mapping[str, list[r.Record]] | Batches,
    *,
    apply: bool = True,
    observer: Observer | None = None,
    progress: Progress | None = None,
    total: int | None = None,
) -> MergeResult:
    """Merge decoded records into the session's database, a batch at a time.

    ``records`` is either every record by collection (merged in contract
    order, so a record's references are stored before it) or batches of one
    record type each, as :meth:`Bundle.batches` reads them; the caller
    then sees to the order (or defers foreign keys). With ``apply=False``
    nothing is written and the result says what would happen.
    ``progress`` is called with (records done, ``total``) after each batch
    and may raise to cancel; the caller's transaction then rolls everything back.
    """
    result = MergeResult(counts={cls.COLLECTION: CollectionCounts() for cls in r.RECORD_TYPES})
    if isinstance(records, Mapping):
        total = sum(len(items) for items in records.values()) if total is None else total
        records = _in_batches(records, CHUNK)
    done = 0
    empty: dict[type[r.Record], bool] = {}
    for cls, batch in records:
        done += len(batch)
        if cls not in empty:  # asked before this merge writes any row of the type
            empty[cls] = not has_rows(session, cls)
        _merge_batch(session, cls, batch, result, apply, observer, stored_none=empty[cls])
        if progress:
            progress(done, max(done, total or 0))
    return result


def _merge_batch(
    session: Session,
    cls: type[r.Record],
    batch: list[r.Record],
    result: MergeResult,
    apply: bool,
    observer: Observer | None,
    stored_none: bool = False,
) -> None:
    """Merge one batch of one record type. ``stored_none``: the table held no rows
    when the merge began (a bundle's ids are unique, so nothing in it is stored yet)."""
    counts = result.counts[cls.COLLECTION]
    items = [normalised(item) for item in batch]
    stored = {} if stored_none else load_records(session, cls, [item.id for item in items])
    added: list[r.Record] = []
    replaced: list[r.Record] = []
    for item in items:
        local = stored.get(item.id)
        if local is None:
            added.append(item)
            continue
        outcome = _decide(local, item, observer)
        counts.count(outcome)
        if outcome is not Outcome.UNCHANGED:
            replaced.append(item)
    counts.added += len(added)
    for item in added + replaced:
        if result.earliest_change is None or item.updated_at < result.earliest_change:  # type: ignore[operator]
            result.earliest_change = item.updated_at
    if apply:
        insert_records(session, added)
        update_records(session, replaced)


def _decide(local: r.Record, item: r.Record, observer: Observer | None) -> Outcome:
    wins = incoming_wins(local, item)
    if wins is None:
        return Outcome.UNCHANGED
    if observer is not None:
        observer(local, item, wins)
    if not wins:
        return Outcome.UNCHANGED
    return Outcome.DELETED if item.deleted and not local.deleted else Outcome.UPDATED
