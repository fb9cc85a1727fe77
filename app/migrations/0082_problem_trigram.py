"""0082: the ticket list's text filter also searches problems (app/services/ticket_list.py): on a
PostgreSQL server with pg_trgm, a GIN trigram index serves its ILIKE '%…%' instead of reading
every ticket. SQLite: nothing (its FTS5 tables). Frozen: never edit."""

from __future__ import annotations

import peewee


def apply(db: peewee.Database) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        return
    if db.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone() is None:
        return  # migration 0080 could not create it; lookups say they are slower
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "ticket_problem_trgm" ON "ticket" USING gin ("problem" gin_trgm_ops)'
    )
