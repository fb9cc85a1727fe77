"""The window's side of the write-ahead-log test: a process that has the office open as the
window has (app.db, the window's lock), commits on request and can open and close the database
file as a file dialog did. Run as `python -m tests.app.wal_window DB_PATH plain|qt`; it reads
commands from stdin: `commit NAME`, `drop`, `backup FOLDER`."""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime

NOW = datetime(2026, 11, 23, 10, 0)  # tests.conftest.NOW


def _drop_with_a_file_dialog(folder: str) -> None:
    """Browse the database's folder with the program's file dialog for a moment."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QFileDialog

    from ui import file_dialogs

    app = QApplication.instance() or QApplication([])
    file_dialogs.install()
    dialog = file_dialogs.harden(QFileDialog(None, "Open", folder))
    dialog.show()
    end = time.monotonic() + 2.0
    while time.monotonic() < end:  # the model lists the folder and fetches icons meanwhile
        app.processEvents()
        time.sleep(0.02)
    dialog.close()
    app.processEvents()


def main(path: str, how: str) -> None:
    from app import backup, db, office_lock
    from app.services import settings

    db.connect(path, migrate=False)
    lock = office_lock.OfficeLock(path, exclusive=True)
    assert lock.acquire()
    db.database.execute_sql("SELECT COUNT(*) FROM staff").fetchall()
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "commit":
            with db.write_transaction():
                settings.put(f"wal_test.{arg}", arg)
            print("committed", flush=True)
        elif command == "drop":
            if how == "qt":
                _drop_with_a_file_dialog(os.path.dirname(path))
            else:
                open(path, "rb").close()  # what the stock file dialog's content sniffing did
            print("dropped", flush=True)
        elif command == "backup":
            try:
                backup.back_up(path, arg, NOW, backup.MANUAL)
                print("backup ok", flush=True)
            except Exception as err:  # the test reads what happened
                print(f"backup failed: {err}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
