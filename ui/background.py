"""Long work off the GUI thread: a future, a task state, the outcome back on the GUI thread.

    def work(state: TaskState) -> Result:       # runs on a pool thread, own database connection
        for i, row in enumerate(rows):
            state(i + 1, len(rows))             # progress; raises Cancelled once the person cancelled
        ...

    def done(outcome: Outcome[Result]) -> None:  # runs on the GUI thread
        if outcome.cancelled: ...
        elif outcome.error is not None: operations.report_failure(self, outcome.error, ...)
        else: use(outcome.value)

    task = run_in_background(self, self.tr("Exporting…"), work, done)

`run_in_background` returns at once; there is no nested event loop. A window-modal progress
dialog with Cancel appears after 600 ms (quick work never flashes one). The outcome carries the
real exception object (a ValidationError to show at its field, an OSError, a defect for the error
dialog), never traceback text. Progress is throttled to ten updates a second.

Garbage collection: Python's cyclic collector runs in whichever thread happens to allocate; if it
ran on a worker and freed a Qt widget left in a cycle, Qt would crash. So, as Anki does, the
application turns automatic collection off once at start (`collect_on_gui_thread`) and collects
on the GUI thread on a timer and after each background task — never switched around each task.
After a task only the young generations are collected (what was allocated since: the task's
garbage), a few milliseconds; the whole heap, which on a long-lived office took over 100 ms and
made a keystroke's search feel stuck, is gone through by the timer once a minute.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.db import database

T = TypeVar("T")
PROGRESS_INTERVAL_S = 0.1
COLLECT_EVERY_MS = 60_000  # a full collection
YOUNG = 1  # gc generations 0 and 1: what was allocated since the last collection
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="background")


class Cancelled(Exception):
    """Raised inside the work by `TaskState(...)` once the person pressed Cancel."""


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How the work ended: its value, the exception it raised, or cancelled."""

    value: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class TaskState:
    """What the work sees: call it with (done, total) to report progress; `cancelled` says
    whether the person asked to stop (calling it then raises Cancelled)."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._last = 0.0
        self.cancelled = False

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self._emit(done, total)


class BackgroundTask(QObject):
    """One piece of work in flight. `finished(outcome)` and `progress(done, total)` arrive on
    the GUI thread (queued signals from the pool thread)."""

    progress = Signal(int, int)
    finished = Signal(object)
    _resolved = Signal(object)  # the future, from the pool thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = TaskState(self.progress.emit)
        self.outcome: Outcome | None = None
        self.future: Future | None = None
        self._resolved.connect(self._on_resolved, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.state.cancelled = True

    @property
    def done(self) -> bool:
        return self.outcome is not None

    def wait(self, timeout_s: float) -> bool:
        """Block until the work has ended on its thread (closing a window whose work still
        writes); its outcome still arrives through the event loop. False on timeout."""
        if self.future is None:
            return True
        try:
            self.future.exception(timeout=timeout_s)
        except TimeoutError:
            return False
        return True

    def _on_resolved(self, future: Future) -> None:
        error = future.exception()
        if isinstance(error, Cancelled):
            outcome: Outcome = Outcome(cancelled=True)
        elif error is not None:
            outcome = Outcome(error=error)
        else:
            outcome = Outcome(value=future.result())
        self.outcome = outcome
        gc.collect(YOUNG)  # garbage the work left, freed here on the GUI thread
        self.finished.emit(outcome)


def _run(work: Callable[[TaskState], T], state: TaskState) -> T:
    with database.connection_context():  # the worker's own connection, closed when done
        return work(state)


ESTIMATE_AFTER_S = 2.0  # the first seconds' rate says little (caches, the first query)


def progress_text(title: str, done: int, total: int, elapsed_s: float) -> str:
    """The progress dialog's text: the title, how far ("12,000 of 658,000") and, once the rate is
    known, about how long is left — a year's register at 1M tickets takes minutes (issue 20)."""
    if total <= 0:
        return title
    locale = QLocale()
    text = (
        QCoreApplication.translate("background", "%1 of %2")
        .replace("%1", locale.toString(done))
        .replace("%2", locale.toString(total))
    )
    if done > 0 and elapsed_s >= ESTIMATE_AFTER_S and done < total:
        left = round(elapsed_s / done * (total - done))
        if left >= 60:
            more = QCoreApplication.translate("background", " · about %1 min left")
            text += more.replace("%1", locale.toString(round(left / 60)))
        else:
            more = QCoreApplication.translate("background", " · about %1 s left")
            text += more.replace("%1", locale.toString(max(1, left)))
    return f"{title}\n{text}"


def run_in_background(
    parent: QWidget | None,
    title: str,
    work: Callable[[TaskState], T],
    on_done: Callable[[Outcome[T]], object],
) -> BackgroundTask:
    """Start `work` on a pool thread behind a progress dialog; `on_done(outcome)` on the GUI thread."""
    task = BackgroundTask(parent)
    dialog = QProgressDialog(title, QCoreApplication.translate("background", "Cancel"), 0, 0, parent)
    dialog.setObjectName("qt_progress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(600)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    started = time.monotonic()

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(progress_text(title, done, total, time.monotonic() - started))

    def finish(outcome: Outcome[T]) -> None:
        dialog.canceled.disconnect(task.cancel)
        dialog.close()
        dialog.deleteLater()
        on_done(outcome)
        task.deleteLater()

    task.progress.connect(on_progress)
    task.finished.connect(finish)
    dialog.canceled.connect(task.cancel)
    collect_on_gui_thread()
    gc.collect(YOUNG)  # nothing collectable left for a worker to find
    task.future = _pool.submit(_run, work, task.state)
    task.future.add_done_callback(task._resolved.emit)
    return task


def run_quietly(
    parent: QObject | None, work: Callable[[TaskState], T], on_done: Callable[[Outcome[T]], object]
) -> BackgroundTask:
    """Work the person did not ask for and need not wait on (the escalation run at sign-in and on
    its timer): on a pool thread with no progress dialog; `on_done(outcome)` on the GUI thread."""
    task = BackgroundTask(parent)

    def finish(outcome: Outcome[T]) -> None:
        task.finished.disconnect(finish)  # the connection held `on_done` and what it holds
        task.deleteLater()
        on_done(outcome)

    task.finished.connect(finish)
    collect_on_gui_thread()
    gc.collect(YOUNG)  # nothing collectable left for a worker to find
    task.future = _pool.submit(_run, work, task.state)
    task.future.add_done_callback(task._resolved.emit)
    return task


def run_outside_event_loop(parent: QWidget | None, title: str, work: Callable[[TaskState], T]) -> Outcome[T]:
    """Start-up or exit work (before app.exec() runs or after it returned): the same background
    task, waited for by the only event loop there is then, so its progress dialog paints and
    Cancel works. With the application's loop running, use run_in_background."""
    if QThread.currentThread().loopLevel() > 0:
        raise RuntimeError("run_outside_event_loop inside a running event loop: use run_in_background")
    loop = QEventLoop()
    ended: list[Outcome[T]] = []

    def done(outcome: Outcome[T]) -> None:
        ended.append(outcome)
        loop.quit()

    run_in_background(parent, title, work, done)
    if not ended:
        loop.exec()
    return ended[0]


_collector: QTimer | None = None


def collect_on_gui_thread() -> None:
    """Turn automatic garbage collection off for good and collect on the GUI thread instead
    (once per process: at start, or at the latest before the first background task)."""
    global _collector
    if _collector is not None:
        return
    gc.disable()
    _collector = QTimer(QCoreApplication.instance(), interval=COLLECT_EVERY_MS)
    _collector.timeout.connect(gc.collect)
    _collector.start()
