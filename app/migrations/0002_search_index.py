"""0002: trigram full-text indexes so address and phone fragments are found without a full scan
(R1.4, R5.5). SQLite only (FTS5); PostgreSQL searches fragments with LIKE. Frozen: never edit."""

from __future__ import annotations

import peewee

_INDEXED = [("site", "address"), ("customer_phone", "phone")]


def apply(db: peewee.Database) -> None:
    if not isinstance(db, peewee.SqliteDatabase):
        return
    for table, column in _INDEXED:
        fts = f"{table}_fts"
        db.execute_sql(
            f'CREATE VIRTUAL TABLE "{fts}" USING fts5("{column}", content="{table}", '
            f"content_rowid=\"id\", tokenize='trigram')"
        )
        db.execute_sql(
            f'CREATE TRIGGER "{fts}_ai" AFTER INSERT ON "{table}" BEGIN '
            f'INSERT INTO "{fts}"(rowid, "{column}") VALUES (new."id", new."{column}"); END'
        )
        db.execute_sql(
            f'CREATE TRIGGER "{fts}_ad" AFTER DELETE ON "{table}" BEGIN '
            f'INSERT INTO "{fts}"("{fts}", rowid, "{column}") VALUES (\'delete\', old."id", old."{column}"); END'
        )
        db.execute_sql(
            f'CREATE TRIGGER "{fts}_au" AFTER UPDATE OF "{column}" ON "{table}" BEGIN '
            f'INSERT INTO "{fts}"("{fts}", rowid, "{column}") VALUES (\'delete\', old."id", old."{column}"); '
            f'INSERT INTO "{fts}"(rowid, "{column}") VALUES (new."id", new."{column}"); END'
        )
        db.execute_sql(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
