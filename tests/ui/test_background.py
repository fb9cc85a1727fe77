"""Long work runs off the GUI thread, on its own connection, can be cancelled, and hands back
its value or its real exception on the GUI thread — with no nested event loop."""

from __future__ import annotations

import gc
import threading
import time
from datetime import datetime

from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.models import Customer
from ui.background import Outcome, run_in_background, run_outside_event_loop


def _run(qtbot, work) -> tuple[Outcome, list[str]]:
    """Start `work`; note what happens before it returns and when the outcome comes."""
    ended: list[Outcome] = []
    order: list[str] = []

    def done(outcome: Outcome) -> None:
        order.append(f"done on {'gui' if threading.current_thread() is threading.main_thread() else 'pool'}")
        ended.append(outcome)

    run_in_background(None, "working", work, done)
    order.append("returned")
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    return ended[0], order


def test_background_work_writes_on_its_own_connection_and_the_outcome_comes_on_the_gui_thread(qtbot, office):
    seen = {}

    def work(state):
        seen["thread"] = threading.get_ident()
        for i in range(5):
            Customer.create(name=f"客户{i}", created_at=datetime(2026, 11, 23))
            state(i + 1, 5)
        return "done"

    outcome, order = _run(qtbot, work)
    assert outcome == Outcome(value="done") and outcome.ok
    assert order == ["returned", "done on gui"]  # run_in_background returned at once: no nested loop
    assert seen["thread"] != threading.get_ident()
    assert Customer.select().count() == 5


def test_cancel_stops_the_work(qtbot, office):
    def work(state):
        for i in range(2000):
            time.sleep(0.005)
            state(i, 2000)
        return "finished"

    def press_cancel():
        # The dialog appears after 600 ms (quick work never flashes one); then click Cancel.
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if dialogs:
            qtbot.mouseClick(dialogs[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(100, press_cancel)
    outcome, _order = _run(qtbot, work)
    assert outcome.cancelled and not outcome.ok and outcome.value is None


def test_a_failure_comes_back_as_the_exception_itself(qtbot, office):
    failure = OSError(28, "No space left on device")

    def work(state):
        raise failure

    outcome, _order = _run(qtbot, work)
    assert outcome.error is failure and not outcome.ok


def test_the_worker_never_runs_the_garbage_collector_over_qt_objects(qtbot, office):
    """A cycle holding a widget must be freed on the GUI thread, never in the worker (crash)."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    widget.cycle = widget  # garbage only the cyclic collector frees
    del widget
    seen = {}

    def work(state):
        seen["collecting"] = gc.isenabled()
        junk = [[i] for i in range(200_000)]  # allocations that would trigger a collection
        return len(junk)

    outcome, _order = _run(qtbot, work)
    assert outcome.value == 200_000
    assert seen["collecting"] is False  # automatic collection is off for good, not per task


def test_start_up_work_waits_only_where_no_event_loop_runs(qtbot, office):
    assert run_outside_event_loop(None, "starting", lambda state: 7) == Outcome(value=7)
    failures = []

    def inside_the_loop():
        try:
            run_outside_event_loop(None, "nested", lambda state: 1)
        except RuntimeError as err:
            failures.append(err)

    QTimer.singleShot(0, inside_the_loop)
    qtbot.waitUntil(lambda: bool(failures))
    assert QThread.currentThread().loopLevel() == 0
