"""Search over everything from one box, matching any part of a Thai word.

Thai has no spaces between words, so a word index would miss ``ครามบ้าน``
inside ``ย้อมครามบ้านนาอาน``. SQLite's FTS5 ``trigram`` indexes (migration
0005) find any substring of three or more characters: ``search_text`` holds
each live record's title and its other text, and ``search_title_fts`` and
``search_body_fts`` index the two. One statement per keystroke asks, for each
kind of record, for at most ``limit`` records whose title matches and at most
``limit`` whose other text matches. ``search_text`` ids are grouped by kind
(``kind.number << 40``), so each part is a rowid range that stops after
``limit`` matches however common the text is, and nothing is read row by row.

Triggers note every change to a searchable record in ``search_queue``, from
whatever wrote it; :func:`sync_index` indexes the queued records in a few
bulk statements, and each search does that first (a few milliseconds after
an edit; after a large import, in parts, see :data:`SYNC_PER_SEARCH`).

A query of one or two characters has no trigram. It looks only in the names
and titles of producers, products, plans, meetings and network members (a
bounded scan with ``instr``): what someone typing the first letters of a name
wants, and quick at national scale.

The query is always quoted as FTS5 strings (quotes doubled), so whatever is
typed (``"``, ``*``, ``OR``, ``-``, ``NEAR(``) is searched for literally and
never raises a syntax error. Thai and Arabic digits find each other
(``๕๐`` finds ``50``); letters match in any case. Databases on other servers,
or an SQLite without FTS5, fall back to ``LIKE`` over the tables.
"""

from __future__ import annotations

import functools
import itertools
import logging
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 50
MIN_INDEXED_CHARS = 3  # a trigram
_SNIPPET_CONTEXT = 30
_ZWSP = "\u200b"
_SEPARATOR = "\x1f"  # between the fields of search_text.body
_KIND_SHIFT = 40  # search_text.id = kind.number << 40 | sequence
_SHORT_FORMS = 4  # forms of a 1-2 character query compared (padded)
_LONG_PART = 8  # characters of each end of a long query looked up in the index
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(_THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", _THAI_DIGITS)


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
    number: int  # its block of search_text ids; fixed by migration 0005
    record_type: type[r.Record]
    row_type: Any
    fields: tuple[str, ...]  # the title first, then search_text.body's fields in order
    named: bool  # its title is a name: searched for one- and two-character queries

    @property
    def title_field(self) -> str:
        return self.fields[0]

    @property
    def collection(self) -> str:
        return self.record_type.COLLECTION


# Display order: what officers look for most comes first. Numbers and field
# order must match migration 0005 (tests/test_search_index.py checks).
KINDS: tuple[_Kind, ...] = (
    _Kind(1, r.Producer, m.ProducerRow,
          ("name", "contact_name", "otop_registration_no", "address_village", "address_tambon",
           "address_amphoe", "notes"), named=True),
    _Kind(2, r.Product, m.ProductRow, ("name", "description"), named=True),
    _Kind(3, r.SwotItem, m.SwotItemRow, ("text", "source"), named=False),
    _Kind(4, r.Plan, m.PlanRow, ("title", "goal"), named=True),
    _Kind(5, r.PlanAction, m.PlanActionRow, ("description",), named=False),
    _Kind(6, r.Visit, m.VisitRow, ("purpose", "findings", "recommendations"), named=False),
    _Kind(7, r.Meeting, m.MeetingRow, ("title", "venue", "minutes"), named=True),
    _Kind(8, r.NetworkMember, m.NetworkMemberRow, ("name", "organization", "expertise"),
          named=True),
)  # fmt: skip
_BY_NUMBER = {kind.number: kind for kind in KINDS}
_ORDER = {kind.number: position for position, kind in enumerate(KINDS)}

#: Thai and English labels of each searchable collection, in display order.
KIND_LABELS: dict[str, tuple[str, str]] = {
    k.record_type.COLLECTION: (k.record_type.LABEL_TH, k.record_type.LABEL_EN) for k in KINDS
}


def _id_range(kind: _Kind) -> tuple[int, int]:
    first = kind.number << _KIND_SHIFT
    return first, first + (1 << _KIND_SHIFT) - 1


def _indexed_sql(skip_queued: bool) -> str:
    """Per kind: the first ``:limit`` records whose title matches ``:match``, then the
    first ``:limit`` whose other text does."""
    parts = []
    for kind in KINDS:
        first, last = _id_range(kind)
        for in_body, index in ((0, "search_title_fts"), (1, "search_body_fts")):
            parts.append(
                f"SELECT * FROM (SELECT rowid AS id, {in_body} AS in_body FROM {index}"
                f" WHERE {index} MATCH :match AND rowid BETWEEN {first} AND {last} LIMIT :limit)"
            )
    return _with_text(parts, skip_queued)


def _short_sql(skip_queued: bool) -> str:
    """Per named kind: the first ``:limit`` titles containing any of ``:f0``…``:f3``."""
    contains = " OR ".join(f"instr(title, :f{i}) > 0" for i in range(_SHORT_FORMS))
    parts = []
    for kind in KINDS:
        if kind.named:
            first, last = _id_range(kind)
            parts.append(
                f"SELECT * FROM (SELECT id, 0 AS in_body FROM search_text"
                f" WHERE id BETWEEN {first} AND {last} AND ({contains}) LIMIT :limit)"
            )
    return _with_text(parts, skip_queued)


def _with_text(parts: list[str], skip_queued: bool) -> str:
    """The found rows with their text; without records whose change is not indexed yet."""
    queued = "(t.collection, t.record_id) NOT IN (SELECT collection, record_id FROM search_queue)"
    return (
        "SELECT found.id, found.in_body, t.record_id, t.title, t.body FROM ("
        + " UNION ALL ".join(parts)
        + ") AS found JOIN search_text AS t ON t.id = found.id"
        + (f" WHERE {queued}" if skip_queued else "")
    )


def _refill_sql(kind: _Kind) -> str:
    """Add the live records of ``kind`` named in ``search_queue`` to ``search_text``,
    after its last id, with the values the migration stores."""
    first, last = _id_range(kind)
    title, *fields = (f"coalesce(src.{name}, '')" for name in kind.fields)
    body = " || char(31) || ".join(fields) or "''"
    start = (
        f"coalesce((SELECT max(id) FROM search_text WHERE id BETWEEN {first} AND {last}), {first})"
    )
    return (
        "INSERT INTO search_text (id, collection, record_id, title, body)"
        f" SELECT {start} + row_number() OVER (ORDER BY src.rowid), '{kind.collection}', src.id,"
        f" {title}, {body} FROM {kind.row_type.__tablename__} AS src WHERE src.id IN"
        " (SELECT record_id FROM search_queue"
        f" WHERE rowid <= :upto AND collection = '{kind.collection}')"
        " AND coalesce(src.deleted, 0) = 0"
    )


def _sync_sql() -> list[str]:
    """Bring ``search_text`` and both indexes up to date with the queued records.

    Old index entries are removed with the exact text that was indexed (read
    from ``search_text``), the records' current live versions are added with
    new ids, and only those new rows are indexed.
    """
    queued = (
        "(t.collection, t.record_id) IN"
        " (SELECT collection, record_id FROM search_queue WHERE rowid <= :upto)"
    )
    statements = [
        f"INSERT INTO {index} ({index}, rowid, {column})"
        f" SELECT 'delete', t.id, t.{column} FROM search_text AS t WHERE {queued}"
        for index, column in _INDEXES
    ]
    statements.append(f"DELETE FROM search_text AS t WHERE {queued}")
    statements.append(
        "CREATE TEMP TABLE IF NOT EXISTS search_sync_start"
        " (number INTEGER PRIMARY KEY, after INTEGER)"
    )
    statements.append("DELETE FROM temp.search_sync_start")
    for kind in KINDS:
        first, last = _id_range(kind)
        statements.append(
            f"INSERT INTO temp.search_sync_start VALUES ({kind.number}, coalesce((SELECT max(id)"
            f" FROM search_text WHERE id BETWEEN {first} AND {last}), {first}))"
        )
        statements.append(_refill_sql(kind))
    added = (
        "FROM temp.search_sync_start AS s JOIN search_text AS t"
        f" ON t.id > s.after AND t.id < ((s.number + 1) << {_KIND_SHIFT})"
    )
    statements.extend(
        f"INSERT INTO {index} (rowid, {column}) SELECT t.id, t.{column} {added}"
        for index, column in _INDEXES
    )
    statements.append("DELETE FROM search_queue WHERE rowid <= :upto")
    return statements


_INDEXES = (("search_title_fts", "title"), ("search_body_fts", "body"))
_INDEXED_SQL = {skip: text(_indexed_sql(skip)) for skip in (False, True)}
_SHORT_SQL = {skip: text(_short_sql(skip)) for skip in (False, True)}
_SYNC_SQL = [text(statement) for statement in _sync_sql()]
_QUEUED_SQL = text("SELECT EXISTS (SELECT 1 FROM search_queue)")
_UPTO_SQL = text(
    "SELECT max(rowid) FROM (SELECT rowid FROM search_queue ORDER BY rowid LIMIT :count)"
)
#: The most queued changes a search indexes before it runs (a fraction of a
#: second); after a large bulk write, each search indexes the next part, and
#: records still waiting are left out of the results meanwhile.
SYNC_PER_SEARCH = 2000


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern using ``\\`` as the escape."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 string: searched for literally, whatever it contains."""
    return '"' + text.replace('"', '""') + '"'


def clean_query(query: str) -> str:
    """What is searched for: no surrounding space, display-only U+200B, control
    characters (other than tab and line breaks) or unpaired surrogates."""
    kept = (
        ch for ch in query
        if ch in "\t\n\r" or unicodedata.category(ch) not in ("Cc", "Cs") and ch != _ZWSP
    )  # fmt: skip
    return "".join(kept).strip()


def _digit_forms(needle: str) -> list[str]:
    """``needle`` as typed, with Arabic digits and with Thai digits."""
    return list(dict.fromkeys((needle, needle.translate(_TO_ARABIC), needle.translate(_TO_THAI))))


def _find(text: str, needle: str) -> int:
    """Where ``needle`` first occurs in ``text`` in any case or digits; -1 if nowhere."""
    folded = text.casefold()
    found = [at for form in _digit_forms(needle.casefold()) if (at := folded.find(form)) >= 0]
    return min(found, default=-1)


def _short_forms(needle: str) -> list[str]:
    """Every spelling of a one- or two-character ``needle`` (case, digits), padded."""
    choices = [
        dict.fromkeys(
            (ch, ch.lower(), ch.upper(), ch.translate(_TO_ARABIC), ch.translate(_TO_THAI))
        )
        for ch in needle
    ]
    forms = ["".join(p) for p in itertools.product(*choices)][:_SHORT_FORMS]
    return forms + [forms[0]] * (_SHORT_FORMS - len(forms))


def _continues_cluster(ch: str) -> bool:
    """A Thai mark or following vowel that belongs with the letter before it."""
    return unicodedata.category(ch) == "Mn" or ch in "\u0e30\u0e32\u0e33\u0e45"


def snippet(text: str, needle: str, context: int = _SNIPPET_CONTEXT) -> str:
    """The part of ``text`` around the first ``needle``, on one line."""
    flat = " ".join(text.split())
    at = _find(flat, needle)
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

    Within a kind, records whose name or title contains the query come first.
    Records written since the last search are indexed first (see
    :func:`sync_index`), unless another program or thread is writing at that
    moment; then they are left out until the next search.

    Args:
        query: any text; surrounding spaces and display-only U+200B are ignored.
        limit: the most hits per kind.
    """
    needle = clean_query(query)
    if not needle or limit <= 0:
        return []
    indexed, queued = _index_state(db)
    if queued:
        queued = not sync_index(db, wait=False, most=SYNC_PER_SEARCH)
    with db.reading() as session:
        if indexed:
            hits = _search_index(session, needle, limit, skip_queued=queued)
        else:
            hits = _search_tables(session, needle, limit)
    log.debug("search %r: %d hits", needle, len(hits))
    return hits


@functools.cache
def _trigram_available() -> bool:
    """Whether this program's SQLite has FTS5 with the trigram tokenizer.

    A database indexed elsewhere stays writable without it (the triggers only
    fill ``search_queue``); searching then falls back to ``LIKE``.
    """
    try:
        with sqlite3.connect(":memory:") as probe:
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
    except sqlite3.Error:
        log.warning("this SQLite has no FTS5 trigram tokenizer: search uses LIKE")
        return False
    return True


def _index_state(db: Database) -> tuple[bool, bool]:
    """Whether the database has the search index, and whether records wait to be indexed."""
    if not db.is_sqlite or not _trigram_available():
        return False, False
    with db.reading() as session:
        try:
            queued = session.execute(_QUEUED_SQL).scalar()
        except OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            return False, False  # an SQLite without FTS5 trigram, or an old schema
    return True, bool(queued)


def sync_index(db: Database, *, wait: bool = True, most: int | None = None) -> bool:
    """Index the records written since the last search; True when none is left waiting.

    The triggers only note which records changed; this updates the index in
    a few bulk statements: milliseconds after an edit, some seconds after
    importing a whole province. Bulk writers (imports, the demo builder)
    should call it when they finish, off the GUI thread, so that searching
    afterwards is quick.

    Args:
        wait: wait for another writer to finish; when False and the database
            is busy, return False at once (what a search does).
        most: index at most this many queued changes (the oldest).
    """
    if not _index_state(db)[1]:
        return True
    try:
        with db.transaction() as session:
            connection = session.connection()
            timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
            if not wait:
                connection.exec_driver_sql("PRAGMA busy_timeout = 0")
            try:
                count = -1 if most is None else most  # LIMIT -1: all
                upto = session.execute(_UPTO_SQL, {"count": count}).scalar()
                for statement in _SYNC_SQL:
                    session.execute(statement, {"upto": upto})
                left = session.execute(_QUEUED_SQL).scalar()
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(timeout or 0)}")
    except OperationalError as exc:
        if wait or "locked" not in str(exc) and "busy" not in str(exc):
            raise
        log.info("search index not brought up to date now: the database is busy (%s)", exc)
        return False
    return not left


def match_expression(needle: str) -> str:
    """The FTS5 query for ``needle`` in any of its digit forms, each form quoted.

    A long needle is looked up by its first and last ``_LONG_PART`` characters
    (the work grows with every trigram of the phrase); the whole needle is then
    checked in each candidate (``_search_index``).
    """
    queries = []
    for form in _digit_forms(needle):
        if len(form) > 2 * _LONG_PART:
            queries.append(
                f"({fts_phrase(form[:_LONG_PART])} AND {fts_phrase(form[-_LONG_PART:])})"
            )
        else:
            queries.append(fts_phrase(form))
    return " OR ".join(queries)


def _search_index(
    session: Session, needle: str, limit: int, *, skip_queued: bool = False
) -> list[SearchHit]:
    if len(needle) >= MIN_INDEXED_CHARS:
        params: dict[str, Any] = {"match": match_expression(needle), "limit": limit}
        rows = session.execute(_INDEXED_SQL[skip_queued], params).all()
    else:
        params = {f"f{i}": form for i, form in enumerate(_short_forms(needle))}
        rows = session.execute(_SHORT_SQL[skip_queued], params | {"limit": limit}).all()
    best: dict[tuple[int, str], tuple[tuple[Any, ...], SearchHit]] = {}
    for search_id, in_body, record_id, title, body in rows:
        kind = _BY_NUMBER[search_id >> _KIND_SHIFT]
        values = (title, *body.split(_SEPARATOR)) if in_body else (title,)
        field_at = next(
            (i for i in range(int(in_body), len(values)) if _find(values[i], needle) >= 0), None
        )
        if field_at is None:  # only some parts of a long needle, or of one across two fields
            continue
        hit = _make_hit(kind, record_id, title, kind.fields[field_at], values[field_at], needle)
        key = (_ORDER[kind.number], in_body, _find(title, needle) != 0, title, record_id)
        if (kind.number, record_id) not in best or key < best[kind.number, record_id][0]:
            best[kind.number, record_id] = (key, hit)
    hits: list[SearchHit] = []
    per_kind: dict[str, int] = {}
    for _key, hit in sorted(best.values(), key=lambda pair: pair[0]):
        per_kind[hit.collection] = per_kind.get(hit.collection, 0) + 1
        if per_kind[hit.collection] <= limit:
            hits.append(hit)
    return hits


def _search_tables(session: Session, needle: str, limit: int) -> list[SearchHit]:
    """``LIKE`` over every kind's table: for databases without the trigram index."""
    patterns = [f"%{escape_like(form)}%" for form in _digit_forms(needle)]
    hits: list[SearchHit] = []
    for kind in KINDS:
        row_type = kind.row_type
        matches: list[ColumnElement[bool]] = [
            getattr(row_type, name).like(pattern, escape="\\")
            for name in kind.fields
            for pattern in patterns
        ]
        statement = (
            select(row_type)
            .where(row_type.deleted.is_(False), or_(*matches))
            .order_by(getattr(row_type, kind.title_field))
            .limit(limit)
        )
        for row in session.scalars(statement):
            values = [str(getattr(row, name) or "") for name in kind.fields]
            field_at = next((i for i, value in enumerate(values) if _find(value, needle) >= 0), 0)
            hits.append(
                _make_hit(kind, row.id, values[0], kind.fields[field_at], values[field_at], needle)
            )
    return hits


def _make_hit(
    kind: _Kind, record_id: str, title: str, field: str, value: str, needle: str
) -> SearchHit:
    return SearchHit(
        collection=kind.collection,
        record_id=record_id,
        title=" ".join((title or record_id[:8]).split())[:80],
        snippet=snippet(value, needle),
        field=field.removeprefix("address_"),
    )
