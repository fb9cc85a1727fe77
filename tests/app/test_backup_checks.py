"""Which backups run the full integrity check (issue 20): closing must be quick, so the exit
backup runs `quick_check`; a backup someone asked for, and the first daily one of each week, run
the full `integrity_check`."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from app import backup

MONDAY = datetime(2026, 11, 23, 9, 0)


def _touch(folder, name):
    (folder / name).write_bytes(b"")


def test_the_exit_backup_is_never_the_thorough_one(tmp_path):
    assert not backup.thorough_check_due(tmp_path, MONDAY, backup.EXIT)
    assert backup.thorough_check_due(tmp_path, MONDAY, backup.MANUAL)
    assert backup.thorough_check_due(tmp_path, MONDAY, backup.BEFORE_RESTORE)


def test_the_daily_backup_checks_thoroughly_once_a_week(tmp_path):
    assert backup.thorough_check_due(tmp_path, MONDAY, backup.DAILY)  # none this week yet
    _touch(tmp_path, "office-20261123-0900-daily.db")
    tuesday = datetime(2026, 11, 24, 9, 0)
    assert not backup.thorough_check_due(tmp_path, tuesday, backup.DAILY)
    _touch(tmp_path, "office-20261124-1800-exit.db")  # other kinds do not count
    next_monday = datetime(2026, 11, 30, 9, 0)
    assert backup.thorough_check_due(tmp_path, next_monday, backup.DAILY)


def test_an_exit_backup_is_a_sound_copy(tmp_path):
    db = tmp_path / "office.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    conn.commit()
    made = backup.back_up(db, tmp_path / "usb", MONDAY, backup.EXIT)
    copy = sqlite3.connect(made)
    assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert copy.execute("SELECT count(*) FROM t").fetchone() == (1000,)
    copy.close()
    conn.close()
