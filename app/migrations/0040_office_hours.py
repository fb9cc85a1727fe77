"""0040: existing offices get the default office hours 09:00–18:00 (R3.0) as a stored setting, so
the value they count working-day deadlines with is visible and editable. Frozen: never edit."""

from __future__ import annotations

import json

import peewee

_KEY = "office.hours"
_VALUE = json.dumps({"opens": "09:00", "closes": "18:00"})


def apply(db: peewee.Database) -> None:
    p = db.param
    exists = db.execute_sql(f'SELECT 1 FROM "setting" WHERE "key" = {p}', (_KEY,)).fetchone()
    if exists is None:
        db.execute_sql(f'INSERT INTO "setting" ("key", "value") VALUES ({p}, {p})', (_KEY, _VALUE))
