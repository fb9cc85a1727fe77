"""Who has the office's SQLite file open: the window holds a lock the headless commands honour.

FIELD_NOTES "POSIX locks and foreign file handles": on Linux SQLite's locks are POSIX locks
owned by (process, file), and any other open and close of the database file inside the window's
process — a file dialog sniffing the files of the folder did — silently drops all of them. A
second process then takes the office for unlocked and deletes or checkpoints away the -wal/-shm
the window still writes into. This lock is a BSD `flock` on a separate file beside the database:
it belongs to the window's own open file description, so no other open or close in the process
can drop it. The window holds it exclusively while the office is open; a command holds it shared
while it works, and refuses to open the office while the window has it.

Windows has no such hazard (its locks are per handle), and a PostgreSQL office has no file: there
the lock is a no-op.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class OfficeLock:
    """An flock on `<database>.lock`: exclusive for the window, shared for a command."""

    def __init__(self, db_path: Path | str, exclusive: bool) -> None:
        self.path = lock_path(Path(db_path))
        self.exclusive = exclusive
        self._fd: int | None = None

    def acquire(self, wait_seconds: float = 0.0) -> bool:
        """True once held; False when another process holds it the other way for `wait_seconds`."""
        if fcntl is None:
            return True
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        mode = fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(self._fd, mode | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.1)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the only descriptor releases the flock
            self._fd = None


@contextlib.contextmanager
def command_lock(db_path: Path | str) -> Iterator[bool]:
    """Held shared for a command's work; yields False when the window has the office open."""
    lock = OfficeLock(db_path, exclusive=False)
    try:
        yield lock.acquire()
    finally:
        lock.release()
