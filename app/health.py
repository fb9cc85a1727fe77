"""Start-up health of the SQLite database file, checked before the program connects to it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

MISSING, EMPTY, NOT_A_FILE, UNREADABLE, READ_ONLY = (
    "missing",
    "empty",
    "not_a_file",
    "unreadable",
    "read_only",
)


def file_problem(db_path: Path | str) -> str | None:
    """What makes the database file unusable before SQLite is even asked, or None.

    A zero-byte file is no office (SQLite would take it for a new, empty one and write a schema
    into it); a read-only file or folder is not damage, and is explained as what it is (SQLite in
    WAL mode must also create the -wal and -shm files beside it).
    """
    path = Path(db_path)
    if not path.exists():
        return MISSING
    if not path.is_file():
        return NOT_A_FILE
    if not os.access(path, os.R_OK):
        return UNREADABLE
    if path.stat().st_size == 0:
        return EMPTY
    if not os.access(path, os.W_OK):
        return READ_ONLY
    folder = path.parent
    sidecars_exist = all(Path(f"{path}{s}").exists() for s in ("-wal", "-shm"))
    if not sidecars_exist and not os.access(folder, os.W_OK | os.X_OK):
        return READ_ONLY
    return None


def quick_check(db_path: Path | str) -> bool:
    """True when the database file passes `PRAGMA quick_check` (~10 ms for a few MB).

    False when it is damaged or is not a database at all. A file that does not exist yet is
    healthy: the program creates it. The check opens the file read-write, as the program will,
    so a write-ahead log left by a crash is recovered rather than ignored.
    """
    path = Path(db_path)
    if not path.exists():
        return True
    if not path.is_file() or path.stat().st_size == 0:
        return False  # a zero-byte file is no office: offer a backup, never set up a new one in it
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
