"""Issue 15 point 6 (FIELD_NOTES "POSIX locks and foreign file handles"): an open and close of
the database file inside the window's process drops SQLite's POSIX locks; a second process must
then neither delete nor checkpoint away the write-ahead log the window is using, and nothing the
window committed may be lost — even after the window is killed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import db as app_db
from app.services import accounts
from tests.conftest import CLI_PASSWORD, NOW

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks: the hazard is Linux's"),
    pytest.mark.sqlite_only,  # SQLite's -wal/-shm beside the office file
]


class Window:
    def __init__(self, path: Path, how: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.app.wal_window", str(path), how],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.ask(None) == "ready", self.proc.stderr.read() if self.proc.stderr else ""

    def ask(self, command: str | None) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if command is not None:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.communicate(timeout=30)  # also closes the pipes (no ResourceWarning later)


def _committed(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {k for (k,) in conn.execute("SELECT key FROM setting WHERE key LIKE 'wal_test.%'")}
    finally:
        conn.close()


@pytest.fixture
def office_file(tmp_path, office):
    accounts.set_password(office, CLI_PASSWORD, CLI_PASSWORD, office, NOW)
    app_db.close()
    return tmp_path / "office.db"


def _sidecars(path: Path) -> list[bool]:
    return [Path(f"{path}-wal").exists(), Path(f"{path}-shm").exists()]


def test_reproduction_a_client_ignoring_the_windows_lock_deletes_the_live_wal(office_file, tmp_path):
    """Why the guard exists: after the dropped locks a plain SQLite client closing the office
    takes itself for the last one and removes the -wal/-shm; the window's next commit goes into
    an unlinked file and is gone after a kill."""
    window = Window(office_file, "plain")
    assert window.ask("commit first") == "committed"
    assert window.ask("drop") == "dropped"
    assert _sidecars(office_file) == [True, True]
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sqlite3; c = sqlite3.connect({str(office_file)!r}); "
            "c.execute('SELECT COUNT(*) FROM staff').fetchall(); c.close()",
        ],
        check=True,
    )
    assert _sidecars(office_file) == [False, False]  # the window's log, deleted under it
    assert window.ask("commit second") == "committed"
    window.kill()
    assert _committed(office_file) == {"wal_test.first"}  # "second" was committed, and is lost


@pytest.mark.parametrize("how", ["plain", "qt"])
def test_a_command_beside_the_window_leaves_its_wal_alone_and_nothing_committed_is_lost(
    office_file, tmp_path, how
):
    window = Window(office_file, how)
    assert window.ask("commit first") == "committed"
    assert window.ask("drop") == "dropped"  # a plain open()/close(), or the program's file dialog
    env = {**os.environ, "SERVICE_OFFICE_USER": "王丽", "SERVICE_OFFICE_PASSWORD": CLI_PASSWORD}
    out = tmp_path / "intake.xlsx"
    second = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--db",
            str(office_file),
            "export",
            "intake",
            "--period",
            "2026-10",
            "-o",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert second.returncode == 4, second.stderr
    assert "open in the program window" in second.stderr and "Traceback" not in second.stderr
    assert not out.exists()
    assert _sidecars(office_file) == [True, True]  # the window's log is where it was
    assert window.ask("commit second") == "committed"
    assert window.ask(f"backup {tmp_path / 'backups'}") == "backup ok"  # no "disk I/O error"
    window.kill()
    assert _committed(office_file) == {"wal_test.first", "wal_test.second"}


def test_the_programs_file_dialog_keeps_sqlites_locks(office_file, tmp_path, qapp):
    """Measured through /proc/locks: the program's dialog browsing the database's folder leaves
    SQLite's lock on the file in place (the stock dialog's content sniffing dropped it)."""
    from PySide6.QtWidgets import QFileDialog

    from ui import file_dialogs

    if not Path("/proc/locks").exists():
        pytest.skip("no /proc/locks here")
    app_db.connect(str(office_file))
    try:
        app_db.database.execute_sql("SELECT COUNT(*) FROM staff").fetchall()
        inode = office_file.stat().st_ino

        def held() -> bool:
            mine = str(os.getpid())
            for line in Path("/proc/locks").read_text().splitlines():
                parts = line.split()
                if "->" in parts:
                    continue
                if parts[4] == mine and parts[5].endswith(f":{inode}"):
                    return True
            return False

        assert held()
        dialog = file_dialogs.harden(QFileDialog(None, "Open", str(tmp_path)))
        dialog.show()
        import time

        end = time.monotonic() + 2.0
        while time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.02)
        dialog.close()
        assert held()
    finally:
        app_db.close()
