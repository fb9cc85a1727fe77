"""Start-up health of the SQLite database file, checked before the program connects to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def quick_check(db_path: Path | str) -> bool:
    """True when the database file passes `PRAGMA quick_check` (~10 ms for a few MB).

    False when it is damaged or is not a database at all. A file that does not exist yet is
    healthy: the program creates it. The check opens the file read-write, as the program will,
    so a write-ahead log left by a crash is recovered rather than ignored.
    """
    path = Path(db_path)
    if not path.exists():
        return True
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(str(path), timeout=10)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return rows == [("ok",)]
