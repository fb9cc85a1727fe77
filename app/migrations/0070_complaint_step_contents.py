"""0070: complaint steps record what was decided (R6.1a): the result fed back, the customer's
acceptance (satisfied or not, remarks) and a plan sent back with its reason. Rows written
before keep empty texts and an unknown acceptance. Frozen: never edit."""

from __future__ import annotations

import peewee


def apply(db: peewee.Database) -> None:
    pg = isinstance(db, peewee.PostgresqlDatabase)
    boolean = "BOOLEAN" if pg else "INTEGER"
    stamp = "TIMESTAMP" if pg else "DATETIME"
    for column, kind in (
        ("result_text", "TEXT NOT NULL DEFAULT ''"),
        ("customer_satisfied", boolean),
        ("acceptance_remarks", "TEXT NOT NULL DEFAULT ''"),
        ("plan_returned_reason", "TEXT NOT NULL DEFAULT ''"),
        ("plan_returned_at", stamp),
    ):
        db.execute_sql(f'ALTER TABLE "complaint" ADD COLUMN "{column}" {kind}')
