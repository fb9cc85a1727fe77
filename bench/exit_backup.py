"""Closing the program on a long-lived office (issue 20): what runs after the window closes —
`PRAGMA optimize`, then the exit backup (online copy, `quick_check` of the copy, fsync, rename,
rotation) — next to the full `integrity_check` a manual backup runs, and a bare SQLite backup.

    uv run python bench/exit_backup.py --db OFFICE.db [--rounds 3] [--cold]

`--db` is an office from bench/big_office.py. Backups go to a temporary folder on the same disk.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = datetime(2026, 11, 23, 18, 0)


def _drop_caches(cold: bool) -> None:
    if cold:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main() -> None:
    from app import backup
    from app import db as app_db

    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args()
    path = Path(args.db)
    tag = "cold" if args.cold else "warm"
    print(f"office_file_mb: {path.stat().st_size / 1e6:.0f} MB")
    figures: dict[str, list[float]] = {
        "close_to_exit": [],
        "exit_backup": [],
        "manual_backup": [],
        "bare": [],
    }
    for _ in range(args.rounds):
        folder = Path(tempfile.mkdtemp(prefix="exit-bench-", dir=path.parent))
        try:
            _drop_caches(args.cold)
            app_db.connect(str(path))
            t0 = time.perf_counter()
            app_db.optimize()
            t1 = time.perf_counter()
            backup.back_up(path, folder, NOW, backup.EXIT)
            t2 = time.perf_counter()
            app_db.close()
            figures["close_to_exit"].append(t2 - t0)
            figures["exit_backup"].append(t2 - t1)
            _drop_caches(args.cold)
            t0 = time.perf_counter()
            backup.back_up(path, folder, NOW, backup.MANUAL)
            figures["manual_backup"].append(time.perf_counter() - t0)
            _drop_caches(args.cold)
            t0 = time.perf_counter()
            source, dest = sqlite3.connect(path), sqlite3.connect(folder / "bare.db")
            source.backup(dest)
            dest.close()
            source.close()
            figures["bare"].append(time.perf_counter() - t0)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in figures.items()}
    print(f"close_to_exit_{tag}_s: {med['close_to_exit']:.2f} s  (optimize + exit backup)")
    print(f"exit_backup_quick_check_{tag}_s: {med['exit_backup']:.2f} s")
    print(f"manual_backup_integrity_check_{tag}_s: {med['manual_backup']:.2f} s")
    print(f"bare_sqlite_backup_{tag}_s: {med['bare']:.2f} s")
    print(f"exit_backup_vs_bare_ratio: {med['exit_backup'] / med['bare']:.2f}")


if __name__ == "__main__":
    main()
