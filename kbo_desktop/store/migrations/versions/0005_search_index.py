"""a trigram full-text index for search over everything

Searching with ``LIKE '%…%'`` reads every row of every table on each
keystroke, which grows with the data (about 200 ms at 10,000 producers). An
SQLite FTS5 index with the ``trigram`` tokenizer finds any substring of three
or more characters from the index instead, and suits Thai, which has no spaces
between words to tokenize on.

``search_text`` holds one row per live record: its collection and id, its
title (the name shown in the results) and its other searchable fields joined
by U+001F in a fixed order (``services.search.KINDS`` reads them back in the
same order). ``search_title_fts`` and ``search_body_fts`` are external-content
FTS5 indexes of its two text columns: two indexes rather than one with a
column filter, because asking one index for title matches only was several
times slower (it filters every row holding the query's trigrams anywhere).

Triggers on the source tables put the key of every inserted, updated
(searchable columns only) or deleted record into ``search_queue``, whatever
wrote it (record service, bundle imports, merges, the demo builder, raw
SQL, ``INSERT OR REPLACE``); ``services.search.sync_index`` then brings
``search_text`` and the indexes up to date from the queue in a few bulk
statements, and every search does so first. The triggers do not write the
FTS5 tables themselves: SQLite 3.40's FTS5 flushes its pending terms at
every statement savepoint, so indexing row by row from triggers made a bulk
``executemany`` several times slower (the demo build at scale 50: 5 s to
22 s), while queueing costs little and the bulk update is quick.

Later migrations: SQLite drops a table's triggers with the table, so a batch
migration that copies one of the source tables must create its triggers
again (``source_trigger_sql`` below shows them), and a new searchable field
means new triggers and queueing every record of that table. The index exists
only in SQLite databases; elsewhere the search service falls back to ``LIKE``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

log = logging.getLogger(__name__)

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: table: (its number, title column, other searchable columns in ``body`` order), as of
#: this revision. A record's ``search_text.id`` is ``number << 40`` plus a sequence, so
#: the index can be asked for one kind's matches with a rowid range.
SOURCES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    "producers": (1, "name", ("contact_name", "otop_registration_no", "address_village",
                              "address_tambon", "address_amphoe", "notes")),
    "products": (2, "name", ("description",)),
    "swot_items": (3, "text", ("source",)),
    "plans": (4, "title", ("goal",)),
    "plan_actions": (5, "description", ()),
    "visits": (6, "purpose", ("findings", "recommendations")),
    "meetings": (7, "title", ("venue", "minutes")),
    "network_members": (8, "name", ("organization", "expertise")),
}  # fmt: skip

SEPARATOR_SQL = "char(31)"

SEARCH_TABLES_SQL = (
    """CREATE TABLE search_text (
        id INTEGER PRIMARY KEY,
        collection TEXT NOT NULL,
        record_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX ix_search_text_record ON search_text (collection, record_id)",
    *(
        f"""CREATE VIRTUAL TABLE search_{column}_fts USING fts5(
            {column}, content='search_text', content_rowid='id', columnsize=0, tokenize='trigram'
        )"""
        for column in ("title", "body")
    ),
    "CREATE TABLE search_queue (collection TEXT NOT NULL, record_id TEXT NOT NULL)",
)


def _text(row: str, column: str) -> str:
    return f"coalesce({row}.{column}, '')"


def _values(table: str, row: str) -> str:
    """The collection, record id, title and body of ``row`` (``NEW`` or an alias)."""
    _number, title, fields = SOURCES[table]
    body = f" || {SEPARATOR_SQL} || ".join(_text(row, f) for f in fields) or "''"
    return f"'{table}', {row}.id, {_text(row, title)}, {body}"


def _live(row: str) -> str:
    return f"coalesce({row}.deleted, 0) = 0"


def source_trigger_sql(table: str) -> list[str]:
    """The three triggers that queue every change of ``table``'s searchable text."""
    _number, title, fields = SOURCES[table]
    watched = ("id", "deleted", title, *fields)
    changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in watched)
    queue = f"INSERT INTO search_queue (collection, record_id) VALUES ('{table}', "
    return [
        f"""CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN
            {queue}NEW.id);
        END""",
        f"""CREATE TRIGGER search_{table}_au AFTER UPDATE OF {", ".join(watched)} ON {table}
            WHEN {changed} BEGIN
            {queue}NEW.id);
            INSERT INTO search_queue (collection, record_id)
                SELECT '{table}', OLD.id WHERE OLD.id IS NOT NEW.id;
        END""",
        f"""CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN
            {queue}OLD.id);
        END""",
    ]


def fill_sql(table: str) -> str:
    """Copy ``table``'s live rows into ``search_text`` (into an empty id block)."""
    first = SOURCES[table][0] << 40
    return (
        "INSERT INTO search_text (id, collection, record_id, title, body)"
        f" SELECT {first} + row_number() OVER (ORDER BY src.rowid), {_values(table, 'src')}"
        f" FROM {table} AS src WHERE {_live('src')}"
    )


def _trigram_available() -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34 or newer)."""
    bind = op.get_bind()
    try:
        bind.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.search_probe USING fts5(x, tokenize='trigram')"
        )
    except sa.exc.OperationalError as exc:
        log.warning(
            "no search index: this SQLite lacks FTS5 trigram (%s); search will use LIKE", exc
        )
        return False
    bind.exec_driver_sql("DROP TABLE temp.search_probe")
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite" or not _trigram_available():
        return
    # pysqlite runs CREATE statements outside the transaction, so an upgrade
    # that failed half-way may have left empty tables behind: start afresh.
    downgrade()
    for statement in SEARCH_TABLES_SQL:
        op.execute(statement)
    # Fill from the existing rows, then build each index in one pass.
    for table in SOURCES:
        op.execute(fill_sql(table))
    op.execute("INSERT INTO search_title_fts (search_title_fts) VALUES ('rebuild')")
    op.execute("INSERT INTO search_body_fts (search_body_fts) VALUES ('rebuild')")
    for table in SOURCES:
        for statement in source_trigger_sql(table):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_queue")
    op.execute("DROP TABLE IF EXISTS search_title_fts")
    op.execute("DROP TABLE IF EXISTS search_body_fts")
    op.execute("DROP TABLE IF EXISTS search_text")
