"""Backups in the window: the Backup menu, the start-up health check, the daily and exit backups.

The work itself is app/backup.py. Everything here reports problems in words (a USB drive that is
not plugged in is a status-bar line or a warning, a damaged database a dialog), never a traceback.
A PostgreSQL office (no database file) is backed up with pg_dump (app/server_backup.py): Back up
now and the first start of the day make a `.dump` in the same folder; Restore from backup… lists
those (ui/server_restore.py) and restores one with app/server_restore.py.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from app import backup, db, health, permissions
from app.errors import ValidationError
from app.services import audit
from ui import background, events, msgbox, operations
from ui.errors import error_text

# The folder of the last backup that worked, kept on this PC: at start-up the database (and the
# folder setting inside it) may be the thing that is damaged.
LAST_FOLDER_KEY = "backup/last_folder"
STATUS_MS = 15000


def database_file(url_or_path: str) -> str | None:
    """The SQLite file behind a database argument; None for a server database or `:memory:`."""
    path = db.sqlite_path_from(url_or_path)
    if path is None or str(path) == ":memory:":
        return None
    return str(path.expanduser())


def _explain(err: BaseException, folder: Path | None = None) -> str:
    if isinstance(err, ValidationError):
        return error_text(err)
    if isinstance(err, OSError):
        return (
            QCoreApplication.translate(
                "backup", "The backup folder %1 cannot be written (is the USB drive plugged in?): %2"
            )
            .replace("%1", str(folder or getattr(err, "filename", "") or ""))
            .replace("%2", err.strerror or str(err))
        )
    return str(err) or type(err).__name__


_EXPLAINED = (OSError, ValidationError, sqlite3.Error)  # failures a sentence can explain


def _problem(outcome: background.Outcome) -> BaseException | None:
    """The failure to explain in a sentence; a defect is logged and summed up (no traceback)."""
    err = outcome.error
    if err is None or isinstance(err, _EXPLAINED):
        return err
    logging.getLogger("service_office.backup").error("backup failed", exc_info=err)
    return RuntimeError(QCoreApplication.translate("backup", "The backup did not finish."))


def _off_ui_thread(parent: QWidget | None, title: str, work: Callable[[], object]) -> object:
    """The automatic backups (at start, before the event loop; at exit, after it): the work on a
    pool thread behind a progress dialog; returns its value or the exception to explain."""
    outcome = background.run_outside_event_loop(parent, title, lambda _state: work())
    return _problem(outcome) or outcome.value


def _remember_folder(folder: Path) -> None:
    QSettings().setValue(LAST_FOLDER_KEY, str(folder))


def _report_problem(parent: QWidget | None, text: str) -> None:
    """A status-bar line in the main window; a warning box when there is no window."""
    if isinstance(parent, QMainWindow) and parent.isVisible():
        parent.statusBar().showMessage(text, STATUS_MS)
    else:
        msgbox.warning(parent, QCoreApplication.translate("backup", "Backup"), text)


def on_server(db_path: str | None) -> bool:
    """The office runs on a PostgreSQL server (backed up with pg_dump, app/server_backup.py)."""
    return db_path is None and db.database.obj is not None and not db.is_sqlite()


def _run_backup(db_path: str | None, now: datetime, kind: str, folder: Path) -> tuple[Path, list[Path]]:
    if on_server(db_path):
        from app import server_backup

        return server_backup.run_backup(db.current_url(), now, kind, folder)
    return backup.run_backup(db_path, now, kind, folder)  # type: ignore[arg-type]


def _automatic_backup(
    db_path: str | None, clock: Callable[[], datetime], kind: str, parent: QWidget | None
) -> Path | None:
    server = on_server(db_path)
    if db_path is None and not (server and kind == backup.DAILY):
        return None  # a server office: one daily dump by the first desk of the day, no exit dumps
    now = clock()
    try:
        folder = backup.configured_folder()
    except Exception:  # the settings cannot be read: the default folder still gets its backup
        folder = backup.default_folder()
    suffix = ".dump" if server else ".db"
    if kind == backup.DAILY and not backup.backup_due_today(folder, now, suffix):
        return None
    title = (
        QCoreApplication.translate("backup", "Making today's backup…")
        if kind == backup.DAILY
        else QCoreApplication.translate("backup", "Backing up before closing…")
    )
    result = _off_ui_thread(parent, title, lambda: _run_backup(db_path, now, kind, folder))
    if isinstance(result, BaseException):
        _report_problem(
            parent,
            QCoreApplication.translate("backup", "No backup was made: %1").replace(
                "%1", _explain(result, folder)
            ),
        )
        return None
    made, _rotated = result  # type: ignore[misc]
    _remember_folder(folder)
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            QCoreApplication.translate("backup", "Backed up to %1").replace("%1", str(made)), STATUS_MS
        )
    return made


def daily_backup(
    db_path: str | None, clock: Callable[[], datetime], parent: QWidget | None = None
) -> Path | None:
    """The first start of each day backs up (and rotates); call it once the database is connected."""
    return _automatic_backup(db_path, clock, backup.DAILY, parent)


def exit_backup(
    db_path: str | None, clock: Callable[[], datetime], parent: QWidget | None = None
) -> Path | None:
    """Back up (and rotate) on the way out, while the database is still connected."""
    return _automatic_backup(db_path, clock, backup.EXIT, parent)


# -- Start-up health -------------------------------------------------------------------------------


def _candidate_folders(db_path: str) -> list[Path]:
    """Where backups may be: the folder set in the database (if it can still be read), the last
    folder a backup went to on this PC, the default folder."""
    last = QSettings().value(LAST_FOLDER_KEY, "", type=str)
    folders: list[Path] = []
    for folder in (backup.folder_in_file(db_path), Path(last) if last else None, backup.default_folder()):
        if folder is not None and folder not in folders:
            folders.append(folder)
    return folders


def _newest_healthy(folders: list[Path]) -> Path | None:
    found = [p for p in (backup.newest_healthy_backup(f) for f in folders) if p is not None]
    if not found:
        return None
    return max(found, key=lambda p: (backup.parse_name(p).taken_at, p.stat().st_mtime))  # type: ignore[union-attr]


def ask_backup_file(parent: QWidget | None, folder: Path) -> str:
    """The backup file the person picks ("" when cancelled). Tests replace this."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("backup", "Restore from backup"),
        str(folder),
        QCoreApplication.translate("backup", "Office backups (*.db);;All files (*)"),
    )
    return path


def ask_folder(parent: QWidget | None, folder: Path) -> str:
    """The folder the person picks ("" when cancelled). Tests replace this."""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("backup", "Backup folder"), str(folder)
    )


def _backup_label(path: Path) -> str:
    named = backup.parse_name(path)
    when = f"{named.taken_at:%Y-%m-%d %H:%M}" if named else ""
    return f"{path} ({when})" if when else str(path)


def startup_checks(
    db_path: str | None,
    clock: Callable[[], datetime],
    parent: QWidget | None = None,
    check: Callable[[str], bool] = health.quick_check,
) -> bool:
    """Before connecting: PRAGMA quick_check (`check`; the program runs it in the background
    behind a window); a damaged database gets a dialog offering the newest healthy backup.
    True to go on (healthy, or restored), False to quit."""
    if db_path is None or check(db_path):
        return True
    folders = _candidate_folders(db_path)
    title = QCoreApplication.translate("backup", "The database is damaged")
    while True:
        newest = _newest_healthy(folders)
        if newest is not None:
            text = (
                QCoreApplication.translate(
                    "backup",
                    "The office database %1 is damaged and cannot be used safely.\n\nThe newest healthy backup is %2. Restore it? Whatever was entered after that backup will have to be entered again. The damaged file is kept beside the backups.",
                )
                .replace("%1", db_path)
                .replace("%2", _backup_label(newest))
            )
            choice = msgbox.choose(
                parent,
                title,
                text,
                [
                    QCoreApplication.translate("backup", "Restore this backup"),
                    QCoreApplication.translate("backup", "Choose another backup…"),
                    QCoreApplication.translate("backup", "Quit"),
                ],
                QMessageBox.Icon.Warning,
            )
        else:
            text = (
                QCoreApplication.translate(
                    "backup",
                    "The office database %1 is damaged and cannot be used safely, and no healthy backup was found in %2.\n\nChoose a backup file (for example on the USB drive), or quit and ask for help.",
                )
                .replace("%1", db_path)
                .replace("%2", ", ".join(str(f) for f in folders))
            )
            choice = 1 + msgbox.choose(
                parent,
                title,
                text,
                [
                    QCoreApplication.translate("backup", "Choose a backup…"),
                    QCoreApplication.translate("backup", "Quit"),
                ],
                QMessageBox.Icon.Warning,
            )
        if choice == 2:
            return False
        chosen: Path | None = newest
        if choice == 1:
            picked = ask_backup_file(parent, newest.parent if newest else folders[0])
            if not picked:
                continue
            chosen = Path(picked)
        assert chosen is not None
        try:
            saved = _restore_at_start(chosen, db_path, clock())
        except (OSError, ValidationError, sqlite3.Error) as err:
            msgbox.critical(
                parent,
                QCoreApplication.translate("backup", "Restore from backup"),
                QCoreApplication.translate("backup", "The backup was not restored: %1").replace(
                    "%1", _explain(err)
                ),
            )
            continue
        _remember_folder(chosen.parent)
        msgbox.information(
            parent,
            QCoreApplication.translate("backup", "Restore from backup"),
            QCoreApplication.translate(
                "backup", "The office was restored from %1. The damaged database was kept as %2."
            )
            .replace("%1", _backup_label(chosen))
            .replace("%2", str(saved) if saved else "—"),
        )
        return True


def _restore_at_start(chosen: Path, db_path: str, now: datetime) -> Path | None:
    """Restore, setting the damaged file aside in the backup's folder (else the default folder)."""
    backup.check_backup(chosen)
    try:
        return backup.restore(chosen, db_path, chosen.parent, now)
    except OSError:
        return backup.restore(chosen, db_path, backup.default_folder(), now)


# -- The Backup menu -------------------------------------------------------------------------------


class BackupMenu(QMenu):
    restored = Signal(str)  # the backup file the office now runs on: the session starts again
    backed_up = Signal(str)  # a backup made from the menu

    def __init__(
        self,
        window: QWidget,
        db_path: str | None,
        clock: Callable[[], datetime],
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backup_menu")
        self._window, self._db_path, self._clock, self._staff_id = window, db_path, clock, staff_id
        self.back_up_action = QAction(self, objectName="backup_now")
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self, objectName="backup_restore")
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.folder_action = QAction(self, objectName="backup_folder")
        self.folder_action.triggered.connect(self.choose_folder)
        self.addAction(self.back_up_action)
        self.addAction(self.restore_action)
        self.addSeparator()
        self.addAction(self.folder_action)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Backup"))
        self.back_up_action.setText(self.tr("Back &up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.folder_action.setText(self.tr("Backup &folder…"))

    def _server_database(self) -> bool:
        if self._db_path is not None:
            return False
        msgbox.information(
            self._window,
            self.tr("Backup"),
            self.tr(
                "This office runs on a database server. To restore a backup (.dump), close the "
                "program on every desk; IT then restores it with pg_restore as the README describes."
            ),
        )
        return True

    def _folder(self) -> Path:
        try:
            return backup.configured_folder()
        except Exception:  # settings unreadable: still offer the default place
            return backup.default_folder()

    def back_up_now(self) -> background.BackgroundTask | None:
        """Start a backup in the background (None when there is nothing to back up here);
        `backed_up(path)` follows when it was made."""
        if not on_server(self._db_path) and self._server_database():
            return None
        db_path, now, folder = self._db_path, self._clock(), self._folder()

        def done(outcome: background.Outcome) -> None:
            problem = _problem(outcome)
            if problem is not None:
                msgbox.warning(
                    self._window,
                    self.tr("Backup"),
                    self.tr("No backup was made: %1").replace("%1", _explain(problem, folder)),
                )
                return
            made, _rotated = outcome.value
            _remember_folder(folder)
            msgbox.information(
                self._window, self.tr("Backup"), self.tr("Backed up to %1").replace("%1", str(made))
            )
            self.backed_up.emit(str(made))

        return background.run_in_background(
            self._window,
            self.tr("Backing up…"),
            lambda _state: _run_backup(db_path, now, backup.MANUAL, folder),
            done,
        )

    def choose_folder(self) -> Path | None:
        if not on_server(self._db_path) and self._server_database():
            return None
        picked = ask_folder(self._window, self._folder())
        if not picked:
            return None
        done = operations.run_op(
            self._window,
            lambda op: backup.set_folder(picked, op.actor, op.now),
            clock=self._clock,
            actor=self._staff_id,
            changes={events.SETTINGS},
            title=self.tr("Backup folder"),
        )
        return Path(picked) if done else None

    def restore_from_backup(self) -> bool:
        """Save the current state, check the chosen backup, swap it in and start the session again.

        Returns whether the restore was started (in the background); `restored(path)` follows
        once the office runs on the backup."""
        if on_server(self._db_path):
            return self._restore_server_backup()
        if self._server_database():
            return False
        db_path = self._db_path
        assert db_path is not None
        folder = self._folder()
        picked = ask_backup_file(self._window, folder)
        if not picked:
            return False
        try:
            info = backup.check_backup(picked)
        except ValidationError as err:
            msgbox.warning(self._window, self.tr("Restore from backup"), error_text(err))
            return False
        taken = f"{info.taken_at:%Y-%m-%d %H:%M}" if info.taken_at else Path(picked).name
        if not msgbox.confirm(
            self._window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the office's data by the backup of %1?\n\nEverything entered since then is replaced; the current state is backed up first (to %2), so this can be undone."
            )
            .replace("%1", taken)
            .replace("%2", str(folder)),
        ):
            return False
        now = self._clock()

        def prepare() -> tuple[Path | None, Path]:
            saved = backup.save_current_state(db_path, folder, now)
            return saved, backup.stage_restore(picked, db_path, now)  # numbers and trail kept

        def done(outcome: background.Outcome) -> None:
            problem = _problem(outcome)
            if problem is not None:
                msgbox.warning(
                    self._window,
                    self.tr("Restore from backup"),
                    self.tr("Nothing was changed: %1").replace("%1", _explain(problem, folder)),
                )
                return
            self._swap_in(*outcome.value, picked=picked, taken=taken, folder=folder, now=now)

        background.run_in_background(self._window, self.tr("Restoring…"), lambda _state: prepare(), done)
        return True

    def _restore_server_backup(self) -> bool:
        """A server office: pick one of its dumps, check it (and that no other desk is connected)
        in the background, confirm by its date, restore in the background."""
        from app import server_restore
        from ui.server_restore import ask_server_backup

        folder = self._folder()
        picked = ask_server_backup(self._window, folder)
        if not picked:
            return False

        def checked(outcome: background.Outcome) -> None:
            problem = _problem(outcome)
            if problem is not None:
                msgbox.warning(
                    self._window,
                    self.tr("Restore from backup"),
                    self.tr("Nothing was changed: %1").replace("%1", _explain(problem, folder)),
                )
                return
            info = outcome.value
            taken = f"{info.taken_at:%Y-%m-%d %H:%M}" if info.taken_at else Path(picked).name
            if msgbox.confirm(
                self._window,
                self.tr("Restore from backup"),
                self.tr(
                    "Replace the office's data on the server by the backup of %1?\n\nEverything entered since then is replaced, for every desk; ticket numbers and the audit trail are kept. The current state is backed up first (to %2), so this can be undone."
                )
                .replace("%1", taken)
                .replace("%2", str(folder)),
            ):
                self._run_server_restore(picked, taken, folder)

        background.run_in_background(
            self._window,
            self.tr("Checking the backup…"),
            lambda _state: server_restore.check_restore(picked),
            checked,
        )
        return True

    def _run_server_restore(self, picked: str, taken: str, folder: Path) -> None:
        from app import server_restore

        url, actor, now = db.current_url(), self._staff_id, self._clock()

        def work(state: background.TaskState) -> server_restore.RestoreReport:
            def step(done: int, total: int) -> None:
                if done <= 2:  # until the data is replaced, Cancel stops with nothing changed
                    state(done, total)
                else:
                    with contextlib.suppress(background.Cancelled):
                        state(done, total)

            return server_restore.restore_office(picked, url, folder, actor, now, step)

        def done(outcome: background.Outcome) -> None:
            title = self.tr("Restore from backup")
            if outcome.cancelled:
                msgbox.information(
                    self._window, title, self.tr("The restore was cancelled; nothing was changed.")
                )
                return
            problem = _problem(outcome)
            if isinstance(problem, server_restore.RestoreIncomplete):
                events.publish(events.EVERYTHING)  # the backup's data is in place all the same
                msgbox.critical(self._window, title, error_text(problem))
                return
            if problem is not None:
                msgbox.warning(
                    self._window,
                    title,
                    self.tr("Nothing was changed: %1").replace("%1", _explain(problem, folder)),
                )
                return
            _remember_folder(folder)
            events.publish(events.EVERYTHING)
            self.restored.emit(picked)
            msgbox.information(
                self._window,
                title,
                self.tr("The office now runs on the backup of %1. The previous state was saved as %2.")
                .replace("%1", taken)
                .replace("%2", str(outcome.value.saved)),
            )

        background.run_in_background(self._window, self.tr("Restoring…"), work, done)

    def _swap_in(
        self, saved: Path | None, staged: Path, *, picked: str, taken: str, folder: Path, now: datetime
    ) -> bool:
        db_path = self._db_path
        assert db_path is not None
        actor = self._staff_id
        db.close()
        try:
            backup.swap_in(staged, db_path)
        except OSError as err:
            Path(staged).unlink(missing_ok=True)
            db.connect(db_path)
            msgbox.warning(
                self._window,
                self.tr("Restore from backup"),
                self.tr("Nothing was changed: %1").replace("%1", _explain(err, Path(db_path).parent)),
            )
            return False
        try:
            db.connect(db_path)  # a backup of an older schema is brought up to date here
            with db.write_transaction():
                audit.record(
                    actor,
                    "restore",
                    "database",
                    Path(picked).name,
                    now,
                    {"previous_state": (None, saved.name if saved else None)},
                )
        except Exception as err:  # explained, never a traceback; the previous state is safe
            msgbox.critical(
                self._window,
                self.tr("Restore from backup"),
                self.tr("The restored database could not be opened: %1\nThe previous state was saved as %2.")
                .replace("%1", str(err))
                .replace("%2", str(saved) if saved else "—"),
            )
            return False
        _remember_folder(folder)
        events.publish(events.EVERYTHING)
        self.restored.emit(str(picked))
        msgbox.information(
            self._window,
            self.tr("Restore from backup"),
            self.tr("The office now runs on the backup of %1. The previous state was saved as %2.")
            .replace("%1", taken)
            .replace("%2", str(saved) if saved else "—"),
        )
        return True


def install_backup_menu(
    window: QMainWindow, db_path: str | None, clock: Callable[[], datetime], staff_id: int | None = None
) -> BackupMenu:
    """Add the Backup menu to `window` (before its Help menu when it has one).

    Shown to roles allowed to back up (app/permissions.py BACKUP); `staff_id` defaults to the
    window's signed-in member of staff.
    """
    if staff_id is None:
        staff_id = getattr(window, "_staff_id", None)
    menu = BackupMenu(window, db_path, clock, staff_id, window)
    help_menu = getattr(window, "help_menu", None)
    if isinstance(help_menu, QMenu):
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    menu.menuAction().setVisible(permissions.can(staff_id, permissions.BACKUP))
    return menu
