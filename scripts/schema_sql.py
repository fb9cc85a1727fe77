"""Print the CREATE statements the current models produce, for writing a migration.

    uv run python scripts/schema_sql.py sqlite|postgresql

Migrations freeze this text so that editing a model later never changes what an old
migration does; tests/app/test_migrations.py checks the migrated schema matches the models.
"""

from __future__ import annotations

import sys
from pathlib import Path

import peewee

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import database
from app.models import ALL_MODELS


def schema_statements(db: peewee.Database) -> list[str]:
    database.initialize(db)
    statements: list[str] = []
    for model in ALL_MODELS:
        ctx = model._schema._create_table(safe=False)
        statements.append(db.get_sql_context().sql(ctx).query()[0])
        for index in model._meta.fields_to_index():
            ctx = model._schema._create_index(index, safe=False)
            statements.append(db.get_sql_context().sql(ctx).query()[0])
    return statements


if __name__ == "__main__":
    dialect = sys.argv[1] if len(sys.argv) > 1 else "sqlite"
    db = peewee.SqliteDatabase(":memory:") if dialect == "sqlite" else peewee.PostgresqlDatabase("x")
    for stmt in schema_statements(db):
        print(stmt + ";")
