"""0071: the appraisal month an incident counts in (R8.4). An incident dated inside a month
already approved — locked — counts in the next open month; '' means the month of its date, as
for every incident recorded before. Frozen: never edit."""

from __future__ import annotations

import peewee


def apply(db: peewee.Database) -> None:
    db.execute_sql('ALTER TABLE "incident" ADD COLUMN "counts_in" VARCHAR(7) NOT NULL DEFAULT \'\'')
