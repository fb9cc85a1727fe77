"""Backup ▸ Restore from backup… on a server office: the administrator picks one of the server's
backups from the list, confirms by its date, and the office goes back to it (R1.6, R10.2 kept)."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import backup, server_backup
from app import db as app_db
from app.models import AuditEntry, Staff, Ticket
from app.services import setup
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.dialogs import Boxes

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_office(qtbot, languages, pg_url, tmp_path, monkeypatch):
    """An office on the server; `open_window()` opens the administrator's window on it."""
    from ui.main_window import MainWindow

    app_db.connect(pg_url)
    manager = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    admin = Staff.create(name="系统管理员", role="admin", created_at=NOW).id
    backup.set_folder(tmp_path / "usb", admin, NOW)
    boxes = Boxes(monkeypatch)

    def open_window():
        win = MainWindow(languages, lambda: NOW + timedelta(hours=1), admin, pg_url)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return open_window, manager, admin, boxes


def _pick_in_list(qtbot, row_text: str, seen: list[list[str]]) -> None:
    """When the list of server backups opens: read it, click the backup's line, click Restore."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "server_backups":
            QTimer.singleShot(20, act)
            return
        rows = [dialog.backups.item(i).text() for i in range(dialog.backups.count())]
        seen.append(rows)
        target = next(i for i, text in enumerate(rows) if text.startswith(row_text))
        rect = dialog.backups.visualItemRect(dialog.backups.item(target))
        qtbot.mouseClick(dialog.backups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_the_administrator_restores_a_server_backup_from_the_list_and_keeps_numbers_and_trail_R1_6_R10_2(
    qtbot, server_office, pg_url, tmp_path
):
    open_window, manager, admin, boxes = server_office
    first = register(manager)
    older = server_backup.back_up(pg_url, tmp_path / "usb", NOW - timedelta(days=1), backup.DAILY)
    taken = server_backup.back_up(pg_url, tmp_path / "usb", NOW, backup.MANUAL)
    second = register(manager, now=NOW + timedelta(minutes=5))  # after the backup
    win = open_window()
    qtbot.waitUntil(lambda: win.intake.tickets.rowCount() == 2, timeout=5000)  # the desk shows both

    seen: list[list[str]] = []
    _pick_in_list(qtbot, "2026-11-23 10:00", seen)
    win.backup_menu.restore_action.trigger()
    qtbot.waitUntil(lambda: "information" in boxes.kinds(), timeout=60_000)

    (rows,) = seen  # newest first, by date and kind, with the size
    assert [r.split("    ")[:2] for r in rows] == [
        ["2026-11-23 10:00", "backed up by hand"],
        ["2026-11-22 10:00", "daily backup"],
    ]
    assert all(r.endswith(" kB") for r in rows), rows
    assert boxes.kinds() == ["confirm", "information"], boxes.shown
    assert "by the backup of 2026-11-23 10:00?" in boxes.shown[0][2]  # the date the person chose
    assert "The office now runs on the backup of 2026-11-23 10:00" in boxes.shown[1][2]
    # The screen shows the backup's state without a restart; the database holds it.
    qtbot.waitUntil(lambda: win.intake.tickets.rowCount() == 1, timeout=5000)
    assert [t.number for t in Ticket.select()] == [first.number]
    assert register(manager, now=NOW + timedelta(hours=2)).number == "SH-20261123-0003"  # never 0002 again
    assert AuditEntry.select().where(AuditEntry.entity_id == second.number).count() >= 1  # its trail kept
    done = AuditEntry.select().where(AuditEntry.action == "restore").get()
    assert (done.actor_id, done.entity_id) == (admin, taken.name)
    before = [b for b in server_backup.list_dumps(tmp_path / "usb") if b.kind == backup.BEFORE_RESTORE]
    assert len(before) == 1 and json.loads(done.changes)["previous_state"] == [None, before[0].path.name]
    assert older.exists()
    # The administrator reads the restore in the trail, in words.
    from ui.audit_dialog import AuditDialog

    trail = AuditDialog(lambda: NOW + timedelta(hours=1), win, admin)
    qtbot.addWidget(trail)
    what = [trail.model.index(r, 3).data() for r in range(trail.model.rowCount())]
    assert (
        f"restored the office from the backup {taken.name} (the state before saved as {before[0].path.name})"
        in what
    )
    assert "kept through a restore — entries written after the backup: 1, ticket counters: 1" in what


def test_a_restore_is_refused_in_one_sentence_while_another_desk_is_connected(
    qtbot, server_office, pg_url, tmp_path
):
    import psycopg2

    open_window, manager, _admin, boxes = server_office
    register(manager)
    server_backup.back_up(pg_url, tmp_path / "usb", NOW, backup.MANUAL)
    register(manager)
    win = open_window()
    parsed = urlparse(pg_url)
    other = psycopg2.connect(
        host=parsed.hostname,
        port=parsed.port,
        user=parsed.username,
        dbname=parsed.path.lstrip("/"),
        application_name="ServiceOffice/0a1b2c SUPERVISOR-PC",
    )
    try:
        _pick_in_list(qtbot, "2026-11-23 10:00", [])
        win.backup_menu.restore_action.trigger()
        qtbot.waitUntil(lambda: boxes.shown != [], timeout=30_000)
    finally:
        other.close()
    assert boxes.kinds() == ["warning"]  # refused before the person is even asked
    assert boxes.shown[0][2] == (
        "Nothing was changed: Other desks are connected to the office database (SUPERVISOR-PC); "
        "close the program there first, then restore."
    )
    assert Ticket.select().count() == 2
