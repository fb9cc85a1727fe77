"""Long work off the UI thread: a QRunnable reporting progress, behind a cancellable dialog."""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.db import database


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs `work(report)` on a pool thread with its own database connection.

    `report(done, total)` updates the dialog and raises Cancelled once the user cancelled.
    """

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancel_requested = False

    def _report(self, done: int, total: int) -> None:
        if self.cancel_requested:
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            with database.connection_context():
                result = self.work(self._report)
        except Cancelled:
            self.signals.failed.emit("")
        except Exception:  # reported to the user by the caller, never a silent death
            self.signals.failed.emit(traceback.format_exc())
        else:
            self.signals.finished.emit(result)


def run_with_progress(
    parent: QWidget | None, title: str, work: Callable[[Callable[[int, int], None]], Any]
) -> tuple[bool, Any]:
    """Run `work` in the background while a progress dialog (with Cancel) shows.

    Returns (True, result) or (False, error text; "" when cancelled). The UI stays live.
    """
    task = Task(work)
    dialog = QProgressDialog(title, QCoreApplication.translate("background", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(600)
    loop = QEventLoop()
    outcome: list[tuple[bool, Any]] = []

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def on_finished(result: Any) -> None:
        outcome.append((True, result))
        loop.quit()

    def on_failed(error: str) -> None:
        outcome.append((False, error))
        loop.quit()

    def on_cancel() -> None:
        task.cancel_requested = True

    task.signals.progress.connect(on_progress)
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    dialog.canceled.connect(on_cancel)
    # Python's cyclic garbage collector runs in whichever thread happens to allocate; if it ran
    # in the worker and freed a Qt widget left in a cycle (a closed dialog), Qt would crash.
    # So: collect here, on the GUI thread, and keep automatic collection off while it works.
    gc.collect()
    collecting = gc.isenabled()
    gc.disable()
    try:
        QThreadPool.globalInstance().start(task)
        if not outcome:
            loop.exec()
    finally:
        if collecting:
            gc.enable()
    dialog.close()
    return outcome[0]
