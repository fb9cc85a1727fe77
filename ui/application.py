"""Starting the program: Qt application, fonts, language, database, first run, main window."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import subprocess
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from app import db, health, leftovers, office_lock, server_config
from app.errors import DatabaseLocationError
from app.paths import default_database_path, resources_dir
from app.services import settings
from ui import background, backup_ui, clock, error_dialog, file_dialogs, msgbox, session
from ui.first_run_dialog import FirstRunDialog
from ui.fonts import install_cjk_font
from ui.i18n import LANGUAGES, LanguageManager, compile_translations
from ui.single_instance import SingleInstance, bring_to_front

ORGANISATION = "ServiceOffice"
APPLICATION = "ServiceOffice"


def create_application(argv: list[str]) -> tuple[QApplication, LanguageManager]:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    install_cjk_font(app)
    file_dialogs.install()  # no dialog may open the database file and drop SQLite's locks
    background.collect_on_gui_thread()
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.png")))
    # A read-only install ships its .qm files already built.
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        compile_translations()
    return app, LanguageManager.for_application(app)


def open_database(url: str) -> bool:
    try:
        db.connect(url)
    except DatabaseLocationError as err:
        msgbox.critical(
            None,
            QCoreApplication.translate("application", "Database on a network share"),
            QCoreApplication.translate(
                "application",
                "The database %1 is on a network drive, where it could be damaged. Keep it on this computer's own disk (the default), or use a database server for several desks.",
            ).replace("%1", str(err)),
        )
        return False
    except Exception as err:  # any failure to open is explained, never a traceback
        msgbox.critical(
            None,
            QCoreApplication.translate("application", "Cannot open the database"),
            QCoreApplication.translate("application", "The database could not be opened:\n%1").replace(
                "%1", str(err)
            ),
        )
        return False
    return True


def fill_demo(parent=None) -> bool:
    """Fill the office just set up by the first run with the demo (R10.1a: only a brand-new,
    empty database; on anything else it says so and changes nothing)."""
    from app.demo import fill_demo_office, is_brand_new_office

    if not is_brand_new_office():
        refuse_demo(parent)
        return False
    now = clock.now()
    outcome = background.run_outside_event_loop(
        parent,
        QCoreApplication.translate("application", "Filling the demo office…"),
        lambda state: fill_demo_office(now, progress=state),
    )
    if outcome.error is not None:
        logging.getLogger("service_office.application").error(
            "demo office not filled", exc_info=outcome.error
        )
        msgbox.critical(
            parent,
            QCoreApplication.translate("application", "Demo office"),
            QCoreApplication.translate("application", "The demo office could not be filled:\n%1").replace(
                "%1", str(outcome.error) or type(outcome.error).__name__
            ),
        )
    return outcome.ok


def confirm_new_office(db_file: str) -> bool:
    return msgbox.confirm(
        None,
        QCoreApplication.translate("application", "New office?"),
        QCoreApplication.translate(
            "application",
            "There is no office database at %1.\n\nStart a new office there? If you meant an existing office, answer No and check the path.",
        ).replace("%1", db_file),
    )


def explain_unusable_file(db_file: str, problem: str) -> None:
    if problem == health.READ_ONLY:
        text = QCoreApplication.translate(
            "application",
            "The office database %1 is read-only (the file or its folder), so the program cannot save anything in it. It is not damaged. Make the file and its folder writable for you, or copy the office to a writable folder, then start the program again.",
        )
    elif problem == health.UNREADABLE:
        text = QCoreApplication.translate(
            "application",
            "The office database %1 cannot be read with your permissions. Ask IT to check them, then start the program again.",
        )
    else:
        text = QCoreApplication.translate(
            "application", "%1 is not a database file. Check the path given with --db."
        )
    msgbox.critical(
        None,
        QCoreApplication.translate("application", "Cannot open the database"),
        text.replace("%1", db_file),
    )


def forget_new_file(db_file: str) -> None:
    db.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(db_file + suffix)


def refuse_demo(parent=None) -> None:
    msgbox.information(
        parent,
        QCoreApplication.translate("application", "Demo office"),
        QCoreApplication.translate(
            "application",
            "A demo office is only made in a new, empty database, and this one is already in use. "
            "Nothing was changed. To try the demo, start the program with a new database file.",
        ),
    )


class _FirstWindowProbe(QObject):
    """bench/startup.py: say when the first window (sign-in or first run) is on screen, then stop."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            if sys.stdout is not None:
                print(f"window-shown {type(obj).__name__}", flush=True)
            os._exit(0)  # a probe: nothing to save, no dialog to unwind
        return False


def _exit_when_first_window_shows(app: QApplication) -> None:
    probe = _FirstWindowProbe(app)
    app.installEventFilter(probe)


EXIT_BACKUP_WAIT_MS = 10 * 60 * 1000
CHECK_WINDOW_AFTER_MS = 300  # a healthy small office is checked before anything would show


def _quick_check_behind_a_window(db_path: str) -> bool:
    """health.quick_check in a thread: it reads every page (7–16 s from a cold disk at 1M
    tickets), so a window says what is happening instead of a blank screen. The thread holds its
    own SQLite connection and touches no Qt object."""
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(health.quick_check(db_path)), daemon=True)
    background.collect_on_gui_thread()  # no cyclic collection in the thread (ui/background)
    thread.start()
    thread.join(CHECK_WINDOW_AFTER_MS / 1000)
    if thread.is_alive():
        dialog = QProgressDialog(
            QCoreApplication.translate("application", "Checking the office database…"), "", 0, 0
        )
        dialog.setCancelButton(None)
        dialog.setWindowTitle(QCoreApplication.translate("application", "Service Office"))
        dialog.setMinimumDuration(0)
        dialog.show()
        loop = QEventLoop()
        timer = QTimer(interval=50)
        timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
        timer.start()
        loop.exec()
        timer.stop()
        dialog.close()
    thread.join()
    return bool(result and result[0])


def _wait_for_exit_backup(instance: SingleInstance) -> bool:
    """Tell the person the office is being backed up and wait until the closing copy has let go
    of the office; False when they gave up (or it did not finish in ten minutes)."""
    dialog = QProgressDialog(
        QCoreApplication.translate("application", "The office is being backed up, one moment…"),
        QCoreApplication.translate("application", "Cancel"),
        0,
        0,
    )
    dialog.setWindowTitle(QCoreApplication.translate("application", "Service Office"))
    dialog.setMinimumDuration(0)
    dialog.show()
    gave_up: list[bool] = []
    dialog.canceled.connect(lambda: gave_up.append(True))

    def tick() -> None:
        QCoreApplication.processEvents()
        if gave_up:
            raise _GaveUp

    try:
        got = instance.wait_for_first_to_close(EXIT_BACKUP_WAIT_MS, tick)
    except _GaveUp:
        got = False
    dialog.close()
    return got


class _GaveUp(Exception):
    pass


def run(argv: list[str]) -> int:
    if "--smoke-test" in argv:
        from ui.smoke import run_smoke_test

        rest = argv[argv.index("--smoke-test") + 1 :]
        return run_smoke_test(rest[0] if rest and not rest[0].startswith("-") else None)
    parser = argparse.ArgumentParser(prog="main.py", description="Service office")
    parser.add_argument("--db", help="database file or URL (sqlite:///path, postgresql://user@host/db)")
    parser.add_argument(
        "--demo", action="store_true", help="make the new database of a first run a demo office"
    )
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="UI language (default: the system's)")
    parser.add_argument("--probe-startup", action="store_true", help=argparse.SUPPRESS)  # bench/startup.py
    args, qt_args = parser.parse_known_args(argv[1:])

    app, languages = create_application([argv[0], *qt_args])
    error_dialog.install()  # before the first window: nothing that fails goes unseen or unlogged
    if args.probe_startup:
        _exit_when_first_window_shows(app)
    languages.apply(args.lang or languages.preferred())
    instance = SingleInstance("office")
    if instance.already_running():
        # A second copy brings the first window forward instead of opening the database twice.
        raised = instance.ask_first_to_raise()
        if raised and instance.first_is_closing:
            # The first copy's window has closed and it is making its exit backup: wait for it,
            # then open normally.
            if not _wait_for_exit_backup(instance):
                return 0
        else:
            if not raised:
                msgbox.information(
                    None,
                    QCoreApplication.translate("application", "Already open"),
                    QCoreApplication.translate(
                        "application",
                        "The program is already open on this computer; finish signing in there.",
                    ),
                )
            return 0
    # File ▸ Database server… may have chosen a server (or a file moved off one) for this desk.
    url = args.db or server_config.desk_database(default_database_path())
    db_file = backup_ui.database_file(url)
    leftovers.clean()  # what a killed export or backup left behind (issue 15, point 10)
    created = False
    if db_file is not None:
        problem = health.file_problem(db_file)
        if problem == health.MISSING and args.db is not None and not confirm_new_office(db_file):
            return 0  # a mistyped --db creates nothing
        if problem in (health.READ_ONLY, health.UNREADABLE, health.NOT_A_FILE):
            explain_unusable_file(db_file, problem)
            return 2
        created = problem == health.MISSING
    # The lock commands honour (app/office_lock.py), before anything opens the file.
    window_lock = office_lock.OfficeLock(db_file, exclusive=True) if db_file is not None else None
    if window_lock is not None and not window_lock.acquire(wait_seconds=10):
        msgbox.information(
            None,
            QCoreApplication.translate("application", "Office busy"),
            QCoreApplication.translate(
                "application",
                "A command (an export or import started outside the window) is working on the office right now. Start the program again in a minute.",
            ),
        )
        return 2
    try:
        if not backup_ui.startup_checks(db_file, clock.now, check=_quick_check_behind_a_window):
            return 2
        return _run_signed_in(args, app, languages, instance, url, db_file, created)
    finally:
        if window_lock is not None:
            window_lock.release()


def _run_signed_in(args, app, languages, instance, url: str, db_file: str | None, created: bool) -> int:
    if not open_database(url):
        return 2
    if not settings.is_initialised():
        dialog = FirstRunDialog()
        if args.demo:
            dialog.demo.setChecked(True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if created and db_file is not None:  # Cancel leaves no new empty office behind
                forget_new_file(db_file)
            return 0
        staff_id = dialog.staff_id  # just chose the password: signed in
        if dialog.demo.isChecked():
            fill_demo()
    else:
        if args.demo:  # an office already set up is never filled, whatever it holds
            refuse_demo()
        staff_id = session.ask_sign_in(clock.now)
        if staff_id is None:
            return 0
    desk = session.Session(languages, clock.now, url)
    desk.open(staff_id)
    instance.listen(lambda: bring_to_front(desk.window))
    backup_ui.daily_backup(db_file, clock.now, desk.window)
    code = app.exec()
    instance.closing = True  # a start from now on waits for the exit backup (never a dead window)
    with contextlib.suppress(Exception):  # statistics are an optimisation: never block closing
        db.optimize()
    backup_ui.exit_backup(db_file, clock.now)
    return code


def main() -> None:
    sys.exit(run(sys.argv))
