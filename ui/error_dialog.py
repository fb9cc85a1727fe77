"""The error dialog and the excepthook: what the person sees when something unexpected fails.

`show_error(parent, exc)` says what happened in the UI language, offers "Copy details" (the
traceback, for IT) and writes the traceback to the log file (app/logs.py). `install()` puts the
same behind `sys.excepthook`, so an exception escaping a slot is shown and logged instead of
vanishing into a console nobody reads; it is installed before the first window.
"""

from __future__ import annotations

import errno
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import logs

log = logging.getLogger("service_office.errors")

# Tests replace this to see what would be shown without a modal box (like ui/msgbox).
_showing = False


def details_of(exc: BaseException) -> str:
    """The traceback as IT wants it, phone numbers and passwords masked like the log."""
    return logs.redact("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


# A full disk, a folder that may not be written, a USB stick pulled out: the person can fix these
# by choosing another place, so they are said in one sentence, never as a defect with details.
PLACE_ERRORS = frozenset(
    {errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.EIO, errno.EDQUOT}
)


def is_place_error(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in PLACE_ERRORS


def summary_of(exc: BaseException) -> str:
    """One sentence in the UI language for the kinds of failure a person can act on."""
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "error_dialog", "The computer ran out of memory. Close other programs and try again."
        )
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return QCoreApplication.translate(
                "error_dialog", "The disk is full. Free some space (or choose another folder) and try again."
            )
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return QCoreApplication.translate(
                "error_dialog",
                "The program may not write there. Choose another folder, or ask IT for access.",
            )
        return QCoreApplication.translate(
            "error_dialog", "A file could not be read or written. Check the disk or the folder and try again."
        )
    return QCoreApplication.translate(
        "error_dialog",
        "Something went wrong that the program did not expect. What you were doing may not have "
        "been finished; please check it. If it happens again, copy the details and send them to IT.",
    )


def build_box(parent: QWidget | None, exc: BaseException, summary: str | None = None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("error_dialog", "Error"),
        summary or summary_of(exc),
        parent=parent,
    )
    box.setObjectName("error_dialog")
    details = details_of(exc)
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("error_dialog", "&Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    # The copy button must not close the box: disconnect the default close and copy instead.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return box


def show_error(parent: QWidget | None, exc: BaseException, summary: str | None = None) -> None:
    """Log `exc` with its traceback and show the error dialog (one at a time)."""
    global _showing
    log.error("unexpected error: %s", details_of(exc))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        build_box(parent, exc, summary).exec()
    finally:
        _showing = False


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    show_error(QApplication.activeWindow(), exc)


def install() -> None:
    """Show and log every uncaught exception (Qt slots included) instead of losing it."""
    logs.setup()
    sys.excepthook = _excepthook
