"""0102 (R10.2): on PostgreSQL the audit trail's guard refuses with SQLSTATE 23001
(restrict_violation) instead of a bare RAISE (P0001), so a refused change surfaces as an
IntegrityError on both backends, as SQLite's RAISE(ABORT) does, and the window maps both the
same way. SQLite: nothing to do. Frozen: never edit."""

from __future__ import annotations

import peewee

_MESSAGE = "the audit trail cannot be changed or deleted"


def apply(db: peewee.Database) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        return
    db.execute_sql(
        'CREATE OR REPLACE FUNCTION "audit_entry_refuse"() RETURNS trigger LANGUAGE plpgsql AS $$ '
        f"BEGIN RAISE EXCEPTION '{_MESSAGE}' USING ERRCODE = 'restrict_violation'; END $$"
    )
