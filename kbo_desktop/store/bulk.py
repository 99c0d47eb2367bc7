"""Reading and writing many records at once, without an ORM object per row.

Imports and the demo builder move hundreds of thousands of records; going
through the unit of work would cost a Python object, attribute events and a
flush bookkeeping entry per row. These functions use one executemany
statement per batch instead, with the column values :mod:`mapping` gives,
so the rows stored are the same as :class:`RecordService` stores. They run
inside the caller's session and transaction.

:func:`bulk_load` goes further for a large load into empty tables: their
secondary indexes are dropped and built again once at the end, in the
caller's transaction (so a failed or killed load leaves the schema as it
was). Building an index from all its rows at once is several times faster
than growing it row by row in random order.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import JSON, Table, bindparam, delete, insert, select, text, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.store import models as m
from kbo_desktop.store.mapping import (
    DERIVED,
    ROW_TYPES,
    column_sources,
    meeting_links,
    record_from_values,
    row_values,
)
from kbo_desktop.store.types import utcnow

log = logging.getLogger(__name__)
# SQLite before 3.32 allows 999 parameters in one statement; an IN list stays under that.
IN_CHUNK = 500
_LINKS = cast(Table, m.MeetingProductRow.__table__)

def begin_writing(session: Session) -> None:
    """Make sure the session's transaction has begun in the database itself.

    The sqlite3 module opens it lazily, at the first INSERT, UPDATE or
    DELETE; a PRAGMA or a DROP before that would run outside it (and a DROP
    would stay done even if the transaction rolled back). An empty DELETE
    opens it.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM app_meta WHERE 0"))


def begin_reading(session: Session) -> None:
    """Have every query that follows read one snapshot of the database.

    The sqlite3 module begins no transaction for SELECTs, so each query of a
    long read (an export) would otherwise see the database as it is at that
    moment, with whatever was saved in between.
    """
    if session.get_bind().dialect.name != "sqlite":
        return  # the session's transaction is a snapshot already
    connection = session.connection()
    if not connection.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN")


@contextmanager
def bulk_load(session: Session, tables: Iterable[str]) -> Iterator[None]:
    """Around a large load into ``tables`` (expected empty): build their indexes once, at the end.

    Only for SQLite, where dropping and creating indexes is part of the
    transaction. If the block raises, nothing is rebuilt here: the caller's
    transaction rolls back, and with it the dropped indexes come back.
    """
    tables = sorted(set(tables))
    if not tables or session.get_bind().dialect.name != "sqlite":
        yield
        return
    begin_writing(session)
    names = ", ".join(f"'{name}'" for name in tables if name.isidentifier())
    indexes = session.execute(
        text(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names})")  # noqa: S608
    ).all()
    for name, _sql in indexes:  # those a constraint needs (primary keys) have no sql and stay
        session.execute(text(f'DROP INDEX "{name}"'))
    yield
    for _name, sql in indexes:
        session.execute(text(sql))
    log.info("bulk load: rebuilt %d indexes of %s", len(indexes), ", ".join(tables))


def load_records(session: Session, cls: type[r.Record], ids: Sequence[str]) -> dict[str, r.Record]:
    """The stored records among ``ids`` (tombstones included), by id: one query per 500 ids."""
    table = ROW_TYPES[cls].__table__
    found: dict[str, r.Record] = {}
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(ids[start : start + IN_CHUNK])
        rows = session.execute(select(table).where(table.c.id.in_(chunk))).all()
        if not rows:
            continue
        links = _meeting_products(session, [row.id for row in rows]) if cls is r.Meeting else {}
        for row in rows:
            found[row.id] = record_from_values(cls, row._mapping, links.get(row.id))
    return found


def has_rows(session: Session, cls: type[r.Record]) -> bool:
    """Whether ``cls``'s table holds any row at all (tombstones included)."""
    table = ROW_TYPES[cls].__table__
    return session.execute(select(table.c.id).limit(1)).first() is not None


def _meeting_products(session: Session, meeting_ids: list[str]) -> dict[str, list[str]]:
    query = (
        select(_LINKS.c.meeting_id, _LINKS.c.product_id)
        .where(_LINKS.c.meeting_id.in_(meeting_ids))
        .order_by(_LINKS.c.meeting_id, _LINKS.c.position)
    )
    links: dict[str, list[str]] = {}
    for meeting_id, product_id in session.execute(query):
        links.setdefault(meeting_id, []).append(product_id)
    return links


@functools.lru_cache(maxsize=64)  # per record type and database engine
def _insert_plan(cls: type[r.Record], dialect: Dialect) -> tuple[str, Callable[[r.Record], tuple[Any, ...]]]:
    """The INSERT of every column of ``cls``'s table with positional parameters, and a
    function giving a record's parameters: :func:`row_values` with each column's
    bind processor applied (and derived columns worked out), as Core would, written
    out as one expression."""
    table = ROW_TYPES[cls].__table__
    columns = tuple(table.columns)
    sources = column_sources(cls)
    namespace: dict[str, Any] = {"_utcnow": utcnow}
    values = []
    derived = DERIVED.get(cls, {})
    for number, column in enumerate(columns):
        if column.key in derived:
            namespace[f"_d{number}"] = derived[column.key]
            source = f"_d{number}(record)"
        else:
            source = f"record.{sources[column.key]}"
        if column.key == "updated_at":  # as row_values(keep_timestamp=True)
            source = f"({source} if {source} is not None else _utcnow())"
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            if isinstance(column.type, JSON):
                process = _with_empty_dict(process)
            namespace[f"_p{number}"] = process
            source = f"_p{number}({source})"
        values.append(source)
    code = f"def parameters(record):\n    return ({', '.join(values)},)\n"
    exec(compile(code, f"<insert {table.name}>", "exec"), namespace)  # noqa: S102
    sql = str(insert(table).compile(dialect=dialect, column_keys=[c.key for c in columns]))
    return sql, namespace["parameters"]


def _with_empty_dict(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's ``process`` with its answer for ``{}`` (most records' ``extra``) worked out once."""
    empty = process({})
    return lambda value: empty if type(value) is dict and not value else process(value)


def insert_records(session: Session, records: Iterable[r.Record]) -> int:
    """Insert new rows for ``records`` (all of one type), keeping their ``updated_at``."""
    records = list(records)
    if not records:
        return 0
    cls = type(records[0])
    connection = session.connection()
    dialect = connection.dialect
    if dialect.paramstyle == "qmark":
        # The statement Core would run, without its per-row bookkeeping: the values
        # go through the same column types, so the stored rows are the same.
        sql, parameters = _insert_plan(cls, dialect)
        connection.exec_driver_sql(sql, [parameters(item) for item in records])
    else:
        session.execute(insert(ROW_TYPES[cls].__table__), [row_values(item, keep_timestamp=True) for item in records])
    if cls is r.Meeting:
        links = [link for item in records for link in meeting_links(item)]  # type: ignore[arg-type]
        if links:
            session.execute(insert(_LINKS), links)
    return len(records)


def update_records(session: Session, records: Iterable[r.Record]) -> int:
    """Overwrite the stored rows of ``records`` (all of one type) with them, ``updated_at`` included."""
    records = list(records)
    if not records:
        return 0
    cls = type(records[0])
    table = ROW_TYPES[cls].__table__
    rows: list[dict[str, Any]] = []
    for item in records:
        values = row_values(item, keep_timestamp=True)
        values["row_id"] = values.pop("id")
        rows.append(values)
    session.execute(update(table).where(table.c.id == bindparam("row_id")), rows)
    if cls is r.Meeting:
        ids = [item.id for item in records]
        for start in range(0, len(ids), IN_CHUNK):
            session.execute(delete(_LINKS).where(_LINKS.c.meeting_id.in_(ids[start : start + IN_CHUNK])))
        links = [link for item in records for link in meeting_links(item)]  # type: ignore[arg-type]
        if links:
            session.execute(insert(_LINKS), links)
    return len(records)
