"""File ▸ Database server…: connect this desk to a PostgreSQL server and move the office there.

The password goes to the user's pgpass file only (app/server_config.py): never shown again,
never logged, never in the status bar. Moving copies every table and verifies each one's row
count and checksum (app/transfer.py) before the desk switches; the office file stays as it was,
as a backup. A desk joining an office already on the server uses "Use this server".

The reverse, for a branch going offline: a desk on the server moves the office to a new file on
this computer, verified the same way, and works on that file from its next start; the office on
the server is left as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import db, server_config, transfer
from app.errors import DatabaseLocationError, ValidationError
from app.paths import default_database_path
from ui.background import Outcome, TaskState, run_in_background
from ui.errors import error_text


def ask_office_file(parent: QWidget | None, suggested: Path) -> str:
    """The new office file the person names ("" when cancelled). Tests replace this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ServerDialog", "Move this office to a file"),
        str(suggested),
        QCoreApplication.translate("ServerDialog", "Office files (*.db)"),
    )
    return path


def _suggested_file() -> Path:
    """The usual office file, or (when it is there already, e.g. kept from the move to the
    server) a new name beside it."""
    default = default_database_path()
    if not default.exists():
        return default
    n = 2
    while (candidate := default.with_name(f"office-{n}.db")).exists():
        n += 1
    return candidate


class ServerDialog(QDialog):
    def __init__(self, database_file: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self._file = database_file  # the office file this desk runs on; None when on a server
        self._moved_to_file = False
        saved = server_config.saved()
        if saved is None and database_file is None:  # on a server given by --db: show which one
            saved = server_config.from_url(db.current_url())
        self.host = QLineEdit(saved.host if saved else "", objectName="host")
        self.port = QSpinBox(objectName="port", minimum=1, maximum=65535)
        self.port.setValue(saved.port if saved else 5432)
        self.database = QLineEdit(saved.database if saved else "service_office", objectName="database")
        self.user = QLineEdit(saved.user if saved else "", objectName="user")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.result = QLabel(objectName="result", wordWrap=True)
        self.test_button = QPushButton(objectName="test")
        self.move_button = QPushButton(objectName="move")
        self.use_button = QPushButton(objectName="use")
        self.file_button = QPushButton(objectName="back_to_file")
        self.to_file_button = QPushButton(objectName="to_file")
        self.test_button.clicked.connect(lambda: self.test_connection())  # not clicked(bool) as `then`
        self.move_button.clicked.connect(self.move_office)
        self.use_button.clicked.connect(self.use_server)
        self.file_button.clicked.connect(self.use_file)
        self.to_file_button.clicked.connect(self.move_to_file)
        self.move_button.setEnabled(database_file is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.test_button, self.move_button, self.use_button, self.file_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        # After addButton, which shows them: what applies to this desk only.
        self.file_button.setVisible(server_config.saved() is not None)
        self._on_server = database_file is None and db.database.obj is not None and not db.is_sqlite()
        self.move_button.setVisible(not self._on_server)
        self.to_file_button.setVisible(self._on_server)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self._labels, (self.host, self.port, self.database, self.user, self.password), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.result)
        layout.addWidget(self.to_file_button)  # a row of its own: it needs no server details
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Database server"))
        self.intro.setText(
            self.tr(
                "For several desks, the office lives on a PostgreSQL server. Ask IT for the "
                "server's address, a database made for the office and a user; the password is "
                "kept in your own settings and never shown."
            )
        )
        for label, text in zip(
            self._labels,
            (
                self.tr("&Server:"),
                self.tr("P&ort:"),
                self.tr("&Database:"),
                self.tr("&User:"),
                self.tr("Pass&word:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.test_button.setText(self.tr("&Test connection"))
        self.move_button.setText(self.tr("&Move this office to the server"))
        self.use_button.setText(self.tr("Use t&his server (office already there)"))
        self.file_button.setText(self.tr("Use the office &file again"))
        self.to_file_button.setText(self.tr("Move this office to a file on this &computer…"))

    def _server(self) -> server_config.Server | None:
        host, database, user = (
            self.host.text().strip(),
            self.database.text().strip(),
            self.user.text().strip(),
        )
        missing = [w for w, v in ((self.host, host), (self.database, database), (self.user, user)) if not v]
        if missing:
            missing[0].setFocus()
            self.result.setText(self.tr("Fill in the server, the database and the user."))
            return None
        return server_config.Server(host, self.port.value(), database, user)

    def _busy(self, busy: bool) -> None:
        for button in (
            self.test_button,
            self.move_button,
            self.use_button,
            self.file_button,
            self.to_file_button,
        ):
            button.setEnabled(not busy and (button is not self.move_button or self._file is not None))
        self.to_file_button.setEnabled(not busy and not self._moved_to_file)  # once is enough

    def test_connection(
        self, then: Callable[[server_config.Server, str, server_config.Probe], None] | None = None
    ) -> None:
        """Try the connection in the background; `then(server, password, probe)` when it worked."""
        server = self._server()
        if server is None:
            return
        password = self.password.text()
        self._busy(True)
        self.result.setText(self.tr("Connecting…"))

        def done(outcome: Outcome[server_config.Probe]) -> None:
            self._busy(False)
            probe = outcome.value if outcome.ok and outcome.value is not None else None
            if probe is None:
                probe = server_config.Probe(False, self.tr("the connection test did not finish"))
            if not probe.ok:
                self.result.setText(self.tr("Could not connect: %1").replace("%1", probe.detail))
                return
            if probe.holds_office:
                text = self.tr("Connected (PostgreSQL %1). This database already holds an office.")
            else:
                text = self.tr("Connected (PostgreSQL %1). This database is empty: the office can move here.")
            self.result.setText(text.replace("%1", probe.detail))
            if then is not None:
                then(server, password, probe)

        self._task = run_in_background(
            self, self.tr("Connecting…"), lambda _state: server_config.probe(server, password), done
        )

    def move_office(self) -> None:
        if self._file is not None:
            self.test_connection(then=self._move)

    def _move(self, server: server_config.Server, password: str, probe: server_config.Probe) -> None:
        if probe.holds_office:
            return  # the probe's sentence says so; moving would be refused
        source, target = self._file, server_config.url_with_password(server, password)
        self._busy(True)

        def done(outcome: Outcome[transfer.MoveReport]) -> None:
            self._busy(False)
            if not outcome.ok or outcome.value is None:
                reason = (
                    error_text(outcome.error)
                    if isinstance(outcome.error, ValidationError)
                    else self.tr("it did not finish")
                )
                self.result.setText(self.tr("The office was not moved: %1").replace("%1", reason))
                return
            report = outcome.value
            server_config.save(server, password)
            self.password.clear()
            self.file_button.show()
            self.result.setText(
                self.tr(
                    "The office was moved: %1 rows in %2 tables, each table checked. Start the program "
                    "again to work on the server. The office file is kept unchanged as a backup: %3"
                )
                .replace("%1", str(report.rows))
                .replace("%2", str(len(report.tables)))
                .replace("%3", str(source))
            )

        self._task = run_in_background(
            self,
            self.tr("Moving the office to the server…"),
            lambda _state: transfer.move_office(source, target),  # type: ignore[arg-type]
            done,
        )

    def use_server(self) -> None:
        def remember(server: server_config.Server, password: str, _probe: server_config.Probe) -> None:
            server_config.save(server, password)
            self.password.clear()
            self.file_button.show()
            self.result.setText(self.tr("This desk will use the server from the next start of the program."))

        self.test_connection(then=remember)

    def use_file(self) -> None:
        server_config.forget()
        self.file_button.hide()
        self.result.setText(self.tr("This desk will use the office file from the next start of the program."))

    def move_to_file(self) -> None:
        """Server → file: copy the office into a new file here, verify every table, and have this
        desk open that file from its next start."""
        if not self._on_server:
            return
        picked = ask_office_file(self, _suggested_file())
        if not picked:
            return
        target = Path(picked)
        if not target.suffix:
            target = target.with_suffix(".db")
        if target.exists():
            self.result.setText(
                self.tr(
                    "There is already a file at %1; choose a new name (an office file is never written over)."
                ).replace("%1", str(target))
            )
            return
        source = db.current_url()
        self._busy(True)
        self.result.setText(self.tr("Moving the office to %1…").replace("%1", str(target)))
        tables = len(transfer.table_names())

        def work(state: TaskState) -> transfer.MoveReport:
            done: list[str] = []

            def progress(table: str, _rows: int) -> None:
                if table not in done:
                    done.append(table)
                state(len(done) - 1, tables)

            return transfer.move_office(source, str(target), progress)

        def finished(outcome: Outcome[transfer.MoveReport]) -> None:
            self._busy(False)
            if not outcome.ok or outcome.value is None:
                _remove_new_file(target)  # a file this desk just began: nothing of it is kept
                if outcome.cancelled:
                    reason = self.tr("it was cancelled")
                elif isinstance(outcome.error, ValidationError):
                    reason = error_text(outcome.error)
                elif isinstance(outcome.error, DatabaseLocationError):
                    reason = self.tr(
                        "an office file cannot be on a network drive; choose a folder on this computer"
                    )
                elif isinstance(outcome.error, OSError):
                    reason = outcome.error.strerror or str(outcome.error)
                else:
                    reason = self.tr("it did not finish")
                self.result.setText(self.tr("The office was not moved: %1").replace("%1", reason))
                return
            report = outcome.value
            server_config.use_file(target)
            self._moved_to_file = True
            self.to_file_button.setEnabled(False)
            self.file_button.hide()
            self.result.setText(
                self.tr(
                    "The office was moved to %1: %2 rows in %3 tables, each table checked. Start the "
                    "program again to work on the file. The office on the server is kept unchanged; "
                    "what is entered in the file from now on is not on the server."
                )
                .replace("%1", str(target))
                .replace("%2", str(report.rows))
                .replace("%3", str(len(report.tables)))
            )

        self._task = run_in_background(self, self.tr("Moving the office to a file…"), work, finished)


def _remove_new_file(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
