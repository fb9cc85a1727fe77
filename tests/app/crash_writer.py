"""The writer the crash-safety test kills: registers tickets in a loop, printing each number
(flushed) only after register_ticket returned, i.e. once the desk would have told the user.

Run as `python -m tests.app.crash_writer DB_PATH STAFF_ID FIRST_INDEX`. Kept free of pytest and
the test fixtures so that it starts quickly.
"""

from __future__ import annotations

import sys
from datetime import datetime

NOW = datetime(2026, 11, 23, 10, 0)  # tests.conftest.NOW, without importing pytest


def main(path: str, staff_id: int, first: int) -> None:
    from app import db
    from app.services import intake

    db.connect(path, migrate=False)
    print("ready", flush=True)
    i = first
    while True:
        data = intake.TicketInput(
            kind="repair",
            channel="phone",
            problem="卫生间地面渗水到楼下",
            received_at=NOW,
            received_by_id=staff_id,
            new_customer=intake.CustomerInput(f"客户{i}", [f"139{i:08d}"]),
            new_site=intake.SiteInput(f"徐汇区漕溪北路{i}号", "徐汇区", f"HT-{i}", "卫生间翻新"),
            work_category="bathroom_waterproofing",
            cause_category="construction",
        )
        registered = intake.register_ticket(data, NOW)
        print(registered.number, flush=True)
        i += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
