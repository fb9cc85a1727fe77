"""0101: an index on work orders' window end, so the board's "orders overlapping this week" reads
only the orders ending after the week starts instead of every earlier order (issue 20).
Frozen: never edit."""

from __future__ import annotations

import peewee


def apply(db: peewee.Database) -> None:
    db.execute_sql('CREATE INDEX "work_order_window_end" ON "work_order" ("window_end")')
