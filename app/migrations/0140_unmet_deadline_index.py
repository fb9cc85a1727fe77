"""0140: an index on the deadlines not yet met, by due time, so the escalation run at sign-in and on
its timer reads the missed deadlines of open tickets — a few thousand — instead of every deadline
the office ever stored (issue 20). Partial on both backends (SQLite ≥ 3.8, PostgreSQL).
Frozen: never edit."""

from __future__ import annotations

import peewee


def apply(db: peewee.Database) -> None:
    db.execute_sql(
        'CREATE INDEX "ticket_deadline_unmet_due_at" ON "ticket_deadline" ("due_at", "ticket_id")'
        ' WHERE "met_at" IS NULL'
    )
