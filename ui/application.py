"""Starting the program: Qt application, fonts, language, database, first run, main window."""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app import db
from app.errors import DatabaseLocationError
from app.paths import default_database_path, resources_dir
from app.services import settings
from ui import backup_ui, clock, msgbox, session
from ui.background import run_with_progress
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
    ok, result = run_with_progress(
        parent,
        QCoreApplication.translate("application", "Filling the demo office…"),
        lambda report: fill_demo_office(now, progress=report),
    )
    if not ok and result:
        msgbox.critical(
            parent,
            QCoreApplication.translate("application", "Demo office"),
            QCoreApplication.translate("application", "The demo office could not be filled:\n%1").replace(
                "%1", result
            ),
        )
    return ok


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
    if args.probe_startup:
        _exit_when_first_window_shows(app)
    languages.apply(args.lang or languages.preferred())
    instance = SingleInstance("office")
    if instance.already_running():
        # A second copy brings the first window forward instead of opening the database twice.
        if not instance.ask_first_to_raise():
            msgbox.information(
                None,
                QCoreApplication.translate("application", "Already open"),
                QCoreApplication.translate(
                    "application", "The program is already open on this computer; finish signing in there."
                ),
            )
        return 0
    url = args.db or str(default_database_path())
    db_file = backup_ui.database_file(url)
    if not backup_ui.startup_checks(db_file, clock.now):
        return 2
    if not open_database(url):
        return 2
    if not settings.is_initialised():
        dialog = FirstRunDialog()
        if args.demo:
            dialog.demo.setChecked(True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
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
    backup_ui.exit_backup(db_file, clock.now)
    return code


def main() -> None:
    sys.exit(run(sys.argv))
