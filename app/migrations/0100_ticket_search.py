"""0100: trigram full-text indexes over tickets (number, contact phone, problem) and customers'
names, so the intake list's text filter finds any ticket of any year without walking every
ticket (issue 20). SQLite only (FTS5); PostgreSQL filters with LIKE. Frozen: never edit."""

from __future__ import annotations

import peewee

# table → the columns its trigram index covers
_INDEXED = {"ticket": ("number", "contact_phone", "problem"), "customer": ("name",)}


def apply(db: peewee.Database) -> None:
    if not isinstance(db, peewee.SqliteDatabase):
        return
    for table, columns in _INDEXED.items():
        fts = f"{table}_fts"
        cols = ", ".join(f'"{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        db.execute_sql(
            f'CREATE VIRTUAL TABLE "{fts}" USING fts5({cols}, content="{table}", '
            f"content_rowid=\"id\", tokenize='trigram')"
        )
        db.execute_sql(
            f'CREATE TRIGGER "{fts}_ai" AFTER INSERT ON "{table}" BEGIN '
            f'INSERT INTO "{fts}"(rowid, {cols}) VALUES (new."id", {new}); END'
        )
        db.execute_sql(
            f'CREATE TRIGGER "{fts}_ad" AFTER DELETE ON "{table}" BEGIN '
            f'INSERT INTO "{fts}"("{fts}", rowid, {cols}) VALUES (\'delete\', old."id", {old}); END'
        )
        db.execute_sql(
            f'CREATE TRIGGER "{fts}_au" AFTER UPDATE OF {cols} ON "{table}" BEGIN '
            f'INSERT INTO "{fts}"("{fts}", rowid, {cols}) VALUES (\'delete\', old."id", {old}); '
            f'INSERT INTO "{fts}"(rowid, {cols}) VALUES (new."id", {new}); END'
        )
        db.execute_sql(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
