"""Issue 7 in the window: the Backup menu, the start-up health dialog, daily and exit backups."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from app import backup, health
from app import db as app_db
from app.models import AuditEntry, Ticket
from app.services import settings
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.dialogs import Boxes
from ui import backup_ui, events, msgbox


def _back_up(qtbot, menu):
    """Back up now, as from the menu; the path of the backup once it is made, None if it failed."""
    made: list[str] = []
    menu.backed_up.connect(made.append)
    task = menu.back_up_now()
    if task is None:
        return None
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    return Path(made[0]) if made else None


@pytest.fixture(autouse=True)
def _no_remembered_folder(qapp):
    """QSettings keeps its file across tests in one process: forget the last backup folder."""
    QSettings().remove(backup_ui.LAST_FOLDER_KEY)
    yield
    QSettings().remove(backup_ui.LAST_FOLDER_KEY)


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def db_path(tmp_path, office) -> str:
    return str(tmp_path / "office.db")


@pytest.fixture
def admin_window(qtbot, admin, languages, db_path):
    from ui.main_window import MainWindow

    win = MainWindow(languages, lambda: NOW, admin, db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, win.backup_menu  # the window installs its own Backup menu


def test_the_backup_menu_is_for_roles_allowed_to_back_up(admin_window, window, db_path):
    win, menu = admin_window
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles.index("&Backup") == titles.index("&Help") - 1  # before Help
    assert menu.menuAction().isVisible()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Back &up now",
        "&Restore from backup…",
        "Backup &folder…",
    ]
    assert not window.backup_menu.menuAction().isVisible()  # a manager does not back up


def test_back_up_now_writes_a_backup_to_the_configured_folder(admin_window, boxes, tmp_path, qtbot):
    _win, menu = admin_window
    made = _back_up(qtbot, menu)
    assert made == tmp_path / "userdata" / "backups" / "office-20261123-1000-manual.db"
    assert backup.check_backup(made)
    assert boxes.kinds() == ["information"] and str(made) in boxes.text()


def test_a_missing_usb_drive_is_explained_not_a_traceback(admin_window, boxes, tmp_path, qtbot):
    _win, menu = admin_window
    blocker = tmp_path / "usb"
    blocker.write_text("not a folder")
    settings.put(backup.FOLDER_KEY, str(blocker / "backups"))
    assert _back_up(qtbot, menu) is None
    assert boxes.kinds() == ["warning"]
    assert "USB drive" in boxes.text() and "Traceback" not in boxes.text()


def test_an_office_without_a_file_is_told_how_a_server_backup_is_restored(qtbot, boxes):
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = backup_ui.install_backup_menu(win, None, lambda: NOW, staff_id=None)
    assert menu.back_up_now() is None
    assert menu.restore_from_backup() is False
    assert menu.choose_folder() is None
    assert boxes.kinds() == ["information"] * 3
    assert "pg_restore" in boxes.text() and "close the program on every desk" in boxes.text()
    assert backup_ui.database_file("postgresql://desk@server/office") is None
    assert backup_ui.database_file("sqlite:////srv/x.db") == "/srv/x.db"
    assert backup_ui.startup_checks(None, lambda: NOW)
    assert backup_ui.daily_backup(None, lambda: NOW) is None


def test_choosing_the_backup_folder(admin_window, boxes, monkeypatch, tmp_path, qtbot):
    _win, menu = admin_window
    monkeypatch.setattr(backup_ui, "ask_folder", lambda _p, _f: str(tmp_path / "usb"))
    assert menu.choose_folder() == tmp_path / "usb"
    assert backup.configured_folder() == tmp_path / "usb"
    assert _back_up(qtbot, menu).parent == tmp_path / "usb"


def test_restore_from_backup_saves_the_current_state_and_restarts_the_session_on_the_backup(
    admin_window, boxes, monkeypatch, qtbot, office, db_path
):
    _win, menu = admin_window
    first = register(office).number
    made = _back_up(qtbot, menu)
    register(office)  # entered after the backup: the restore takes it away (and it is kept aside)
    monkeypatch.setattr(backup_ui, "ask_backup_file", lambda _p, _f: str(made))
    restored: list[str] = []
    menu.restored.connect(restored.append)
    with qtbot.waitSignal(
        events.bus().changed, timeout=10_000, check_params_cb=lambda kinds, _local: kinds == events.EVERYTHING
    ):
        assert menu.restore_from_backup()  # started; the office runs on the backup once it is done
    assert restored == [str(made)]
    assert [t.number for t in Ticket.select()] == [first]
    kept = [b for b in backup.list_backups(made.parent) if b.kind == backup.BEFORE_RESTORE]
    assert len(kept) == 1
    assert "confirm" in boxes.kinds() and "Traceback" not in boxes.text()
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.entity, entry.entity_id) == ("restore", "database", made.name)
    assert health.quick_check(db_path)


def test_restore_declined_or_from_a_bad_file_changes_nothing(
    admin_window, boxes, monkeypatch, office, tmp_path, qtbot
):
    _win, menu = admin_window
    made = _back_up(qtbot, menu)
    register(office)
    monkeypatch.setattr(backup_ui, "ask_backup_file", lambda _p, _f: str(made))
    boxes.confirm_answer = False
    assert not menu.restore_from_backup()
    bad = tmp_path / "holiday-photos.db"
    bad.write_text("jpeg? " * 300)
    monkeypatch.setattr(backup_ui, "ask_backup_file", lambda _p, _f: str(bad))
    assert not menu.restore_from_backup()
    assert "not an office database" in boxes.shown[-1][2]
    assert Ticket.select().count() == 1
    assert [b.kind for b in backup.list_backups(made.parent)] == [backup.MANUAL]


def _damaged_office(office, db_path: str, folder: Path) -> str:
    number = register(office).number
    backup.back_up(db_path, folder, NOW - timedelta(days=1), backup.DAILY)
    app_db.close()
    path = Path(db_path)
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 4)
        f.write(b"\xde\xad\xbe\xef" * (size // 8))
    return number


def test_a_healthy_database_starts_without_a_word(db_path, boxes):
    app_db.close()
    assert backup_ui.startup_checks(db_path, lambda: NOW)
    assert boxes.shown == []


def test_a_damaged_database_at_start_offers_the_newest_healthy_backup(office, db_path, boxes, tmp_path):
    folder = tmp_path / "usb"
    settings.put(backup.FOLDER_KEY, str(folder))  # read from the damaged file if it still can be
    backup_ui._remember_folder(folder)  # and remembered on this PC in case it cannot
    number = _damaged_office(office, db_path, folder)
    assert not health.quick_check(db_path)
    boxes.choices = [0]  # "Restore this backup"

    assert backup_ui.startup_checks(db_path, lambda: NOW)

    kind, title, text = boxes.shown[0]
    assert title == "The database is damaged"
    assert kind == "choose" and "damaged" in text and "2026-11-22" in text
    assert boxes.shown[-1][0] == "information"
    assert health.quick_check(db_path)
    assert any(b.kind == backup.DAMAGED for b in backup.list_backups(folder))  # set aside, not lost
    app_db.connect(db_path)
    assert [t.number for t in Ticket.select()] == [number]


def test_a_damaged_database_can_be_left_alone_by_quitting(office, db_path, boxes, tmp_path):
    _damaged_office(office, db_path, tmp_path / "userdata" / "backups")
    boxes.choices = [2]  # Quit
    assert not backup_ui.startup_checks(db_path, lambda: NOW)
    assert not health.quick_check(db_path)  # untouched


def test_with_no_backup_found_a_file_can_be_chosen(office, db_path, boxes, monkeypatch, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    number = _damaged_office(office, db_path, elsewhere)
    chosen = backup.list_backups(elsewhere)[0].path
    monkeypatch.setattr(backup_ui, "ask_backup_file", lambda _p, _f: str(chosen))
    boxes.choices = [0]  # "Choose a backup…" (the only other answer is Quit)
    assert backup_ui.startup_checks(db_path, lambda: NOW)
    assert "no healthy backup" in boxes.shown[0][2]
    app_db.connect(db_path)
    assert [t.number for t in Ticket.select()] == [number]


def test_the_daily_backup_is_made_once_a_day_and_a_failure_goes_to_the_status_bar(
    admin_window, boxes, tmp_path, db_path
):
    win, _menu = admin_window
    made = backup_ui.daily_backup(db_path, lambda: NOW, win)
    assert made is not None and made.name.endswith("-daily.db")
    assert backup_ui.daily_backup(db_path, lambda: NOW + timedelta(hours=3), win) is None  # not due
    blocker = tmp_path / "usb"
    blocker.write_text("x")
    settings.put(backup.FOLDER_KEY, str(blocker / "b"))
    assert backup_ui.daily_backup(db_path, lambda: NOW + timedelta(days=1), win) is None
    assert boxes.shown == []
    assert "No backup was made" in win.statusBar().currentMessage()
    assert "USB drive" in win.statusBar().currentMessage()


def test_the_exit_backup_is_made_every_time_and_rotates(boxes, db_path, tmp_path, qapp):
    first = backup_ui.exit_backup(db_path, lambda: NOW)
    second = backup_ui.exit_backup(db_path, lambda: NOW + timedelta(minutes=5))
    assert first.name.endswith("-exit.db") and second.name.endswith("-exit.db")
    assert backup.list_backups(first.parent)[0].path == second
    assert not first.exists()  # the same day keeps its newest automatic backup only
    assert boxes.shown == []


def test_msgbox_choose_answers_with_the_index_of_the_button_clicked(qapp, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(50, lambda: click("Two"))
    assert msgbox.choose(None, "Title", "Which?", ["One", "Two", "Quit"]) == 1
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    assert msgbox.choose(None, "Title", "Which?", ["One", "Two", "Quit"]) == 2  # closed: the last
