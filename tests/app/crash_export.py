"""The worker the leftover test kills: exports the register pack (or backs the office up) in a
loop, printing "saved" after each. Run as `python -m tests.app.crash_export DB OUT_DIR export|backup`.
Kept free of pytest and the fixtures so that it starts quickly."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

NOW = datetime(2026, 11, 23, 10, 0)  # tests.conftest.NOW


def main(db_path: str, out_dir: str, mode: str) -> None:
    from app import backup, db
    from app.models import Staff
    from app.registers import MONTHLY_PACK, export
    from app.registers.period import custom
    from app.registers.writer import Options

    db.connect(db_path, migrate=False)
    manager = Staff.get(Staff.role == "manager").id
    print("ready", flush=True)
    while True:
        if mode == "export":
            period = custom(date(2025, 1, 1), date(2026, 12, 31))
            export(MONTHLY_PACK, period, Path(out_dir) / "pack.xlsx", Options(), NOW, manager)
        else:
            backup.back_up(db_path, out_dir, NOW, backup.MANUAL)
        print("saved", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
