"""0050 (R10.2): the audit trail is protected in the database. Each row gets `row_hash`, chained
to the row before it (app/audit_chain.py), existing rows sealed in id order; then UPDATE and
DELETE on the table are refused — SQLite by triggers, PostgreSQL by a trigger (TRUNCATE too)
and by revoking those privileges. Frozen: never edit."""

from __future__ import annotations

import peewee

from app.audit_chain import link

_MESSAGE = "the audit trail cannot be changed or deleted"


def apply(db: peewee.Database) -> None:
    db.execute_sql('ALTER TABLE "audit_entry" ADD COLUMN "row_hash" VARCHAR(64) NOT NULL DEFAULT \'\'')
    rows = db.execute_sql(
        'SELECT "id", "at", "actor_id", "actor_name", "action", "entity", "entity_id", "changes" '
        'FROM "audit_entry" ORDER BY "id"'
    ).fetchall()
    previous, sealed = "", []
    for row_id, *fields in rows:
        previous = link(previous, *fields)
        sealed.append((previous, row_id))
    if sealed:
        db.cursor().executemany(
            'UPDATE "audit_entry" SET "row_hash" = %s WHERE "id" = %s'.replace("%s", db.param), sealed
        )
    if isinstance(db, peewee.SqliteDatabase):
        for event in ("UPDATE", "DELETE"):
            db.execute_sql(
                f'CREATE TRIGGER "audit_entry_no_{event.lower()}" BEFORE {event} ON "audit_entry" '
                f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
            )
        return
    db.execute_sql(
        'CREATE OR REPLACE FUNCTION "audit_entry_refuse"() RETURNS trigger LANGUAGE plpgsql AS $$ '
        f"BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$"
    )
    db.execute_sql(
        'CREATE TRIGGER "audit_entry_no_change" BEFORE UPDATE OR DELETE ON "audit_entry" '
        'FOR EACH ROW EXECUTE FUNCTION "audit_entry_refuse"()'
    )
    db.execute_sql(
        'CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry" '
        'FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_refuse"()'
    )
    # The program's own role (and everyone else) may only read and append.
    db.execute_sql('REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entry" FROM PUBLIC')
    db.execute_sql('REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entry" FROM CURRENT_USER')
