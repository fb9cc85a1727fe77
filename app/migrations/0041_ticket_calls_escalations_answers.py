"""0041: a ticket keeps every escalation it received (R3.2), the calls recorded on it — reminders
and acknowledgements (R1.7, R3.0) — and the answer that closes a consultation or suggestion
(R1.7). Escalations recorded on the ticket before (one recipient) are carried over.
Frozen: never edit."""

from __future__ import annotations

import peewee

SQLITE_DDL = """
CREATE TABLE "ticket_escalation" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "to" VARCHAR(32) NOT NULL, "clocks" VARCHAR(200) NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE);
CREATE INDEX "ticket_escalation_ticket_id" ON "ticket_escalation" ("ticket_id");
CREATE UNIQUE INDEX "ticket_escalation_ticket_id_to" ON "ticket_escalation" ("ticket_id", "to");
CREATE TABLE "ticket_contact" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "kind" VARCHAR(16) NOT NULL, "at" DATETIME NOT NULL, "caller" VARCHAR(64) NOT NULL, "note" TEXT NOT NULL, "recorded_by_id" INTEGER, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "ticket_contact_ticket_id" ON "ticket_contact" ("ticket_id");
CREATE INDEX "ticket_contact_recorded_by_id" ON "ticket_contact" ("recorded_by_id");
CREATE TABLE "ticket_answer" ("id" INTEGER NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "text" TEXT NOT NULL, "by_id" INTEGER, "at" DATETIME NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "ticket_answer_ticket_id" ON "ticket_answer" ("ticket_id");
CREATE INDEX "ticket_answer_by_id" ON "ticket_answer" ("by_id");
"""

POSTGRESQL_DDL = """
CREATE TABLE "ticket_escalation" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "to" VARCHAR(32) NOT NULL, "clocks" VARCHAR(200) NOT NULL, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE);
CREATE INDEX "ticket_escalation_ticket_id" ON "ticket_escalation" ("ticket_id");
CREATE UNIQUE INDEX "ticket_escalation_ticket_id_to" ON "ticket_escalation" ("ticket_id", "to");
CREATE TABLE "ticket_contact" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "kind" VARCHAR(16) NOT NULL, "at" TIMESTAMP NOT NULL, "caller" VARCHAR(64) NOT NULL, "note" TEXT NOT NULL, "recorded_by_id" INTEGER, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "ticket_contact_ticket_id" ON "ticket_contact" ("ticket_id");
CREATE INDEX "ticket_contact_recorded_by_id" ON "ticket_contact" ("recorded_by_id");
CREATE TABLE "ticket_answer" ("id" SERIAL NOT NULL PRIMARY KEY, "ticket_id" INTEGER NOT NULL, "text" TEXT NOT NULL, "by_id" INTEGER, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id") ON DELETE CASCADE, FOREIGN KEY ("by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "ticket_answer_ticket_id" ON "ticket_answer" ("ticket_id");
CREATE INDEX "ticket_answer_by_id" ON "ticket_answer" ("by_id");
"""


def _statements(text: str) -> list[str]:
    return [s.strip() for s in text.split(";\n") if s.strip()]


def apply(db: peewee.Database) -> None:
    ddl = POSTGRESQL_DDL if isinstance(db, peewee.PostgresqlDatabase) else SQLITE_DDL
    for stmt in _statements(ddl):
        db.execute_sql(stmt.rstrip(";"))
    # the one recipient an escalated ticket held so far becomes its first kept escalation
    true = "TRUE" if isinstance(db, peewee.PostgresqlDatabase) else "1"
    db.execute_sql(
        'INSERT INTO "ticket_escalation" ("ticket_id", "to", "clocks", "at") '
        f'SELECT "id", "escalated_to", \'\', "updated_at" FROM "ticket" '
        f'WHERE "escalated" = {true} AND "escalated_to" <> \'\''
    )
