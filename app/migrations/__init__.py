"""Numbered schema migrations, applied in order, each in its own transaction.

A migration is a module `NNNN_name.py` with `apply(db)`. Once landed it is never edited:
it freezes its own DDL text rather than deriving it from the current models.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil

import peewee

_TABLE = "schema_migration"


def available() -> list[str]:
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name[:4].isdigit()]
    return sorted(names)


def applied(db: peewee.Database) -> list[str]:
    if not db.table_exists(_TABLE):
        return []
    return [row[0] for row in db.execute_sql(f'SELECT "name" FROM "{_TABLE}" ORDER BY "name"').fetchall()]


def schema_version(db: peewee.Database) -> int:
    done = applied(db)
    return int(done[-1][:4]) if done else 0


def latest_version() -> int:
    return int(available()[-1][:4])


def upgrade(db: peewee.Database, target: str | None = None) -> list[str]:
    """Apply every migration not yet applied (up to `target`); returns the names applied.

    Several desks may start at once on a new or upgraded database: on PostgreSQL the first takes
    a session advisory lock and the others wait on it, then find the work done; on SQLite each
    migration runs in an IMMEDIATE transaction that re-reads what is applied once it holds the
    write lock.
    """
    if isinstance(db, peewee.SqliteDatabase):
        return _upgrade(db, target, lock="IMMEDIATE")
    from app.db import MIGRATION_LOCK_KEY

    db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
    try:
        return _upgrade(db, target, lock=None)
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))


def _upgrade(db: peewee.Database, target: str | None, lock: str | None) -> list[str]:
    if not db.table_exists(_TABLE):
        with db.atomic(lock) if lock else db.atomic():
            db.execute_sql(
                f'CREATE TABLE IF NOT EXISTS "{_TABLE}" ("name" VARCHAR(64) NOT NULL PRIMARY KEY, '
                '"applied_at" VARCHAR(32) NOT NULL)'
            )
    newly: list[str] = []
    for name in available():
        if name in set(applied(db)):
            if name == target:
                break
            continue
        module = importlib.import_module(f"{__name__}.{name}")
        with db.atomic(lock) if lock else db.atomic():
            if name in set(applied(db)):  # another desk applied it while this one waited
                continue
            module.apply(db)
            db.execute_sql(
                f'INSERT INTO "{_TABLE}" ("name", "applied_at") VALUES (%s, %s)'.replace("%s", db.param),
                (name, dt.datetime.now().isoformat(timespec="seconds")),
            )
        newly.append(name)
        if name == target:
            break
    return newly
