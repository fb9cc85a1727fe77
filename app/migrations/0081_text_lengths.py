"""0081: room for what offices really type — long company names, contract numbers, product
models, addresses — and for an export's list of registers in the audit trail. PostgreSQL enforces
VARCHAR(n) (SQLite does not), so the limits are widened there; the models hold the one definition
that app.models.base checks before every save on both backends. Frozen: never edit."""

from __future__ import annotations

import peewee

WIDER = [
    ("customer", "name", 128),
    ("site", "address", 300),
    ("site", "contract_no", 64),
    ("site", "project_name", 200),
    ("installed_product", "product", 128),
    ("installed_product", "model", 128),
    ("ticket", "product_model", 128),
    ("audit_entry", "entity_id", 255),
]


def apply(db: peewee.Database) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        return  # SQLite stores any length; the declared type changes nothing there
    for table, column, length in WIDER:
        db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE VARCHAR({length})')
