"""What the export, print and import dialogs share: translation for app/, the last folder,
opening a saved file, and how background work that went wrong is told (ui/background.py runs it)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from ui.background import Outcome
from ui.error_dialog import is_place_error, summary_of
from ui.errors import problems_text
from ui.operations import report_failure

LAST_FOLDER = "exports/last_folder"
log = logging.getLogger("service_office.exports")


def qt_translate(context: str, text: str) -> str:
    """The `translate` app/registers and app/forms take, in the UI language."""
    return QCoreApplication.translate(context, text)


def last_folder() -> Path:
    stored = QSettings().value(LAST_FOLDER, "", type=str)
    return Path(stored) if stored and Path(stored).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    QSettings().setValue(LAST_FOLDER, str(Path(path).parent))


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def failed(
    parent: QWidget,
    outcome: Outcome,
    error_label: QLabel,
    cancelled_text: str,
    title: str,
) -> bool:
    """Say how background work went wrong, if it did: a ValidationError (a workbook open in
    Excel, no header row, a refused role) on the dialog's error line, a cancel as
    `cancelled_text`, a place that cannot be written (full disk, no right, removed) on the error
    line, a database failure or a defect through ui/operations. True if so."""
    if outcome.cancelled:
        error_label.setText(cancelled_text)
        return True
    if outcome.error is not None and is_place_error(outcome.error):  # on the dialog's error line
        log.warning("%s: %s", title, outcome.error)
        error_label.setText(summary_of(outcome.error))
        return True
    if outcome.error is not None:
        report_failure(
            parent,
            outcome.error,
            on_invalid=lambda problems: error_label.setText(problems_text(problems)),
            title=title,
        )
        return True
    return False


def write_file(parent: QWidget, error_label: QLabel, title: str, write: Callable[[], object]) -> bool:
    """Write a small file (a template, a report) on the GUI thread; what goes wrong is said as
    `failed` says it for background work. True if the file was written."""
    error_label.clear()
    try:
        write()
    except Exception as exc:  # every failure reaches the person in words; defects also the log
        return not failed(parent, Outcome(error=exc), error_label, "", title)
    return True
