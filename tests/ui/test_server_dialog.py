"""File ▸ Database server…: the administrator moves the office to a server in one guided step."""

from __future__ import annotations

import json
import stat
from urllib.parse import urlparse

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import db as app_db
from app import server_config
from app.models import Ticket
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.postgres


def test_the_office_moves_to_the_server_and_the_password_is_kept_out_of_sight(
    qtbot, languages, tmp_path, pg_empty_url
):
    from app.services import setup
    from ui.main_window import MainWindow

    path = str(tmp_path / "office.db")
    app_db.connect(path)
    admin = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="admin")
    from app.models import Staff

    clerk = Staff.create(name="前台", role="receptionist", created_at=NOW).id
    register(clerk)
    win = MainWindow(languages, lambda: NOW, admin, path)
    qtbot.addWidget(win)
    win.show()
    assert win.server_action.isVisible()

    opened = []

    def fill_and_move(dialog) -> None:
        opened.append(dialog)
        target = urlparse(pg_empty_url)
        for field, text in (
            (dialog.host, target.hostname),
            (dialog.database, target.path.lstrip("/")),
            (dialog.user, "postgres"),
            (dialog.password, "s3cret:pw"),
        ):
            field.clear()
            type_text(qtbot, field, text)
        dialog.port.setValue(target.port)
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)

        def close_when_done() -> None:  # the connection test and the move run in the background
            if "moved" in dialog.result.text():
                dialog.reject()
            else:
                QTimer.singleShot(100, close_when_done)

        close_when_done()

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "server_dialog":
            QTimer.singleShot(20, act)
            return
        fill_and_move(dialog)

    QTimer.singleShot(0, act)
    win.server_action.trigger()
    dialog = opened[0]
    assert "The office was moved" in dialog.result.text(), dialog.result.text()
    assert "each table checked" in dialog.result.text()
    app_db.close()

    saved = json.loads(server_config.config_path().read_text())
    assert "s3cret" not in json.dumps(saved) and saved["user"] == "postgres"
    pgpass = server_config.pgpass_path()
    assert pgpass.read_text().strip().endswith(":postgres:s3cret\\:pw")
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    # The next start opens the server (URL without the password) with the same office on it.
    app_db.connect(server_config.saved().url())
    assert Ticket.get().number == "SH-20261123-0001"
    assert "s3cret" not in app_db.display_name(server_config.saved().url())


def test_back_up_now_on_a_server_office_makes_a_checked_dump(qtbot, languages, pg_url, tmp_path, monkeypatch):
    from app import backup
    from app.services import setup
    from tests.ui.dialogs import Boxes
    from ui.main_window import MainWindow

    boxes = Boxes(monkeypatch)
    app_db.connect(pg_url)
    admin = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="admin")
    backup.set_folder(tmp_path / "usb", admin, NOW)
    win = MainWindow(languages, lambda: NOW, admin, pg_url)
    qtbot.addWidget(win)
    win.backup_menu.back_up_action.trigger()
    qtbot.waitUntil(lambda: len(boxes.shown) > 0, timeout=60000)  # the dump runs in the background
    made = list((tmp_path / "usb").glob("office-*-manual.dump"))
    assert len(made) == 1, boxes.shown
    assert boxes.shown[-1][0] == "information" and str(made[0]) in boxes.shown[-1][2]


def test_testing_the_connection_of_a_desk_on_a_server_says_what_it_found(qtbot, pg_url):
    from ui.server_dialog import ServerDialog

    app_db.connect(pg_url)
    from app.services import setup

    setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="admin")
    dialog = ServerDialog(None)  # this desk runs on the server (--db): its fields show which one
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.database.text() == urlparse(pg_url).path.lstrip("/") and dialog.user.text() == "postgres"
    assert not dialog.move_button.isEnabled() and not dialog.file_button.isVisible()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connected" in dialog.result.text(), timeout=20000)
    assert "already holds an office" in dialog.result.text()


def test_a_desk_on_the_server_moves_the_office_to_a_file_here_verified_and_switches_to_it(
    qtbot, languages, pg_url, tmp_path, monkeypatch
):
    from app import transfer
    from app.models import Staff
    from app.services import setup
    from ui import server_dialog
    from ui.main_window import MainWindow

    app_db.connect(pg_url)
    manager = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    admin = Staff.create(name="系统管理员", role="admin", created_at=NOW).id
    register(manager)
    register(manager)
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"someone else's file")
    names = [str(taken), str(tmp_path / "branch")]  # first a name in use, then a new one
    monkeypatch.setattr(server_dialog, "ask_office_file", lambda _parent, _suggested: names.pop(0))
    win = MainWindow(languages, lambda: NOW, admin, pg_url)
    qtbot.addWidget(win)
    win.show()
    texts: list[str] = []
    opened = []

    def move(dialog) -> None:
        opened.append(dialog)
        assert dialog.to_file_button.isVisible() and not dialog.move_button.isVisible()
        qtbot.mouseClick(dialog.to_file_button, Qt.MouseButton.LeftButton)
        texts.append(dialog.result.text())  # the name in use: refused at once
        qtbot.mouseClick(dialog.to_file_button, Qt.MouseButton.LeftButton)

        def close_when_done() -> None:
            if "moved to" in dialog.result.text() or "not moved" in dialog.result.text():
                texts.append(dialog.result.text())
                dialog.reject()
            else:
                QTimer.singleShot(100, close_when_done)

        close_when_done()

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "server_dialog":
            QTimer.singleShot(20, act)
            return
        move(dialog)

    QTimer.singleShot(0, act)
    win.server_action.trigger()

    branch = tmp_path / "branch.db"
    assert texts[0].startswith(f"There is already a file at {taken}; choose a new name")
    assert taken.read_bytes() == b"someone else's file"
    assert texts[1].startswith(f"The office was moved to {branch}: "), texts[1]
    assert "each table checked. Start the program again to work on the file." in texts[1]
    # Verified: the file holds exactly what the server holds, table by table.
    assert transfer.table_checks(app_db.open_database(str(branch))) == transfer.table_checks(
        app_db.database.obj
    )
    assert Ticket.select().count() == 2  # the server keeps the office as it was
    # This desk opens the file from its next start.
    assert server_config.desk_database(tmp_path / "office.db") == str(branch.resolve())
    assert not opened[0].to_file_button.isEnabled()  # moved once: not a second copy by mistake
