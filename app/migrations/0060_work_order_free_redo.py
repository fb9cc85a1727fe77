"""0060: a work order records why a quote of 0 was given (a free redo after a rejected
acceptance, R4.5). Frozen: never edit."""

from __future__ import annotations

import peewee


def apply(db: peewee.Database) -> None:
    db.execute_sql('ALTER TABLE "work_order" ADD COLUMN "free_reason" TEXT NOT NULL DEFAULT \'\'')
