"""R10.1a / issue 15 point 5: a zero-byte, read-only or missing database at the window's start is
recognised and explained; nothing is written to it, and a new office only after the user says so."""

from __future__ import annotations

import os
import sqlite3
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import db as app_db
from ui import application, msgbox
from ui.first_run_dialog import FirstRunDialog


@pytest.fixture
def no_event_loop(monkeypatch, qapp):
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    monkeypatch.setattr(application.QApplication, "instance", staticmethod(lambda: qapp))


@pytest.fixture
def first_runs(monkeypatch):
    shown: list[FirstRunDialog] = []
    original = FirstRunDialog.exec

    def watched(self):
        shown.append(self)
        return original(self)

    monkeypatch.setattr(FirstRunDialog, "exec", watched)
    return shown


def _press_escape_on_the_dialog(qtbot) -> None:
    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, act)


def test_a_zero_byte_database_gets_the_backup_offer_not_a_first_run_R10_1a(
    tmp_path, monkeypatch, no_event_loop, first_runs
):
    tmp_path = tmp_path / "desk"
    tmp_path.mkdir()
    path = tmp_path / "office.db"
    path.write_bytes(b"")
    offered: list[str] = []
    monkeypatch.setattr(
        msgbox, "choose", lambda parent, title, text, choices, icon=None: offered.append(text) or 1
    )
    assert application.run(["main.py", "--db", str(path), "--lang", "en"]) == 2
    assert offered and "damaged" in offered[0]  # "… damaged … no healthy backup was found …"
    assert first_runs == [] and path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock") == ["office.db"]


def test_a_read_only_database_is_explained_as_read_only_and_left_alone_R10_1a(
    tmp_path, monkeypatch, request, no_event_loop
):
    tmp_path = tmp_path / "desk"
    tmp_path.mkdir()
    path = tmp_path / "office.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = path.read_bytes()
    os.chmod(path, 0o444)
    if os.access(path, os.W_OK):  # root: make it immutable instead
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("running as a user who may write to read-only files")
        request.addfinalizer(lambda: subprocess.run(["chattr", "-i", str(path)], capture_output=True))
    told: list[str] = []
    monkeypatch.setattr(msgbox, "critical", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(
        msgbox, "choose", lambda *a, **k: pytest.fail("offered a backup for a read-only file")
    )
    assert application.run(["main.py", "--db", str(path), "--lang", "en"]) == 2
    assert len(told) == 1 and "read-only" in told[0] and "not damaged" in told[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock") == ["office.db"]


def test_a_mistyped_db_creates_nothing_unless_a_new_office_is_confirmed_R10_1a(
    tmp_path, monkeypatch, no_event_loop, first_runs
):
    tmp_path = tmp_path / "desk"
    tmp_path.mkdir()
    path = tmp_path / "offce.db"
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "confirm", lambda parent, title, text: asked.append(text) or False)
    assert application.run(["main.py", "--db", str(path), "--lang", "en"]) == 0
    assert len(asked) == 1 and str(path) in asked[0]
    assert first_runs == [] and list(tmp_path.iterdir()) == []


def test_cancelling_the_first_run_of_a_new_office_leaves_no_empty_database(
    tmp_path, monkeypatch, qtbot, no_event_loop, first_runs
):
    tmp_path = tmp_path / "desk"
    tmp_path.mkdir()
    path = tmp_path / "new.db"
    monkeypatch.setattr(msgbox, "confirm", lambda parent, title, text: True)
    _press_escape_on_the_dialog(qtbot)
    assert application.run(["main.py", "--db", str(path), "--lang", "en"]) == 0
    assert len(first_runs) == 1
    app_db.close()
    assert [
        p.name for p in tmp_path.iterdir() if p.name.startswith("new.db") and not p.name.endswith(".lock")
    ] == []
